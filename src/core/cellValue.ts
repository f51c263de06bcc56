// One cell's value as text: its hidden tail of line breaks, its prompt (the template's HTML comments
// under its heading) taken out and put back, and the line-break helpers both directions share.
// Split from `cells.ts` so that reading and writing cells use one definition of these.
import type { CellInput } from './cells';
import type { Span } from './model';
import { splitPromptComment } from './prompts';

export const ATX_LINE = /^ {0,3}#{1,6}(?:[ \t]|$)/;
export const COMMENT_START = /^ {0,3}<!--/;

/** Where the first line of `s` ends (before its line break). */
export function firstLineEnd(s: string): number {
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

export function skipSpacesBack(s: string, j: number): number {
  while (j > 0 && (s.charCodeAt(j - 1) === 32 || s.charCodeAt(j - 1) === 9)) j--;
  return j;
}

export function isBlank(s: string): boolean {
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

export function sameLines(a: string, b: string): boolean {
  return a === b || a.replace(/\r\n?/g, '\n') === b.replace(/\r\n?/g, '\n');
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
