// A beeld van goed werk weighs all five elements (Handelingen, Kennis, Identiteit, Deugden, Vrijheid);
// a missing one is a blind spot, so each gets its own finding.
import { ELEMENTS } from '../model';
import type { RawFinding, Rule } from './types';
import { missingOrEmpty, msg, sectionName } from './util';

export const messages = {
  description: {
    nl: 'Een beeld werkt alle vijf elementen uit: Handelingen, Kennis, Identiteit, Deugden en Vrijheid.',
    en: 'A beeld works out all five elements: Skills, Knowledge, Identity, Virtues and Freedom.',
  },
  missing: {
    nl: 'Het element {0} ontbreekt in dit beeld. Voeg een kop "{0}" toe en schrijf op wat dit element hier vraagt.',
    en: 'The element {0} is missing from this beeld. Add a "{0}" heading and write what this element asks here.',
  },
  empty: {
    nl: 'Het element {0} is nog leeg.',
    en: 'The element {0} is still empty.',
  },
};

export const elementOntbreekt: Rule = {
  id: 'element-ontbreekt',
  defaultSeverity: 'warning',
  description: messages.description,
  check(journal) {
    const out: RawFinding[] = [];
    for (const b of journal.beelden) {
      for (const element of ELEMENTS) {
        const gap = missingOrEmpty(b, element);
        if (!gap) continue;
        out.push({
          range: gap.section?.heading.range ?? b.anchor,
          message: msg(gap.missing ? messages.missing : messages.empty, sectionName(element)),
          data: { beeld: b.index, section: element },
        });
      }
    }
    return out;
  },
};
