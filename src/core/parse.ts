// Turns a journal's text into a `Journal`. The line scanner (fence-, comment- and frontmatter-aware) cuts
// it into frontmatter, preamble, beelden and sections; remark then reads, one section body at a time and
// only when asked, whatever needs real Markdown: list items (task boxes, nesting, continuation lines)
// and bodies whose emptiness is not plain to see. Prose and blank bodies, most of any journal, are judged
// without a parse. Small per-section parses keep micromark's cost the sum of small parses, never one
// giant event list (micromark grows faster than linearly with document size).
// Positions always refer to the BOM-less text. It never throws, whatever the input.
// The work is split: `sectionBody.ts` (emptiness and items of one body), `remarkBlocks.ts` (remark's
// blocks of a body) and `listLabel.ts` (labels and heading text); this module joins them into a Journal.
import type { Beeld, Frontmatter, Heading, Journal, ListEntry, Range, Section, Span } from './model';
import { parseFrontmatter } from './frontmatter';
import { lineEnd, plainInline } from './listLabel';
import { outline, type Outline, type OutlineBeeld, type OutlineSection, type ScannedHeading } from './scan';
import { LIST_LINE, quickEmptiness, readBody } from './sectionBody';
import { positionAt, rangeOf } from './text';

export { leadingLabel, plainInline } from './listLabel';

export interface ParseOptions {
  /** The file had a byte order mark (already stripped from `text`). */
  bom?: boolean;
}

export function parseJournal(input: string, opts: ParseOptions = {}): Journal {
  let text = typeof input === 'string' ? input : String(input ?? '');
  let bom = !!opts.bom;
  // An editor never shows the BOM, so positions must not count it either.
  if (text.charCodeAt(0) === 0xfeff) { text = text.slice(1); bom = true; }
  let o: Outline;
  try {
    o = outline(text);
  } catch {
    o = emptyOutline(text);
  }
  let frontmatter: Journal['frontmatter'];
  try {
    frontmatter = o.frontmatter ? frontmatterOf(text, o.frontmatter, o.lineStarts) : undefined;
  } catch {
    frontmatter = undefined;
  }
  const beelden = o.beelden.map((b) => toBeeld(text, o.lineStarts, b));
  return { text, bom, eol: o.eol, frontmatter, preamble: o.preamble, beelden, lineStarts: o.lineStarts };
}

/**
 * The last frontmatters read, by the text up to their end (all they depend on): a keystroke in a beeld
 * leaves the frontmatter as it was, and YAML is about a fifth of a small journal's check.
 */
const frontmatterMemo = new Map<string, Frontmatter>();
const FRONTMATTER_MEMO = 16;

function frontmatterOf(text: string, block: { span: Span; yamlSpan: Span }, starts: readonly number[]): Frontmatter {
  const key = text.slice(0, block.span.end);
  let fm = frontmatterMemo.get(key);
  if (fm) {
    frontmatterMemo.delete(key); // most recently used goes last
  } else {
    fm = parseFrontmatter(text, block, starts);
    if (frontmatterMemo.size >= FRONTMATTER_MEMO) frontmatterMemo.delete(frontmatterMemo.keys().next().value!);
  }
  frontmatterMemo.set(key, fm);
  return fm;
}

function emptyOutline(text: string): Outline {
  // Only reached if the scanner itself failed; a journal without structure is still a journal.
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return { eol: '\n', lineStarts: starts, preamble: { start: 0, end: text.length }, beelden: [] };
}

function toBeeld(text: string, starts: readonly number[], b: OutlineBeeld): Beeld {
  const titleHeading = b.titleHeading ? toHeading(text, starts, b.titleHeading, 'titel') : undefined;
  return {
    index: b.index,
    title: titleHeading ? titleHeading.text : b.title,
    titleHeading,
    span: b.span,
    anchor: titleHeading ? titleHeading.range : firstLineRange(text, starts, b.span),
    sections: b.sections.map((s) => toSection(text, starts, s)),
  };
}

function toHeading(text: string, starts: readonly number[], h: ScannedHeading, kind: Heading['kind']): Heading {
  return { depth: h.depth, text: plainInline(h.text), kind, span: h.span, range: trimmedRange(text, starts, h.span) };
}

/**
 * A section whose emptiness and items are plain from the text gets them at once. Otherwise remark reads
 * the body, but only when someone asks: the rules want the items of Deugden and the 3E check, so the
 * lists in Handelingen or Uitwerking are never parsed during a check. The lazy fields turn into plain
 * values on first use, and `JSON.stringify` or `structuredClone` (worker threads) read them like any other.
 */
function toSection(text: string, starts: readonly number[], s: OutlineSection): Section {
  const heading = toHeading(text, starts, s.heading, s.kind);
  const source = text.slice(s.body.start, s.body.end);
  const quick = quickEmptiness(source);
  const hasList = LIST_LINE.test(source);
  const section = { kind: s.kind, heading, span: s.span, body: s.body } as Section;
  if (!hasList && quick !== 'unsure') return Object.assign(section, { empty: quick === 'empty', items: [] });
  let read: { empty: boolean; items: ListEntry[] } | undefined;
  const analyse = () => (read ??= readBody(text, starts, s.body, quick));
  if (quick !== 'unsure') section.empty = quick === 'empty';
  else lazy(section, 'empty', () => analyse().empty);
  lazy(section, 'items', () => analyse().items);
  return section;
}

function lazy<K extends keyof Section>(target: Section, key: K, compute: () => Section[K]): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
    set(value: Section[K]) {
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    },
  });
}

/** A span's range without the line break that ends it, so a diagnostic stays on its own line(s). */
function trimmedRange(text: string, starts: readonly number[], span: Span): Range {
  let end = span.end;
  while (end > span.start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return rangeOf(starts, { start: span.start, end });
}

/** The first line of a span that holds more than whitespace (or its first line when none does). */
function firstLineRange(text: string, starts: readonly number[], span: Span): Range {
  let i = span.start;
  while (i < span.end && /\s/.test(text[i])) i++;
  if (i >= span.end) i = span.start;
  const line = positionAt(starts, i).line;
  const start = Math.max(span.start, starts[line]);
  return trimmedRange(text, starts, { start, end: Math.min(span.end, lineEnd(text, start)) });
}
