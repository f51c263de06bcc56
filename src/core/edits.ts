// Text edits that fix a beeld, computed on the scanner's outline (no remark), so the language server,
// the extension's commands and the notebook all make the same change. Every function takes the text
// as it is now and returns offsets into it; nothing here touches a file. The section and 3E edits live
// in core/section-edits.ts and core/drie-e-edits.ts and are exported from here too.
import type { Lang, Span, TextEdit } from './model';
import { beeldAt, outline, type Outline } from './scan';
import { SECTION_HEADINGS, normalizeHeading, type KnownSection } from './sections';
import { TITLE_PLACEHOLDER } from './template';
import { outermost } from './outermost';
import { linesOf } from './text';
import { addSectionEdit, endsWithLineBreak, insertBlock, insertionPoint, sectionDepth, trimTrailingBlank } from './section-edits';
import { complete3eEdit } from './drie-e-edits';

export { addSectionEdit } from './section-edits';
export { answer3eEdit, complete3eEdit, drieEStatus, type DrieE } from './drie-e-edits';

const ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;

/**
 * Applies non-overlapping edits. Edits at the same offset keep their given order in the result,
 * so a caller can insert several blocks at one place in the order it wants them read.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.span.start - b.e.span.start || a.i - b.i);
  const parts: string[] = [];
  let at = 0;
  for (const { e } of sorted) {
    const start = Math.max(at, Math.min(e.span.start, text.length));
    parts.push(text.slice(at, start), e.newText);
    at = Math.max(start, Math.min(e.span.end, text.length));
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The smallest single edit that turns `before` into `after` (common start and end left alone). */
export function diffEdit(before: string, after: string): TextEdit {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) { endB--; endA--; }
  return { span: { start, end: endB }, newText: after.slice(start, endA) };
}

/**
 * The language a journal is written in, judged by its known section headings: a heading that is
 * the English canonical name counts for English, the Dutch one for Dutch. Ties go to `fallback`.
 */
export function journalLang(text: string, fallback: Lang, o: Outline = outline(text)): Lang {
  let nl = 0;
  let en = 0;
  for (const b of o.beelden) {
    for (const s of b.sections) {
      if (s.kind === 'eigen') continue;
      const h = normalizeHeading(s.heading.text);
      const names = SECTION_HEADINGS[s.kind];
      if (h === normalizeHeading(names.en) && h !== normalizeHeading(names.nl)) en++;
      else if (h === normalizeHeading(names.nl) && h !== normalizeHeading(names.en)) nl++;
    }
  }
  return en > nl ? 'en' : nl > en ? 'nl' : fallback;
}

/** Gives a beeld its title: fills an empty H1, or puts a new H1 at the beeld's start. */
export function addTitleEdit(text: string, beeldIndex: number, lang: Lang, title = TITLE_PLACEHOLDER[lang]): TextEdit {
  const o = outline(text);
  const b = o.beelden[beeldIndex];
  const heading = `# ${title}`;
  if (b?.titleHeading) {
    const h = b.titleHeading;
    const lineEnd = h.span.start + lineLength(text, h.span.start);
    // An ATX `#` with nothing after it: write the title into it. A setext title has text already.
    return h.setext ? { span: { start: h.span.start, end: h.span.start }, newText: '' } : { span: { start: h.span.start, end: lineEnd }, newText: heading };
  }
  const at = b ? b.span.start : o.preamble.start;
  return insertBlock(text, at, heading + o.eol, o.eol);
}

function lineLength(text: string, from: number): number {
  return (linesOf(text, from).next().value?.end ?? from) - from;
}

/** Adds a deugd as a list item to the beeld's Deugden section, creating the section when missing. */
export function insertDeugdEdit(text: string, beeldIndex: number, deugd: string, lang: Lang): TextEdit {
  const o = outline(text);
  const b = o.beelden[beeldIndex];
  const item = `- ${deugd}`;
  const s = b && outermost(b.sections).find((x) => x.kind === 'deugden');
  if (!s) {
    const heading = `${'#'.repeat(b ? sectionDepth(b) : 2)} ${SECTION_HEADINGS.deugden[lang]}`;
    const block = heading + o.eol + o.eol + item + o.eol;
    return insertBlock(text, b ? insertionPoint(text, b, 'deugden') : text.length, block, o.eol);
  }
  const lastItem = lastListItemEnd(text, s.body);
  if (lastItem !== undefined) {
    const lead = endsWithLineBreak(text.slice(0, lastItem)) ? '' : o.eol;
    return { span: { start: lastItem, end: lastItem }, newText: lead + item + o.eol };
  }
  const at = trimTrailingBlank(text, s.body.start, s.body.end);
  return insertBlock(text, at, item + o.eol, o.eol);
}

/** The end (after its line break) of the last top-level list item's last line in a body. */
function lastListItemEnd(text: string, body: Span): number | undefined {
  let end: number | undefined;
  let inItem = false;
  // To the text's end for the last line's break: a body may end before it.
  for (const { start, next, text: line } of linesOf(text, body.start)) {
    if (start >= body.end) break;
    if (ITEM.test(line)) { inItem = true; end = next; }
    else if (inItem && /^[ \t]+\S/.test(line)) end = next; // a continuation line of the item
    else if (/\S/.test(line)) inItem = false;
  }
  return end;
}

export interface BeeldFixOptions {
  /** Replacements the caller knows of (e.g. unknown deugden and their suggestions), on `text`. */
  replacements?: TextEdit[];
  /** Which sections to add; default: the ervaring, the five elements, the uitwerking and the 3E check. */
  sections?: KnownSection[];
  /** Add a title when the beeld has none (default true). */
  title?: boolean;
}

const FIX_ALL_SECTIONS: KnownSection[] = ['ervaring', 'handelingen', 'kennis', 'identiteit', 'deugden', 'vrijheid', 'uitwerking', 'drie-e'];

/**
 * Fixes what can be fixed in one beeld at once and returns it as one edit (the smallest change),
 * so it undoes in one step: the given replacements, the title, each missing section, the 3E check.
 */
export function fixBeeldEdit(text: string, beeldIndex: number, lang: Lang, opts: BeeldFixOptions = {}): TextEdit {
  let next = applyEdits(text, opts.replacements ?? []);
  const wanted = opts.sections ?? FIX_ALL_SECTIONS;
  const first = outline(next).beelden[beeldIndex];
  if (!first) return diffEdit(text, next);
  if (opts.title !== false && !first.title) next = applyEdits(next, [addTitleEdit(next, beeldIndex, lang)]);
  for (const kind of wanted) {
    const b = outline(next).beelden[beeldIndex];
    if (!b) break;
    const has = b.sections.some((s) => s.kind === kind);
    if (!has) next = applyEdits(next, [kind === 'drie-e' ? complete3eEdit(next, beeldIndex, lang) : addSectionEdit(next, beeldIndex, kind, lang)]);
    else if (kind === 'drie-e') next = applyEdits(next, [complete3eEdit(next, beeldIndex, lang)]);
  }
  return diffEdit(text, next);
}

/** The index of the beeld at an offset, or -1 in the preamble/frontmatter. */
export function beeldIndexAt(text: string, offset: number, o: Outline = outline(text)): number {
  return beeldAt(o, offset)?.index ?? -1;
}
