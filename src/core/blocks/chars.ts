// Character classes of CommonMark's block syntax, on UTF-16 code units (the scanner never slices a line
// to look at it). "Space" is what CommonMark calls a space or tab; nothing else counts as whitespace here.

export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const SPACE = 32;

export function isSpaceOrTab(c: number): boolean {
  return c === SPACE || c === TAB;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isAsciiAlphanumeric(c: number): boolean {
  return isDigit(c) || isAsciiAlpha(c);
}

/** ASCII control characters; NUL is not one, since Markdown reads it as U+FFFD. */
export function isAsciiControl(c: number): boolean {
  return (c > 0 && c < SPACE) || c === 127;
}

/** The column after a tab that starts at `col` (tab stops every 4 columns, as CommonMark counts). */
export function afterTab(col: number): number {
  return col + 4 - (col % 4);
}

/** Characters that may start a container (block quote, list item) or a flow construct other than a paragraph. */
const SPECIAL = new Uint8Array(128);
for (const ch of '#*-_=<`~>+0123456789') SPECIAL[ch.charCodeAt(0)] = 1;

/** True when a line whose first non-space character is `c` can only be paragraph text. */
export function isPlainStart(c: number): boolean {
  return c >= 128 || SPECIAL[c] === 0;
}

/** `text` from `start` to `end` without spaces and tabs at either end. */
export function trimSpaces(text: string, start: number, end: number): string {
  while (start < end && isSpaceOrTab(text.charCodeAt(start))) start++;
  while (end > start && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Offset of the first CR or LF at or after `from`, or `to`. */
export function lineEndOf(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return i;
  }
  return to;
}
