// Which part of a beeld speaks to which of the SKJ's three dimensions of reflection. A first sorting
// for a draft, not a judgement: the professional rewrites it in their own words.
//   technisch-instrumenteel (is my work effective, skilled, well founded?): Handelingen, Kennis, Excellent
//   normatief (which values and norms guide me, is it right?): Deugden, Ethisch
//   persoonlijk (who am I in this work, what moves me?): Identiteit, Vrijheid, Energiek
import type { DrieEId } from '../content/guides';
import type { Msg } from '../i18n';
import type { ElementId } from '../model';
import type { Dimension, Draft, DraftLine, SessionSource } from './types';
import { DIMENSIONS } from './types';

export const FROM_ELEMENT: Record<ElementId, Dimension> = {
  handelingen: 'technisch-instrumenteel',
  kennis: 'technisch-instrumenteel',
  deugden: 'normatief',
  identiteit: 'persoonlijk',
  vrijheid: 'persoonlijk',
};

export const FROM_E: Record<DrieEId, Dimension> = {
  excellent: 'technisch-instrumenteel',
  ethisch: 'normatief',
  energiek: 'persoonlijk',
};

export const DIMENSION_LABELS: Record<Dimension, Msg> = {
  'technisch-instrumenteel': { nl: 'Technisch-instrumenteel', en: 'Technical-instrumental' },
  normatief: { nl: 'Normatief', en: 'Normative' },
  persoonlijk: { nl: 'Persoonlijk', en: 'Personal' },
};

/** The question each dimension asks, in our words. */
export const DIMENSION_QUESTIONS: Record<Dimension, Msg> = {
  'technisch-instrumenteel': {
    nl: 'Werk ik vakkundig en doeltreffend, en kan ik uitleggen welke kennis en methoden ik inzet?',
    en: 'Do I work skilfully and effectively, and can I explain which knowledge and methods I use?',
  },
  normatief: {
    nl: 'Welke waarden en normen sturen mijn keuzes, en doe ik recht aan iedereen die erbij betrokken is?',
    en: 'Which values and norms steer my choices, and do I do right by everyone involved?',
  },
  persoonlijk: {
    nl: 'Wie ben ik in dit werk, wat raakt en beweegt me, en hoeveel ruimte neem ik?',
    en: 'Who am I in this work, what touches and moves me, and how much room do I take?',
  },
};

/** The fragments of a series' sessions, per dimension, in the order of the sessions. */
export function draftOf(sessions: readonly (SessionSource & { datum: string })[]): Draft {
  const draft = Object.fromEntries(DIMENSIONS.map((d) => [d, [] as DraftLine[]])) as Draft;
  for (const s of sessions) {
    for (const b of s.beelden) {
      for (const f of b.fragments) draft[f.dimension].push({ ...f, beeld: b.title, datum: s.datum });
    }
  }
  return draft;
}
