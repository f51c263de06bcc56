// What the Journaal view shows, computed from a journal's text with the line scanner only: no remark, so
// it runs inside the extension. Pure, so it is unit-tested. Reading the frontmatter needs `yaml`, so
// that part lives in journal-summary.ts, loaded with the first read (see yaml-readers.ts).
import { ELEMENTS, type ElementId, type SectionKind, type Span } from '../../core/model';
import type { OutlineBeeld, OutlineSection } from '../../core/scan';
import type { DrieEId } from '../../core/content/guides';
import { DRIE_E_IDS, type DrieEAnswer } from '../../core/drie-e';
import { drieEOfBodies } from '../../core/drie-e-beeld';

/** The sections a beeld needs before it counts as complete, in the order a reader meets them. */
export const REQUIRED_SECTIONS = ['ervaring', ...ELEMENTS, 'uitwerking'] as const;
export type RequiredSection = (typeof REQUIRED_SECTIONS)[number];

/** The beeld's 3E check under contract v2: whether it is there, and each E's answer (ja, nee, deels, open). */
export interface DrieESummary {
  present: boolean;
  answers: Record<DrieEId, DrieEAnswer>;
}

export interface BeeldSummary {
  index: number;
  title: string | null;
  /** 0-based line where the beeld starts (its H1, or its first line). */
  line: number;
  /** Required sections that are absent or hold no text. */
  missing: RequiredSection[];
  /** The elements among `missing`, the part the tree shows first. */
  missingElements: ElementId[];
  drieE: DrieESummary;
  complete: boolean;
  /** The writer asked for feedback on this beeld (the frontmatter key `feedback`). */
  feedbackRequested?: boolean;
}

export interface JournalSummary {
  file: string;
  auteur?: string;
  situatie?: string;
  datum?: string;
  gesprek?: string;
  beelden: BeeldSummary[];
  /** Set when the file is not a usable journal (binary, bad encoding) or its YAML does not parse. */
  problem?: 'binary' | 'encoding' | 'yaml';
}

/** A body holds text when something other than whitespace and HTML comments remains. */
export function hasText(body: string): boolean {
  return body.replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim().length > 0;
}

/** The 3E check of a beeld from its section bodies; every E answered means the check is done. */
export function drieESummary(text: string, bodies: readonly Span[]): DrieESummary {
  const { present, answers } = drieEOfBodies(text, bodies);
  return { present, answers };
}

export function drieEAnswered(d: DrieESummary): boolean {
  return d.present && DRIE_E_IDS.every((id) => d.answers[id] !== 'open');
}

function sectionBody(text: string, s: OutlineSection): string {
  return text.slice(s.body.start, s.body.end);
}

export function summarizeBeeld(text: string, beeld: OutlineBeeld, lineOf: (offset: number) => number): BeeldSummary {
  const filled = new Set<SectionKind>();
  const drieBodies: Span[] = [];
  for (const s of beeld.sections) {
    if (hasText(sectionBody(text, s))) filled.add(s.kind);
    if (s.kind === 'drie-e') drieBodies.push(s.body);
  }
  const missing = REQUIRED_SECTIONS.filter((k) => !filled.has(k));
  const missingElements = ELEMENTS.filter((e) => !filled.has(e));
  const drieE = drieESummary(text, drieBodies);
  const title = beeld.title?.trim() ? beeld.title.trim() : null;
  return {
    index: beeld.index,
    title,
    line: beeld.titleHeading ? beeld.titleHeading.line : lineOf(beeld.span.start),
    missing,
    missingElements,
    drieE,
    complete: title !== null && missing.length === 0 && drieEAnswered(drieE),
  };
}

export type GroupBy = 'auteur' | 'situatie';

export interface JournalGroup {
  /** The author's name or the situation id; undefined collects journals without one. */
  key: string | undefined;
  label: string;
  journals: JournalSummary[];
}

/**
 * Groups journals by author or situation. Groups sort by label (Dutch collation), the group of journals
 * without a value comes last; journals inside a group sort newest first, then by file.
 */
export function groupJournals(
  journals: readonly JournalSummary[], by: GroupBy,
  labelOf: (key: string | undefined) => string,
): JournalGroup[] {
  const groups = new Map<string | undefined, JournalSummary[]>();
  for (const j of journals) {
    const key = by === 'auteur' ? j.auteur : j.situatie;
    const list = groups.get(key) ?? [];
    list.push(j);
    groups.set(key, list);
  }
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  return [...groups.entries()]
    .map(([key, list]) => ({
      key,
      label: labelOf(key),
      journals: list.sort((a, b) => (b.datum ?? '').localeCompare(a.datum ?? '') || collator.compare(a.file, b.file)),
    }))
    .sort((a, b) => (a.key === undefined ? 1 : 0) - (b.key === undefined ? 1 : 0) || collator.compare(a.label, b.label));
}
