// The kinds of personal data the `privacy` rule reports. Ids are Dutch, like the rule ids; they are what a
// team writes in `.goedwerk.json` (`privacy.uit`, `privacy.blokkeren`) and what the commit guard prints.
import type { Msg } from '../i18n';
import type { Span } from '../model';

export const PRIVACY_KINDS = [
  'naam', 'geboortedatum', 'adres', 'postcode', 'telefoon', 'email', 'bsn', 'iban', 'instelling',
] as const;
export type PrivacyKind = (typeof PRIVACY_KINDS)[number];

export interface PrivacyHit { kind: PrivacyKind; span: Span }

/** Kinds with a fixed shape or a fixed cue: found with (near) certainty. */
export const STRUCTURED_KINDS: readonly PrivacyKind[] = ['geboortedatum', 'adres', 'postcode', 'telefoon', 'email', 'bsn', 'iban'];

/**
 * What blocks a commit when the team says nothing: everything that identifies a person on its own.
 * A named school or care provider only narrows down where a child lives, and is found less surely, so
 * it warns in the editor but does not stop a commit unless the team says so.
 */
export const DEFAULT_BLOCKING: readonly PrivacyKind[] = ['naam', 'geboortedatum', 'adres', 'postcode', 'telefoon', 'email', 'bsn', 'iban'];

export function isPrivacyKind(value: unknown): value is PrivacyKind {
  return typeof value === 'string' && (PRIVACY_KINDS as readonly string[]).includes(value);
}

/** How each kind is named in a message: "Dit lijkt {0}." */
export const KIND_WHAT: Record<PrivacyKind, Msg> = {
  naam: { nl: 'de naam van een persoon', en: "a person's name" },
  geboortedatum: { nl: 'een geboortedatum', en: 'a date of birth' },
  adres: { nl: 'een adres (straat en huisnummer)', en: 'an address (street and house number)' },
  postcode: { nl: 'een postcode', en: 'a postcode' },
  telefoon: { nl: 'een telefoonnummer', en: 'a phone number' },
  email: { nl: 'een e-mailadres', en: 'an e-mail address' },
  bsn: { nl: 'een burgerservicenummer (BSN)', en: 'a citizen service number (BSN)' },
  iban: { nl: 'een rekeningnummer (IBAN)', en: 'a bank account number (IBAN)' },
  instelling: { nl: 'de naam van een school, club of zorgaanbieder', en: 'the name of a school, club or care provider' },
};

/** Why each kind matters and what to do, appended to the message. */
export const KIND_ADVICE: Record<PrivacyKind, Msg> = {
  naam: { nl: 'Gebruik een rol (de jongere, moeder), een initiaal of een verzonnen naam.', en: 'Use a role (the young person, mother), an initial or an invented name.' },
  geboortedatum: { nl: 'Een leeftijd zegt genoeg.', en: 'An age says enough.' },
  adres: { nl: 'Noem hooguit de wijk of het soort woning.', en: 'Name at most the neighbourhood or the kind of home.' },
  postcode: { nl: 'Noem hooguit de wijk.', en: 'Name at most the neighbourhood.' },
  telefoon: { nl: 'Haal het nummer weg.', en: 'Remove the number.' },
  email: { nl: 'Haal het adres weg.', en: 'Remove the address.' },
  bsn: { nl: 'Een BSN hoort nooit in een journaal.', en: 'A BSN never belongs in a journal.' },
  iban: { nl: 'Haal het nummer weg.', en: 'Remove the number.' },
  instelling: { nl: 'Schrijf "de school", "de voetbalclub" of "de zorgaanbieder".', en: 'Write "the school", "the football club" or "the care provider".' },
};
