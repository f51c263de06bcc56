// Pseudonymising a journal: the people its names point at, and one consistent replacement for every
// place a person is named: the full name ("Kelly de Jong"), the first name alone ("Kelly"), the surname
// after a title ("mevrouw De Jong"). Structured values get a mask instead (see maskFor).
import type { Journal, TextEdit } from '../model';
import { findPrivacyHits } from './find';
import type { PrivacyKind } from './kinds';
import type { NameHit } from './names';

export interface Person {
  /** Stable within one text: the first occurrence's offset. */
  id: number;
  /** The fullest form the journal uses, for the user to recognise (shown in the editor only, never logged). */
  label: string;
  first?: string;
  surname?: string;
  occurrences: NameHit[];
}

export type ReplacementMode = 'initiaal' | 'rol' | 'pseudoniem';

const TV = /^(?:van|de|der|den|ter|ten|te|'t|op|in|la|le|du|da|di|del|dos|el|al|ben|bin|ibn|abu|von|zu|het)$/i;

function partsOf(hit: NameHit): { first?: string; surname?: string } {
  const words = hit.text.split(/\s+/).filter((w) => !/^\p{Lu}\.$/u.test(w) && !/^(?:\p{Lu}\.)+$/u.test(w));
  const startsWithTv = words.length > 1 && TV.test(words[0]);
  if (startsWithTv || /^\p{Lu}\./u.test(hit.text)) return { surname: words.join(' ') };
  if (words.length === 1) return { first: words[0] };
  const first = words[0];
  return { first, surname: words.slice(1).join(' ') };
}

const norm = (s: string | undefined) => s?.toLowerCase().replace(/\s+/g, ' ');

/** The people the journal names, each with every place their name stands. */
export function peopleOf(text: string, journal?: Journal, allowedNames: readonly string[] = []): Person[] {
  const names = findPrivacyHits(text, { journal, allowedNames }).filter((h): h is NameHit => h.kind === 'naam');
  const people: Person[] = [];
  // Full names first, so "Kelly" and "mevrouw De Jong" find the person "Kelly de Jong".
  const ordered = [...names].sort((a, b) => b.words.length - a.words.length || a.span.start - b.span.start);
  for (const hit of ordered) {
    const { first, surname } = partsOf(hit);
    let person = people.find((p) => (first && surname)
      ? norm(p.first) === norm(first) && (!p.surname || norm(p.surname) === norm(surname))
      : first ? norm(p.first) === norm(first) : norm(p.surname) === norm(surname));
    if (!person) {
      person = { id: hit.span.start, label: hit.text, first, surname, occurrences: [] };
      people.push(person);
    }
    person.occurrences.push(hit);
    person.id = Math.min(person.id, hit.span.start);
    if (!person.surname && surname) person.surname = surname;
  }
  for (const p of people) p.occurrences.sort((a, b) => a.span.start - b.span.start);
  return people.sort((a, b) => a.id - b.id);
}

/** The person named at `offset` (inside or at the edge of a name), if any. */
export function personAt(people: readonly Person[], offset: number): Person | undefined {
  return people.find((p) => p.occurrences.some((o) => o.span.start <= offset && offset <= o.span.end));
}

const TITLES = /(?:^|[\s(])((?:mevrouw|meneer|mevr\.|mw\.|dhr\.|de heer|juf|meester|mr\.|mrs\.?|mr|ms\.?|dr\.)\s+)$/iu;

function initialOf(word: string | undefined): string {
  const w = (word ?? '').replace(/^(?:(?:van|de|der|den|ter|ten|el|al)\s+)+/iu, '');
  return w ? `${w[0].toUpperCase()}.` : '';
}

function atSentenceStart(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 4), offset);
  return offset === 0 || /(?:^|[.!?:]\s+|\n\s*(?:[-*+>]\s+)?|\n)$/.test(before) || /^\s*$/.test(text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset));
}

/**
 * The edits that replace every occurrence of `person`. `initiaal`: "K." for the full and the first name,
 * the surname's initial after a title; `pseudoniem` "Lisa Bos": "Lisa Bos", "Lisa", "mevrouw Bos";
 * `rol` "de jongere": every occurrence, a title before it included, becomes the role (capitalised at
 * the start of a sentence).
 */
export function pseudonymEdits(text: string, person: Person, mode: ReplacementMode, replacement = ''): TextEdit[] {
  const wanted = replacement.trim().replace(/\s+/g, ' ');
  const [pFirst, ...pRest] = wanted.split(' ');
  const pSurname = pRest.join(' ');
  return person.occurrences.map((o) => {
    const { first, surname } = partsOf(o);
    let start = o.span.start;
    let newText: string;
    if (mode === 'initiaal') {
      newText = first ? initialOf(person.first ?? first) : initialOf(surname);
    } else if (mode === 'pseudoniem') {
      newText = first && surname ? wanted : first ? pFirst : pSurname || pFirst;
    } else {
      const title = TITLES.exec(text.slice(Math.max(0, start - 16), start));
      if (title) start -= title[1].length;
      newText = atSentenceStart(text, start) ? wanted.charAt(0).toUpperCase() + wanted.slice(1) : wanted;
    }
    return { span: { start, end: o.span.end }, newText };
  });
}

/** What a masked value becomes: its kind in brackets, in the journal's language. */
export function maskFor(kind: PrivacyKind, lang: 'nl' | 'en'): string {
  const nl: Record<PrivacyKind, string> = {
    naam: '[naam]', geboortedatum: '[geboortedatum]', adres: '[adres]', postcode: '[postcode]', telefoon: '[telefoonnummer]',
    email: '[e-mailadres]', bsn: '[BSN]', iban: '[rekeningnummer]', instelling: '[instelling]',
  };
  const en: Record<PrivacyKind, string> = {
    naam: '[name]', geboortedatum: '[date of birth]', adres: '[address]', postcode: '[postcode]', telefoon: '[phone number]',
    email: '[e-mail address]', bsn: '[BSN]', iban: '[account number]', instelling: '[institution]',
  };
  return (lang === 'en' ? en : nl)[kind];
}
