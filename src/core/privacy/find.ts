// All detectors together. The identifiers, dates of birth, addresses and postcodes are read from the
// whole text (a phone number in the frontmatter leaks as much as one in a beeld); institutions and
// names only from prose (see regions.ts), with what the other detectors found blanked first, so that
// "Kerkstraat" in an address or "De Regenboog" after "basisschool" is not also read as a person.
import { journalLang } from '../edits';
import type { Journal } from '../model';
import { SECTION_HEADINGS, normalizeHeading } from '../sections';
import { findAddresses } from './address';
import { findBirthDates } from './birthdate';
import { findBsn, findEmail, findIban, findPhone } from './identifiers';
import { findInstitutions, nationalSpans } from './institutions';
import type { PrivacyHit } from './kinds';
import { findNames, type NameHit } from './names';
import { findPostcodes } from './postcode';
import { blank, proseOf } from './regions';
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
  hits.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: T[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.span.start < last.span.end) continue;
    out.push(h);
  }
  return out;
}

export function findStructured(text: string): PrivacyHit[] {
  return firstPerPlace([
    ...findBirthDates(text), ...findAddresses(text), ...findBsn(text), ...findEmail(text), ...findPhone(text),
    ...findIban(text), ...findPostcodes(text),
  ]);
}

/** Written in English, judged by its section headings (as core/edits does, from the parsed journal). */
function isEnglish(text: string, journal: Journal | undefined): boolean {
  if (!journal) return journalLang(text, 'nl') === 'en';
  let en = 0;
  let nl = 0;
  for (const b of journal.beelden) {
    for (const s of b.sections) {
      if (s.kind === 'eigen') continue;
      const h = normalizeHeading(s.heading.text);
      const names = SECTION_HEADINGS[s.kind];
      if (h === normalizeHeading(names.en) && h !== normalizeHeading(names.nl)) en++;
      else if (h === normalizeHeading(names.nl) && h !== normalizeHeading(names.en)) nl++;
    }
  }
  return en > nl;
}

export function findPrivacyHits(text: string, opts: FindOptions = {}): AnyHit[] {
  const structured = findStructured(text);
  const prose = blank(proseOf(text, opts.journal), structured.map((h) => h.span));
  const tokens = tokenize(prose);
  const institutions = firstPerPlace(findInstitutions(prose, tokens));
  const exclude = [...nationalSpans(prose, tokens), ...institutions.map((h) => h.span)];
  const english = isEnglish(text, opts.journal);
  const names = findNames(prose, { allowed: opts.allowedNames, tokens, exclude, english });
  return firstPerPlace<AnyHit>([...structured, ...institutions, ...names]);
}
