// The form of a reflection session (`vorm`), and which forms the record counts toward the SKJ's
// reflection requirement. The SKJ counts reflection on your own professional conduct with others;
// self-reflection does not count, and a case discussion only when it is reflection on your own
// conduct rather than on the client's case (see docs/gebruik/reflectie.md for the sources).
import type { Msg } from '../i18n';

export const VORM_VALUES = ['intervisie', 'supervisie', 'moreel-beraad', 'coaching', 'casuistiek', 'zelf'] as const;
export type Vorm = (typeof VORM_VALUES)[number];

/** The forms whose hours the record adds up. */
export const COUNTED_VORMEN: readonly Vorm[] = ['intervisie', 'supervisie', 'moreel-beraad', 'coaching'];

export function isCounted(vorm: string | undefined): boolean {
  return (COUNTED_VORMEN as readonly string[]).includes(vorm ?? '');
}

export function isVorm(value: string | undefined): value is Vorm {
  return (VORM_VALUES as readonly string[]).includes(value ?? '');
}

export const VORM_LABELS: Record<Vorm, Msg> = {
  intervisie: { nl: 'Intervisie', en: 'Peer consultation (intervisie)' },
  supervisie: { nl: 'Supervisie', en: 'Supervision' },
  'moreel-beraad': { nl: 'Moreel beraad', en: 'Moral deliberation' },
  coaching: { nl: 'Coaching', en: 'Coaching' },
  casuistiek: { nl: 'Casuïstiekbespreking', en: 'Case discussion' },
  zelf: { nl: 'Zelfreflectie', en: 'Self-reflection' },
};

/** One line per form for completion and hover. */
export const VORM_DOCS: Record<Vorm, Msg> = {
  intervisie: {
    nl: 'Met collega’s zonder gezagsrelatie, met of zonder begeleider. Telt mee.',
    en: 'With colleagues who do not manage one another, with or without a facilitator. Counts.',
  },
  supervisie: { nl: 'Onder begeleiding van een supervisor, alleen of in een kleine groep. Telt mee.', en: 'Led by a supervisor, alone or in a small group. Counts.' },
  'moreel-beraad': { nl: 'Samen een moreel dilemma uit de praktijk onderzoeken, met een gespreksleider. Telt mee.', en: 'Exploring a moral dilemma from practice together, with a facilitator. Counts.' },
  coaching: { nl: 'Een coach helpt je kijken naar je eigen handelen. Telt mee.', en: 'A coach helps you look at your own conduct. Counts.' },
  casuistiek: {
    nl: 'Een casus bespreken. Telt alleen als het reflectie op je eigen handelen was; het verslag telt het apart.',
    en: 'Discussing a case. Counts only when it was reflection on your own conduct; the record keeps it apart.',
  },
  zelf: { nl: 'Alleen, zonder gesprekspartner. Telt niet mee voor de SKJ.', en: 'Alone, without a conversation partner. Does not count for the SKJ.' },
};

// Spellings people write, normalised (lowercase, no accents, no spaces, dashes or underscores).
const ALIASES: Record<string, Vorm> = {
  intervisie: 'intervisie', intervision: 'intervisie', peerconsultation: 'intervisie', peersupervision: 'intervisie',
  intercollegialeintervisie: 'intervisie', begeleideintervisie: 'intervisie', groepsintervisie: 'intervisie',
  supervisie: 'supervisie', supervision: 'supervisie', groepssupervisie: 'supervisie', groupsupervision: 'supervisie',
  moreelberaad: 'moreel-beraad', moraldeliberation: 'moreel-beraad', moralcasedeliberation: 'moreel-beraad', ethischberaad: 'moreel-beraad',
  coaching: 'coaching', coach: 'coaching', coachingsgesprek: 'coaching',
  casuistiek: 'casuistiek', casuistiekbespreking: 'casuistiek', casusbespreking: 'casuistiek', casediscussion: 'casuistiek',
  caseconsultation: 'casuistiek',
  zelf: 'zelf', self: 'zelf', zelfreflectie: 'zelf', selfreflection: 'zelf', alleen: 'zelf', solo: 'zelf', alone: 'zelf',
};

function squash(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s_-]+/g, '');
}

/** The canonical form for a spelling people use (`Moreel beraad`, `supervision`, `casuïstiek`), else undefined. */
export function vormOf(value: string): Vorm | undefined {
  return ALIASES[squash(value)];
}

/** Frontmatter normalisation: a known spelling becomes its canonical value, anything else stays as written. */
export function normalizeVorm(value: unknown): string | undefined {
  if (typeof value !== 'string') return typeof value === 'number' ? String(value) : undefined;
  const s = value.trim();
  return s ? vormOf(s) ?? s : undefined;
}
