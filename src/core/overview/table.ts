import { ELEMENTS } from '../model';
import type { Lang } from '../model';
import { t } from '../i18n';
import type { OverviewRow } from './data';
import { escapeHtml as esc } from './escape';
import { DRIE_E_KEYS, FEEDBACK_FILTERS, type Choices, type Filter, type Sort, type SortKey } from './query';
import { ANSWER_LABEL, DRIE_E_SHORT, ELEMENT_LABELS, ELEMENT_SHORT, label } from './labels';
import type { DrieEAnswer } from '../drie-e';

// The table's markup: header with sort buttons, one row per beeld. Every row has the same height so the
// browser script can show only the rows in view (5,000 journals stay smooth) and place them by index.

export const ROW_HEIGHT = 30;

interface Column { key: SortKey; head: string; full: string; cls: string }

export function columns(lang: Lang): Column[] {
  const flag = (key: SortKey, head: string, full: string): Column => ({ key, head, full, cls: 'flag' });
  return [
    { key: 'auteur', head: label(lang, 'author'), full: label(lang, 'author'), cls: 'auteur' },
    { key: 'datum', head: label(lang, 'date'), full: label(lang, 'date'), cls: 'datum' },
    { key: 'situatie', head: label(lang, 'situation'), full: label(lang, 'situation'), cls: 'situatie' },
    { key: 'title', head: label(lang, 'title'), full: label(lang, 'title'), cls: 'title' },
    flag('ervaring', label(lang, 'ervaringShort'), label(lang, 'ervaring')),
    ...ELEMENTS.map((e) => flag(`el:${e}`, t(lang, ELEMENT_SHORT[e]), t(lang, ELEMENT_LABELS[e]))),
    flag('uitwerking', label(lang, 'uitwerkingShort'), label(lang, 'uitwerking')),
    ...DRIE_E_KEYS.map((e): Column => ({ key: `e:${e}`, head: t(lang, DRIE_E_SHORT[e]), full: label(lang, e), cls: 'answer' })),
    { key: 'feedback', head: label(lang, 'feedback'), full: label(lang, 'feedbackFull'), cls: 'feedback' },
  ];
}

export function colgroupHtml(lang: Lang): string {
  return `<colgroup>${columns(lang).map((c) => `<col class="col-${c.cls}">`).join('')}</colgroup>`;
}

export function headHtml(lang: Lang, sort: Sort): string {
  const cells = columns(lang).map((c) => {
    const active = c.key === sort.key;
    const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
    const arrow = active ? (sort.dir === 'asc' ? '▲' : '▼') : '';
    const abbr = c.head !== c.full;
    return `<th scope="col" class="${c.cls}" aria-sort="${ariaSort}">`
      + `<button type="button" class="sort" data-sort="${c.key}" title="${esc(label(lang, 'sortBy', c.full))}">`
      + (abbr ? `<span aria-hidden="true">${esc(c.head)}</span><span class="sr">${esc(c.full)}</span>` : esc(c.head))
      + `<span class="arrow" aria-hidden="true">${arrow}</span></button></th>`;
  });
  return `<tr aria-rowindex="1">${cells.join('')}</tr>`;
}

function flagCell(present: boolean, lang: Lang): string {
  // The mark is drawn in CSS and named for screen readers through role="img": no ✓ glyph (the browser
  // would hunt for a fallback font on every row) and no hidden text boxes (they cost layout per row).
  return `<td class="flag ${present ? 'yes' : 'no'}"><span class="mark" role="img" aria-label="${esc(label(lang, present ? 'present' : 'absent'))}"></span></td>`;
}

/** One E's answer in words (ja, nee, deels, open): "nee" is an answer to read, not a gap to mark. */
function answerCell(answer: DrieEAnswer, lang: Lang): string {
  return `<td class="answer ${answer}">${esc(t(lang, ANSWER_LABEL[answer]))}</td>`;
}

/** Open threads as a number; a beeld without any that waits for feedback says so. */
function feedbackCell(r: OverviewRow, lang: Lang): string {
  if (r.feedback > 0) return `<td class="feedback open" title="${esc(label(lang, 'feedbackOpen', r.feedback))}">${r.feedback}</td>`;
  if (r.waits) return `<td class="feedback waits" title="${esc(label(lang, 'feedbackWaitsFull'))}">${esc(label(lang, 'feedbackWaits'))}</td>`;
  return '<td class="feedback"></td>';
}

/** One table row. `position` is its 0-based place in the current (filtered, sorted) list. */
export function rowHtml(r: OverviewRow, lang: Lang, position: number, active = false, current = false): string {
  const title = r.beeld < 0 ? label(lang, 'noBeeld') : r.title || label(lang, 'untitled');
  const where = `${r.path}, ${label(lang, 'line', r.line + 1)}`;
  const situation = r.situatieTitle || r.situatie;
  return `<tr class="row${r.complete ? ' complete' : ''}${r.beeld < 0 ? ' no-beeld' : ''}${current ? ' current' : ''}"`
    + ` data-id="${r.id}" aria-rowindex="${position + 2}" tabindex="${active ? 0 : -1}"${current ? ' aria-current="true"' : ''}>`
    + `<td class="auteur" title="${esc(r.auteur)}">${esc(r.auteur)}</td>`
    + `<td class="datum">${esc(r.datum)}</td>`
    + `<td class="situatie" title="${esc(situation)}">${esc(situation)}</td>`
    + `<td class="title${r.title ? '' : ' untitled'}" title="${esc(where)}">${esc(title)}</td>`
    + flagCell(r.ervaring, lang)
    + r.elements.map((present) => flagCell(present, lang)).join('')
    + flagCell(r.uitwerking, lang)
    + r.e.map((answer) => answerCell(answer, lang)).join('')
    + feedbackCell(r, lang)
    + '</tr>';
}

function options(all: string, items: { value: string; text: string }[], selected: string | undefined): string {
  return `<option value="">${esc(all)}</option>`
    + items.map((i) => `<option value="${esc(i.value)}"${i.value === selected ? ' selected' : ''}>${esc(i.text)}</option>`).join('');
}

export function authorOptions(lang: Lang, c: Choices, f: Filter): string {
  return options(label(lang, 'all'), c.authors.map((a) => ({ value: a, text: a })), f.auteur);
}
export function situationOptions(lang: Lang, c: Choices, f: Filter): string {
  return options(label(lang, 'all'), c.situations.map((s) => ({ value: s.id, text: s.title })), f.situatie);
}
export function tagOptions(lang: Lang, c: Choices, f: Filter): string {
  return options(label(lang, 'all'), c.tags.map((tag) => ({ value: tag, text: tag })), f.tag);
}
export function feedbackOptions(lang: Lang, f: Filter): string {
  const text = { wacht: label(lang, 'filterWaits'), open: label(lang, 'filterOpen'), gevraagd: label(lang, 'filterAsked') };
  return options(label(lang, 'all'), FEEDBACK_FILTERS.map((value) => ({ value, text: text[value] })), f.feedback);
}

/** The filter bar; the browser script finds the controls by id. */
export function filtersHtml(lang: Lang, c: Choices, f: Filter): string {
  const field = (id: string, text: string, control: string) =>
    `<div class="field"><label for="${id}">${esc(text)}</label>${control}</div>`;
  return `<form class="filters" id="filters" role="search" aria-label="${esc(label(lang, 'filters'))}">`
    + field('f-auteur', label(lang, 'author'), `<select id="f-auteur" name="auteur">${authorOptions(lang, c, f)}</select>`)
    + field('f-situatie', label(lang, 'situation'), `<select id="f-situatie" name="situatie">${situationOptions(lang, c, f)}</select>`)
    + field('f-tag', label(lang, 'tag'), `<select id="f-tag" name="tag">${tagOptions(lang, c, f)}</select>`)
    + field('f-from', label(lang, 'from'), `<input type="date" id="f-from" name="from" value="${esc(f.from ?? '')}">`)
    + field('f-to', label(lang, 'to'), `<input type="date" id="f-to" name="to" value="${esc(f.to ?? '')}">`)
    + field('f-feedback', label(lang, 'feedback'), `<select id="f-feedback" name="feedback">${feedbackOptions(lang, f)}</select>`)
    + field('f-q', label(lang, 'search'), `<input type="search" id="f-q" name="q" value="${esc(f.q ?? '')}">`)
    + `<div class="field"><button type="reset" id="f-reset">${esc(label(lang, 'reset'))}</button></div>`
    + '</form>';
}
