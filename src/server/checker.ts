// Checks one journal's text, re-parsing only what changed. A journal is cut at its H1s (the scanner
// is cheap, remark is not) and each beeld's findings are kept with the beeld. After an edit the old
// and new text are compared (common start and end), only the beelden the edit touched are scanned and
// parsed again, and the beelden after it keep their findings, moved by the lines the edit added or
// removed. So a 5 MB journal re-checks in about the time one beeld takes. When the quick path cannot
// be sure (the edit touches the frontmatter, or opens a code fence that swallows the next title), the
// whole text is cut again, and beelden whose text is unchanged still come from the cache.
import { checkJournal, type CheckOptions } from '../core/check';
import { parseFrontmatter } from '../core/frontmatter';
import type { Finding } from '../core/model';
import { parseJournal } from '../core/parse';
import { findFrontmatter, outline, scanHeadings } from '../core/scan';
import { lineStarts, offsetAt, positionAt } from '../core/text';
import { shift } from './shift-findings';
import { commonPrefix, commonSuffix, countBreaks } from './text-diff';

/**
 * Below this size a journal is simply checked whole: cutting it up would not pay. From a few KB it does
 * (2 Dec 2026: a keystroke in a 5 KB journal of two beelden, 2.2 ms of CPU whole against 0.9 ms cut).
 */
export const SPLIT_MIN = 2 * 1024;

/** Checks a whole text. */
export function checkWhole(text: string, opts: CheckOptions): Finding[] {
  return checkJournal(parseJournal(text), opts);
}

interface Part {
  start: number;
  end: number;
  /** Where the title heading ends (a setext title spans two lines). */
  titleEnd: number;
  /** 0-based line of the beeld's first line. */
  line: number;
  /** Findings with lines relative to the beeld and beeld index 0. */
  findings: Finding[];
  /** The words of the names the privacy rule found in the beeld, lower case (see `checkHead`). */
  names: string[];
}

export class IncrementalChecker {
  private text = '';
  private parts: Part[] | undefined;
  private head: { text: string; findings: Finding[] } | undefined;
  private optionsKey = '';
  /** The frontmatter's `auteur`: a beeld checked on its own must still know who wrote it (privacy). */
  private author: string | undefined;
  private beeldOpts: CheckOptions | undefined;
  /** How many beelden (and the head) the last check had to parse (for tests and the bench). */
  parsedLastTime = 0;
  /** Whether the last check took the quick path (for tests). */
  quickLastTime = false;

  /** `splitMin`: texts shorter than this are checked whole (tests lower it to exercise the cuts). */
  constructor(private readonly splitMin = SPLIT_MIN) {}

  /** `optionsKey` must change whenever `opts` would judge the same text differently. */
  check(text: string, opts: CheckOptions, optionsKey: string): Finding[] {
    if (optionsKey !== this.optionsKey) {
      this.parts = undefined;
      this.head = undefined;
      this.optionsKey = optionsKey;
      this.beeldOpts = undefined;
    }
    this.parsedLastTime = 0;
    this.quickLastTime = false;
    if (text.length < this.splitMin) {
      this.parts = undefined;
      this.text = text;
      this.parsedLastTime = 1;
      return checkWhole(text, opts);
    }
    const author = authorOf(text);
    if (author !== this.author || !this.beeldOpts) {
      this.parts = undefined;
      this.head = undefined;
      this.author = author;
      this.beeldOpts = withAllowedName(opts, author);
    }
    let parts = this.parts && this.quickUpdate(this.text, text, this.parts, opts);
    if (parts) this.quickLastTime = true;
    else parts = this.fullSplit(text, opts);
    this.text = text;
    this.parts = parts;
    if (!parts) return checkWhole(text, opts);
    const out: Finding[] = [...this.checkHead(text, parts, opts)];
    parts.forEach((p, i) => { for (const f of shift(p.findings, p.line, i)) out.push(f); });
    return out;
  }

  private parse(text: string, start: number, end: number, opts: CheckOptions): Checked {
    this.parsedLastTime++;
    const own = text.slice(start, end);
    const findings = checkWhole(own, this.beeldOpts ?? opts);
    return { findings, names: nameWords(own, findings) };
  }

  /** Cuts the whole text; beelden whose text did not change keep their findings. */
  private fullSplit(text: string, opts: CheckOptions): Part[] | undefined {
    // An unclosed frontmatter is judged on the lines after it too (see frontmatter-ongeldig): check whole.
    if (opensFrontmatter(text) && !findFrontmatter(text)) { this.parsedLastTime = 1; return undefined; }
    const o = outline(text);
    const first = o.beelden[0];
    // A titleless beeld has no H1 to cut at; a single beeld gains nothing from being cut.
    if (!first || !first.titleHeading || o.beelden.length < 2) {
      this.parsedLastTime = 1;
      return undefined;
    }
    if (o.beelden.some((b) => !standsAlone(text, b.span.start, b.titleHeading!.span.end))) {
      this.parsedLastTime = 1;
      return undefined;
    }
    const known = new Map<string, Checked>();
    for (const p of this.parts ?? []) known.set(this.text.slice(p.start, p.end), p);
    return o.beelden.map((b) => {
      const own = text.slice(b.span.start, b.span.end);
      let checked = known.get(own);
      if (!checked) {
        checked = this.parse(text, b.span.start, b.span.end, opts);
        known.set(own, checked);
      }
      const { findings, names } = checked;
      return { start: b.span.start, end: b.span.end, titleEnd: b.titleHeading!.span.end, line: positionAt(o.lineStarts, b.span.start).line, findings, names };
    });
  }

  /**
   * The parts for `text` from those of `before`, scanning only the beelden the edit touched. Returns
   * undefined when it cannot be sure, and the caller cuts the whole text instead.
   */
  private quickUpdate(before: string, text: string, parts: Part[], opts: CheckOptions): Part[] | undefined {
    if (before === text) return parts;
    const p = commonPrefix(before, text);
    const q = commonSuffix(before, text, p);
    const oldEnd = before.length - q;
    const delta = text.length - before.length;
    // The frontmatter and preamble decide what comes after them: leave those edits to the full cut.
    if (p <= parts[0].start) return undefined;
    // An opened but unclosed frontmatter runs on to the next `---` anywhere below, so any edit may end it.
    if (opensFrontmatter(text) && !findFrontmatter(text.slice(0, parts[0].start))) return undefined;
    const first = indexAt(parts, p - 1);
    let last = indexAt(parts, Math.min(oldEnd, before.length - 1));
    if (oldEnd >= parts[last].end && last + 1 < parts.length) last++;
    const from = parts[first].start;
    const next = parts[last + 1];
    const regionEnd = (next ? next.start : before.length) + delta;
    // Scan through the next title too, to see that the edit left it a title (no open fence above it).
    const scanEnd = next ? next.titleEnd + delta : text.length;
    const titles = scanHeadings(text.slice(from, scanEnd)).filter((h) => h.depth === 1).map((h) => ({ start: h.span.start + from, end: h.span.end + from }));
    if (titles.length === 0 || titles[0].start !== from) return undefined;
    if (next && titles[titles.length - 1].start !== regionEnd) return undefined;
    const inside = next ? titles.slice(0, -1) : titles;
    if (inside.some((t) => !standsAlone(text, t.start, t.end))) return undefined;
    // Whether a character ends a line depends on it and the next one only: outside the changed span (and
    // the character before it) both texts count the same.
    const lineDelta = countBreaks(text, Math.max(0, p - 1), text.length - q) - countBreaks(before, Math.max(0, p - 1), oldEnd);
    let line = parts[first].line;
    const fresh: Part[] = inside.map((t, i) => {
      const end = i + 1 < inside.length ? inside[i + 1].start : regionEnd;
      const part: Part = { start: t.start, end, titleEnd: t.end, line, ...this.parse(text, t.start, end, opts) };
      if (i + 1 < inside.length) line += countBreaks(text, t.start, end);
      return part;
    });
    const after = parts.slice(last + 1).map((x) => ({ ...x, start: x.start + delta, end: x.end + delta, titleEnd: x.titleEnd + delta, line: x.line + lineDelta }));
    const result = [...parts.slice(0, first), ...fresh, ...after];
    return result.length >= 2 ? result : undefined;
  }

  /**
   * The frontmatter and preamble, checked on their own. A stand-in beeld keeps the scanner from
   * taking headings in the preamble for an untitled beeld; its findings fall past the head and go.
   * The privacy rule also looks in the frontmatter for the names it found in the beelden ("tags:
   * [semhar]"): a beeld with a name the head may hold is checked along with it, so the head's findings
   * are those of a whole check.
   */
  private checkHead(text: string, parts: readonly Part[], opts: CheckOptions): Finding[] {
    const head = text.slice(0, parts[0].start);
    const lower = head.toLowerCase();
    const along = parts.filter((p) => p.names.some((w) => lower.includes(w))).map((p) => text.slice(p.start, p.end));
    const eol = head.includes('\r\n') ? '\r\n' : '\n';
    const sep = head === '' || /[\r\n]$/.test(head) ? '' : eol;
    const whole = head + sep + (along.length ? along.join('') : '# .' + eol);
    if (this.head?.text === whole) return this.head.findings;
    const lines = positionAt(lineStarts(head), head.length).line;
    const findings = checkWhole(whole, opts).filter((f) => f.range.start.line < lines);
    this.head = { text: whole, findings };
    this.parsedLastTime++;
    return findings;
  }
}

interface Checked { findings: Finding[]; names: string[] }

/**
 * The words of the names the privacy rule found, lower case: every run of letters in each finding of a
 * name (more than the rule itself takes, never fewer).
 */
function nameWords(text: string, findings: readonly Finding[]): string[] {
  const named = findings.filter((f) => f.rule === 'privacy' && f.data?.privacy === 'naam');
  if (!named.length) return [];
  const starts = lineStarts(text);
  const out = new Set<string>();
  for (const f of named) {
    const span = text.slice(offsetAt(starts, f.range.start), offsetAt(starts, f.range.end));
    for (const m of span.matchAll(/[\p{L}\p{M}]{2,}/gu)) out.add(m[0].toLowerCase());
  }
  return [...out];
}

/**
 * True when the title at text[start, titleEnd) is still a title when its beeld is read on its own. Only
 * a setext title right after indented code can fail: micromark reads `2) Titel` there as text, while on
 * its own that line opens a list.
 */
function standsAlone(text: string, start: number, titleEnd: number): boolean {
  const own = scanHeadings(text.slice(start, titleEnd))[0];
  return own !== undefined && own.depth === 1 && own.span.end === titleEnd - start;
}

/** The writer's name from the frontmatter, as the privacy rule reads it in a whole check. */
function authorOf(text: string): string | undefined {
  const block = findFrontmatter(text);
  if (!block) return undefined;
  const head = text.slice(0, block.span.end);
  // Read again only when the frontmatter changed (not on a keystroke in a beeld).
  if (lastAuthor?.head !== head) lastAuthor = { head, author: parseFrontmatter(head, block, lineStarts(head)).fields.auteur };
  return lastAuthor.author;
}
let lastAuthor: { head: string; author: string | undefined } | undefined;

/** The options for a beeld checked without the frontmatter: the writer counts as a name that is fine. */
function withAllowedName(opts: CheckOptions, author: string | undefined): CheckOptions {
  if (!author) return opts;
  const privacy = { ...opts.config?.privacy, namen: [...(opts.config?.privacy?.namen ?? []), author] };
  return { ...opts, config: { ...(opts.config ?? { rules: {}, deugden: [] }), privacy } };
}

function opensFrontmatter(text: string): boolean {
  return /^---[ \t]*(?:\r|\n|$)/.test(text);
}

/** The index of the part holding `offset` (the last part when past the end). */
function indexAt(parts: readonly Part[], offset: number): number {
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (parts[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
