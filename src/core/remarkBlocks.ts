// Remark's view of one section body, for the bodies that are not plain to see (see `parse.ts`): the
// top-level blocks, parsed in pieces, and the guard against nesting that would make micromark slow.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Root, RootContent } from 'mdast';
import type { Span } from './model';

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
export interface Block { node: RootContent; shift: number }

/**
 * Parses one section body with remark into its top-level blocks, or null when remark cannot be trusted
 * with it (it failed, or the body nests containers so deep that micromark would take quadratic time).
 * A long body is parsed in pieces cut where a top-level list item starts, outside code fences: the items
 * come out the same, and micromark's cost stays the sum of small parses (one long list would splice
 * its event array on every item, which is quadratic).
 */
export function parseBlocks(text: string, body: Span): Block[] | null {
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

export function pieces(text: string, body: Span): Span[] {
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
