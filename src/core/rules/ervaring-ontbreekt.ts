// The kenmerkende ervaring is the moment the beeld grows from; without it the rest floats.
import { sectionGapRule } from './section-gap';

export const messages = {
  description: {
    nl: 'Een beeld beschrijft een kenmerkende ervaring: het moment waar het om draait.',
    en: 'A beeld describes a characteristic experience: the moment it is about.',
  },
  missing: {
    nl: 'De kenmerkende ervaring ontbreekt. Voeg een kop "Kenmerkende ervaring" toe en beschrijf het moment dat dit beeld laat zien.',
    en: 'The characteristic experience is missing. Add a "Characteristic experience" heading and describe the moment this beeld shows.',
  },
  empty: {
    nl: 'De kenmerkende ervaring is nog leeg. Wat gebeurde er, wie waren erbij, wat maakte het lastig?',
    en: 'The characteristic experience is still empty. What happened, who was there, what made it hard?',
  },
};

export const ervaringOntbreekt = sectionGapRule('ervaring-ontbreekt', 'warning', 'ervaring', messages);
