// Link reference definitions (`[oma]: /x "titel"`) at the start of a paragraph, as micromark reads
// them. A paragraph made only of definitions is no paragraph, so a setext underline under it makes no
// heading; after them, the heading starts on the first line that is not a definition. Only needed when
// a setext underline shows up, so it works on the paragraph's lines joined with \n.
import { isAsciiControl, isSpaceOrTab } from './chars';

const LF = 10;

/** How many of `lines` (a paragraph's lines, in order) the definitions at its start take up. */
export function definitionLines(lines: readonly string[]): number {
  if (lines.length === 0 || lines[0].charCodeAt(0) !== 91 /* [ */) return 0;
  const s = lines.join('\n');
  let at = 0;
  let taken = 0;
  for (;;) {
    at = skipSpaces(s, at);
    const end = definitionAt(s, at);
    if (end < 0) return taken;
    taken = countLines(s, end);
    if (end >= s.length) return lines.length;
    at = end + 1;
  }
}

/** Lines that end before `end` (which is at a \n or the end of `s`), plus the one it ends. */
function countLines(s: string, end: number): number {
  let n = 1;
  for (let i = s.indexOf('\n'); i !== -1 && i < end; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpaceOrTab(s.charCodeAt(i))) i++;
  return i;
}

/** Spaces and tabs with at most one line ending among them (all a paragraph can hold). */
function skipWhitespace(s: string, i: number): number {
  i = skipSpaces(s, i);
  if (s.charCodeAt(i) === LF) i = skipSpaces(s, i + 1);
  return i;
}

/** End (at a \n or the end) of the definition that starts at `i`, or -1. */
function definitionAt(s: string, i: number): number {
  let j = labelEnd(s, i);
  if (j < 0 || s.charCodeAt(j) !== 58 /* : */) return -1;
  j = destinationEnd(s, skipWhitespace(s, j + 1));
  if (j < 0) return -1;
  const titled = titleAfter(s, j);
  if (titled >= 0) return titled;
  const k = skipSpaces(s, j);
  return k >= s.length || s.charCodeAt(k) === LF ? k : -1;
}

/** After `[label]`: no unescaped brackets, something other than spaces, at most 999 characters. */
function labelEnd(s: string, i: number): number {
  if (s.charCodeAt(i) !== 91) return -1;
  let size = 0;
  let seen = false;
  for (let j = i + 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 91) return -1;
    if (c === 93) return seen && size <= 999 ? j + 1 : -1;
    if (c === LF) continue;
    if (++size > 999) return -1;
    if (!isSpaceOrTab(c)) seen = true;
    if (c === 92 /* \ */) {
      const n = s.charCodeAt(j + 1);
      if (n === 91 || n === 92 || n === 93) { j++; size++; }
    }
  }
  return -1;
}

/** After `<…>` or a run without spaces and controls whose parentheses balance. */
function destinationEnd(s: string, i: number): number {
  if (s.charCodeAt(i) === 60 /* < */) {
    for (let j = i + 1; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c === 62) return j + 1;
      if (c === 60 || c === LF) return -1;
      if (c === 92 && [60, 62, 92].includes(s.charCodeAt(j + 1))) j++;
    }
    return -1;
  }
  let balance = 0;
  let j = i;
  for (; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (balance === 0 && (c === 41 || c === 32 || c === 9 || c === LF)) break;
    if (c === 40) balance++;
    else if (c === 41) balance--;
    else if (c === 32 || isAsciiControl(c)) return -1;
    else if (c === 92 && [40, 41, 92].includes(s.charCodeAt(j + 1))) j++;
  }
  // Nothing at all, or parentheses still open at the end, is no destination.
  return j === i || balance !== 0 ? -1 : j;
}

/** End of `<whitespace> "title" <spaces>` up to a line ending, or -1. */
function titleAfter(s: string, j: number): number {
  const c0 = s.charCodeAt(j);
  if (!(isSpaceOrTab(c0) || c0 === LF)) return -1;
  let k = skipWhitespace(s, j);
  const open = s.charCodeAt(k);
  if (open !== 34 && open !== 39 && open !== 40) return -1;
  const close = open === 40 ? 41 : open;
  for (k++; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === close) break;
    if (c === 92 && (s.charCodeAt(k + 1) === close || s.charCodeAt(k + 1) === 92)) k++;
  }
  if (k >= s.length) return -1;
  k = skipSpaces(s, k + 1);
  return k >= s.length || s.charCodeAt(k) === LF ? k : -1;
}
