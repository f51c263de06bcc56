// Turns a journal's text into a `Journal`. The line scanner (fence-, comment- and frontmatter-aware) cuts
// it into frontmatter, preamble, beelden and sections; remark then reads, one section body at a time and
// only when asked, whatever needs real Markdown: list items (task boxes, nesting, continuation lines)
// and bodies whose emptiness is not plain to see. Prose and blank bodies, most of any journal, are judged
// without a parse. Small per-section parses keep micromark's cost the sum of small parses, never one
// giant event list (micromark grows faster than linearly with document size).
// Positions always refer to the BOM-less text. It never throws, whatever the input.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Nodes, Root, RootContent, ListItem } from 'mdast';
import type { Beeld, Frontmatter, Heading, Journal, ListEntry, Range, Section, Span } from './model';
import { parseFrontmatter } from './frontmatter';
import { outline, type Outline, type OutlineBeeld, type OutlineSection, type ScannedHeading } from './scan';
import { promptResidue } from './prompts';
import { positionAt, rangeOf } from './text';
import { plainBody, plainPath, type PlainItem } from './plainBody';

export interface ParseOptions {
  /** The file had a byte order mark (already stripped from `text`). */
  bom?: boolean;
}

// The rules only need the block structure (which blocks exist, lists and task items) and read labels
// from the source, so micromark may skip every inline construct: that is most of its work on prose.
const INLINE_CONSTRUCTS = [
  'attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape',
  'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink',
];

function blockStructure(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTaskListItem(), { disable: { null: INLINE_CONSTRUCTS } });
  (data.fromMarkdownExtensions ??= []).push([gfmTaskListItemFromMarkdown()]);
}

const processor = unified().use(remarkParse).use(blockStructure).freeze();

/** A top-level block of a section body; `shift` turns the node's offsets into offsets in the journal. */
interface Block { node: RootContent; shift: number }

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

/**
 * Parses one section body with remark into its top-level blocks, or null when remark cannot be trusted
 * with it (it failed, or the body nests containers so deep that micromark would take quadratic time).
 * A long body is parsed in pieces cut where a top-level list item starts, outside code fences: the items
 * come out the same, and micromark's cost stays the sum of small parses (one long list would splice
 * its event array on every item, which is quadratic).
 */
function parseBlocks(text: string, body: Span): Block[] | null {
  if (nestsTooDeep(text, body)) return null;
  const blocks: Block[] = [];
  try {
    for (const piece of pieces(text, body)) {
      const root = processor.parse(text.slice(piece.start, piece.end)) as Root;
      for (const node of root.children) {
        if (node.position?.start.offset !== undefined) blocks.push({ node, shift: piece.start });
      }
    }
  } catch {
    return null;
  }
  return blocks;
}

/** Lists and quotes nest deeper than any journal needs beyond this; micromark slows down quadratically. */
const MAX_NESTING = 32;

function nestsTooDeep(text: string, body: Span): boolean {
  let depth = 0;
  let column = 0;
  for (let i = body.start; i < body.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) { depth = 0; column = 0; continue; }
    if (depth < 0) continue; // past this line's containers
    // Indentation before the first marker nests too; spaces between markers on one line do not.
    if (c === 32) { if (depth === 0) column++; continue; }
    if (c === 9) { if (depth === 0) column += 4; continue; }
    if (c !== 62) { // `>` opens a quote as it is; a list marker needs a space after it
      if (c >= 48 && c <= 57) {
        while (i + 1 < body.end && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57) i++;
        if (text[i + 1] === '.' || text[i + 1] === ')') i++;
        else { depth = -1; continue; }
      } else if (c !== 45 && c !== 43 && c !== 42) { depth = -1; continue; } // not - + *
      const next = text.charCodeAt(i + 1);
      if (i + 1 < body.end && next !== 32 && next !== 9 && next !== 10 && next !== 13) { depth = -1; continue; }
    }
    depth++;
    if (depth + (column >> 1) > MAX_NESTING) return true;
  }
  return false;
}

/** Above this size a body is cut into pieces (see parseBlocks). */
const PIECE = 2 * 1024;

function pieces(text: string, body: Span): Span[] {
  if (body.end - body.start <= PIECE) return [body];
  const out: Span[] = [];
  let start = body.start;
  let fence = '';
  let lineStart = body.start;
  while (lineStart < body.end) {
    let lineEnd = lineStart;
    while (lineEnd < body.end && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 64));
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = '';
    } else if (fenceMark) {
      fence = fenceMark;
    } else if (lineStart - start >= PIECE && /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/.test(line)) {
      out.push({ start, end: lineStart });
      start = lineStart;
    }
    lineStart = lineEnd;
    if (text.charCodeAt(lineStart) === 13) lineStart++;
    if (text.charCodeAt(lineStart) === 10) lineStart++;
  }
  out.push({ start, end: body.end });
  return out;
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

function readBody(text: string, starts: readonly number[], body: Span, quick: 'empty' | 'text' | 'unsure') {
  // Without remark's view, the text itself decides: anything but whitespace and comments is content.
  const fallback = () => ({ empty: quick === 'empty' || (quick === 'unsure' && !/\S/.test(withoutComments(text.slice(body.start, body.end)))), items: [] });
  const plain = plainPath.enabled ? plainBlocks(text, body) : null;
  if (plain) return { empty: plain.empty, items: plain.items.map((i) => entryOf(text, starts, i.span, i.paragraphStart, i.checked)) };
  const blocks = parseBlocks(text, body);
  if (!blocks) return fallback();
  try {
    const items: ListEntry[] = [];
    for (const b of blocks) {
      if (b.node.type !== 'list') continue;
      for (const item of b.node.children) {
        const entry = toEntry(text, starts, item, b.shift);
        if (entry) items.push(entry);
      }
    }
    return { empty: !blocks.some((b) => hasText(b.node)), items };
  } catch {
    return fallback();
  }
}

/** A plain body (plainBody.ts) read without remark, piece by piece as parseBlocks would; null if any piece is not plain. */
function plainBlocks(text: string, body: Span): { empty: boolean; items: PlainItem[] } | null {
  let empty = true;
  const items: PlainItem[] = [];
  for (const piece of pieces(text, body)) {
    const p = plainBody(text, piece, textless);
    if (!p) return null;
    empty &&= p.empty;
    items.push(...p.items);
  }
  return { empty, items };
}

function textless(html: string): boolean {
  return !/\S/.test(withoutComments(html));
}

/** A line that may open a top-level list item (CommonMark allows up to three spaces before the marker). */
const LIST_LINE = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/m;
/**
 * A line whose first visible character is a letter or digit is text for sure, also after a list marker
 * (and a task box); a bare "1." is an empty ordered item, not text.
 */
const PROSE_LINE = /^[ \t]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?|(?!\d{1,9}[.)](?:[ \t]|$)))[\p{L}\p{N}]/mu;

/**
 * Most section bodies are plain prose or nothing at all, and telling those apart needs no parser: what is
 * left after HTML comments is either blank (empty) or has a line that starts with a word (text). Only
 * bodies in between (a lone link definition, a rule, an empty list item, markup only) are left to remark.
 */
function quickEmptiness(source: string): 'empty' | 'text' | 'unsure' {
  const visible = withoutComments(source);
  if (!/\S/.test(visible)) return 'empty';
  return PROSE_LINE.test(visible) ? 'text' : 'unsure';
}

/**
 * Whether a node holds anything a reader sees as text: whitespace and HTML comments do not count.
 * Walks with its own stack, so deeply nested input cannot overflow the call stack.
 */
function hasText(root: Nodes): boolean {
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'text': case 'inlineCode': case 'code':
        if (/\S/.test(node.value)) return true;
        break;
      case 'html':
        if (/\S/.test(withoutComments(node.value))) return true;
        break;
      case 'image': case 'imageReference':
        return true;
      case 'thematicBreak': case 'definition': case 'footnoteDefinition': case 'yaml': case 'break':
        break;
      default:
        if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
  }
  return false;
}

/** The text without HTML comments, except for words a writer typed into a prompt: those are theirs. */
function withoutComments(s: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const open = s.indexOf('<!--', i);
    if (open === -1) return out + s.slice(i);
    out += s.slice(i, open);
    const close = s.indexOf('-->', open + 4);
    if (close === -1) return out; // an unclosed comment runs to the end of its block
    const own = promptResidue(s.slice(open, close + 3));
    if (own) out += ` ${own} `;
    i = close + 3;
  }
}

function toEntry(text: string, starts: readonly number[], item: ListItem, shift: number): ListEntry | undefined {
  const p = item.position;
  if (p?.start.offset === undefined || p.end.offset === undefined) return undefined;
  const span = { start: p.start.offset + shift, end: p.end.offset + shift };
  const checked = typeof item.checked === 'boolean' ? item.checked : undefined;
  const first = item.children[0];
  const firstStart = first?.type === 'paragraph' ? first.position?.start.offset : undefined;
  return entryOf(text, starts, span, firstStart === undefined ? undefined : firstStart + shift, checked);
}

/** A list entry from its span and where its first paragraph starts (undefined: it has none). */
function entryOf(text: string, starts: readonly number[], span: Span, paragraphStart: number | undefined, checked: boolean | undefined): ListEntry {
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

function lineEnd(text: string, offset: number): number {
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
