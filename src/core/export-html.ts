import { ELEMENTS } from './model';
import type { ElementId, FrontmatterFields, Lang } from './model';
import type { Msg } from './i18n';
import { t } from './i18n';
import { escapeHtml as esc, makeNonce, pageHead } from './html';
import { ELEMENT_LABELS } from './overview/labels';
import { DRIE_E } from './content/guides';
import { ANSWER_WORD, type DrieEAnswer } from './drie-e';
import type { DrieEStats } from './stats';

// The printable page of one beeld, for an intervisie session: title, (optionally) who and when, a short
// check of what the beeld holds, then the beeld itself. The body arrives as HTML already made safe by
// the caller (the server renders Markdown with raw HTML dropped); everything else is escaped here.

export interface BeeldChecklist {
  ervaring: boolean;
  elements: Record<ElementId, boolean>;
  uitwerking: boolean;
  afbeelding: boolean;
  /** Each E's answer under contract v2: ja, nee, deels or open. */
  drieE: DrieEStats;
}

export interface BeeldPage {
  lang: Lang;
  title: string | null;
  /** The beeld's body (everything below its title) as safe HTML. */
  bodyHtml: string;
  checklist: BeeldChecklist;
  /** The journal's frontmatter fields; left out when the writer exports without them. */
  meta?: FrontmatterFields & { situatieTitle?: string };
  nonce?: string;
}

const W = {
  kicker: { nl: 'Beeld van goed werk', en: 'Beeld van goed werk (picture of good work)' },
  untitled: { nl: 'Beeld zonder titel', en: 'Untitled beeld' },
  situatie: { nl: 'Situatie', en: 'Situation' },
  datum: { nl: 'Datum', en: 'Date' },
  auteur: { nl: 'Auteur', en: 'Author' },
  rol: { nl: 'Rol', en: 'Role' },
  gesprek: { nl: 'Gesprek', en: 'Conversation' },
  tags: { nl: 'Tags', en: 'Tags' },
  holds: { nl: 'Wat dit beeld bevat', en: 'What this beeld holds' },
  ervaring: { nl: 'Kenmerkende ervaring', en: 'Characteristic experience' },
  elements: { nl: 'Vijf elementen', en: 'Five elements' },
  uitwerking: { nl: 'Uitwerking', en: 'Elaboration' },
  drieE: { nl: '3E-check', en: '3E check' },
  open: { nl: 'open', en: 'open' },
  yes: { nl: 'aanwezig', en: 'present' },
  no: { nl: 'ontbreekt', en: 'missing' },
  footer: {
    nl: 'Gemaakt met Goed Werk. Begrippen naar de Praktijkbundel kritische situaties (Jeugdzorg Nederland & Good Work Company, 2023).',
    en: 'Made with Goed Werk. Terms after the Praktijkbundel kritische situaties (Jeugdzorg Nederland & Good Work Company, 2023).',
  },
} satisfies Record<string, Msg>;

const CSS = String.raw`
:root { color-scheme: light; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --ok: #1a7f37; --no: #9a6700; }
* { box-sizing: border-box; }
body { margin: 0; background: #ffffff; color: var(--fg); font: 11.5pt/1.55 Georgia, "Times New Roman", serif; }
article { max-width: 44em; margin: 0 auto; padding: 2.2em 1.6em 3em; }
.kicker { font: 600 0.8em/1.2 system-ui, sans-serif; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); margin: 0; }
h1 { font-size: 1.9em; line-height: 1.2; margin: 0.2em 0 0.5em; }
h2 { font-size: 1.25em; margin: 1.4em 0 0.4em; break-after: avoid; page-break-after: avoid; }
h3, h4, h5, h6 { font-size: 1.05em; margin: 1.1em 0 0.3em; break-after: avoid; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1em; margin: 0 0 1em; font: 0.9em/1.4 system-ui, sans-serif; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
.check { border: 1px solid var(--line); border-radius: 4px; padding: 0.6em 0.9em; margin: 0 0 1.5em; font: 0.85em/1.5 system-ui, sans-serif; break-inside: avoid; }
.check h2 { font-size: 1em; margin: 0 0 0.3em; }
.check ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2em 1.1em; }
.check .yes::before { content: "✓ "; color: var(--ok); font-weight: 700; }
.check .no::before { content: "○ "; color: var(--no); font-weight: 700; }
.check .ja::before { content: "✓ "; color: var(--ok); font-weight: 700; }
.check .nee::before { content: "✗ "; color: var(--fg); font-weight: 700; }
.check .deels::before { content: "◐ "; color: var(--no); font-weight: 700; }
.check .open::before { content: "○ "; color: var(--muted); font-weight: 700; }
.check .row { display: flex; gap: 0.6em; align-items: baseline; }
.check .row > span { min-width: 10em; color: var(--muted); }
img { max-width: 100%; height: auto; }
blockquote { margin: 1em 0; padding: 0 1em; border-left: 3px solid var(--line); color: var(--muted); }
ul.contains-task-list { list-style: none; padding-left: 0.4em; }
code { font-size: 0.92em; }
table { border-collapse: collapse; } th, td { border: 1px solid var(--line); padding: 0.2em 0.5em; }
footer { margin-top: 3em; padding-top: 0.6em; border-top: 1px solid var(--line); font: 0.75em/1.4 system-ui, sans-serif; color: var(--muted); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
@page { margin: 18mm 16mm; }
@media print { article { padding: 0; max-width: none; } a { color: inherit; } }
`;

function mark(lang: Lang, present: boolean, text: string): string {
  return `<li class="${present ? 'yes' : 'no'}">${esc(text)}<span class="sr"> (${esc(t(lang, present ? W.yes : W.no))})</span></li>`;
}

/** One E with its answer, in words: a printed page must say "nee", not only show a mark. */
function answerMark(lang: Lang, name: string, answer: DrieEAnswer): string {
  const word = answer === 'open' ? t(lang, W.open) : ANSWER_WORD[lang][answer];
  return `<li class="${answer}">${esc(name)}: ${esc(word)}</li>`;
}

function checklistHtml(lang: Lang, c: BeeldChecklist): string {
  const row = (name: Msg, items: string) => `<div class="row"><span>${esc(t(lang, name))}</span><ul>${items}</ul></div>`;
  return `<section class="check" aria-labelledby="check-heading"><h2 id="check-heading">${esc(t(lang, W.holds))}</h2>`
    + row(W.ervaring, mark(lang, c.ervaring, t(lang, W.ervaring)))
    + row(W.elements, ELEMENTS.map((e) => mark(lang, c.elements[e], t(lang, ELEMENT_LABELS[e]))).join(''))
    + row(W.uitwerking, mark(lang, c.uitwerking, t(lang, W.uitwerking)))
    + row(W.drieE, DRIE_E.map((e) => answerMark(lang, t(lang, e.name), c.drieE[e.id])).join(''))
    + '</section>';
}

function metaHtml(lang: Lang, meta: BeeldPage['meta']): string {
  if (!meta) return '';
  const rows: [Msg, string | undefined][] = [
    [W.situatie, meta.situatieTitle ?? meta.situatie],
    [W.datum, meta.datum],
    [W.auteur, meta.auteur],
    [W.rol, meta.rol],
    [W.gesprek, meta.gesprek],
    [W.tags, meta.tags?.length ? meta.tags.join(', ') : undefined],
  ];
  const shown = rows.filter(([, v]) => v);
  return shown.length
    ? `<dl class="meta">${shown.map(([k, v]) => `<dt>${esc(t(lang, k))}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`
    : '';
}

/** A complete, self-contained HTML page; no script, no remote content, images only from relative paths. */
export function renderBeeldHtml(page: BeeldPage): string {
  const { lang } = page;
  const nonce = page.nonce ?? makeNonce();
  const title = page.title?.trim() || t(lang, W.untitled);
  const policy = `default-src 'none'; style-src 'nonce-${nonce}'; img-src 'self' data: file:; base-uri 'none'; form-action 'none'`;
  return `${pageHead({ lang, title, policy, nonce, css: CSS, generator: true })}
<body>
<article>
<header>
<p class="kicker">${esc(t(lang, W.kicker))}</p>
<h1>${esc(title)}</h1>
${metaHtml(lang, page.meta)}
</header>
${checklistHtml(lang, page.checklist)}
<div class="beeld">
${page.bodyHtml}
</div>
<footer>${esc(t(lang, W.footer))}</footer>
</article>
</body>
</html>
`;
}
