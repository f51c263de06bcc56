// The 3E check asks three questions: is the beeld excellent, ethisch, energiek? Each wants an answer,
// and "nee" is one: a beeld may conclude that its work was not quite good. So this rule only points at
// an E that is missing or still open (no tick, no answer, or only the template's question); see
// contract v2 in docs/format.md.
import { DRIE_E } from '../content/guides';
import { drieEOfSections } from '../drie-e-beeld';
import type { Msg } from '../i18n';
import type { Rule } from './types';
import { beeldRule } from './beeld-rule';
import { msg, sectionsOfKind } from './util';

export const messages = {
  description: {
    nl: 'Een beeld beantwoordt de drie vragen van de 3E-check: is het excellent, ethisch en energiek? Ja, nee en deels zijn alle drie een antwoord.',
    en: 'A beeld answers the three questions of the 3E check: is it excellent, ethical and engaging? Yes, no and partly are all answers.',
  },
  missing: {
    nl: 'De 3E-check ontbreekt. Leg je beeld langs drie vragen: is het excellent, ethisch en energiek? Zet ze onder een kop "3E-check" en antwoord met ja, nee of deels.',
    en: 'The 3E check is missing. Hold your beeld against three questions: is it excellent, ethical and engaging? Put them under a "3E check" heading and answer yes, no or partly.',
  },
  incomplete: {
    nl: 'De 3E-check wacht nog op een antwoord: {0}. Antwoord met ja, nee of deels; ook nee is een eerlijk antwoord.',
    en: 'The 3E check still waits for an answer: {0}. Answer yes, no or partly; no is an honest answer too.',
  },
  absent: { nl: '{0} ontbreekt', en: '{0} is missing' },
  open: { nl: '{0} staat nog open', en: '{0} is still open' },
};

function joined(parts: readonly Msg[]): Msg {
  return { nl: parts.map((p) => p.nl).join('; '), en: parts.map((p) => p.en).join('; ') };
}

export const drieEOnvolledig: Rule = beeldRule('3e-onvolledig', 'info', messages.description, (b) => {
  const sections = sectionsOfKind(b, 'drie-e');
  const data = { beeld: b.index, section: 'drie-e' as const };
  if (sections.length === 0) return [{ range: b.anchor, message: messages.missing, data }];
  const reading = drieEOfSections(sections);
  const problems = DRIE_E.filter((e) => reading.answers[e.id] === 'open')
    .map((e) => msg(reading.missing.includes(e.id) ? messages.absent : messages.open, e.name));
  if (problems.length === 0) return [];
  return [{ range: sections[0].heading.range, message: msg(messages.incomplete, joined(problems)), data }];
});
