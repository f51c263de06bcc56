// A markdown-it plugin for VS Code's notebook Markdown renderer: in a Goed Werk journal it shows a
// cell's hidden prompt as quiet helper text under the heading, what a beeld still lacks under its
// title, the 3E check as three answers to click, the frontmatter as a card of the journal's details and
// a blank journal as an invitation to start. Cells of any other notebook render as they always did.
// Pure (no DOM): the HTML it writes carries data-gw-* attributes that journal.ts turns into messages.
import type MarkdownIt from 'markdown-it';
import type { StateCore, Token } from 'markdown-it';
import { DRIE_E_IDS, readDrieEItem, splitDrieELine, type DrieEAnswer } from '../core/drie-e';
import { sectionKindOf } from '../core/sections';
import { VIEW_KEY, type BeeldStatus, type CardView, type UiLang, type ViewMeta } from './protocol';
import { say } from './strings';

/** The journal-wide view the extension sent last, per cell id; it wins over what the metadata had. */
export interface ViewCache {
  beeld: Map<string, BeeldStatus | null>;
  card: Map<string, CardView | null>;
}

export function emptyCache(): ViewCache {
  return { beeld: new Map(), card: new Map() };
}

interface CellContext {
  view: ViewMeta;
  prompt?: string;
  placeholder?: string;
  text: string;
}

function cellContext(env: unknown): CellContext | undefined {
  const item = (env as { outputItem?: { metadata?: unknown; text?: () => string } } | undefined)?.outputItem;
  const metadata = item?.metadata as Record<string, unknown> | undefined;
  const view = metadata?.[VIEW_KEY] as ViewMeta | undefined;
  if (!view || typeof view.id !== 'string') return undefined;
  const own = metadata?.goedwerk as { prompt?: unknown; placeholder?: unknown } | undefined;
  return {
    view: { ...view, ui: view.ui === 'en' ? 'en' : 'nl' },
    prompt: typeof own?.prompt === 'string' ? own.prompt : undefined,
    placeholder: typeof own?.placeholder === 'string' ? own.placeholder : undefined,
    text: typeof item?.text === 'function' ? item.text() : '',
  };
}

type Esc = (s: string) => string;

export function goedwerkPlugin(cache: ViewCache = emptyCache(), onRender: (id: string) => void = () => undefined): (md: MarkdownIt) => void {
  return (md) => {
    md.core.ruler.push('goedwerk', (state: StateCore) => {
      const cell = cellContext(state.env);
      if (!cell) return;
      onRender(cell.view.id);
      const esc = md.utils.escapeHtml;
      const html = (content: string): Token => {
        const t = new state.Token('html_block', '', 0);
        t.content = content;
        return t;
      };
      const { view } = cell;
      if (view.role === 'frontmatter') {
        state.tokens = [html(cardHtml(view, cache.card.has(view.id) ? cache.card.get(view.id) : view.card, esc))];
        return;
      }
      if (view.role === 'invitation' && cell.placeholder !== undefined && cell.text === cell.placeholder) {
        state.tokens = [html(invitationHtml(view, esc))];
        return;
      }
      decorate(state, cell, cache, esc, html);
    });
  };
}

function decorate(state: StateCore, cell: CellContext, cache: ViewCache, esc: Esc, html: (s: string) => Token): void {
  const { view } = cell;
  const tokens = state.tokens;
  const startsWithHeading = tokens[0]?.type === 'heading_open' && tokens[0].map?.[0] === 0;
  const headingEnd = startsWithHeading ? tokens.findIndex((t) => t.type === 'heading_close') + 1 : 0;
  const level = startsWithHeading ? Number(tokens[0].tag.slice(1)) : 0;
  const headingText = startsWithHeading ? tokens[1]?.content ?? '' : '';
  const kind = level > 1 ? sectionKindOf(headingText) : null;
  const body = tokens.length > headingEnd;
  if (kind === 'drie-e') answers(state, cell, esc);
  const extra: Token[] = [];
  // A section's prompt steps aside once it has text; a title's is gone once the title is written.
  const titled = level === 1 && headingText.trim() !== '';
  if (cell.prompt && !titled) extra.push(html(promptHtml(cell.prompt, body, view.ui, esc)));
  // Always a place for the status, so that a message can fill it in when the beeld changes.
  const status = cache.beeld.has(view.id) ? cache.beeld.get(view.id) : view.beeld;
  extra.push(html(statusHtml(view, status ?? undefined, esc)));
  if (!body && startsWithHeading) {
    const title = level === 1;
    const hint = title && headingText.trim() === '' ? 'titleHere' : title ? undefined : 'writeHere';
    const picture = kind === 'afbeelding'
      ? ` <span class="gw-button" role="button" tabindex="0" data-gw-image="${esc(view.id)}">${esc(say(view.ui, 'pickImage'))}</span>` : '';
    if (hint) extra.push(html(`<p class="gw-hint-row"><span class="gw-hint" role="button" tabindex="0" data-gw-edit="${esc(view.id)}">${esc(say(view.ui, hint))}</span>${picture}</p>\n`));
  }
  tokens.splice(headingEnd, 0, ...extra);
}

// ── the prompt ──────────────────────────────────────────────────────────────────────────────────────

/** The prompt's questions: one per line of its comments, without the comment markers and bullets. */
export function promptLines(prompt: string): string[] {
  const out: string[] = [];
  for (const m of prompt.matchAll(/<!--([\s\S]*?)-->/g)) {
    for (const raw of m[1].split(/\r\n|\r|\n/)) {
      const line = raw.replace(/^[ \t]*(?:[·•*+-][ \t]+)?/, '').trim();
      if (line) out.push(line);
    }
  }
  return out;
}

function promptHtml(prompt: string, filled: boolean, ui: UiLang, esc: Esc): string {
  const [first, ...rest] = promptLines(prompt);
  if (!first) return '';
  const more = rest.length ? `<ul>${rest.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : '';
  const inner = `<p class="gw-q">${esc(first)}</p>${more}`;
  // Once the writer has written here the questions step aside, one click away.
  if (filled) return `<details class="gw-prompt"><summary>${esc(say(ui, 'prompts'))}</summary>${inner}</details>\n`;
  return `<div class="gw-prompt">${inner}</div>\n`;
}

// ── what a beeld still lacks ────────────────────────────────────────────────────────────────────────

export function statusInner(ui: UiLang, id: string, status: BeeldStatus, esc: Esc): string {
  const chip = (p: BeeldStatus['todo'][number]) =>
    `<span class="gw-chip${p.exists ? '' : ' gw-chip-add'}" role="button" tabindex="0" data-gw-part="${esc(p.part)}" data-gw-cell="${esc(id)}"`
    + ` title="${esc(say(ui, p.exists ? 'openPart' : 'addPart', p.label))}">${p.exists ? '' : '+ '}${esc(p.label)}</span>`;
  const groups: string[] = [];
  const elements = status.todo.filter((p) => p.element);
  const others = status.todo.filter((p) => !p.element);
  if (elements.length) groups.push(`<span class="gw-label">${esc(say(ui, 'notLookedAt'))}</span> ${elements.map(chip).join(' ')}`);
  if (others.length) groups.push(`<span class="gw-label">${esc(say(ui, 'toWrite'))}</span> ${others.map(chip).join(' ')}`);
  if (!status.todo.length) groups.push(`<span class="gw-done">✓ ${esc(say(ui, 'allLookedAt'))}</span>`);
  const e = status.drieE
    ? status.drieE.map((x) => `<span class="gw-e-sum gw-${x.answer}">${esc(x.label)} ${esc(say(ui, x.answer))}</span>`).join(' · ')
    : `<span class="gw-chip gw-chip-add" role="button" tabindex="0" data-gw-part="drie-e" data-gw-cell="${esc(id)}">+ ${esc(say(ui, 'drieENotYet'))}</span>`;
  groups.push(`<span class="gw-label">${esc(say(ui, 'drieE'))}</span> ${e}`);
  return groups.map((g) => `<span class="gw-group">${g}</span>`).join('');
}

function statusHtml(view: ViewMeta, status: BeeldStatus | undefined, esc: Esc): string {
  const attrs = `class="gw-status" data-gw-status="${esc(view.id)}" data-gw-ui="${view.ui}"`;
  return status ? `<div ${attrs}>${statusInner(view.ui, view.id, status, esc)}</div>\n` : `<div ${attrs} hidden></div>\n`;
}

// ── the 3E check ────────────────────────────────────────────────────────────────────────────────────

const ANSWERS: Exclude<DrieEAnswer, 'open'>[] = ['ja', 'nee', 'deels'];

/** Turns each top-level list item that names an E into the E with three answers to click. */
function answers(state: StateCore, cell: CellContext, esc: Esc): void {
  const lines = state.src.split(/\r\n|\r|\n/);
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'list_item_open' || t.level !== 1 || !t.map) continue;
    const split = splitDrieELine(lines[t.map[0]] ?? '');
    const item = split && readDrieEItem(split.text, split.ticked);
    if (!item || !DRIE_E_IDS.includes(item.id)) continue;
    const inline = tokens.slice(i, i + 4).find((x) => x.type === 'inline');
    if (!inline) continue;
    t.attrJoin('class', 'gw-e');
    const name = /^[*_~`\s]*([\p{L}]+)/u.exec(split.text)?.[1] ?? item.id;
    const rest = item.prompt ? split.text.slice(split.text.indexOf(name) + name.length).replace(/^[*_~`]*\s*[:：]?\s*/, '') : item.explanation;
    const ui = cell.view.ui;
    const buttons = ANSWERS.map((a) => `<span class="gw-answer gw-${a}" role="button" tabindex="0" aria-pressed="${item.answer === a}"`
      + ` data-gw-answer="${a}" data-gw-e="${item.id}" data-gw-cell="${esc(cell.view.id)}" title="${esc(say(ui, 'answerTip', say(ui, a)))}">${esc(say(ui, a))}</span>`).join('');
    const explain = `<span class="gw-explain" role="button" tabindex="0" data-gw-explain="${item.id}" data-gw-cell="${esc(cell.view.id)}" title="${esc(say(ui, 'explainTip'))}">${esc(say(ui, 'explain'))}</span>`;
    const text = rest ? `<span class="${item.prompt ? 'gw-e-q' : 'gw-e-why'}">${esc(rest)}</span>` : '';
    const row = new state.Token('html_inline', '', 0);
    row.content = `<span class="gw-e-name">${esc(name)}</span>${text}<span class="gw-answers">${buttons}${explain}</span>`;
    inline.children = [row];
  }
}

// ── the journal's details, and a blank journal ──────────────────────────────────────────────────────

export function cardInner(ui: UiLang, id: string, card: CardView | null | undefined, esc: Esc): string {
  const fields = card?.fields ?? [];
  const rows = card?.invalid
    ? `<p class="gw-hint">${esc(say(ui, 'invalidDetails'))}</p>`
    : `<dl>${fields.map((f) => `<dt>${esc(f.label)}</dt><dd${f.value ? '' : ' class="gw-empty"'}>${esc(f.value || say(ui, 'notFilled'))}</dd>`).join('')}</dl>`;
  return `<div class="gw-card-head"><span class="gw-card-title">${esc(say(ui, 'details'))}</span>`
    + `<span class="gw-button" role="button" tabindex="0" data-gw-details="${esc(id)}">${esc(say(ui, 'editDetails'))}</span></div>${rows}`;
}

function cardHtml(view: ViewMeta, card: CardView | null | undefined, esc: Esc): string {
  return `<div class="gw-card" data-gw-card="${esc(view.id)}" data-gw-ui="${view.ui}">${cardInner(view.ui, view.id, card, esc)}</div>\n`;
}

function invitationHtml(view: ViewMeta, esc: Esc): string {
  const ui = view.ui;
  const id = esc(view.id);
  return `<div class="gw-invite"><h2>${esc(say(ui, 'emptyTitle'))}</h2><p>${esc(say(ui, 'emptyBody'))}</p><p>`
    + `<span class="gw-button gw-primary" role="button" tabindex="0" data-gw-start="situation" data-gw-cell="${id}">${esc(say(ui, 'startSituation'))}</span> `
    + `<span class="gw-button" role="button" tabindex="0" data-gw-start="blank" data-gw-cell="${id}">${esc(say(ui, 'startBlank'))}</span></p></div>\n`;
}
