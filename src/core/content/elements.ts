// The five elements of a beeld van goed werk, after David Shaffer's SKIVE frame (skills, knowledge,
// identity, values, epistemology) as the booklet adapted it to Dutch. Written in our own words.
import type { ElementId } from '../model';
import type { Msg } from '../i18n';

export interface ElementInfo {
  id: ElementId;
  name: Msg;
  /** The SKIVE term the element comes from. */
  skive: Msg;
  /** The one question that opens the element up. */
  question: Msg;
  /** A codicon id, so every face shows the same symbol. */
  icon: string;
}

export const ELEMENT_INFO: Record<ElementId, ElementInfo> = {
  handelingen: {
    id: 'handelingen',
    name: { nl: 'Handelingen', en: 'Skills' },
    skive: { nl: 'Skills (vaardigheden)', en: 'Skills' },
    question: {
      nl: 'Wat kun je hier doen, en wat moet je daarvoor kunnen?',
      en: 'What could you do here, and what does that ask of your skills?',
    },
    icon: 'tools',
  },
  kennis: {
    id: 'kennis',
    name: { nl: 'Kennis', en: 'Knowledge' },
    skive: { nl: 'Knowledge (kennis)', en: 'Knowledge' },
    question: {
      nl: 'Wat moet je hier weten, ook buiten je eigen vak?',
      en: 'What do you need to know here, also beyond your own field?',
    },
    icon: 'book',
  },
  identiteit: {
    id: 'identiteit',
    name: { nl: 'Identiteit', en: 'Identity' },
    skive: { nl: 'Identity (identiteit)', en: 'Identity' },
    question: {
      nl: 'Wie wil je in je rol zijn, en hoe wil je overkomen?',
      en: 'Who do you want to be in your role, and how do you want to come across?',
    },
    icon: 'person',
  },
  deugden: {
    id: 'deugden',
    name: { nl: 'Deugden', en: 'Virtues' },
    skive: { nl: 'Values (waarden)', en: 'Values' },
    question: {
      nl: 'Waar hecht je hier aan, en wat hangt er voor de betrokkenen van af?',
      en: 'What do you hold dear here, and what hangs on it for the people involved?',
    },
    icon: 'heart',
  },
  vrijheid: {
    id: 'vrijheid',
    name: { nl: 'Vrijheid', en: 'Freedom' },
    skive: { nl: 'Epistemology (kennisgrond)', en: 'Epistemology' },
    question: {
      nl: 'Hoeveel ruimte heb je om zelf te denken en te kiezen, en wie bepaalt die ruimte?',
      en: 'How much room do you have to think and choose for yourself, and who sets that room?',
    },
    icon: 'unlock',
  },
};
