import type { SectionKind } from './model';

export type KnownSection = Exclude<SectionKind, 'eigen'>;

/** The heading a template writes for each section, per language. */
export const SECTION_HEADINGS: Record<KnownSection, { nl: string; en: string }> = {
  ervaring: { nl: 'Kenmerkende ervaring', en: 'Characteristic experience' },
  handelingen: { nl: 'Handelingen', en: 'Skills' },
  kennis: { nl: 'Kennis', en: 'Knowledge' },
  identiteit: { nl: 'Identiteit', en: 'Identity' },
  deugden: { nl: 'Deugden', en: 'Virtues' },
  vrijheid: { nl: 'Vrijheid', en: 'Freedom' },
  uitwerking: { nl: 'Uitwerking', en: 'Elaboration' },
  afbeelding: { nl: 'Afbeelding', en: 'Image' },
  'drie-e': { nl: '3E-check', en: '3E check' },
};

// Every spelling the format contract accepts, already normalised (see normalizeHeading).
const ALIASES: Record<KnownSection, string[]> = {
  ervaring: ['kenmerkende ervaring', 'ervaring', 'characteristic experience', 'experience'],
  handelingen: ['handelingen', 'skills', 'actions'],
  kennis: ['kennis', 'knowledge'],
  identiteit: ['identiteit', 'identity'],
  deugden: ['deugden', 'virtues', 'values'],
  vrijheid: ['vrijheid', 'freedom', 'epistemology'],
  uitwerking: ['uitwerking', 'uitwerking van het beeld', 'elaboration'],
  afbeelding: ['afbeelding', 'image'],
  'drie-e': ['3e check', 'de 3 es', 'drie es', 'three es', 'de drie es', '3 es'],
};

const BY_ALIAS = new Map<string, KnownSection>(
  Object.entries(ALIASES).flatMap(([kind, names]) => names.map((n) => [n, kind as KnownSection] as const)),
);

/** Headings repeat from section to section and journal to journal: each is normalised once. */
const normalized = new Map<string, string>();
const NORMALIZED_MAX = 4096;

/**
 * Case- and accent-insensitive form of a heading. Apostrophes vanish and hyphens become spaces so that
 * "3E-check", "3E check" and "De 3 E’s" meet; emphasis markers and a trailing colon are dropped.
 */
export function normalizeHeading(text: string): string {
  let n = normalized.get(text);
  if (n === undefined) {
    n = normalize(text);
    if (normalized.size >= NORMALIZED_MAX) normalized.clear();
    normalized.set(text, n);
  }
  return n;
}

function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/['’‘`]/g, '')
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*:$/, '')
    .trim();
}

export function sectionKindOf(headingText: string): KnownSection | null {
  return BY_ALIAS.get(normalizeHeading(headingText)) ?? null;
}
