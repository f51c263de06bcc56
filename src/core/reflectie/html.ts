// The reflection record as one self-contained, printable HTML page: no script, no remote content, every
// value escaped. The same content as the PDF, for a browser or for pasting into Mijn SKJ.
import { t } from '../i18n';
import type { Lang } from '../model';
import { escapeHtml as esc, makeNonce, pageHead } from '../html';
import { DIMENSION_LABELS, DIMENSION_QUESTIONS } from './dimensions';
import { APART_LABELS, L, draftSource, durationLabel, hoursLabel, longDate, noteLines, seriesTitle, summaryRows, vormLabel } from './labels';
import type { ReflectieRecord, Series, SessionRow } from './types';
import { DIMENSIONS } from './types';

export interface HtmlOptions {
  /** Today, YYYY-MM-DD, shown as the day the record was made. */
  made?: string;
  nonce?: string;
}

const CSS = String.raw`
:root { color-scheme: light; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --accent: #0b6e4f; --soft: #f4f7f6; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: var(--fg); font: 11pt/1.5 system-ui, "Segoe UI", Roboto, Arial, sans-serif; }
main { max-width: 52em; margin: 0 auto; padding: 2em 1.5em 3em; }
h1 { font-size: 1.8em; margin: 0 0 0.1em; }
.subtitle { color: var(--muted); margin: 0 0 1em; }
h2 { font-size: 1.3em; margin: 1.8em 0 0.4em; padding-bottom: 0.2em; border-bottom: 2px solid var(--accent); break-after: avoid; }
h3 { font-size: 1.05em; margin: 1.2em 0 0.3em; break-after: avoid; }
dl.meta, dl.totals { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1.2em; margin: 0 0 1em; }
dl dt { color: var(--muted); } dl dd { margin: 0; }
dl.totals { background: var(--soft); border-radius: 6px; padding: 0.8em 1em; }
dl.totals dd.big { font-size: 1.3em; font-weight: 700; color: var(--accent); }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0; font-size: 0.95em; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: 0.3em 0.5em; }
th { color: var(--muted); font-weight: 600; }
td.num, td:first-child { white-space: nowrap; }
.why { color: var(--muted); margin: 0.2em 0 0.5em; }
.draft { border: 1px dashed var(--accent); border-radius: 6px; padding: 0.6em 1em; margin: 0.8em 0; break-inside: auto; }
.draft .label { display: inline-block; font-size: 0.8em; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; color: #fff; background: var(--accent); border-radius: 3px; padding: 0.05em 0.5em; }
.draft h4 { margin: 1em 0 0.1em; }
.draft .question { color: var(--muted); font-style: italic; margin: 0 0 0.3em; }
.draft ul { margin: 0.2em 0 0.6em; padding-left: 1.2em; }
.draft li { margin: 0.25em 0; }
.draft .src { display: block; color: var(--muted); font-size: 0.85em; }
.sign { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 1.5em; margin: 1em 0 0.5em; break-inside: avoid; }
.sign div { border-top: 1px solid var(--fg); padding-top: 0.2em; color: var(--muted); font-size: 0.85em; min-height: 3em; }
.notes { color: var(--muted); }
code { font-size: 0.92em; background: var(--soft); padding: 0 0.2em; border-radius: 3px; }
footer { margin-top: 3em; padding-top: 0.6em; border-top: 1px solid var(--line); font-size: 0.8em; color: var(--muted); }
@page { size: A4; margin: 16mm 15mm; }
@media print { main { padding: 0; max-width: none; } }
`;

/** Escaped text with `code` spans. */
function inline(text: string): string {
  return esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

function sessionRow(s: SessionRow, lang: Lang): string {
  const cells = [
    longDate(s.datum, lang), vormLabel(s, lang), durationLabel(s.minutes, lang), s.begeleider ?? '',
    s.deelnemers === undefined ? '' : String(s.deelnemers), s.beelden.map((b) => `“${b}”`).join(', '),
  ];
  return `<tr>${cells.map((c, i) => `<td${i === 2 ? ' class="num"' : ''}>${esc(c)}</td>`).join('')}</tr>`;
}

function sessionsTable(s: Series, lang: Lang): string {
  const head = [L.date, L.form, L.duration, L.facilitator, L.participants, L.beelden].map((m) => `<th scope="col">${esc(t(lang, m))}</th>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${s.sessions.map((r) => sessionRow(r, lang)).join('')}</tbody></table>`;
}

function draftHtml(s: Series, lang: Lang): string {
  if (!s.draft) return '';
  const dims = DIMENSIONS.map((d) => {
    const lines = s.draft![d];
    const items = lines.length
      ? `<ul>${lines.map((l) => `<li>${esc(l.text || '…')}<span class="src">${esc(draftSource(l, lang))}</span></li>`).join('')}</ul>`
      : `<p class="why">${esc(t(lang, L.draftEmpty))}</p>`;
    return `<h4>${esc(t(lang, DIMENSION_LABELS[d]))}</h4><p class="question">${esc(t(lang, DIMENSION_QUESTIONS[d]))}</p>${items}`;
  }).join('');
  return `<section class="draft"><span class="label">${esc(t(lang, L.draftTitle))}</span><p>${esc(t(lang, L.draftNote))}</p>${dims}</section>`;
}

function signHtml(s: Series, lang: Lang): string {
  if (s.apart) return '';
  const who = s.begeleiders.join(', ');
  return `<h4>${esc(t(lang, L.statement))}</h4><p>${esc(t(lang, L.statementText))}</p>`
    + `<div class="sign"><div>${esc(t(lang, L.name))}${who ? `: ${esc(who)}` : ''}</div><div>${esc(t(lang, L.signature))}</div><div>${esc(t(lang, L.date))}</div></div>`;
}

function seriesHtml(s: Series, lang: Lang): string {
  const why = s.apart ? `<p class="why">${inline(t(lang, APART_LABELS[s.apart].why))}</p>` : '';
  const total = `<p>${esc(t(lang, L.seriesTotal, hoursLabel(s.minutes, lang), s.sessions.length))}</p>`;
  const tag = s.apart ? 'h3' : 'h2';
  return `<section class="series"><${tag}>${esc(seriesTitle(s, lang))}</${tag}>${why}${sessionsTable(s, lang)}${total}${draftHtml(s, lang)}${signHtml(s, lang)}</section>`;
}

function headerHtml(r: ReflectieRecord, lang: Lang, made?: string): string {
  const meta: [string, string][] = [];
  if (r.auteur) meta.push([t(lang, L.professional), r.auteur]);
  meta.push([t(lang, L.period), t(lang, L.periodValue, longDate(r.van, lang), longDate(r.tot, lang))]);
  if (made) meta.push([t(lang, L.made), longDate(made, lang)]);
  const dl = (rows: [string, string][], cls: string) =>
    `<dl class="${cls}">${rows.map(([k, v], i) => `<dt>${esc(k)}</dt><dd${cls === 'totals' && i === 0 ? ' class="big"' : ''}>${esc(v)}</dd>`).join('')}</dl>`;
  return `<header><h1>${esc(t(lang, L.title))}</h1><p class="subtitle">${esc(t(lang, L.subtitle))}</p>${dl(meta, 'meta')}</header>`
    + `<section aria-label="${esc(t(lang, L.totals))}">${dl(summaryRows(r, lang), 'totals')}</section>`;
}

export function renderRecordHtml(r: ReflectieRecord, lang: Lang, opts: HtmlOptions = {}): string {
  const nonce = opts.nonce ?? makeNonce();
  const policy = `default-src 'none'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`;
  const empty = !r.series.length && !r.apart.length ? `<p>${esc(t(lang, L.noSessions))}</p>` : '';
  const apart = r.apart.length ? `<h2>${esc(t(lang, L.apartTitle))}</h2>${r.apart.map((s) => seriesHtml(s, lang)).join('')}` : '';
  const notes = noteLines(r, lang);
  const notesHtml = notes.length ? `<h2>${esc(t(lang, L.notes))}</h2><ul class="notes">${notes.map((n) => `<li>${inline(n)}</li>`).join('')}</ul>` : '';
  const title = `${t(lang, L.title)}${r.auteur ? ` — ${r.auteur}` : ''}`;
  return `${pageHead({ lang, title, policy, nonce, css: CSS, generator: true })}
<body>
<main>
${headerHtml(r, lang, opts.made)}
${empty}${r.series.map((s) => seriesHtml(s, lang)).join('\n')}
${apart}
${notesHtml}
<footer>${esc(t(lang, L.footer))}</footer>
</main>
</body>
</html>
`;
}
