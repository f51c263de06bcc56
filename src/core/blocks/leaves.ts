// The one-line block constructs: ATX headings, thematic breaks, setext underlines, code fences. Each
// test starts at `p`, the line's first character after its indentation, and reads up to `end`.
import { isSpaceOrTab } from './chars';

const HASH = 35;
const BACKTICK = 96;

/** The level of the ATX heading at `p` (1 to 6), or 0: 1–6 `#` followed by a space, a tab or the end. */
export function atxLevel(t: string, p: number, end: number): number {
  let n = 0;
  while (p + n < end && t.charCodeAt(p + n) === HASH) if (++n > 6) return 0;
  if (n === 0) return 0;
  return p + n >= end || isSpaceOrTab(t.charCodeAt(p + n)) ? n : 0;
}

/** The text of an ATX heading whose opening run ends at `from`: trimmed, without a closing run of `#`. */
export function atxText(t: string, from: number, end: number): string {
  while (from < end && isSpaceOrTab(t.charCodeAt(from))) from++;
  while (end > from && isSpaceOrTab(t.charCodeAt(end - 1))) end--;
  let q = end;
  while (q > from && t.charCodeAt(q - 1) === HASH) q--;
  // A closing run is only one when spaces come before it, or when it is all there is.
  if (q < end && (q === from || isSpaceOrTab(t.charCodeAt(q - 1)))) {
    end = q;
    while (end > from && isSpaceOrTab(t.charCodeAt(end - 1))) end--;
  }
  return t.slice(from, end);
}

// Where the last character other than the marker, a space or a tab lies in the line ending at `end`,
// as far back as `from`: a list of 20,000 nested `- ` items asks about the same line at every level,
// and must not scan the rest of it each time.
let seenEnd = -1;
let seenMarker = -1;
let seenFrom = -1;
let seenOther = -1;

/** Forgets the line above: a new scan (of another text) starts. */
export function resetLineMemo(): void {
  seenEnd = seenMarker = seenFrom = seenOther = -1;
}

function lastOther(t: string, p: number, end: number, marker: number): number {
  if (end !== seenEnd || marker !== seenMarker || p < seenFrom) {
    let i = end - 1;
    while (i >= p && (t.charCodeAt(i) === marker || isSpaceOrTab(t.charCodeAt(i)))) i--;
    seenEnd = end;
    seenMarker = marker;
    seenFrom = p;
    seenOther = i;
  }
  return seenOther;
}

/** Three or more of the same `*`, `-` or `_`, with only spaces and tabs between and after. */
export function isThematicBreak(t: string, p: number, end: number): boolean {
  const marker = t.charCodeAt(p);
  if (lastOther(t, p, end, marker) >= p) return false;
  let count = 0;
  for (let i = p; i < end && count < 3; i++) if (t.charCodeAt(i) === marker) count++;
  return count >= 3;
}

/** 1 for a line of `=`, 2 for a line of `-` (spaces and tabs may follow), else 0. */
export function setextLevel(t: string, p: number, end: number): number {
  const marker = t.charCodeAt(p);
  if (marker !== 61 && marker !== 45) return 0;
  let i = p;
  while (i < end && t.charCodeAt(i) === marker) i++;
  while (i < end && isSpaceOrTab(t.charCodeAt(i))) i++;
  return i < end ? 0 : marker === 61 ? 1 : 2;
}

/** Length of the opening code fence at `p` (3 or more backticks or tildes), or 0. */
export function fenceLength(t: string, p: number, end: number): number {
  const marker = t.charCodeAt(p);
  let i = p;
  while (i < end && t.charCodeAt(i) === marker) i++;
  const n = i - p;
  if (n < 3) return 0;
  // After backticks, the info string may hold no backtick (it would be inline code).
  if (marker === BACKTICK) for (; i < end; i++) if (t.charCodeAt(i) === BACKTICK) return 0;
  return n;
}

/** A closing fence: at least `size` of `marker`, then only spaces and tabs. */
export function closesFence(t: string, p: number, end: number, marker: number, size: number): boolean {
  let i = p;
  while (i < end && t.charCodeAt(i) === marker) i++;
  if (i - p < size) return false;
  while (i < end && isSpaceOrTab(t.charCodeAt(i))) i++;
  return i >= end;
}
