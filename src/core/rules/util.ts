// Small helpers the structure rules share.
import type { Beeld, Section, SectionKind } from '../model';
import type { Msg } from '../i18n';
import { SECTION_HEADINGS, type KnownSection } from '../sections';

export function sectionsOfKind(beeld: Beeld, kind: SectionKind): Section[] {
  return beeld.sections.filter((s) => s.kind === kind);
}

/**
 * Where a missing or empty section is reported: at its (first) heading when it is there but empty,
 * at the beeld's anchor (its H1 or first line) when it is missing. Undefined when one copy has content.
 */
export function missingOrEmpty(beeld: Beeld, kind: SectionKind): { missing: boolean; section?: Section } | undefined {
  const found = sectionsOfKind(beeld, kind);
  if (found.length === 0) return { missing: true };
  if (found.some((s) => !s.empty)) return undefined;
  return { missing: false, section: found[0] };
}

/** The section's name as a reader knows it, in both languages. */
export function sectionName(kind: KnownSection): Msg {
  return { nl: SECTION_HEADINGS[kind].nl, en: SECTION_HEADINGS[kind].en };
}

/** Fills `{0}` in both languages with the matching language of each argument. */
export function msg(template: Msg, ...args: (string | Msg)[]): Msg {
  const fill = (lang: 'nl' | 'en') => template[lang].replace(/\{(\d+)\}/g, (whole, i) => {
    const a = args[Number(i)];
    return a === undefined ? whole : typeof a === 'string' ? a : a[lang];
  });
  return { nl: fill('nl'), en: fill('en') };
}
