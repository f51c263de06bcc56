// The uitwerking turns the elements into one answer: what is good work here, and why.
import { sectionGapRule } from './section-gap';

export const messages = {
  description: {
    nl: 'Een beeld sluit af met een uitwerking: je antwoord op de vraag wat hier goed werk is, en waarom.',
    en: 'A beeld ends with an elaboration: your answer to what good work is here, and why.',
  },
  missing: {
    nl: 'De uitwerking ontbreekt. Voeg een kop "Uitwerking" toe en breng de elementen samen tot één beeld van goed werk.',
    en: 'The elaboration is missing. Add an "Elaboration" heading and bring the elements together into one picture of good work.',
  },
  empty: {
    nl: 'De uitwerking is nog leeg. Wat is hier goed werk, en waarom?',
    en: 'The elaboration is still empty. What is good work here, and why?',
  },
};

export const uitwerkingOntbreekt = sectionGapRule('uitwerking-ontbreekt', 'info', 'uitwerking', messages);
