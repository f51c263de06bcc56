// Block quotes and lists, the containers of CommonMark, with micromark's rules for when a line stays in
// them, starts a sibling item, or opens a new one. A list is one container; it remembers the indent its
// current item's content needs (`size`, in columns) and how blank lines went.
import { afterTab, isDigit, isSpaceOrTab, TAB } from './chars';
import type { LineCursor } from './cursor';
import { isThematicBreak } from './leaves';

export interface Quote { kind: 'quote' }

export interface List {
  kind: 'list';
  ordered: boolean;
  /** The bullet (`*`, `+`, `-`) or, for an ordered list, the delimiter (`.`, `)`). */
  marker: number;
  size: number;
  /** The current item started with nothing after its marker. */
  initialBlank: boolean;
  /** A blank line came after such an item's first line: the next line with text is not in the item. */
  furtherBlank: boolean;
}

export type Container = Quote | List;

const QUOTE: Quote = { kind: 'quote' };

/** Moves past `>` and one optional space; false when the line does not continue the quote. */
export function continueQuote(cur: LineCursor): boolean {
  if (cur.peek() > 3 || cur.blank || cur.text.charCodeAt(cur.nn) !== 62) return false;
  cur.moveTo(cur.nn + 1, cur.nnCol + 1);
  if (isSpaceOrTab(cur.char())) cur.skipColumns(1);
  return true;
}

export const enum ListLine { Out, In, Sibling }

/** Whether the line stays in the list's current item, starts a sibling item, or leaves the list. */
export function continueList(cur: LineCursor, list: List): ListLine {
  const indent = cur.peek();
  if (cur.blank) {
    list.furtherBlank = list.furtherBlank || list.initialBlank;
    cur.skipColumns(Math.min(indent, list.size));
    return ListLine.In;
  }
  const further = list.furtherBlank;
  list.furtherBlank = list.initialBlank = false;
  if (!further && indent >= list.size) {
    cur.skipColumns(list.size);
    return ListLine.In;
  }
  return openList(cur, list, false) ? ListLine.Sibling : ListLine.Out;
}

/** A block quote or list item that starts at the cursor (the cursor moves past its marker), or undefined. */
export function openContainer(cur: LineCursor, interrupt: boolean): Container | undefined {
  if (cur.peek() > 3 || cur.blank) return undefined;
  if (cur.text.charCodeAt(cur.nn) === 62) {
    cur.moveTo(cur.nn + 1, cur.nnCol + 1);
    if (isSpaceOrTab(cur.char())) cur.skipColumns(1);
    return QUOTE;
  }
  return openList(cur, undefined, interrupt);
}

/**
 * A list item at the cursor: a new list's first, or (`list` given) the next item of that list.
 * `interrupt`: the line would otherwise continue a paragraph, so the item must have text and an ordered
 * one must be numbered 1. The cursor only moves when an item starts.
 */
function openList(cur: LineCursor, list: List | undefined, interrupt: boolean): List | undefined {
  const indent = cur.peek();
  if (indent > 3 || cur.blank) return undefined;
  const marker = markerAt(cur.text, cur.nn, cur.end, list, interrupt);
  if (!marker) return undefined;
  const markerEnd = marker.end;
  const markerCols = markerEnd - cur.nn;
  const afterCol = cur.nnCol + markerCols;
  const ws = spaceColumns(cur.text, markerEnd, cur.end, afterCol);
  const blankRest = ws.end >= cur.end;
  if (blankRest && interrupt) return undefined;
  if (!blankRest && ws.cols === 0) return undefined;
  // Five or more columns after the marker: the item's text is indented code, one column belongs to the marker.
  const take = blankRest ? 1 : ws.cols <= 4 ? ws.cols : 1;
  cur.moveTo(markerEnd, afterCol);
  if (!blankRest) cur.skipColumns(take);
  const size = indent + markerCols + take;
  if (list) {
    list.size = size;
    list.initialBlank = blankRest;
    list.furtherBlank = false;
    return list;
  }
  return { kind: 'list', ordered: marker.ordered, marker: marker.code, size, initialBlank: blankRest, furtherBlank: false };
}

function markerAt(t: string, p: number, end: number, list: List | undefined, interrupt: boolean):
  { ordered: boolean; code: number; end: number } | undefined {
  const c = t.charCodeAt(p);
  const bullet = list ? !list.ordered : c === 42 || c === 43 || c === 45;
  if (bullet) {
    if (list ? c !== list.marker : false) return undefined;
    if ((c === 42 || c === 45) && isThematicBreak(t, p, end)) return undefined;
    return { ordered: false, code: c, end: p + 1 };
  }
  if (!isDigit(c) || (interrupt && c !== 49)) return undefined;
  let q = p;
  while (q < end && q - p < 9 && isDigit(t.charCodeAt(q))) q++;
  if (interrupt && q - p > 1) return undefined;
  const d = q < end ? t.charCodeAt(q) : -1;
  if (list ? d !== list.marker : d !== 46 && d !== 41) return undefined;
  return { ordered: true, code: d, end: q + 1 };
}

/** Columns of spaces and tabs from `i` (at column `col`), and where they end. */
function spaceColumns(t: string, i: number, end: number, col: number): { cols: number; end: number } {
  const from = col;
  while (i < end) {
    const c = t.charCodeAt(i);
    if (c === TAB) col = afterTab(col);
    else if (c === 32) col++;
    else break;
    i++;
  }
  return { cols: col - from, end: i };
}
