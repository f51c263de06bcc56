// The stats as a readable table for a terminal.
import { findDeugd } from '../core/content';
import { t, type Msg } from '../core/i18n';
import { ELEMENTS, type Lang } from '../core/model';
import { SECTION_HEADINGS } from '../core/sections';
import { DRIE_E } from '../core/content/guides';
import { ANSWER_WORD, type DrieEAnswer } from '../core/drie-e';
import type { BeeldStats, TeamStats } from '../core/stats';

const W = {
  beeld: { nl: 'beeld', en: 'beeld' },
  untitled: { nl: '(zonder titel)', en: '(untitled)' },
  erv: { nl: 'Erv', en: 'Exp' },
  uitw: { nl: 'Uitw', en: 'Elab' },
  e3: { nl: '3E (Exc/Eth/Ene)', en: '3E (Exc/Eth/Eng)' },
  deugden: { nl: 'Deugden', en: 'Virtues' },
  totals: { nl: 'Totaal: {0}, {1}, waarvan {2} compleet', en: 'Total: {0}, {1}, {2} of them complete' },
  journals: { nl: 'journaal|journalen', en: 'journal|journals' },
  beelden: { nl: 'beeld|beelden', en: 'beeld|beelden' },
  elements: { nl: 'Elementen (beelden die ernaar kijken):', en: 'Elements (beelden that look at them):' },
  drieE: {
    nl: '3E-check: bij {0} alle drie beantwoord, bij {1} nog iets open, bij {2} geen 3E-check',
    en: '3E check: all three answered in {0}, something still open in {1}, no 3E check in {2}',
  },
  open: { nl: 'open', en: 'open' },
  named: { nl: 'Deugden genoemd (aantal beelden):', en: 'Virtues named (number of beelden):' },
  none: { nl: '(geen)', en: '(none)' },
  unused: { nl: 'Nooit genoemd:', en: 'Never named:' },
  perMonth: { nl: 'Beelden per maand:', en: 'Beelden per month:' },
  feedback: {
    nl: 'Feedback: gevraagd bij {0} beelden, waarvan {1} wachten; draden: {2} open, {3} afgerond, {4} losgeraakt',
    en: 'Feedback: asked for on {0} beelden, {1} of them waiting; threads: {2} open, {3} resolved, {4} detached',
  },
  legend: {
    nl: '✓ = aanwezig, · = ontbreekt; 3E = het antwoord op Excellent, Ethisch en Energiek (ja, nee, deels of open), - = geen 3E-check',
    en: '✓ = present, · = missing; 3E = the answer to Excellent, Ethical and Engaging (yes, no, partly or open), - = no 3E check',
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

function answerWord(answer: DrieEAnswer, lang: Lang): string {
  return answer === 'open' ? t(lang, W.open) : ANSWER_WORD[lang][answer];
}

/** "ja/nee/open": Excellent, Ethisch, Energiek in that order; wide enough for the longest words. */
const ANSWERS_WIDTH: Record<Lang, number> = { nl: 17, en: 20 };

function answers(b: BeeldStats, lang: Lang): string {
  const text = b.drieE.present ? DRIE_E.map((e) => answerWord(b.drieE[e.id], lang)).join('/') : '-';
  return fit(text, ANSWERS_WIDTH[lang]);
}

/** A count with its noun: "1 journaal", "3 journalen". */
function counted(n: number, nouns: Msg, lang: Lang): string {
  const [one, many] = t(lang, nouns).split('|');
  return `${n} ${n === 1 ? one : many}`;
}

function beeldLine(b: BeeldStats, lang: Lang): string {
  const title = fit(b.title?.trim() || t(lang, W.untitled), TITLE_WIDTH);
  const elements = ELEMENTS.map((el) => mark(b.elements[el])).join(' ');
  const deugden = b.deugden.map((d) => deugdName(d, lang)).join(', ');
  return `  ${String(b.index + 1).padStart(3)}  ${title}  ${mark(b.ervaring)}   ${elements}   ${mark(b.uitwerking)}    ${answers(b, lang)}  ${deugden}`.trimEnd();
}

function header(lang: Lang): string {
  const initials = ELEMENTS.map((el) => SECTION_HEADINGS[el][lang][0]).join(' ');
  return `  ${'#'.padStart(3)}  ${fit(t(lang, W.beeld), TITLE_WIDTH)}  ${t(lang, W.erv)} ${initials}  ${t(lang, W.uitw)}  ${fit(t(lang, W.e3), ANSWERS_WIDTH[lang])}  ${t(lang, W.deugden)}`;
}

/** Per E how often it was answered how: the coach's view of, say, how often work was judged not energising. */
function answerLines(tot: TeamStats['totals'], lang: Lang): string[] {
  const order: DrieEAnswer[] = ['ja', 'nee', 'deels', 'open'];
  return DRIE_E.map((e) => `  ${fit(t(lang, e.name), 14)} `
    + order.map((a) => `${answerWord(a, lang)} ${String(tot.drieE.answers[e.id][a]).padStart(4)}`).join('   '));
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
  lines.push(t(lang, W.totals, counted(tot.journals, W.journals, lang), counted(tot.beelden, W.beelden, lang), tot.complete));
  // Without a single beeld the rest would only list the whole deugden list as never named.
  if (tot.beelden === 0) return lines.join('\n') + '\n';
  lines.push(t(lang, W.elements));
  for (const el of ELEMENTS) lines.push(`  ${fit(SECTION_HEADINGS[el][lang], 14)} ${String(tot.elements[el]).padStart(5)} / ${tot.beelden}`);
  lines.push(t(lang, W.drieE, tot.drieE.answered, tot.drieE.open, tot.drieE.missing));
  lines.push(...answerLines(tot, lang));
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
  const fb = tot.feedback;
  if (fb && (fb.requested || fb.open || fb.resolved || fb.detached)) {
    lines.push(t(lang, W.feedback, fb.requested, fb.waiting, fb.open, fb.resolved, fb.detached));
  }
  return lines.join('\n') + '\n';
}
