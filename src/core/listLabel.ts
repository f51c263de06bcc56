// Names read from the source: a list entry's leading label (how a deugd or an answer is named) and a
// heading's text as a reader sees it.
import type { ListEntry, Span } from './model';
import { rangeOf } from './text';

/** A list entry from its span and where its first paragraph starts (undefined: it has none). */
export function entryOf(text: string, starts: readonly number[], span: Span, paragraphStart: number | undefined, checked: boolean | undefined): ListEntry {
  const range = rangeOf(starts, span);
  if (paragraphStart === undefined) return { label: '', checked, text: '', span, range, labelRange: rangeOf(starts, { start: span.start, end: span.start }) };
  const from = paragraphStart;
  const to = Math.min(span.end, lineEnd(text, from));
  const label = leadingLabel(text, from, to);
  return { label: label.label, checked, text: text.slice(from, to).trim(), span, range, labelRange: rangeOf(starts, label.span) };
}

const EMPHASIS = new Set(['*', '_', '~', '`', '\\']);
const TRAILING = /[\s.,;!?]+$/;

/**
 * The leading words of a list item: up to a `:`, a spaced dash (` - `, ` – `, ` — `) or a bracket,
 * emphasis markers left out. Returns the label and where it stands in the source.
 */
export function leadingLabel(text: string, from: number, to: number): { label: string; span: Span } {
  let label = '';
  const offsets: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === ':') break;
    if (c === '(' || c === '[') {
      // "Geduld (niet te veel)" ends at the bracket; "(Zelf)vertrouwen" and "[Moed](link)" do not.
      if (/\S/.test(label) && isBlank(text[i - 1])) break;
      if (c === '(') { label += c; offsets.push(i); }
      continue;
    }
    if (c === ']') {
      if (text[i + 1] === '(') {
        let close = i + 2;
        while (close < to && text[close] !== ')') close++;
        if (close < to) i = close; // a link's target is not part of the name
      }
      continue;
    }
    if (c === '–' || c === '—') break;
    // A hyphen inside a word (zelf-reflectie) belongs to the name; a free-standing one separates.
    if (c === '-' && (i === from || isBlank(text[i - 1])) && (i + 1 >= to || isBlank(text[i + 1]))) break;
    if (EMPHASIS.has(c)) continue;
    label += c;
    offsets.push(i);
  }
  const trimmedEnd = label.replace(TRAILING, '').length;
  const lead = label.length - label.trimStart().length;
  if (trimmedEnd <= lead) return { label: '', span: { start: from, end: from } };
  return {
    label: label.slice(lead, trimmedEnd).replace(/\s+/g, ' '),
    span: { start: offsets[lead], end: offsets[trimmedEnd - 1] + 1 },
  };
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

export function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

/** Heading text as a reader sees it: links reduced to their text, emphasis and code markers gone. */
export function plainInline(s: string): string {
  return s
    .replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^<>\n]*>/g, '')
    .replace(/[*`]+|~~/g, '')
    .replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
