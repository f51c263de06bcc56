// Text edits that fix a beeld, computed on the scanner's outline (no remark), so the language server,
// the extension's commands and the notebook all make the same change. Every function takes the text
// as it is now and returns offsets into it; nothing here touches a file.
import type { Lang, SectionKind, Span, TextEdit } from './model';
import { SECTION_ORDER } from './model';
import { beeldAt, outline, type Outline, type OutlineBeeld } from './scan';
import { SECTION_HEADINGS, normalizeHeading, type KnownSection } from './sections';
import { TITLE_PLACEHOLDER, drieESkeleton, sectionSkeleton, type Eol } from './template';
import type { DrieEId as DrieE } from './content/guides';
import { DRIE_E_IDS as DRIE_E, formatDrieEItem, readDrieEItem, splitDrieELine, type DrieEAnswer } from './drie-e';
import { drieELines } from './drie-e-beeld';
import { outermost } from './outermost';
import { linesOf } from './text';

export type { DrieE };

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

function beeldOf(o: Outline, beeldIndex: number): OutlineBeeld | undefined {
  return o.beelden[beeldIndex];
}

function orderOf(kind: SectionKind): number {
  const i = SECTION_ORDER.indexOf(kind as KnownSection);
  return i === -1 ? Number.MAX_SAFE_INTEGER : i;
}

/** The depth the beeld's own known sections use (so a fix matches the writer's style), else 2. */
function sectionDepth(b: OutlineBeeld): number {
  return b.sections.find((s) => s.kind !== 'eigen')?.heading.depth ?? 2;
}

function endsWithBlankLine(s: string): boolean {
  return /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)$/.test(s);
}

function endsWithLineBreak(s: string): boolean {
  return /[\r\n]$/.test(s);
}

/**
 * Inserts a block (ending in one line break) at a line start, keeping one blank line on each side:
 * the text before gets what it lacks, and a blank line follows when more text comes after.
 */
function insertBlock(text: string, offset: number, block: string, eol: string): TextEdit {
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
function insertionPoint(text: string, b: OutlineBeeld, kind: KnownSection): number {
  const order = orderOf(kind);
  const top = outermost(b.sections);
  const later = top.find((s) => s.kind !== 'eigen' && orderOf(s.kind) > order);
  if (later) return later.span.start;
  const earlier = [...top].reverse().find((s) => s.kind !== 'eigen' && orderOf(s.kind) <= order);
  if (earlier) return trimTrailingBlank(text, earlier.span.start, earlier.span.end);
  return trimTrailingBlank(text, b.span.start, b.span.end);
}

/** Moves `end` back over trailing blank lines, to a line start, but not before `start`. */
function trimTrailingBlank(text: string, start: number, end: number): number {
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
  const b = beeldOf(o, beeldIndex);
  if (!b) return insertBlock(text, text.length, sectionSkeleton(kind, lang, o.eol, 2), o.eol);
  const at = insertionPoint(text, b, kind);
  return insertBlock(text, at, sectionSkeleton(kind, lang, o.eol, sectionDepth(b)), o.eol);
}

/** Gives a beeld its title: fills an empty H1, or puts a new H1 at the beeld's start. */
export function addTitleEdit(text: string, beeldIndex: number, lang: Lang, title = TITLE_PLACEHOLDER[lang]): TextEdit {
  const o = outline(text);
  const b = beeldOf(o, beeldIndex);
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

/** Each E's answer in the beeld's 3E check, or 'missing' when no item names it (undefined: no 3E section). */
export function drieEStatus(text: string, beeldIndex: number): Record<DrieE, DrieEAnswer | 'missing'> | undefined {
  const b = outline(text).beelden[beeldIndex];
  const s = b && outermost(b.sections).find((x) => x.kind === 'drie-e');
  if (!s) return undefined;
  const items = drieELines(text, s.body);
  const status = {} as Record<DrieE, DrieEAnswer | 'missing'>;
  for (const e of DRIE_E) {
    const found = items.filter((i) => i.id === e);
    status[e] = found.length === 0 ? 'missing' : found.find((i) => i.answer !== 'open')?.answer ?? 'open';
  }
  return status;
}

/** The skeleton's line for each E, so a completed check reads like a fresh one (its question, open). */
function skeletonLines(lang: Lang, eol: Eol): Record<DrieE, string> {
  const lines = drieESkeleton(lang, eol).split(/\r\n|\r|\n/);
  const out = {} as Record<DrieE, string>;
  for (const e of DRIE_E) {
    const line = lines.find((l) => {
      const split = splitDrieELine(l);
      return split && readDrieEItem(split.text, split.ticked)?.id === e;
    });
    out[e] = line ?? `- [ ] ${e}`;
  }
  return out;
}

/**
 * Completes the 3E check: adds the section when it is missing, else the E's its list lacks, each with
 * its question (open: the answer is the writer's, see `answer3eEdit`).
 */
export function complete3eEdit(text: string, beeldIndex: number, lang: Lang): TextEdit {
  const o = outline(text);
  const b = beeldOf(o, beeldIndex);
  const s = b && outermost(b.sections).find((x) => x.kind === 'drie-e');
  if (!b || !s) return addSectionEdit(text, beeldIndex, 'drie-e', lang);
  const items = drieELines(text, s.body);
  const have = new Set(items.map((i) => i.id));
  const lines = skeletonLines(lang, o.eol);
  const missing = DRIE_E.filter((e) => !have.has(e)).map((e) => lines[e]);
  if (missing.length === 0) return { span: { start: s.body.end, end: s.body.end }, newText: '' };
  const last = items[items.length - 1];
  if (last) {
    // Right after the last item, so the list stays one list.
    const at = last.span.end;
    const lead = endsWithLineBreak(text.slice(0, at)) ? '' : o.eol;
    return { span: { start: at, end: at }, newText: lead + missing.map((l) => l + o.eol).join('') };
  }
  const at = trimTrailingBlank(text, s.body.start, s.body.end);
  return insertBlock(text, at, missing.join(o.eol) + o.eol, o.eol);
}

const ITEM_NAME = /^[*_~`\s]*([\p{L}]+)/u;

/**
 * Answers one open E of the beeld's 3E check: its first item naming that E that is still open is
 * rewritten as contract v2 writes an answer (`[x] Excellent: ja`, `[ ] Energiek: nee`), keeping the
 * name as the writer spelled it and any words of their own. Undefined when that E has no open item.
 */
export function answer3eEdit(text: string, beeldIndex: number, e: DrieE, answer: Exclude<DrieEAnswer, 'open'>, lang: Lang): TextEdit | undefined {
  const b = outline(text).beelden[beeldIndex];
  const s = b && outermost(b.sections).find((x) => x.kind === 'drie-e');
  const item = s && drieELines(text, s.body).find((i) => i.id === e && i.answer === 'open');
  if (!item) return undefined;
  const line = text.slice(item.span.start, item.textSpan.end);
  const split = splitDrieELine(line);
  if (!split) return undefined;
  const name = ITEM_NAME.exec(split.text)?.[1] ?? e;
  const start = item.span.start + split.marker.length;
  return { span: { start, end: item.textSpan.end }, newText: formatDrieEItem(name, answer, lang, { explanation: item.explanation }) };
}

/** Adds a deugd as a list item to the beeld's Deugden section, creating the section when missing. */
export function insertDeugdEdit(text: string, beeldIndex: number, deugd: string, lang: Lang): TextEdit {
  const o = outline(text);
  const b = beeldOf(o, beeldIndex);
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
