// A beeld opens with a pakkende titel: a few words that catch what the situation asks of you.
import type { Rule } from './types';
import { beeldRule } from './beeld-rule';

export const messages = {
  description: {
    nl: 'Elk beeld begint met een pakkende titel: een kop van niveau 1 (`# …`).',
    en: 'Every beeld opens with a catchy title: a level-1 heading (`# …`).',
  },
  missing: {
    nl: 'Dit beeld heeft nog geen pakkende titel. Zet er een kop `# …` boven die in een paar woorden vangt waar het om draait.',
    en: 'This beeld has no catchy title yet. Put a `# …` heading above it that says in a few words what it is about.',
  },
  empty: {
    nl: 'De titel van dit beeld is leeg. Vang in een paar woorden waar het om draait.',
    en: 'The title of this beeld is empty. Say in a few words what it is about.',
  },
};

export const titelOntbreekt: Rule = beeldRule('titel-ontbreekt', 'warning', messages.description, (b) =>
  b.title && b.title.trim() !== '' ? [] : [{
    range: b.titleHeading?.range ?? b.anchor,
    message: b.titleHeading ? messages.empty : messages.missing,
    data: { beeld: b.index },
  }]);
