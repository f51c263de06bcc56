// What a section body holds: whether it is empty and its list entries. Plain bodies are judged from the
// text; the others are read from remark's blocks (`remarkBlocks.ts`). Whitespace and HTML comments are
// not content, except words a writer typed into a prompt.
import type { ListItem, Nodes } from 'mdast';
import type { ListEntry, Span } from './model';
import { entryOf } from './listLabel';
import { plainBody, plainPath, type PlainItem } from './plainBody';
import { promptResidue } from './prompts';
import { parseBlocks, pieces } from './remarkBlocks';

export function readBody(text: string, starts: readonly number[], body: Span, quick: 'empty' | 'text' | 'unsure') {
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
export const LIST_LINE = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/m;
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
export function quickEmptiness(source: string): 'empty' | 'text' | 'unsure' {
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
