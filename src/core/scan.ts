// A line scanner that finds the structure of a journal (frontmatter, headings, beelden, sections)
// without a Markdown parser. It is what the extension uses (remark stays in the server), and what
// the parser uses to cut a journal into beelden before parsing each one on its own.
import type { SectionKind, Span } from './model';
import { sectionKindOf } from './sections';
import { detectEol, lineStarts } from './text';

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

const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const BLANK = /^[ \t]*$/;
const LIST_OR_QUOTE = /^[ \t]*(?:[-+*][ \t]|\d{1,9}[.)][ \t]|>)/;
const HTML_COMMENT = /^ {0,3}<!--/;
const HTML_RAW = /^ {0,3}<(pre|script|style|textarea)(?:[\s>]|$)/i;
// CommonMark's HTML blocks 6 (block-level tag names, anything may follow) and 7 (any other tag, but
// alone on its line). `<img src="x"> Foto` starts a paragraph, not a block, so a heading right under it counts.
const HTML_BLOCK_TAG = /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s/>]|$)/i;
const HTML_LONE_TAG = /^ {0,3}(?:<[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>|<\/[a-zA-Z][a-zA-Z0-9-]*\s*>)[ \t]*$/;
const THEMATIC = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;

interface Line { start: number; end: number; next: number; text: string }

function* linesOf(text: string, from: number, to: number): Generator<Line> {
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

/** Frontmatter is a `---` block at the very start, closed by `---` or `...` (as remark-frontmatter). */
export function findFrontmatter(text: string): { span: Span; yamlSpan: Span } | undefined {
  const lines = linesOf(text, 0, text.length);
  const first = lines.next();
  if (first.done || !/^---[ \t]*$/.test(first.value.text)) return undefined;
  for (const line of lines) {
    if (/^(?:---|\.\.\.)[ \t]*$/.test(line.text)) {
      return { span: { start: 0, end: line.next }, yamlSpan: { start: first.value.next, end: line.start } };
    }
  }
  return undefined;
}

function atxText(raw: string | undefined): string {
  // A closing run of #'s belongs to the markup, not to the title.
  return (raw ?? '').replace(/(?:^|[ \t]+)#+[ \t]*$/, '').trim();
}

type Block = 'none' | 'fence' | 'comment' | 'raw' | 'html';

/** Headings between `from` and `to`, skipping code fences, HTML blocks and comments. */
export function scanHeadings(text: string, from = 0, to = text.length): ScannedHeading[] {
  const headings: ScannedHeading[] = [];
  let block: Block = 'none';
  let fence = '';
  let para: { start: number; line: number; text: string[]; plain: boolean } | null = null;
  let lineNo = countLines(text, from);
  for (const line of linesOf(text, from, to)) {
    const t = line.text;
    const n = lineNo++;
    if (block !== 'none') {
      if (blockEnds(block, t, fence)) block = 'none';
      continue;
    }
    const open = FENCE_OPEN.exec(t);
    if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
      block = 'fence'; fence = open[1]; para = null; continue;
    }
    if (HTML_COMMENT.test(t)) { block = t.includes('-->') ? 'none' : 'comment'; para = null; continue; }
    if (HTML_RAW.test(t)) { block = /<\/(pre|script|style|textarea)>/i.test(t) ? 'none' : 'raw'; para = null; continue; }
    if (HTML_BLOCK_TAG.test(t) || (!para && HTML_LONE_TAG.test(t))) { block = 'html'; para = null; continue; }
    if (BLANK.test(t)) { para = null; continue; }
    const atx = ATX.exec(t);
    if (atx) {
      headings.push({ depth: atx[1].length, text: atxText(atx[2]), span: { start: line.start, end: line.next }, line: n, setext: false });
      para = null;
      continue;
    }
    const setext = SETEXT.exec(t);
    if (setext && para?.plain) {
      headings.push({ depth: setext[1][0] === '=' ? 1 : 2, text: para.text.join(' ').trim(),
        span: { start: para.start, end: line.next }, line: para.line, setext: true });
      para = null;
      continue;
    }
    if (THEMATIC.test(t)) { para = null; continue; }
    if (para) para.text.push(t.trim());
    else para = { start: line.start, line: n, text: [t.trim()], plain: !LIST_OR_QUOTE.test(t) && !/^(?: {4}|\t)/.test(t) };
  }
  return headings;
}

function blockEnds(block: Block, t: string, fence: string): boolean {
  switch (block) {
    case 'fence': {
      const m = /^[ \t]*(`{3,}|~{3,})[ \t]*$/.exec(t);
      return !!m && m[1][0] === fence[0] && m[1].length >= fence.length;
    }
    case 'comment': return t.includes('-->');
    case 'raw': return /<\/(pre|script|style|textarea)>/i.test(t);
    default: return BLANK.test(t);
  }
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
