// The stats as a readable table for a terminal.
import { findDeugd } from '../core/content';
import { t, type Msg } from '../core/i18n';
import { ELEMENTS, type Lang } from '../core/model';
import { SECTION_HEADINGS } from '../core/sections';
import type { BeeldStats, TeamStats } from '../core/stats';

const W = {
  journal: { nl: 'journal', en: 'journal' },
  beeld: { nl: 'beeld', en: 'beeld' },
  untitled: { nl: '(zonder titel)', en: '(untitled)' },
  erv: { nl: 'Erv', en: 'Exp' },
  uitw: { nl: 'Uitw', en: 'Elab' },
  e3: { nl: '3E', en: '3E' },
  deugden: { nl: 'Deugden', en: 'Virtues' },
  totals: { nl: 'Totaal: {0} journal(s), {1} beeld(en), waarvan {2} compleet', en: 'Total: {0} journal(s), {1} beeld(en), {2} of them complete' },
  elements: { nl: 'Elementen (beelden die het uitwerken):', en: 'Elements (beelden that cover them):' },
  drieE: { nl: '3E-check: {0} compleet, {1} deels, {2} ontbreekt', en: '3E check: {0} complete, {1} partial, {2} missing' },
  named: { nl: 'Deugden genoemd (aantal beelden):', en: 'Virtues named (number of beelden):' },
  none: { nl: '(geen)', en: '(none)' },
  unused: { nl: 'Nooit genoemd:', en: 'Never named:' },
  perMonth: { nl: 'Beelden per maand:', en: 'Beelden per month:' },
  legend: {
    nl: '✓ = aanwezig, · = ontbreekt; 3E = aangevinkte E\'s van 3, - = geen 3E-check',
    en: '✓ = present, · = missing; 3E = ticked E\'s out of 3, - = no 3E check',
  },
} satisfies Record<string, Msg>;

const TITLE_WIDTH = 36;

function mark(ok: boolean): string {
  return ok ? '✓' : '·';
}

function fit(text: string, width: number): string {
  const chars = [...text];
  return chars.length > width ? chars.slice(0, width - 1).join('') + '…' : text + ' '.repeat(width - chars.length);
}

function wrapList(items: readonly string[], width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const [i, item] of items.entries()) {
    const piece = item + (i < items.length - 1 ? ',' : '');
    if (line && line.length + 1 + piece.length > width) {
      lines.push(indent + line);
      line = piece;
    } else {
      line = line ? `${line} ${piece}` : piece;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

function deugdName(name: string, lang: Lang): string {
  return lang === 'en' ? (findDeugd(name)?.en ?? name) : name;
}

function beeldLine(b: BeeldStats, lang: Lang): string {
  const title = fit(b.title?.trim() || t(lang, W.untitled), TITLE_WIDTH);
  const elements = ELEMENTS.map((el) => mark(b.elements[el])).join(' ');
  const ticks = [b.drieE.excellent, b.drieE.ethisch, b.drieE.energiek].filter(Boolean).length;
  const drieE = b.drieE.present ? `${ticks}/3` : ' - ';
  const deugden = b.deugden.map((d) => deugdName(d, lang)).join(', ');
  return `  ${String(b.index + 1).padStart(3)}  ${title}  ${mark(b.ervaring)}   ${elements}   ${mark(b.uitwerking)}    ${drieE}  ${deugden}`;
}

function header(lang: Lang): string {
  const initials = ELEMENTS.map((el) => SECTION_HEADINGS[el][lang][0]).join(' ');
  return `  ${'#'.padStart(3)}  ${fit(t(lang, W.beeld), TITLE_WIDTH)}  ${t(lang, W.erv)} ${initials}  ${t(lang, W.uitw)}  ${t(lang, W.e3)}   ${t(lang, W.deugden)}`;
}

export function formatStatsText(stats: TeamStats, lang: Lang): string {
  const lines: string[] = [];
  if (stats.journals.length) lines.push(header(lang));
  for (const j of stats.journals) {
    const about = [j.auteur, j.datum, j.situatie].filter(Boolean).join(', ');
    lines.push(about ? `${j.file} (${about})` : j.file);
    for (const b of j.beelden) lines.push(beeldLine(b, lang));
  }
  const tot = stats.totals;
  if (lines.length) lines.push('', t(lang, W.legend), '');
  lines.push(t(lang, W.totals, tot.journals, tot.beelden, tot.complete));
  // Without a single beeld the rest would only list the whole deugden list as never named.
  if (tot.beelden === 0) return lines.join('\n') + '\n';
  lines.push(t(lang, W.elements));
  for (const el of ELEMENTS) lines.push(`  ${fit(SECTION_HEADINGS[el][lang], 14)} ${String(tot.elements[el]).padStart(5)} / ${tot.beelden}`);
  lines.push(t(lang, W.drieE, tot.drieE.complete, tot.drieE.partial, tot.drieE.missing));
  lines.push(t(lang, W.named));
  const named = Object.entries(tot.deugden);
  if (!named.length) lines.push(`  ${t(lang, W.none)}`);
  for (const [name, count] of named) lines.push(`  ${fit(deugdName(name, lang), 24)} ${String(count).padStart(5)}`);
  lines.push(t(lang, W.unused));
  lines.push(...wrapList(tot.unusedDeugden.map((d) => deugdName(d, lang)), 96, '  '));
  if (!tot.unusedDeugden.length) lines.push(`  ${t(lang, W.none)}`);
  const months = Object.entries(tot.perMonth);
  if (months.length) {
    lines.push(t(lang, W.perMonth));
    for (const [month, count] of months) lines.push(`  ${month}  ${String(count).padStart(5)}`);
  }
  return lines.join('\n') + '\n';
}
