// The 3E check asks whether the beeld is excellent, ethisch and energiek. A beeld that skips one of
// them may describe work that is skilled but not good, or good but not sustainable.
import type { Msg } from '../i18n';
import type { ListEntry } from '../model';
import { normalizeHeading } from '../sections';
import type { RawFinding, Rule } from './types';
import { sectionsOfKind } from './util';

interface DrieE { name: Msg; prefixes: string[] }

/** The three Es, with the starts of their Dutch and English names as a task item may spell them. */
export const DRIE_E_ITEMS: readonly DrieE[] = [
  { name: { nl: 'Excellent', en: 'Excellent' }, prefixes: ['excellent', 'excellen'] },
  { name: { nl: 'Ethisch', en: 'Ethical' }, prefixes: ['ethisch', 'ethic', 'ethiek'] },
  { name: { nl: 'Energiek', en: 'Engaging' }, prefixes: ['energ', 'engag'] },
];

export const messages = {
  description: {
    nl: 'Een beeld doorstaat de 3E-check: een takenlijst met Excellent, Ethisch en Energiek, alle drie afgevinkt.',
    en: 'A beeld passes the 3E check: a task list with Excellent, Ethical and Engaging, all three ticked.',
  },
  missing: {
    nl: 'De 3E-check ontbreekt. Toets je beeld: is het excellent, ethisch én energiek? Zet ze als takenlijst onder een kop "3E-check".',
    en: 'The 3E check is missing. Test your beeld: is it excellent, ethical and engaging? List them as tasks under a "3E check" heading.',
  },
  incomplete: { nl: 'De 3E-check is nog niet af: {0}.', en: 'The 3E check is not done yet: {0}.' },
  absent: { nl: '{0} ontbreekt', en: '{0} is missing' },
  unticked: { nl: '{0} is niet afgevinkt', en: '{0} is not ticked' },
};

function matches(item: ListEntry, e: DrieE): boolean {
  const label = normalizeHeading(item.label);
  return e.prefixes.some((p) => label.startsWith(p));
}

function fill(template: Msg, lang: 'nl' | 'en', arg: string): string {
  return template[lang].replace('{0}', arg);
}

export const drieEOnvolledig: Rule = {
  id: '3e-onvolledig',
  defaultSeverity: 'info',
  description: messages.description,
  check(journal) {
    const out: RawFinding[] = [];
    for (const b of journal.beelden) {
      const sections = sectionsOfKind(b, 'drie-e');
      const data = { beeld: b.index, section: 'drie-e' as const };
      if (sections.length === 0) {
        out.push({ range: b.anchor, message: messages.missing, data });
        continue;
      }
      const items = sections.flatMap((s) => s.items);
      const problems = DRIE_E_ITEMS.flatMap((e) => {
        const found = items.filter((i) => matches(i, e));
        if (found.length === 0) return [{ e, template: messages.absent }];
        return found.some((i) => i.checked === true) ? [] : [{ e, template: messages.unticked }];
      });
      if (problems.length === 0) continue;
      const list = (lang: 'nl' | 'en') => problems.map((p) => fill(p.template, lang, p.e.name[lang])).join('; ');
      out.push({
        range: sections[0].heading.range,
        message: { nl: fill(messages.incomplete, 'nl', list('nl')), en: fill(messages.incomplete, 'en', list('en')) },
        data,
      });
    }
    return out;
  },
};
