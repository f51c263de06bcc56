// Cells to text: untouched cells come back byte for byte, edited ones replace only their own piece,
// new ones are set apart by a blank line; `layout` also says where each cell stands in the result.
import type { CellInput, CellMeta } from './cells';
import { ATX_LINE, composeValue, firstLineEnd, liftPrompt, sameLines, skipSpacesBack, splitTail, toEol } from './cellValue';

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
