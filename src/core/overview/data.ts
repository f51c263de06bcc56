import { ELEMENTS } from '../model';
import type { ElementId, Lang } from '../model';
import type { BeeldStats, JournalStats, TeamStats } from '../stats';
import type { DrieEAnswer } from '../drie-e';

// The overview's own flat view of TeamStats: one row per beeld (or per journal that has none yet). It
// travels as JSON into the page, so it is kept small and free of anything a browser cannot hold.

/** The 3E check of a beeld as a whole: every E answered, one still open, or no check at all. */
export type DrieEState = 'answered' | 'open' | 'missing';

/** The answer of each E, in the order Excellent, Ethisch, Energiek. */
export type DrieEAnswers = [DrieEAnswer, DrieEAnswer, DrieEAnswer];

const ANSWERS: readonly DrieEAnswer[] = ['ja', 'nee', 'deels', 'open'];

/** An answer as it came in the stats; anything else (an old boolean, garbage) reads as open or, for `true`, yes. */
export function toAnswer(value: unknown): DrieEAnswer {
  if (value === true) return 'ja';
  return typeof value === 'string' && (ANSWERS as readonly string[]).includes(value) ? value as DrieEAnswer : 'open';
}

export function drieEStateOf(present: boolean, e: DrieEAnswers): DrieEState {
  return !present ? 'missing' : e.includes('open') ? 'open' : 'answered';
}

export interface OverviewRow {
  /** Position in `OverviewData.rows`; stable for one render. */
  id: number;
  /** The journal as the stats name it (the key used to open it). */
  file: string;
  /** The journal's path for display, relative to the overview's root when it lies below it. */
  path: string;
  /** 0-based line of the beeld's title (or first line). */
  line: number;
  /** Index of the beeld in its journal; -1 for a journal that has no beeld yet. */
  beeld: number;
  title: string;
  auteur: string;
  datum: string;
  situatie: string;
  situatieTitle?: string;
  tags: string[];
  ervaring: boolean;
  uitwerking: boolean;
  afbeelding: boolean;
  /** Presence per element, in the canonical ELEMENTS order. */
  elements: boolean[];
  drieE: DrieEState;
  /** The answers: excellent, ethisch, energiek. */
  e: DrieEAnswers;
  deugden: string[];
  complete: boolean;
  findings: number;
  /** Open feedback threads on the beeld. */
  feedback: number;
  /** The writer asked for feedback. */
  asked: boolean;
  /** Asked for, and not answered yet (see core/feedback/summary.ts). */
  waits: boolean;
}

export interface OverviewData {
  lang: Lang;
  /** What the overview covers (a folder name or path), for the heading. */
  scope?: string;
  journals: number;
  rows: OverviewRow[];
  /** Every deugd the team could name: those named anywhere plus those never named. */
  knownDeugden: string[];
  /** Deugden no beeld in the whole set names. */
  unusedDeugden: string[];
}

export interface OverviewDataOptions {
  /** Paths are shown relative to this folder when they lie below it. */
  root?: string;
  scope?: string;
  /** Turns a situation id into its title, when the caller knows the catalogue. */
  situationTitle?: (id: string) => string | undefined;
}

export function toOverviewData(stats: TeamStats, lang: Lang, opts: OverviewDataOptions = {}): OverviewData {
  const rows: OverviewRow[] = [];
  for (const journal of stats?.journals ?? []) {
    const beelden = Array.isArray(journal?.beelden) ? journal.beelden : [];
    if (beelden.length === 0) rows.push(emptyJournalRow(rows.length, journal, opts));
    for (const beeld of beelden) rows.push(beeldRow(rows.length, journal, beeld, opts));
  }
  const totals = stats?.totals;
  const unused = stringList(totals?.unusedDeugden);
  const named = totals?.deugden && typeof totals.deugden === 'object' ? Object.keys(totals.deugden) : [];
  return {
    lang,
    scope: opts.scope,
    journals: stats?.journals?.length ?? 0,
    rows,
    knownDeugden: [...new Set([...named, ...unused])].sort(compareText),
    unusedDeugden: unused,
  };
}

function beeldRow(id: number, j: JournalStats, b: BeeldStats, opts: OverviewDataOptions): OverviewRow {
  const situatie = str(b.situatie ?? j.situatie);
  const d: Partial<BeeldStats['drieE']> = b.drieE ?? {};
  const e: DrieEAnswers = [toAnswer(d.excellent), toAnswer(d.ethisch), toAnswer(d.energiek)];
  return {
    id,
    file: str(b.file || j.file),
    path: displayPath(str(b.file || j.file), opts.root),
    line: Number.isInteger(b.line) && b.line >= 0 ? b.line : 0,
    beeld: Number.isInteger(b.index) ? b.index : 0,
    title: str(b.title),
    auteur: str(b.auteur ?? j.auteur),
    datum: normalizeDate(b.datum ?? j.datum),
    situatie,
    situatieTitle: situatie ? opts.situationTitle?.(situatie) : undefined,
    tags: stringList(b.tags?.length ? b.tags : j.tags),
    ervaring: !!b.ervaring,
    uitwerking: !!b.uitwerking,
    afbeelding: !!b.afbeelding,
    elements: ELEMENTS.map((el: ElementId) => !!b.elements?.[el]),
    drieE: drieEStateOf(!!d.present, e),
    e,
    deugden: stringList(b.deugden),
    complete: !!b.complete,
    findings: countFindings(b.findings),
    feedback: countFindings(b.feedback?.open),
    asked: !!b.feedback?.requested,
    waits: !!b.feedback?.waiting,
  };
}

function emptyJournalRow(id: number, j: JournalStats, opts: OverviewDataOptions): OverviewRow {
  const situatie = str(j.situatie);
  return {
    id, file: str(j.file), path: displayPath(str(j.file), opts.root), line: 0, beeld: -1, title: '',
    auteur: str(j.auteur), datum: normalizeDate(j.datum), situatie,
    situatieTitle: situatie ? opts.situationTitle?.(situatie) : undefined,
    tags: stringList(j.tags), ervaring: false, uitwerking: false, afbeelding: false,
    elements: ELEMENTS.map(() => false), drieE: 'missing', e: ['open', 'open', 'open'], deugden: [],
    complete: false, findings: 0, feedback: 0, asked: false, waits: false,
  };
}

function str(value: unknown): string {
  if (value === undefined || value === null) return '';
  return (typeof value === 'string' ? value : String(value)).trim();
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(str).filter(Boolean) : [];
}

function countFindings(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** Dates sort and filter as text, so anything that starts like an ISO date is cut to YYYY-MM-DD. */
export function normalizeDate(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const s = str(value);
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/.exec(s);
  if (!iso) return s;
  return [iso[1], iso[2].padStart(2, '0'), ...(iso[3] ? [iso[3].padStart(2, '0')] : [])].join('-');
}

function displayPath(file: string, root?: string): string {
  let path = file;
  // A URI of a virtual workspace (github.dev, vscode.dev) is cut at its root as given, then decoded.
  const virtual = !/^file:\/\//i.test(path) && /^[a-z][a-z0-9+.-]+:/i.test(path);
  if (/^file:\/\//i.test(path)) {
    try { path = decodeURIComponent(path.replace(/^file:\/\//i, '')); } catch { /* keep as is */ }
  }
  path = path.replace(/\\/g, '/');
  if (root) {
    const base = root.replace(/\\/g, '/').replace(/\/+$/, '') + '/';
    if (path.startsWith(base)) path = path.slice(base.length);
  }
  if (!virtual) return path;
  try { return decodeURIComponent(path); } catch { return path; }
}

// One collator for all comparisons: `localeCompare` with options builds a new one per call (slow on 10k rows).
const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}
