// A line scanner that finds the structure of a journal (frontmatter, headings, beelden, sections)
// without a Markdown parser. It is what the extension uses (remark stays in the server), and what
// the parser uses to cut a journal into beelden before parsing each one on its own. Its headings are
// micromark's top-level headings (blocks/scanner.ts), so the cuts fall where remark would see them.
import type { SectionKind, Span } from './model';
import { sectionKindOf } from './sections';
import { detectEol, lineStarts, linesOf } from './text';
import { scanBlocks } from './blocks/scanner';

export interface ScannedHeading {
  depth: number;
  text: string;
  /** The heading's line(s), a setext underline and the final line break included. */
  span: Span;
  /** 0-based line of the heading's first line. */
  line: number;
  setext: boolean;
}

export interface OutlineSection {
  kind: SectionKind;
  heading: ScannedHeading;
  span: Span;
  body: Span;
}

export interface OutlineBeeld {
  index: number;
  title: string | null;
  titleHeading?: ScannedHeading;
  span: Span;
  sections: OutlineSection[];
}

export interface Outline {
  eol: '\n' | '\r\n';
  lineStarts: number[];
  frontmatter?: { span: Span; yamlSpan: Span };
  preamble: Span;
  beelden: OutlineBeeld[];
}

/**
 * Frontmatter is a `---` block at the very start (after a byte order mark, if any), closed by `---` or
 * `...`. remark-frontmatter knows only `---`; YAML's own end marker `...` is accepted on purpose.
 */
export function findFrontmatter(text: string): { span: Span; yamlSpan: Span } | undefined {
  const lines = linesOf(text, text.charCodeAt(0) === 0xfeff ? 1 : 0, text.length);
  const first = lines.next();
  if (first.done || !/^---[ \t]*$/.test(first.value.text)) return undefined;
  for (const line of lines) {
    if (/^(?:---|\.\.\.)[ \t]*$/.test(line.text)) {
      return { span: { start: 0, end: line.next }, yamlSpan: { start: first.value.next, end: line.start } };
    }
  }
  return undefined;
}

/**
 * The top-level headings between `from` and `to`, found as CommonMark (micromark) finds them: not in code,
 * HTML blocks, block quotes or list items, and setext underlines only under a paragraph. `from` must be
 * where a block may start (the text's start, after frontmatter, or a top-level heading's first line).
 */
export function scanHeadings(text: string, from = 0, to = text.length): ScannedHeading[] {
  return scanBlocks(text, from, to, countLines(text, from));
}

function countLines(text: string, upTo: number): number {
  let n = 0;
  for (let i = 0; i < upTo; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** The structure of a journal: frontmatter, preamble, beelden and their sections. */
export function outline(text: string): Outline {
  const frontmatter = findFrontmatter(text);
  const bodyStart = frontmatter?.span.end ?? 0;
  const headings = scanHeadings(text, bodyStart);
  const titles = headings.filter((h) => h.depth === 1);
  const base = { eol: detectEol(text), lineStarts: lineStarts(text), frontmatter };
  if (titles.length === 0) {
    const hasSections = headings.some((h) => sectionKindOf(h.text));
    if (!hasSections) return { ...base, preamble: { start: bodyStart, end: text.length }, beelden: [] };
    const span = { start: bodyStart, end: text.length };
    return { ...base, preamble: { start: bodyStart, end: bodyStart },
      beelden: [{ index: 0, title: null, span, sections: sectionsOf(headings, span) }] };
  }
  const beelden = titles.map((h, index): OutlineBeeld => {
    const span = { start: h.span.start, end: titles[index + 1]?.span.start ?? text.length };
    return { index, title: h.text, titleHeading: h, span, sections: sectionsOf(headings, span) };
  });
  return { ...base, preamble: { start: bodyStart, end: titles[0].span.start }, beelden };
}

function sectionsOf(all: ScannedHeading[], beeld: Span): OutlineSection[] {
  // Headings are in text order: find the beeld's first by bisection, so a journal of many beelden
  // costs its number of headings, not beelden times headings.
  let first = 0;
  for (let hi = all.length; first < hi;) {
    const mid = (first + hi) >> 1;
    if (all[mid].span.start < beeld.start) first = mid + 1;
    else hi = mid;
  }
  const inside: ScannedHeading[] = [];
  for (let i = first; i < all.length && all[i].span.start < beeld.end; i++) if (all[i].depth > 1) inside.push(all[i]);
  const kinds = inside.map((h) => sectionKindOf(h.text) ?? 'eigen');
  return inside.map((heading, i) => {
    // A section ends at a heading of its own level or higher, or where another known section starts.
    let j = i + 1;
    while (j < inside.length && inside[j].depth > heading.depth && kinds[j] === 'eigen') j++;
    const end = j < inside.length ? inside[j].span.start : beeld.end;
    return { kind: kinds[i], heading, span: { start: heading.span.start, end }, body: { start: heading.span.end, end } };
  });
}

export function beeldAt(o: Outline, offset: number): OutlineBeeld | undefined {
  let lo = 0;
  let hi = o.beelden.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = o.beelden[mid];
    if (offset < b.span.start) hi = mid - 1;
    else if (offset >= b.span.end && !(mid === o.beelden.length - 1 && offset === b.span.end)) lo = mid + 1;
    else return b;
  }
  return undefined;
}
