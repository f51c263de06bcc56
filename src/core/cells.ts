// A journal as notebook cells and back, byte for byte. Remark-free: the extension bundle uses it.
//
// The text is cut at line starts into pieces whose concatenation is the text. A piece is shown as a
// cell's `value`; what the user should not see or edit (the frontmatter fences, the line break and
// blank lines that end the piece) travels along in the cell's metadata as `head` and `tail`. A cell
// the user did not touch is therefore written back exactly, and an edited cell replaces only its own
// piece. Cells without our metadata are new ones, added by the user; they get the file's line
// break and a blank line to keep them apart from their neighbours.
//
// Prompts: the HTML comments a template writes right under a heading are helper text, not the writer's.
// They travel hidden in the metadata too (`prompt`), so a cell's editable value holds only the heading
// and the writer's words; the notebook's renderer shows the prompt as quiet text. An edited cell writes
// its prompt back right under its heading, so the file keeps reading like a form: question, answer.
import type { SectionKind, Span } from './model';
import { splitPromptComment } from './prompts';
import { outline, type Outline } from './scan';
import { decodeBytes, detectEol, type TextProblem } from './text';

export type CellRole = 'frontmatter' | 'preamble' | 'titel' | 'section' | 'invitation';

/** What a cell carries so that writing it back reproduces the file. JSON-safe: it is notebook metadata. */
export interface CellMeta {
  /** Hidden text before the value (the frontmatter's opening fence). */
  head?: string;
  /** Hidden text after the value: its final line break, any blank lines, the frontmatter's closing fence. */
  tail: string;
  /**
   * The value as it was in the file, kept only when its line breaks differ from the file's: the
   * editor normalises mixed line breaks in a cell, and an untouched cell must still come back as it was.
   */
  raw?: string;
  /** Set in every cell of a CRLF file, so that the file's line break survives edits and moves. */
  eol?: '\r\n';
  /**
   * The prompt taken out of the value: the text from the end of the value's first line (a heading) up to
   * the end of the last HTML comment under it, line breaks included. Written back in that place.
   */
  prompt?: string;
  /** For a placeholder cell (an empty journal): the value it shows, which writes nothing while it stands. */
  placeholder?: string;
}

export interface CellSpec {
  kind: 'markup' | 'code';
  language: 'markdown' | 'yaml';
  /** The text the user sees and edits: the piece without its head and tail. */
  value: string;
  role: CellRole;
  /** For `section` cells: the kind of the section that starts the cell. */
  section?: SectionKind;
  /** Index of the beeld the cell belongs to (titel and section cells, and a titleless beeld's intro). */
  beeld?: number;
  meta: CellMeta;
}

/** The least a cell needs for writing: what the editor hands back to a serializer. */
export interface CellInput {
  kind?: 'markup' | 'code';
  language?: string;
  value: string;
  /** Our metadata; absent on cells the user added. */
  meta?: CellMeta;
}

/** The metadata key under which cells and notebooks keep Goed Werk's data. */
export const META_KEY = 'goedwerk';

interface Cut { at: number; role: CellRole; section?: SectionKind; beeld?: number }

/** Cuts a journal into cells. For every string `t`: `cellsToText(textToCells(t)) === t`. */
export function textToCells(text: string, o: Outline = outline(text)): CellSpec[] {
  const eol = o.eol;
  const cuts = cutsOf(text, o);
  const cells: CellSpec[] = [];
  let carry = '';
  for (let i = 0; i < cuts.length; i++) {
    const cut = cuts[i];
    const end = i + 1 < cuts.length ? cuts[i + 1].at : text.length;
    if (cut.role === 'frontmatter' && o.frontmatter) {
      cells.push(frontmatterCell(text, o.frontmatter.yamlSpan, end, eol));
      continue;
    }
    let piece = text.slice(cut.at, end);
    // Blank lines between cells make no cell and are not shown: they end the cell before them,
    // or, at the very start of the file, ride along hidden in front of the first cell.
    const lead = isBlank(piece) && (cells.length > 0 || i + 1 < cuts.length) ? piece.length : leadingBlankLines(piece);
    if (lead > 0 && cells.length > 0) {
      cells[cells.length - 1].meta.tail += piece.slice(0, lead);
      piece = piece.slice(lead);
    } else if (lead > 0) {
      carry += piece.slice(0, lead);
      piece = piece.slice(lead);
    }
    if (piece === '' && (cells.length > 0 || i + 1 < cuts.length || carry === '')) continue;
    const cell = markupCell(piece, cut, eol);
    if (carry) { cell.meta.head = carry; carry = ''; }
    cells.push(cell);
  }
  return cells;
}

/** Length of the whole whitespace-only lines at the start of `s`. */
function leadingBlankLines(s: string): number {
  let done = 0;
  let i = 0;
  for (;;) {
    while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
    const c = s.charCodeAt(i);
    if (c === 13) i += s.charCodeAt(i + 1) === 10 ? 2 : 1;
    else if (c === 10) i++;
    else return done;
    done = i;
  }
}

function cutsOf(text: string, o: Outline): Cut[] {
  const cuts: Cut[] = [];
  if (o.frontmatter) cuts.push({ at: 0, role: 'frontmatter' });
  const bodyStart = o.frontmatter?.span.end ?? 0;
  if (bodyStart < (o.beelden[0]?.span.start ?? text.length) || cuts.length === 0) {
    cuts.push({ at: bodyStart, role: 'preamble' });
  }
  for (const b of o.beelden) {
    cuts.push({ at: b.span.start, role: b.titleHeading ? 'titel' : 'preamble', beeld: b.index });
    let open: Span | undefined;
    for (const s of b.sections) {
      // A heading inside the span of the section before it (a deeper heading of the writer's own)
      // stays in that section's cell; every other section heading starts a cell.
      if (open && s.span.start < open.end) continue;
      open = s.span;
      cuts.push({ at: s.span.start, role: 'section', section: s.kind, beeld: b.index });
    }
  }
  return normalizeCuts(cuts, text.length);
}

/** Keeps cuts in order and inside the text; when two fall together the later (more specific) one wins. */
function normalizeCuts(cuts: Cut[], length: number): Cut[] {
  const out: Cut[] = [];
  for (const c of cuts) {
    const at = Math.max(0, Math.min(length, c.at));
    const last = out[out.length - 1];
    if (last && (at < last.at || (at === last.at && last.role === 'frontmatter'))) continue;
    if (last && at === last.at) out.pop();
    out.push({ ...c, at });
  }
  // The first cut must be at 0 so that no text is lost.
  if (out.length === 0 || out[0].at !== 0) out.unshift({ at: 0, role: 'preamble' });
  // A cut at the very end makes an empty piece; drop it unless it is the only one.
  while (out.length > 1 && out[out.length - 1].at >= length) out.pop();
  return out;
}

function frontmatterCell(text: string, yaml: Span, end: number, eol: string): CellSpec {
  const { value, tail } = splitTail(text.slice(yaml.start, yaml.end));
  // A Markdown-kind cell in YAML: it never runs, and the notebook's renderer shows it as a card.
  return {
    kind: 'markup', language: 'yaml', value, role: 'frontmatter',
    meta: withRaw({ head: text.slice(0, yaml.start), tail: tail + text.slice(yaml.end, end) }, value, eol),
  };
}

function markupCell(piece: string, cut: Cut, eol: string): CellSpec {
  const { value: body, tail } = splitTail(piece);
  const lifted = liftPrompt(body, eol);
  const meta: CellMeta = withRaw({ tail }, body, eol, lifted.moved);
  if (lifted.prompt) meta.prompt = lifted.prompt;
  const cell: CellSpec = { kind: 'markup', language: 'markdown', value: lifted.value, role: cut.role, meta };
  if (cut.section) cell.section = cut.section;
  if (cut.beeld !== undefined) cell.beeld = cut.beeld;
  return cell;
}

/** `raw` keeps the piece's own bytes when writing the shown value back would not give them. */
function withRaw(meta: CellMeta, body: string, eol: string, moved = false): CellMeta {
  if (moved || hasForeignBreak(body, eol)) meta.raw = body;
  if (eol === '\r\n') meta.eol = eol;
  return meta;
}

const ATX_LINE = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const COMMENT_START = /^ {0,3}<!--/;

/** Where the first line of `s` ends (before its line break). */
function firstLineEnd(s: string): number {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) !== 10 && s.charCodeAt(i) !== 13) i++;
  return i;
}

/** Index just past the line break at `i` (a CRLF counts once), or `i` when none is there. */
function pastBreak(s: string, i: number): number {
  if (s.charCodeAt(i) === 13) return s.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  return s.charCodeAt(i) === 10 ? i + 1 : i;
}

export interface LiftedPrompt {
  /** The body without its prompt (and with any words typed into the prompt, as text of their own). */
  value: string;
  /** The prompt as it goes back under the heading; '' when there is none. */
  prompt: string;
  /** True when words typed into the prompt were moved out: the value then differs from the bytes. */
  moved: boolean;
}

/**
 * Takes the prompt out of a markup cell's body: the blank lines and comment-only blocks that stand
 * right under a first-line heading. Words a writer typed into a known prompt come out as text.
 */
export function liftPrompt(body: string, eol = '\n'): LiftedPrompt {
  const end = firstLineEnd(body);
  if (!ATX_LINE.test(body.slice(0, end))) return { value: body, prompt: '', moved: false };
  let at = end;
  let promptEnd = -1;
  const comments: Span[] = [];
  while (at < body.length) {
    const lineStart = pastBreak(body, at);
    if (lineStart === at) break;
    const lineEnd = lineStart + firstLineEnd(body.slice(lineStart));
    const line = body.slice(lineStart, lineEnd);
    if (/^[ \t]*$/.test(line)) { at = lineEnd; continue; }
    if (!COMMENT_START.test(line)) break;
    const close = body.indexOf('-->', lineStart + 4);
    if (close === -1) break;
    const closeLineEnd = close + firstLineEnd(body.slice(close));
    if (!/^[ \t]*$/.test(body.slice(close + 3, closeLineEnd))) break;
    comments.push({ start: lineStart, end: close + 3 });
    promptEnd = closeLineEnd;
    at = closeLineEnd;
  }
  if (promptEnd < 0) return { value: body, prompt: '', moved: false };
  let prompt = body.slice(end, promptEnd);
  let value = body.slice(0, end) + body.slice(promptEnd);
  const residue: string[] = [];
  for (const c of [...comments].reverse()) {
    const parts = splitPromptComment(body.slice(c.start, c.end));
    if (parts.residue.length === 0) continue;
    residue.unshift(...parts.residue);
    prompt = prompt.slice(0, c.start - end) + parts.cleaned + prompt.slice(c.end - end);
  }
  if (residue.length === 0) return { value, prompt, moved: false };
  const rest = body.slice(promptEnd).replace(/^(?:[ \t]*(?:\r\n|\r|\n))+/, '');
  value = body.slice(0, end) + eol + eol + residue.join(' ') + (rest ? eol + eol + rest : '');
  return { value, prompt, moved: true };
}

/**
 * An edited value with its prompt put back: right under its first line while that is a heading,
 * else before the value on lines of its own. A value left blank drops the prompt with the rest.
 */
export function composeValue(value: string, prompt: string | undefined, eol: string): string {
  if (!prompt || !/\S/.test(value)) return value;
  const end = firstLineEnd(value);
  if (ATX_LINE.test(value.slice(0, end))) return value.slice(0, end) + prompt + value.slice(end);
  return prompt.replace(/^(?:[ \t]*(?:\r\n|\r|\n))+/, '') + eol + eol + value;
}

/**
 * Splits off the hidden tail: the final line break with any blank (whitespace-only) lines after it.
 * Trailing spaces on the last line of text stay in the value (in Markdown they can be a hard break).
 * Scans backwards, so it costs the length of the tail, not of the piece.
 */
export function splitTail(piece: string): { value: string; tail: string } {
  let tailStart = piece.length;
  let j = skipSpacesBack(piece, piece.length);
  for (;;) {
    const c = piece.charCodeAt(j - 1);
    if (j === 0 || (c !== 10 && c !== 13)) break;
    j -= c === 10 && piece.charCodeAt(j - 2) === 13 ? 2 : 1;
    tailStart = j;
    j = skipSpacesBack(piece, j);
  }
  return { value: piece.slice(0, tailStart), tail: piece.slice(tailStart) };
}

function skipSpacesBack(s: string, j: number): number {
  while (j > 0 && (s.charCodeAt(j - 1) === 32 || s.charCodeAt(j - 1) === 9)) j--;
  return j;
}

function isBlank(s: string): boolean {
  return /^[ \t\r\n]*$/.test(s);
}

/** Every line break in `s` as `eol`. */
export function toEol(s: string, eol: string): string {
  return hasForeignBreak(s, eol) ? s.replace(/\r\n|\r|\n/g, eol) : s;
}

/** True when `s` holds a line break other than `eol` (checked without copying the string). */
export function hasForeignBreak(s: string, eol: string): boolean {
  return eol === '\r\n' ? /(?:^|[^\r])\n|\r(?!\n)/.test(s) : s.indexOf('\r') !== -1;
}

function sameLines(a: string, b: string): boolean {
  return a === b || a.replace(/\r\n?/g, '\n') === b.replace(/\r\n?/g, '\n');
}

/** The line break of the file the cells came from (recorded in CRLF files' cells); LF otherwise. */
export function eolOfCells(cells: readonly CellInput[]): '\n' | '\r\n' {
  for (const c of cells) if (c.meta?.eol === '\r\n') return '\r\n';
  return '\n';
}

export interface TextOptions {
  /**
   * Write every cell from its value, never from its kept bytes: the language server wants the journal
   * as the cells show it, so that each cell's lines map onto the journal's one to one.
   */
  fromValues?: boolean;
}

/** True when the cell shows what it showed when it was read (up to the editor's line-break normalisation). */
function untouched(cell: CellInput, meta: CellMeta, eol: string): boolean {
  if (meta.raw === undefined) return false;
  if (sameLines(cell.value, meta.raw)) return true;
  return meta.prompt !== undefined && sameLines(cell.value, liftPrompt(meta.raw, eol).value);
}

/** The text of one cell as it will stand in the file, without separators. */
export function cellText(cell: CellInput, eol: string, isFirst = false, opts: TextOptions = {}): string {
  const meta = cell.meta;
  if (meta && typeof meta.tail === 'string') {
    if (meta.placeholder !== undefined && cell.value === meta.placeholder) return (meta.head ?? '') + meta.tail;
    const value = !opts.fromValues && untouched(cell, meta, eol) ? meta.raw! : composeValue(toEol(editedValue(cell.value), eol), meta.prompt, eol);
    return (meta.head ?? '') + value + meta.tail;
  }
  const value = toEol(editedValue(cell.value), eol);
  if (value === '') return '';
  if (cell.language === 'yaml') return isFirst ? `---${eol}${value}${eol}---${eol}` : fenced(value, cell.language, eol);
  // A code cell in Markdown is text like any other: the notebook's own controller offers only Markdown.
  if (cell.kind === 'code' && cell.language !== 'markdown') return fenced(value, cell.language, eol);
  return value + eol;
}

/** An edited value loses trailing blank lines: the tail already ends the cell. */
function editedValue(value: string): string {
  return splitTail(value).value;
}

/** A code cell the user added becomes a fenced block, with a fence longer than any inside it. */
function fenced(value: string, language: string | undefined, eol: string): string {
  const open = fenceOpen(value, language);
  return `${open}${eol}${value}${eol}${open.replace(/[^`]+$/, '')}${eol}`;
}

function fenceOpen(value: string, language: string | undefined): string {
  const runs = value.match(/`{3,}/g) ?? [];
  const fence = '`'.repeat(Math.max(3, ...runs.map((r) => r.length + 1)));
  return fence + (language && language !== 'markdown' && language !== 'plaintext' ? language : '');
}

/**
 * Where a cell's value starts within its own text as `cellText` writes it: after the hidden head, or
 * after the fence line a new code cell gets. For mapping a cell's positions into the whole journal.
 */
export function valueOffset(cell: CellInput, eol: string, isFirst = false): number {
  const meta = cell.meta;
  if (meta && typeof meta.tail === 'string') {
    const head = meta.head?.length ?? 0;
    const prompt = meta.prompt && /\S/.test(cell.value) && !ATX_LINE.test(cell.value.slice(0, firstLineEnd(cell.value)));
    return prompt ? head + composeValue(cell.value, meta.prompt, eol).length - cell.value.length : head;
  }
  if (cell.language === 'yaml') return isFirst ? 3 + eol.length : fenceOpen(cell.value, cell.language).length + eol.length;
  if (cell.kind !== 'code' || cell.language === 'markdown') return 0;
  return fenceOpen(cell.value, cell.language).length + eol.length;
}

/**
 * The hidden text written between a cell's first line and the rest of its value (its prompt), as
 * `cellText` with `fromValues` writes it; '' when the value is written in one piece.
 */
export function promptGap(cell: CellInput): string {
  const prompt = cell.meta?.prompt;
  if (!prompt || !/\S/.test(cell.value)) return '';
  return ATX_LINE.test(cell.value.slice(0, firstLineEnd(cell.value))) ? prompt : '';
}

/**
 * Writes cells back as text. Cells with our metadata come back byte for byte (moved or not); an
 * edited cell's new value replaces only its own piece. A new cell is set apart by a blank line.
 */
export function cellsToText(cells: readonly CellInput[], eol: '\n' | '\r\n' = eolOfCells(cells)): string {
  return layout(cells, eol).text;
}

/** `cellsToText` plus where each cell's text starts and ends in it, for mapping offsets to cells. */
export function layout(cells: readonly CellInput[], eol: '\n' | '\r\n' = eolOfCells(cells), opts: TextOptions = {}): { text: string; starts: number[]; ends: number[] } {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let pos = 0;
  let end = '';
  let prevNew = false;
  const push = (s: string): void => {
    if (s === '') return;
    parts.push(s);
    pos += s.length;
    // Only the last few characters matter for the separators; never copy a whole piece for them.
    end = s.length >= 16 ? s.slice(-16) : (end + s).slice(-16);
  };
  for (const cell of cells) {
    const isNew = !cell.meta || typeof cell.meta.tail !== 'string';
    const piece = cellText(cell, eol, parts.length === 0, opts);
    if (piece !== '') {
      if (parts.length > 0) push(separator(end, eol, isNew || prevNew));
      starts.push(pos);
      push(piece);
      prevNew = isNew;
    } else {
      starts.push(pos);
    }
    ends.push(pos);
  }
  return { text: parts.join(''), starts, ends };
}

/** What must stand between what was written and the next cell. Never anything in an untouched file. */
function separator(end: string, eol: string, blankLine: boolean): string {
  const lastBreak = breakBefore(end, end.length);
  if (lastBreak < 0) return eol + eol;
  if (!blankLine || breakBefore(end, skipSpacesBack(end, lastBreak)) >= 0) return '';
  // A lone CR followed by an LF would read as one CRLF, not as a blank line.
  return end.endsWith('\r') && eol === '\n' ? eol + eol : eol;
}

/** Where the line break that ends at `j` starts (a CRLF counts once), or -1 when none ends there. */
function breakBefore(s: string, j: number): number {
  const c = s.charCodeAt(j - 1);
  if (c === 10) return s.charCodeAt(j - 2) === 13 ? j - 2 : j - 1;
  return c === 13 ? j - 1 : -1;
}

/**
 * The one cell a blank journal opens with: it shows `placeholder` (an invitation to start) and, while
 * it does, writes the file's bytes back as they were.
 */
export function placeholderCell(text: string, placeholder: string): CellSpec {
  const meta: CellMeta = { tail: '', placeholder };
  if (text) meta.head = text;
  return { kind: 'markup', language: 'markdown', value: placeholder, role: 'invitation', meta };
}

/** True when a journal holds nothing but whitespace: it opens as an invitation to start. */
export function isBlankJournal(text: string): boolean {
  return isBlank(text);
}

/** What a notebook keeps about its file as a whole. JSON-safe: it is notebook metadata. */
export interface JournalMeta { bom: boolean; eol: '\n' | '\r\n' }

export type DecodedJournal =
  | { cells: CellSpec[]; meta: JournalMeta; problem?: undefined }
  | { problem: TextProblem; cells?: undefined; meta?: undefined };

/**
 * Bytes to cells. A file that is not UTF-8 text is refused (with the reason) rather than shown as
 * cells: a notebook save would then write it back in another encoding and lose bytes.
 */
export function decodeJournal(bytes: Uint8Array): DecodedJournal {
  const decoded = decodeBytes(bytes);
  if (decoded.problem) return { problem: decoded.problem };
  return { cells: textToCells(decoded.text), meta: { bom: decoded.bom, eol: detectEol(decoded.text) } };
}

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** Cells to bytes, the BOM restored when the file had one. */
export function encodeJournal(cells: readonly CellInput[], meta?: Partial<JournalMeta>): Uint8Array {
  const eol = meta?.eol === '\r\n' || meta?.eol === '\n' ? meta.eol : eolOfCells(cells);
  const body = new TextEncoder().encode(cellsToText(cells, eol));
  if (!meta?.bom) return body;
  const out = new Uint8Array(BOM.length + body.length);
  out.set(BOM, 0);
  out.set(body, BOM.length);
  return out;
}
