import { ELEMENTS } from '../model';
import type { OverviewData, OverviewRow } from './data';
import { compareText } from './data';
import type { DrieEAnswer } from '../drie-e';

/** The three E's in table order; a row's `e` holds their answers in this order. */
export const DRIE_E_KEYS = ['excellent', 'ethisch', 'energiek'] as const;

// Filtering, sorting and the chart figures, all on the flat rows, so the page computes them the same way
// before and after a filter changes (in node for the first paint, in the browser afterwards).

export interface Filter {
  auteur?: string;
  situatie?: string;
  tag?: string;
  /** Inclusive bounds, compared as YYYY-MM-DD text. */
  from?: string;
  to?: string;
  /** Case-insensitive words that must all occur in the title. */
  q?: string;
  /** `wacht`: waits for feedback; `open`: has open feedback; `gevraagd`: the writer asked for feedback. */
  feedback?: string;
}

export const FEEDBACK_FILTERS = ['wacht', 'open', 'gevraagd'] as const;

function feedbackMatches(r: OverviewRow, want: string | undefined): boolean {
  switch (want) {
    case 'wacht': return r.waits;
    case 'open': return r.feedback > 0;
    case 'gevraagd': return r.asked;
    default: return true;
  }
}

export const SORT_KEYS = [
  'auteur', 'datum', 'situatie', 'title', 'ervaring',
  ...ELEMENTS.map((e) => `el:${e}` as const), 'uitwerking', ...DRIE_E_KEYS.map((e) => `e:${e}` as const), 'feedback',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort { key: SortKey; dir: 'asc' | 'desc' }

export const DEFAULT_SORT: Sort = { key: 'datum', dir: 'desc' };

export function isSortKey(value: unknown): value is SortKey {
  return typeof value === 'string' && (SORT_KEYS as readonly string[]).includes(value);
}

export function filterRows(rows: readonly OverviewRow[], f: Filter): OverviewRow[] {
  const words = (f.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((r) =>
    (!f.auteur || r.auteur === f.auteur)
    && (!f.situatie || r.situatie === f.situatie)
    && (!f.tag || r.tags.includes(f.tag))
    && (!f.from || (r.datum !== '' && r.datum >= f.from))
    && (!f.to || (r.datum !== '' && r.datum.slice(0, f.to.length) <= f.to))
    && words.every((w) => r.title.toLowerCase().includes(w))
    && feedbackMatches(r, f.feedback));
}

/** Answers sort from yes through partly and no to open, so a coach finds the no's together. */
const ANSWER_RANK: Record<DrieEAnswer, number> = { ja: 3, deels: 2, nee: 1, open: 0 };

function sortValue(r: OverviewRow, key: SortKey): string | number {
  if (key.startsWith('el:')) return r.elements[ELEMENTS.indexOf(key.slice(3) as never)] ? 1 : 0;
  if (key.startsWith('e:')) return ANSWER_RANK[r.e[DRIE_E_KEYS.indexOf(key.slice(2) as never)]];
  switch (key) {
    case 'ervaring': return r.ervaring ? 1 : 0;
    case 'uitwerking': return r.uitwerking ? 1 : 0;
    // Open threads first, then what waits for an answer.
    case 'feedback': return r.feedback * 2 + (r.waits ? 1 : 0);
    case 'situatie': return r.situatieTitle || r.situatie;
    default: return r[key as 'auteur' | 'datum' | 'title'];
  }
}

/** Sorts a copy. Empty text always goes last, whatever the direction; ties keep the file order. */
export function sortRows(rows: readonly OverviewRow[], sort: Sort): OverviewRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  // Dates are ISO text: plain comparison sorts them right and is many times faster than a collator.
  const compare = sort.key === 'datum' ? (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0) : compareText;
  const keyed = rows.map((r) => ({ r, v: sortValue(r, sort.key) }));
  keyed.sort((a, b) => {
    if (typeof a.v === 'string' && typeof b.v === 'string') {
      if ((a.v === '') !== (b.v === '')) return a.v === '' ? 1 : -1;
      return sign * compare(a.v, b.v) || a.r.id - b.r.id;
    }
    return sign * ((a.v as number) - (b.v as number)) || a.r.id - b.r.id;
  });
  return keyed.map((k) => k.r);
}

export interface Choices { authors: string[]; situations: { id: string; title: string }[]; tags: string[] }

/** The values each filter can take, from the whole set (not the filtered one, so no choice disappears). */
export function filterChoices(rows: readonly OverviewRow[]): Choices {
  const authors = new Set<string>(), tags = new Set<string>(), situations = new Map<string, string>();
  for (const r of rows) {
    if (r.auteur) authors.add(r.auteur);
    if (r.situatie) situations.set(r.situatie, r.situatieTitle || r.situatie);
    for (const tag of r.tags) tags.add(tag);
  }
  return {
    authors: [...authors].sort(compareText),
    situations: [...situations].map(([id, title]) => ({ id, title })).sort((a, b) => compareText(a.title, b.title)),
    tags: [...tags].sort(compareText),
  };
}

export interface Coverage { name: string; beelden: number; elements: number[] }

export interface Figures {
  beelden: number;
  complete: number;
  authors: Coverage[];
  team: Coverage;
  deugden: [string, number][];
  never: string[];
  /** Beelden whose check is fully answered, still open somewhere, or missing; and per E how it was answered. */
  drieE: { answered: number; open: number; missing: number; answers: Record<DrieEAnswer, number>[] };
  months: [string, number][];
  undated: number;
}

/** How many months the month chart shows at most as one continuous run before it only keeps months with data. */
const MAX_MONTH_SPAN = 120;

export function figures(rows: readonly OverviewRow[], data: Pick<OverviewData, 'knownDeugden' | 'unusedDeugden'>): Figures {
  const beelden = rows.filter((r) => r.beeld >= 0);
  const byAuthor = new Map<string, Coverage>();
  const team: Coverage = { name: '', beelden: 0, elements: ELEMENTS.map(() => 0) };
  const deugden = new Map<string, number>();
  // Counted case-insensitively, shown as first written.
  const shown = new Map<string, string>();
  const drieE: Figures['drieE'] = { answered: 0, open: 0, missing: 0, answers: DRIE_E_KEYS.map(() => ({ ja: 0, nee: 0, deels: 0, open: 0 })) };
  const months = new Map<string, number>();
  let undated = 0;
  for (const r of beelden) {
    let author = byAuthor.get(r.auteur);
    if (!author) byAuthor.set(r.auteur, (author = { name: r.auteur, beelden: 0, elements: ELEMENTS.map(() => 0) }));
    for (const c of [author, team]) {
      c.beelden++;
      r.elements.forEach((present, i) => { if (present) c.elements[i]++; });
    }
    for (const name of new Set(r.deugden)) {
      const key = name.toLowerCase();
      if (!shown.has(key)) shown.set(key, name);
      deugden.set(key, (deugden.get(key) ?? 0) + 1);
    }
    drieE[r.drieE]++;
    r.e.forEach((answer, i) => { drieE.answers[i][answer]++; });
    const month = /^\d{4}-\d{2}/.exec(r.datum)?.[0];
    if (month) months.set(month, (months.get(month) ?? 0) + 1); else undated++;
  }
  const named = new Set(deugden.keys());
  const never = [...new Set([...data.unusedDeugden, ...data.knownDeugden])]
    .filter((d) => !named.has(d.toLowerCase())).sort(compareText);
  return {
    beelden: beelden.length,
    complete: beelden.filter((r) => r.complete).length,
    authors: [...byAuthor.values()].sort((a, b) => (a.name === '') !== (b.name === '') ? (a.name === '' ? 1 : -1) : compareText(a.name, b.name)),
    team,
    deugden: [...deugden].map(([k, n]): [string, number] => [shown.get(k)!, n])
      .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])),
    never,
    drieE,
    months: monthRun(months),
    undated,
  };
}

/** Months from the first to the last with data, gaps as zero, unless the span is absurd (a typo'd year). */
function monthRun(counts: Map<string, number>): [string, number][] {
  const keys = [...counts.keys()].sort();
  if (keys.length === 0) return [];
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
  const first = index(keys[0]), last = index(keys[keys.length - 1]);
  if (last - first >= MAX_MONTH_SPAN) return keys.map((k) => [k, counts.get(k)!]);
  const run: [string, number][] = [];
  for (let i = first; i <= last; i++) {
    const key = `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    run.push([key, counts.get(key) ?? 0]);
  }
  return run;
}
