// What each notebook cell is (frontmatter, preamble, a beeld's title, a section) and what each beeld
// still lacks, read from the cells as they are now. Remark-free, for the notebook's status bar and
// toolbar commands. Presence follows the format contract: a section that is missing or whose body
// holds no text (whitespace and HTML comments do not count) is missing.
import type { DrieEId } from './content/guides';
import { DRIE_E_IDS, type DrieEAnswer } from './drie-e';
import { drieEItemLines } from './drie-e-edit';
import { ELEMENTS, type SectionKind, type Span } from './model';
import { layout, type CellInput } from './cells';
import { promptResidue } from './prompts';
import { outline, type Outline } from './scan';
import type { KnownSection } from './sections';

/** The parts a complete beeld has (the afbeelding is optional). */
export const REQUIRED_PARTS: readonly KnownSection[] = ['ervaring', ...ELEMENTS, 'uitwerking', 'drie-e'];

export interface CellInfo {
  role: 'frontmatter' | 'preamble' | 'titel' | 'section' | 'empty';
  /** The section the cell starts, or continues when it starts without a heading of its own. */
  section?: SectionKind;
  /** True when the cell holds the section's heading (false for a continuation). */
  heading?: boolean;
  beeld?: number;
}

export interface PartInfo {
  kind: SectionKind;
  /** The cell holding the heading, and the last cell before the next part. */
  cell: number;
  lastCell: number;
  depth: number;
  /** Whether the body holds text (whitespace and HTML comments do not count). */
  filled: boolean;
}

export interface BeeldInfo {
  index: number;
  title: string | null;
  /** Index of the cell where the beeld starts (its title, or its first cell). */
  firstCell: number;
  lastCell: number;
  /** Cell index per known section present (the first one when it appears twice). */
  sections: Partial<Record<KnownSection, number>>;
  /** The beeld's sections in order (a writer's deeper headings inside a section not counted apart). */
  parts: PartInfo[];
  /** Required parts that are missing or empty, in canonical order; `titel` first when there is no title. */
  missing: (KnownSection | 'titel')[];
  /** True when the beeld has an H1, empty or not. */
  hasTitleHeading: boolean;
  /** How each E of the 3E check stands (contract v2); undefined when the beeld has no 3E section. */
  drieE?: Record<DrieEId, DrieEAnswer>;
}

export interface CellsOutline {
  text: string;
  /** Where each cell's text starts and ends in `text`. */
  starts: number[];
  ends: number[];
  outline: Outline;
  cells: CellInfo[];
  beelden: BeeldInfo[];
}

/** Reads the cells as one journal, the way the file will be written. Linear in the text. */
export function cellsOutline(cells: readonly CellInput[]): CellsOutline {
  const { text, starts, ends } = layout(cells);
  const o = outline(text);
  const info: CellInfo[] = cells.map((_, i) => (starts[i] === ends[i] ? { role: 'empty' } : { role: 'preamble' }));
  const cellAt = (offset: number): number => cellIndexAt(starts, ends, offset);
  if (o.frontmatter) {
    const c = cellAt(o.frontmatter.span.start);
    if (c >= 0) info[c] = { role: 'frontmatter' };
  }
  const beelden = o.beelden.map((b): BeeldInfo => {
    const firstCell = Math.max(0, cellAt(b.span.start));
    const lastCell = Math.max(firstCell, cellAt(Math.max(b.span.start, b.span.end - 1)));
    for (let c = firstCell; c <= lastCell; c++) if (info[c].role !== 'empty') info[c] = { role: 'preamble', beeld: b.index };
    if (b.titleHeading) info[firstCell] = { role: 'titel', beeld: b.index };
    const sections: Partial<Record<KnownSection, number>> = {};
    const present = new Set<SectionKind>();
    const parts: PartInfo[] = [];
    let open: Span | undefined;
    for (const s of b.sections) {
      const filled = hasText(text, s.body.start, s.body.end);
      if (s.kind !== 'eigen' && sections[s.kind] === undefined) sections[s.kind] = cellAt(s.heading.span.start);
      if (s.kind !== 'eigen' && filled) present.add(s.kind);
      if (open && s.span.start < open.end) continue;
      open = s.span;
      const cell = cellAt(s.heading.span.start);
      const last = Math.max(cell, cellAt(Math.max(s.span.start, s.span.end - 1)));
      parts.push({ kind: s.kind, cell, lastCell: last, depth: s.heading.depth, filled });
      labelSection(info, cell, last, s.kind, b.index);
    }
    const missing: BeeldInfo['missing'] = REQUIRED_PARTS.filter((k) => !present.has(k));
    if (!b.title) missing.unshift('titel');
    const drie = b.sections.find((s) => s.kind === 'drie-e');
    const beeld: BeeldInfo = { index: b.index, title: b.title, firstCell, lastCell, sections, parts, missing, hasTitleHeading: !!b.titleHeading };
    if (drie) beeld.drieE = drieEAnswers(text, drie.body);
    return beeld;
  });
  return { text, starts, ends, outline: o, cells: info, beelden };
}

function labelSection(info: CellInfo[], first: number, last: number, kind: SectionKind, beeld: number): void {
  if (first < 0) return;
  // The title cell keeps its role even when a section heading shares it.
  if (info[first].role !== 'titel') info[first] = { role: 'section', section: kind, heading: true, beeld };
  for (let c = first + 1; c <= last; c++) {
    if (info[c].role !== 'empty') info[c] = { role: 'section', section: kind, heading: false, beeld };
  }
}

/** The index of the non-empty cell whose text holds `offset`, or -1. */
export function cellIndexAt(starts: readonly number[], ends: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  // Empty cells share their start with the next one; step back to the one that holds text.
  while (found > 0 && starts[found] === ends[found]) found--;
  return found;
}

/** True when the text between `from` and `to` holds more than whitespace and HTML comments (prompts). */
export function hasText(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) { i++; continue; }
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close === -1 || close + 3 > to) return false;
      // Words a writer typed into a prompt are theirs (src/core/prompts.ts).
      if (promptResidue(text.slice(i, close + 3))) return true;
      i = close + 3;
      continue;
    }
    return true;
  }
  return false;
}

/**
 * How each E stands in a 3E section's body, read with the shared contract (src/core/drie-e.ts): the
 * first top-level list item naming an E decides; an E without an item is open.
 */
export function drieEAnswers(text: string, body: Span): Record<DrieEId, DrieEAnswer> {
  const out = Object.fromEntries(DRIE_E_IDS.map((id) => [id, 'open'])) as Record<DrieEId, DrieEAnswer>;
  for (const { item } of drieEItemLines(text.slice(body.start, body.end))) out[item.id] = item.answer;
  return out;
}
