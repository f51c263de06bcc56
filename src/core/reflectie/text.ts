// The reflection record as plain text, for the terminal (`goedwerk reflectie`).
import { t } from '../i18n';
import type { Lang } from '../model';
import { DIMENSION_LABELS } from './dimensions';
import { APART_LABELS, L, draftSource, durationLabel, hoursLabel, longDate, noteLines, seriesTitle, summaryRows, vormLabel } from './labels';
import type { ReflectieRecord, Series, SessionRow } from './types';
import { DIMENSIONS } from './types';

function sessionLine(s: SessionRow, lang: Lang): string {
  const parts = [longDate(s.datum, lang), vormLabel(s, lang), durationLabel(s.minutes, lang)];
  if (s.begeleider) parts.push(`${t(lang, L.facilitator).toLowerCase()}: ${s.begeleider}`);
  if (s.deelnemers !== undefined) parts.push(`${t(lang, L.participants).toLowerCase()}: ${s.deelnemers}`);
  const beelden = s.beelden.length ? `\n      ${s.beelden.map((b) => `“${b}”`).join(', ')}` : '';
  return `  - ${parts.join(' · ')}${beelden}`;
}

function seriesBlock(s: Series, lang: Lang): string[] {
  const out = [`${seriesTitle(s, lang)}`, `${'-'.repeat(Math.min(60, seriesTitle(s, lang).length))}`];
  if (s.apart) out.push(t(lang, APART_LABELS[s.apart].why));
  if (s.begeleiders.length) out.push(`${t(lang, L.facilitator)}: ${s.begeleiders.join(', ')}`);
  out.push(...s.sessions.map((row) => sessionLine(row, lang)));
  out.push(t(lang, L.seriesTotal, hoursLabel(s.minutes, lang), s.sessions.length), '');
  if (!s.draft) return out;
  out.push(`${t(lang, L.draftTitle)}`, t(lang, L.draftNote), '');
  for (const d of DIMENSIONS) {
    out.push(`  ${t(lang, DIMENSION_LABELS[d])}`);
    const lines = s.draft[d];
    if (!lines.length) out.push(`    (${t(lang, L.draftEmpty)})`);
    for (const l of lines) out.push(`    - ${l.text || '…'}`, `      (${draftSource(l, lang)})`);
  }
  out.push('');
  return out;
}

export function renderRecordText(r: ReflectieRecord, lang: Lang): string {
  const out = [
    `${t(lang, L.title)}: ${t(lang, L.subtitle)}`,
    ...(r.auteur ? [`${t(lang, L.professional)}: ${r.auteur}`] : []),
    `${t(lang, L.period)}: ${t(lang, L.periodValue, longDate(r.van, lang), longDate(r.tot, lang))}`,
    '',
    ...summaryRows(r, lang).map(([k, v]) => `${k}: ${v}`),
    '',
  ];
  if (!r.series.length && !r.apart.length) out.push(t(lang, L.noSessions), '');
  for (const s of r.series) out.push(...seriesBlock(s, lang));
  if (r.apart.length) out.push(`${t(lang, L.apartTitle)}`, '');
  for (const s of r.apart) out.push(...seriesBlock(s, lang));
  const notes = noteLines(r, lang);
  if (notes.length) out.push(`${t(lang, L.notes)}:`, ...notes.map((n) => `  - ${n}`), '');
  return out.join('\n');
}
