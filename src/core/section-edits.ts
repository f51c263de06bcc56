// Where a new block goes in a beeld and how it is inserted (one blank line on each side), and the edit
// that adds a missing section there. The other edits (core/edits.ts, core/drie-e-edits.ts) build on it.
import type { Lang, SectionKind, TextEdit } from './model';
import { SECTION_ORDER } from './model';
import { outline, type OutlineBeeld } from './scan';
import type { KnownSection } from './sections';
import { sectionSkeleton } from './template';
import { outermost } from './outermost';

function orderOf(kind: SectionKind): number {
  const i = SECTION_ORDER.indexOf(kind as KnownSection);
  return i === -1 ? Number.MAX_SAFE_INTEGER : i;
}

/** The depth the beeld's own known sections use (so a fix matches the writer's style), else 2. */
export function sectionDepth(b: OutlineBeeld): number {
  return b.sections.find((s) => s.kind !== 'eigen')?.heading.depth ?? 2;
}

function endsWithBlankLine(s: string): boolean {
  return /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)$/.test(s);
}

export function endsWithLineBreak(s: string): boolean {
  return /[\r\n]$/.test(s);
}

/**
 * Inserts a block (ending in one line break) at a line start, keeping one blank line on each side:
 * the text before gets what it lacks, and a blank line follows when more text comes after.
 */
export function insertBlock(text: string, offset: number, block: string, eol: string): TextEdit {
  const before = text.slice(0, offset);
  let prefix = '';
  if (before.length > 0 && !/^[ \t\r\n]*$/.test(before)) {
    if (!endsWithLineBreak(before)) prefix = eol + eol;
    else if (!endsWithBlankLine(before)) prefix = eol;
  }
  let body = block.replace(/(?:\r\n|\r|\n)*$/, '') + eol;
  const rest = text.slice(offset);
  if (rest.length > 0 && !/^[ \t]*(?:\r\n|\r|\n)/.test(rest)) body += eol;
  return { span: { start: offset, end: offset }, newText: prefix + body };
}

/** Where a section of `kind` belongs in the beeld: before the first known section that comes after it. */
export function insertionPoint(text: string, b: OutlineBeeld, kind: KnownSection): number {
  const order = orderOf(kind);
  const top = outermost(b.sections);
  const later = top.find((s) => s.kind !== 'eigen' && orderOf(s.kind) > order);
  if (later) return later.span.start;
  const earlier = [...top].reverse().find((s) => s.kind !== 'eigen' && orderOf(s.kind) <= order);
  if (earlier) return trimTrailingBlank(text, earlier.span.start, earlier.span.end);
  return trimTrailingBlank(text, b.span.start, b.span.end);
}

/** Moves `end` back over trailing blank lines, to a line start, but not before `start`. */
export function trimTrailingBlank(text: string, start: number, end: number): number {
  let i = end;
  for (;;) {
    let j = i;
    // Step over the line break that ends the previous line, then that line's trailing spaces.
    if (j > start && text.charCodeAt(j - 1) === 10) j--;
    if (j > start && text.charCodeAt(j - 1) === 13) j--;
    if (j === i) return i;
    let k = j;
    while (k > start && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
    const lineStart = k === start || text.charCodeAt(k - 1) === 10 || text.charCodeAt(k - 1) === 13;
    if (!lineStart) return i;
    if (k === start) return k;
    i = k;
  }
}

/**
 * Adds a missing section to a beeld: its heading and a short prompt, in the canonical order.
 * With no beeld at all (an empty file or only a preamble) the section goes at the end.
 */
export function addSectionEdit(text: string, beeldIndex: number, kind: KnownSection, lang: Lang): TextEdit {
  const o = outline(text);
  const b = o.beelden[beeldIndex];
  if (!b) return insertBlock(text, text.length, sectionSkeleton(kind, lang, o.eol, 2), o.eol);
  const at = insertionPoint(text, b, kind);
  return insertBlock(text, at, sectionSkeleton(kind, lang, o.eol, sectionDepth(b)), o.eol);
}
