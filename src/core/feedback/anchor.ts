// Where a thread belongs, and where that is now. An anchor names a beeld (title, position, a
// fingerprint of its words), a section (its kind and heading) and maybe a quoted passage, never a line
// number: lines move with every edit. Finding it again is a best match, so a thread survives the
// writer's edits, a renamed heading and a retitled beeld; when its beeld is gone it is detached.
import type { Span } from '../model';
import { outline as scanOutline, beeldAt, type Outline, type OutlineBeeld, type OutlineSection } from '../scan';
import { normalizeHeading } from '../sections';
import { fingerprint, fingerprintSimilarity, textSimilarity } from './fingerprint';
import type { FeedbackAnchor } from './model';

/** Longest quote kept with a thread: a passage, not a copy of the journal. */
export const MAX_QUOTE = 300;

export interface AnchorOptions {
  /** A selected passage to quote (within the beeld). */
  quote?: Span;
  /** Anchor to the beeld as a whole, not to the section at `offset`. */
  wholeBeeld?: boolean;
}

function beeldBody(text: string, b: OutlineBeeld): string {
  return text.slice(b.titleHeading?.span.end ?? b.span.start, b.span.end);
}

function sectionAt(b: OutlineBeeld, offset: number): OutlineSection | undefined {
  // The innermost section holding the offset: sections nest when a writer's own heading sits inside one.
  let found: OutlineSection | undefined;
  for (const s of b.sections) if (s.span.start <= offset && offset < s.span.end) found = s;
  return found;
}

/** The anchor for a place in a journal's text, or undefined outside every beeld (frontmatter, preamble). */
export function anchorAt(text: string, offset: number, journal: string, opts: AnchorOptions = {}, o: Outline = scanOutline(text)): FeedbackAnchor | undefined {
  const b = beeldAt(o, offset);
  if (!b) return undefined;
  const anchor: FeedbackAnchor = { journal, beeld: b.title, beeldIndex: b.index };
  const fp = fingerprint(beeldBody(text, b));
  if (fp) anchor.fingerprint = fp;
  const s = opts.wholeBeeld ? undefined : sectionAt(b, offset);
  if (s) {
    anchor.section = s.kind;
    anchor.heading = s.heading.text;
  }
  if (opts.quote && opts.quote.end > opts.quote.start) {
    const q = text.slice(opts.quote.start, opts.quote.end).replace(/\s+/g, ' ').trim().slice(0, MAX_QUOTE);
    if (q) anchor.quote = q;
  }
  return anchor;
}

export type PlacementState = 'attached' | 'moved' | 'detached';

export interface Placement {
  state: PlacementState;
  /** Index of the beeld in the journal as it is now. */
  beeld?: number;
  section?: OutlineSection;
  /** What the thread points at: the quote, else the section's heading, else the beeld's title line. */
  span?: Span;
  /** The section is gone: the thread sits on its beeld's title. */
  sectionLost?: boolean;
  /** The quoted passage is no longer in the text. */
  quoteLost?: boolean;
  /** How sure the match is (a same title counts 1). */
  score: number;
}

interface BeeldMatch { beeld: OutlineBeeld; score: number; exact: boolean; quote?: Span }

/** The quote's place within `span`, exactly or with any run of white space and any case. */
export function findQuote(text: string, span: Span, quote: string | undefined): Span | undefined {
  if (!quote) return undefined;
  const inside = text.slice(span.start, span.end);
  const at = inside.indexOf(quote);
  if (at >= 0) return { start: span.start + at, end: span.start + at + quote.length };
  const words = quote.split(/\s+/).filter(Boolean).slice(0, 60);
  if (!words.length) return undefined;
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'iu');
  const m = re.exec(inside);
  return m ? { start: span.start + m.index, end: span.start + m.index + m[0].length } : undefined;
}

/** Like titles: letter pairs in common, and a title that grew or shrank around its words ("Loslaten" → "Loslaten na achttien"). */
function titleLikeness(a: string, b: string): number {
  const x = normalizeHeading(a);
  const y = normalizeHeading(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const contained = short.length >= 5 && new RegExp(`(?:^|\\s)${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`).test(long);
  return Math.max(textSimilarity(a, b), contained ? 0.7 : 0);
}

function scoreBeeld(text: string, b: OutlineBeeld, a: FeedbackAnchor): BeeldMatch {
  const sameTitle = (b.title ?? null) === null || a.beeld === null
    ? (b.title ?? null) === a.beeld
    : normalizeHeading(b.title!) === normalizeHeading(a.beeld);
  const titleScore = sameTitle ? 1 : b.title !== null && a.beeld !== null ? titleLikeness(b.title, a.beeld) : 0;
  const fpScore = a.fingerprint ? fingerprintSimilarity(a.fingerprint, fingerprint(beeldBody(text, b))) ?? 0 : 0;
  const quote = findQuote(text, b.span, a.quote);
  let score = Math.max(titleScore, fpScore) + (quote ? 0.5 : 0) + (b.index === a.beeldIndex ? 0.05 : 0);
  // Too little evidence is no match: a beeld that merely stands at the same place is another beeld.
  if (!sameTitle && titleScore < 0.6 && fpScore < 0.5 && !quote) score = 0;
  return { beeld: b, score, exact: sameTitle, quote };
}

/** The best beeld for an anchor in one journal, if any fits. */
export function matchBeeld(text: string, o: Outline, a: FeedbackAnchor): BeeldMatch | undefined {
  let best: BeeldMatch | undefined;
  for (const b of o.beelden) {
    const m = scoreBeeld(text, b, a);
    if (m.score > 0 && (!best || m.score > best.score)) best = m;
  }
  return best;
}

function matchSection(text: string, b: OutlineBeeld, a: FeedbackAnchor, quote: Span | undefined): OutlineSection | undefined {
  if (quote) {
    const holding = sectionAt(b, quote.start);
    if (holding) return holding;
  }
  if (!a.section && !a.heading) return undefined;
  if (a.section && a.section !== 'eigen') {
    const same = b.sections.find((s) => s.kind === a.section);
    if (same) return same;
  }
  if (!a.heading) return undefined;
  const want = normalizeHeading(a.heading);
  const exact = b.sections.find((s) => normalizeHeading(s.heading.text) === want);
  if (exact) return exact;
  let best: OutlineSection | undefined;
  let bestScore = 0.6;
  for (const s of b.sections) {
    const sim = textSimilarity(s.heading.text, a.heading);
    if (sim >= bestScore) { best = s; bestScore = sim; }
  }
  return best;
}

/** The line of a heading without its line break. */
function headingLine(text: string, span: Span): Span {
  let end = span.start;
  while (end < span.end && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return { start: span.start, end };
}

/** Where an anchor is in a journal's text now. */
export function placeAnchor(text: string, a: FeedbackAnchor, o: Outline = scanOutline(text)): Placement {
  const m = matchBeeld(text, o, a);
  if (!m) return { state: 'detached', score: 0 };
  const b = m.beeld;
  const section = matchSection(text, b, a, m.quote);
  const wanted = !!(a.section || a.heading);
  const sectionLost = wanted && !section;
  const quote = m.quote ?? (section && a.quote ? findQuote(text, section.span, a.quote) : undefined);
  const quoteLost = !!a.quote && !quote;
  const span = quote
    ?? (section ? headingLine(text, section.heading.span) : b.titleHeading ? headingLine(text, b.titleHeading.span) : headingLine(text, { start: b.span.start, end: b.span.end }));
  const headingSame = !wanted || (!!section && (!a.heading || normalizeHeading(section.heading.text) === normalizeHeading(a.heading)));
  const state = m.exact && headingSame && !sectionLost && !quoteLost ? 'attached' : 'moved';
  return { state, beeld: b.index, section, span, sectionLost: sectionLost || undefined, quoteLost: quoteLost || undefined, score: m.score };
}

/** The anchor as it reads now, to be written with the next entry when it differs from the stored one. */
export function currentAnchor(text: string, a: FeedbackAnchor, p: Placement, o: Outline = scanOutline(text)): Partial<FeedbackAnchor> | undefined {
  if (p.state !== 'moved' || p.beeld === undefined) return undefined;
  const b = o.beelden[p.beeld];
  if (!b) return undefined;
  const out: Partial<FeedbackAnchor> = {};
  if (b.title !== a.beeld) out.beeld = b.title;
  if (b.index !== a.beeldIndex) out.beeldIndex = b.index;
  if (p.section && p.section.heading.text !== a.heading) {
    out.heading = p.section.heading.text;
    out.section = p.section.kind;
  }
  if (!Object.keys(out).length) return undefined;
  // The fingerprint changes with every word; it is renewed only along with a real move.
  const fp = fingerprint(beeldBody(text, b));
  if (fp && fp !== a.fingerprint) out.fingerprint = fp;
  return out;
}
