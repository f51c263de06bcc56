// What the Journaal view shows, computed from a journal's text with the line scanner only: no remark, so
// it runs inside the extension. Pure, so it is unit-tested. Reading the frontmatter needs `yaml`, so
// that part lives in journal-summary.ts, loaded with the first read (see yaml-readers.ts).
import { ELEMENTS, type ElementId, type SectionKind } from '../../core/model';
import type { OutlineBeeld, OutlineSection } from '../../core/scan';

/** The sections a beeld needs before it counts as complete, in the order a reader meets them. */
export const REQUIRED_SECTIONS = ['ervaring', ...ELEMENTS, 'uitwerking'] as const;
export type RequiredSection = (typeof REQUIRED_SECTIONS)[number];

export type DrieEState = 'complete' | 'partial' | 'missing';

export interface BeeldSummary {
  index: number;
  title: string | null;
  /** 0-based line where the beeld starts (its H1, or its first line). */
  line: number;
  /** Required sections that are absent or hold no text. */
  missing: RequiredSection[];
  /** The elements among `missing`, the part the tree shows first. */
  missingElements: ElementId[];
  drieE: DrieEState;
  complete: boolean;
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

const TASK = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[([ xX])\][ \t]+(.*)$/;
const E_WORDS: Record<'excellent' | 'ethisch' | 'energiek', RegExp> = {
  excellent: /^excellen/i,
  ethisch: /^(?:ethisch|ethical|ethic)/i,
  energiek: /^(?:energiek|engaging|energ)/i,
};

/** A body holds text when something other than whitespace and HTML comments remains. */
export function hasText(body: string): boolean {
  return body.replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim().length > 0;
}

/** State of a 3E check body: all three E's ticked, some of them, or none present. */
export function drieEState(body: string | undefined): DrieEState {
  if (body === undefined) return 'missing';
  const ticked = new Set<string>();
  let seen = 0;
  for (const line of body.split(/\r\n|\r|\n/)) {
    const m = TASK.exec(line);
    if (!m) continue;
    const label = m[2].replace(/[*_`]/g, '').trim();
    for (const [e, re] of Object.entries(E_WORDS)) {
      if (!re.test(label)) continue;
      seen++;
      if (m[1] !== ' ') ticked.add(e);
    }
  }
  if (ticked.size === 3) return 'complete';
  return seen > 0 || hasText(body) ? 'partial' : 'missing';
}

function sectionBody(text: string, s: OutlineSection): string {
  return text.slice(s.body.start, s.body.end);
}

export function summarizeBeeld(text: string, beeld: OutlineBeeld, lineOf: (offset: number) => number): BeeldSummary {
  const filled = new Set<SectionKind>();
  let drieBody: string | undefined;
  for (const s of beeld.sections) {
    const body = sectionBody(text, s);
    if (hasText(body)) filled.add(s.kind);
    if (s.kind === 'drie-e') drieBody = (drieBody ?? '') + body;
  }
  const missing = REQUIRED_SECTIONS.filter((k) => !filled.has(k));
  const missingElements = ELEMENTS.filter((e) => !filled.has(e));
  const drieE = drieEState(drieBody);
  const title = beeld.title?.trim() ? beeld.title.trim() : null;
  return {
    index: beeld.index,
    title,
    line: beeld.titleHeading ? beeld.titleHeading.line : lineOf(beeld.span.start),
    missing,
    missingElements,
    drieE,
    complete: title !== null && missing.length === 0 && drieE === 'complete',
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
