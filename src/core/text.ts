import type { Position, Range, Span } from './model';

export type TextProblem = 'binary' | 'encoding';

export interface DecodedText {
  /** The text without its BOM; every position in Goed Werk refers to this. */
  text: string;
  bom: boolean;
  /** Set when the bytes are not a text journal; `text` is then only fit for display. */
  problem?: TextProblem;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('windows-1252');

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Decodes a journal's bytes without ever throwing: binary and non-UTF-8 input are flagged, not fatal. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const bom = hasUtf8Bom(bytes);
  // A NUL byte never appears in a text journal, but always in images, archives and UTF-16 files.
  if (bytes.indexOf(0) !== -1) return { text: '', bom, problem: 'binary' };
  try {
    // The fatal decoder strips the BOM itself, so positions match what an editor shows.
    return { text: utf8.decode(bytes), bom };
  } catch {
    return { text: lenient.decode(bytes), bom: false, problem: 'encoding' };
  }
}

export function detectEol(text: string): '\n' | '\r\n' {
  const lf = text.indexOf('\n');
  return lf > 0 && text.charCodeAt(lf - 1) === 13 ? '\r\n' : '\n';
}

/** Offsets at which each line starts. Lines end at \n, \r\n or a lone \r, like in VS Code. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export function positionAt(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: Math.max(0, offset - starts[lo]) };
}

export function offsetAt(starts: readonly number[], pos: Position, textLength = Infinity): number {
  if (pos.line < 0) return 0;
  if (pos.line >= starts.length) return Math.min(textLength, starts[starts.length - 1]);
  return Math.min(textLength, starts[pos.line] + Math.max(0, pos.character));
}

export function rangeOf(starts: readonly number[], span: Span): Range {
  return { start: positionAt(starts, span.start), end: positionAt(starts, span.end) };
}

/** One line of a text: where it starts and ends (line break excluded), where the next begins, its text. */
export interface Line { start: number; end: number; next: number; text: string }

/** The lines between `from` and `to`; a line break is `\n`, `\r\n` or a lone `\r`. */
export function* linesOf(text: string, from = 0, to = text.length): Generator<Line> {
  let start = from;
  while (start < to) {
    let end = start;
    while (end < to && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    let next = end;
    if (next < to && text.charCodeAt(next) === 13) next++;
    if (next < to && text.charCodeAt(next) === 10) next++;
    yield { start, end, next, text: text.slice(start, end) };
    start = next;
  }
}
