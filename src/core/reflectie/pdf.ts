// The reflection record as a PDF, made in JavaScript (pdf-lib, no external programs): the same content
// as the HTML page, laid out for A4, ready to print or upload.
import { t } from '../i18n';
import type { Lang } from '../model';
import { DIMENSION_LABELS, DIMENSION_QUESTIONS } from './dimensions';
import { APART_LABELS, L, draftSource, durationLabel, hoursLabel, longDate, noteLines, seriesTitle, summaryRows, vormLabel } from './labels';
import { ACCENT, MUTED, PdfLayout, type Column } from './pdf-layout';
import type { ReflectieRecord, Series } from './types';
import { DIMENSIONS } from './types';

export interface PdfOptions {
  /** Today, YYYY-MM-DD, shown as the day the record was made. */
  made?: string;
}

const PAGE = { nl: 'Pagina {0} van {1}', en: 'Page {0} of {1}' };

function columns(lang: Lang, width: number): Column[] {
  const fixed = [80, 84, 64, 88, 60];
  const titles = [L.date, L.form, L.duration, L.facilitator, L.participants, L.beelden].map((m) => t(lang, m));
  const rest = width - fixed.reduce((a, b) => a + b, 0);
  return titles.map((title, i) => ({ title, width: fixed[i] ?? rest }));
}

function sessions(p: PdfLayout, s: Series, lang: Lang): void {
  const rows = s.sessions.map((r) => [
    longDate(r.datum, lang), vormLabel(r, lang), durationLabel(r.minutes, lang), r.begeleider ?? '',
    r.deelnemers === undefined ? '' : String(r.deelnemers), r.beelden.map((b) => `“${b}”`).join(', '),
  ]);
  p.table(columns(lang, p.width), rows);
  p.paragraph(t(lang, L.seriesTotal, hoursLabel(s.minutes, lang), s.sessions.length), { font: 'bold', size: 10 });
}

function draft(p: PdfLayout, s: Series, lang: Lang): void {
  if (!s.draft) return;
  p.heading(t(lang, L.draftTitle).toUpperCase(), 10, 60, ACCENT);
  p.paragraph(t(lang, L.draftNote), { size: 9.5, font: 'italic', bar: true, after: 6 });
  for (const d of DIMENSIONS) {
    p.heading(t(lang, DIMENSION_LABELS[d]), 10.5, 40);
    p.paragraph(t(lang, DIMENSION_QUESTIONS[d]), { size: 9, font: 'italic', color: MUTED, bar: true });
    const lines = s.draft[d];
    if (!lines.length) p.paragraph(t(lang, L.draftEmpty), { size: 9, color: MUTED, bar: true });
    for (const l of lines) {
      p.paragraph(`• ${l.text || '…'}`, { size: 9.5, indent: 6, after: 1, bar: true });
      p.paragraph(draftSource(l, lang), { size: 8, color: MUTED, indent: 14, after: 4, bar: true });
    }
  }
}

function statement(p: PdfLayout, s: Series, lang: Lang): void {
  if (s.apart) return;
  p.heading(t(lang, L.statement), 10.5, 70);
  p.paragraph(t(lang, L.statementText), { size: 9.5 });
  const who = s.begeleiders.join(', ');
  p.signLines([who ? `${t(lang, L.name)}: ${who}` : t(lang, L.name), t(lang, L.signature), t(lang, L.date)]);
}

function series(p: PdfLayout, s: Series, lang: Lang): void {
  p.heading(seriesTitle(s, lang), s.apart ? 12 : 14, 90);
  if (!s.apart) p.rule();
  if (s.apart) p.paragraph(t(lang, APART_LABELS[s.apart].why), { size: 9.5, color: MUTED });
  sessions(p, s, lang);
  draft(p, s, lang);
  statement(p, s, lang);
  p.space(8);
}

function header(p: PdfLayout, r: ReflectieRecord, lang: Lang, made?: string): void {
  p.paragraph(t(lang, L.title), { size: 22, font: 'bold', after: 2 });
  p.paragraph(t(lang, L.subtitle), { size: 11, color: MUTED, after: 8 });
  const meta: [string, string][] = [];
  if (r.auteur) meta.push([t(lang, L.professional), r.auteur]);
  meta.push([t(lang, L.period), t(lang, L.periodValue, longDate(r.van, lang), longDate(r.tot, lang))]);
  if (made) meta.push([t(lang, L.made), longDate(made, lang)]);
  p.pairs(meta);
  p.heading(t(lang, L.totals), 13, 60);
  p.pairs(summaryRows(r, lang), 10.5, true);
}

export async function renderRecordPdf(r: ReflectieRecord, lang: Lang, opts: PdfOptions = {}): Promise<Uint8Array> {
  const p = await PdfLayout.create();
  p.doc.setTitle(`${t(lang, L.title)}${r.auteur ? ` — ${r.auteur}` : ''}`);
  if (r.auteur) p.doc.setAuthor(r.auteur);
  p.doc.setSubject(t(lang, L.subtitle));
  p.doc.setLanguage(lang === 'en' ? 'en-GB' : 'nl-NL');
  p.doc.setCreator('Goed Werk');
  header(p, r, lang, opts.made);
  if (!r.series.length && !r.apart.length) p.paragraph(t(lang, L.noSessions));
  for (const s of r.series) series(p, s, lang);
  if (r.apart.length) p.heading(t(lang, L.apartTitle), 15, 90);
  for (const s of r.apart) series(p, s, lang);
  const notes = noteLines(r, lang);
  if (notes.length) {
    p.heading(t(lang, L.notes), 13, 40);
    for (const n of notes) p.paragraph(`• ${n}`, { size: 9.5, color: MUTED, indent: 4 });
  }
  p.space(10);
  p.paragraph(t(lang, L.footer), { size: 8, color: MUTED });
  return p.finish((page, pages) => t(lang, PAGE, page, pages));
}
