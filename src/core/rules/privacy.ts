// Journals travel: to a coach, a group, an export, a shared repository. A beeld van goed werk is about the
// professional's choices, never about who the client is, so anything that identifies a person should not
// be in it: names, dates of birth, addresses, the school, the numbers. The team decides which names are
// fine and which kinds it leaves off (`.goedwerk.json` `privacy`); the writer named in `auteur` is always fine.
import type { Msg } from '../i18n';
import { KIND_ADVICE, KIND_WHAT, findPrivacyHits } from '../privacy';
import { rangeOf } from '../text';
import type { Rule } from './types';
import { msg } from './util';

export const messages = {
  description: {
    nl: 'Een journaal bevat geen gegevens die een persoon herkenbaar maken: namen, geboortedatum, adres, postcode, telefoonnummer, e-mailadres, BSN, IBAN, school of zorgaanbieder.',
    en: 'A journal holds no data that identifies a person: names, date of birth, address, postcode, phone number, e-mail address, BSN, IBAN, school or care provider.',
  },
  found: {
    nl: 'Dit lijkt {0}. {1} Een beeld gaat over jouw handelen, niet over wie de cliënt is.',
    en: 'This looks like {0}. {1} A beeld is about your actions, not about who the client is.',
  },
} satisfies Record<string, Msg>;

export const privacy: Rule = {
  id: 'privacy',
  defaultSeverity: 'warning',
  description: messages.description,
  check(journal, ctx) {
    const settings = ctx.privacy;
    const off = new Set<string>(settings?.uit ?? []);
    const auteur = journal.frontmatter?.fields.auteur;
    const allowedNames = [...(settings?.namen ?? []), ...(auteur ? [auteur] : [])];
    // The message names the kind only: repeating the value would spread it into logs, caches and reports.
    return findPrivacyHits(journal.text, { journal, allowedNames })
      .filter((hit) => !off.has(hit.kind))
      .map((hit) => ({
        range: rangeOf(journal.lineStarts, hit.span),
        message: msg(messages.found, KIND_WHAT[hit.kind], KIND_ADVICE[hit.kind]),
        data: { privacy: hit.kind },
      }));
  },
};
