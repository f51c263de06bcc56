// All detectors together. The identifiers, dates of birth, addresses and postcodes are read from the
// whole text (a phone number in the frontmatter leaks as much as one in a beeld); institutions and
// names only from prose (see regions.ts), with what the other detectors found blanked first, so that
// "Kerkstraat" in an address or "De Regenboog" after "basisschool" is not also read as a person.
import { journalLang } from '../edits';
import type { Beeld, Journal, Span } from '../model';
import { outermost } from '../outermost';
import { SECTION_HEADINGS, normalizeHeading } from '../sections';
import { findAddresses } from './address';
import { findBirthDates } from './birthdate';
import { findBsn, findEmail, findIban, findPhone } from './identifiers';
import { findInstitutions } from './institutions';
import type { PrivacyHit } from './kinds';
import { findNames, type NameHit } from './names';
import { lexicon } from './lexicon';
import { petNames } from './pets';
import { findPostcodes } from './postcode';
import { proseOf } from './regions';
import { tokenize } from './tokens';

export interface FindOptions {
  /** The parsed journal, so headings, the frontmatter and deugd labels are not read as prose. */
  journal?: Journal;
  /** Names that are fine: the writer, colleagues (the team's `privacy.namen`, the frontmatter `auteur`). */
  allowedNames?: readonly string[];
}

export type AnyHit = PrivacyHit | NameHit;

/** One finding per place: an IBAN's digits are not also a phone number, an address not also a postcode. */
export function firstPerPlace<T extends PrivacyHit>(hits: T[]): T[] {
  return outermost(hits.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end));
}

export function findStructured(text: string): PrivacyHit[] {
  return firstPerPlace([
    ...findBirthDates(text), ...findAddresses(text), ...findBsn(text), ...findEmail(text), ...findPhone(text),
    ...findIban(text), ...findPostcodes(text),
  ]);
}

interface Region { start: number; end: number; beeld?: Beeld }

/** The part before the first beeld, then each beeld; the whole text when there is no parsed journal. */
function regionsOf(text: string, journal: Journal | undefined): Region[] {
  if (!journal || journal.beelden.length === 0) return [{ start: 0, end: text.length }];
  const out: Region[] = [];
  const first = journal.beelden[0].span.start;
  if (first > 0) out.push({ start: 0, end: first });
  journal.beelden.forEach((b, i) => out.push({ start: b.span.start, end: journal.beelden[i + 1]?.span.start ?? text.length, beeld: b }));
  return out;
}

/** Headings repeat from journal to journal: normalising each one every time cost more than the detectors. */
const normalized = new Map<string, string>();
function normalizedHeading(text: string): string {
  let h = normalized.get(text);
  if (h === undefined) {
    h = normalizeHeading(text);
    if (normalized.size > 2000) normalized.clear();
    normalized.set(text, h);
  }
  return h;
}

/** A beeld written in English, judged by its section headings (as core/edits judges a journal). */
function isEnglish(beeld: Beeld): boolean {
  let en = 0;
  let nl = 0;
  for (const s of beeld.sections) {
    if (s.kind === 'eigen') continue;
    const h = normalizedHeading(s.heading.text);
    const names = SECTION_HEADINGS[s.kind];
    const hEn = normalizedHeading(names.en);
    const hNl = normalizedHeading(names.nl);
    if (h === hEn && h !== hNl) en++;
    else if (h === hNl && h !== hEn) nl++;
  }
  return en > nl;
}

export function findPrivacyHits(text: string, opts: FindOptions = {}): AnyHit[] {
  const structured = findStructured(text);
  const regions = regionsOf(text, opts.journal);
  const prose = proseOf(text, opts.journal, regions.map((r) => r.start), structured.map((h) => h.span));
  const tokens = tokenize(prose);
  const quiet: Span[] = [];
  const institutions = firstPerPlace(findInstitutions(prose, tokens, quiet));
  const exclude = [...quiet, ...institutions.map((h) => h.span)];
  // Each beeld on its own (and the part before the first): a name found in one beeld counts in that
  // beeld, and the language is the beeld's. So a big journal, which the server checks beeld by beeld,
  // gets exactly the findings of a whole check.
  const names: NameHit[] = [];
  // The tokens come in text order and the regions tile the text from 0: each region's tokens follow the
  // previous region's (a filter per region was quadratic on a journal with many beelden).
  let from = 0;
  for (const region of regions) {
    let to = from;
    while (to < tokens.length && tokens[to].start < region.end) to++;
    const own = tokens.slice(from, to);
    from = to;
    const english = region.beeld ? isEnglish(region.beeld) : opts.journal ? false : journalLang(text, 'nl') === 'en';
    let found = findNames(prose, { allowed: opts.allowedNames, tokens: own, exclude, english });
    // A pet's name is fine like an allowed name (a filter on what was found): asked only when names were found.
    const pets = found.length ? petNames(prose.slice(own[0].start, own[own.length - 1].end)) : [];
    if (pets.length) found = found.filter((h) => !h.words.every((w) => pets.includes(w)));
    names.push(...found);
    if (region.beeld) names.push(...namesIn(text, headingSpans(region.beeld), found));
  }
  if (opts.journal?.frontmatter && names.length) names.push(...namesIn(text, frontmatterValues(text, opts.journal.frontmatter.span), names, true));
  return firstPerPlace<AnyHit>([...structured, ...institutions, ...names]);
}

function headingSpans(beeld: Beeld): Span[] {
  return [...(beeld.titleHeading ? [beeld.titleHeading.span] : []), ...beeld.sections.map((s) => s.heading.span)];
}

/** The frontmatter's lines, but for the writer's own fields (auteur, coach, team): they name colleagues. */
function frontmatterValues(text: string, span: Span): Span[] {
  const out: Span[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(/^(?![ \t]*(?:auteur|author|coach|team|begeleider)[ \t]*:).+$/gmu)) {
    out.push({ start: span.start + m.index!, end: span.start + m.index! + m[0].length });
  }
  return out;
}

/**
 * Headings and the frontmatter are not read for names (a title is written with capitals), but a name
 * found in the prose is a name there too: "# Wat Semhar nodig had", "tags: [Awet, broers]".
 */
function namesIn(text: string, spans: readonly Span[], found: readonly NameHit[], small = false): NameHit[] {
  const words = new Set(found.flatMap((h) => h.words).filter((w) => w.length >= 2));
  if (!words.size) return [];
  // In the frontmatter tags are often written small ("tags: [noor, crisis]"): a name that is no word counts.
  const lower = small ? new Map([...words].filter((w) => !lexicon().isWord(w.toLowerCase())).map((w) => [w.toLowerCase(), w])) : undefined;
  const out: NameHit[] = [];
  for (const span of spans) {
    for (const m of text.slice(span.start, span.end).matchAll(small ? /(?<![\p{L}\p{N}_@.])\p{L}[\p{L}\p{M}'’-]*/gu : /(?<![\p{L}\p{N}_@.])\p{Lu}[\p{L}\p{M}'’-]*/gu)) {
      const word = m[0].replace(/['’]s$/u, '');
      if (!words.has(word) && !lower?.has(word)) continue;
      const start = span.start + m.index!;
      out.push({ kind: 'naam', span: { start, end: start + word.length }, words: [word], text: word });
    }
  }
  return out;
}
