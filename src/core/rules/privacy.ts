// Journals travel: to a coach, a group, an export. A beeld van goed werk is about the professional's
// choices, never about who the client is, so anything that identifies a person should not be in it.
import type { Msg } from '../i18n';
import { findPrivacyHits, type PrivacyKind } from '../privacy';
import { rangeOf } from '../text';
import type { Rule } from './types';
import { msg } from './util';

const WHAT: Record<PrivacyKind, Msg> = {
  bsn: { nl: 'een burgerservicenummer (BSN)', en: 'a citizen service number (BSN)' },
  email: { nl: 'een e-mailadres', en: 'an e-mail address' },
  telefoon: { nl: 'een telefoonnummer', en: 'a phone number' },
  iban: { nl: 'een rekeningnummer (IBAN)', en: 'a bank account number (IBAN)' },
  postcode: { nl: 'een postcode met huisnummer', en: 'a postcode with house number' },
};

export const messages = {
  description: {
    nl: 'Een journaal bevat geen gegevens die een persoon herkenbaar maken: BSN, e-mailadres, telefoonnummer, IBAN, postcode met huisnummer.',
    en: 'A journal holds no data that identifies a person: BSN, e-mail address, phone number, IBAN, postcode with house number.',
  },
  found: {
    nl: 'Dit lijkt {0}. Haal het weg of maak het onherkenbaar: een beeld gaat over jouw handelen, niet over wie de cliënt is.',
    en: 'This looks like {0}. Remove it or make it unrecognisable: a beeld is about your actions, not about who the client is.',
  },
};

export const privacy: Rule = {
  id: 'privacy',
  defaultSeverity: 'warning',
  description: messages.description,
  check(journal) {
    // The message names the kind only: repeating the value would spread it into logs and reports.
    return findPrivacyHits(journal.text).map((hit) => ({
      range: rangeOf(journal.lineStarts, hit.span),
      message: msg(messages.found, WHAT[hit.kind]),
    }));
  },
};
