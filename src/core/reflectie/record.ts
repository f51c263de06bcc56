// The reflection record for one professional and one period: their sessions grouped per series, the
// hours that count, and the sessions listed apart whose hours do not count (self-reflection, a case
// discussion, a session without a known form). Pure: SessionSources in, a ReflectieRecord out.
import { isoDate } from './dates';
import { draftOf } from './dimensions';
import type { ApartReason, ReflectieRecord, Series, SessionRow, SessionSource } from './types';
import { isCounted, type Vorm } from './vorm';

export interface RecordOptions {
  /** First and last day of the period, YYYY-MM-DD, both included. */
  van: string;
  tot: string;
  /** Whose record; journals by anyone else stay out. Journals without an author are taken as theirs. */
  auteur?: string;
}

type Dated = SessionSource & { datum: string };

/** A name compared the way people mean it: case, spaces and accents aside. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

export { fiveYearsBefore, isoDate } from './dates';

function inPeriod(s: SessionSource, opts: RecordOptions): s is Dated {
  return s.datum !== undefined && s.datum >= opts.van && s.datum <= opts.tot;
}

/** The distinct authors of the sessions in the period (for choosing whose record to make). */
export function authorsIn(sources: readonly SessionSource[], opts: Pick<RecordOptions, 'van' | 'tot'>): string[] {
  const out: string[] = [];
  for (const s of sources) {
    if (!s.isSession || !s.auteur || !inPeriod(s, opts as RecordOptions)) continue;
    if (!out.some((a) => sameName(a, s.auteur!))) out.push(s.auteur);
  }
  return out.sort((a, b) => a.localeCompare(b));
}

function effectiveVorm(s: SessionSource): Vorm | undefined {
  return s.vorm ?? (s.gesprek === 'zelf' && !s.vormText ? 'zelf' : undefined);
}

function apartReason(s: SessionSource): ApartReason | undefined {
  const vorm = effectiveVorm(s);
  if (isCounted(vorm)) return undefined;
  return vorm === 'zelf' ? 'zelf' : vorm === 'casuistiek' ? 'casuistiek' : 'onbekend';
}

function rowOf(s: Dated): SessionRow {
  return {
    datum: s.datum, vorm: effectiveVorm(s), vormText: s.vormText, minutes: s.minutes, begeleider: s.begeleider,
    deelnemers: s.deelnemers, reeks: s.reeks, beelden: s.beelden.map((b) => b.title ?? '').filter(Boolean),
    file: s.file, problems: [...new Set(s.problems.map((p) => p.field))],
  };
}

const byDate = (a: Dated, b: Dated) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

function seriesOf(name: string, named: boolean, sessions: Dated[], apart?: ApartReason): Series {
  sessions.sort(byDate);
  const distinct = <T>(xs: (T | undefined)[]) => [...new Set(xs.filter((x): x is T => x !== undefined && x !== ''))];
  const series: Series = {
    name, named, apart,
    vormen: distinct(sessions.map(effectiveVorm)),
    begeleiders: distinct(sessions.map((s) => s.begeleider)),
    van: sessions[0].datum,
    tot: sessions[sessions.length - 1].datum,
    sessions: sessions.map(rowOf),
    minutes: sessions.reduce((sum, s) => sum + (s.minutes ?? 0), 0),
    withoutDuration: sessions.filter((s) => s.minutes === undefined).length,
  };
  if (!apart) series.draft = draftOf(sessions);
  return series;
}

/** Counted sessions per series name (case-insensitively), or per form when they have none. */
function groupCounted(sessions: Dated[]): Series[] {
  const groups = new Map<string, { name: string; named: boolean; sessions: Dated[] }>();
  for (const s of sessions) {
    const named = !!s.reeks;
    const name = s.reeks || effectiveVorm(s)!;
    const key = `${named ? 'r' : 'v'}:${name.toLowerCase().replace(/\s+/g, ' ')}`;
    const g = groups.get(key) ?? { name, named, sessions: [] };
    g.sessions.push(s);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => seriesOf(g.name, g.named, g.sessions))
    .sort((a, b) => (a.van < b.van ? -1 : a.van > b.van ? 1 : a.name.localeCompare(b.name)));
}

function groupApart(sessions: Dated[]): Series[] {
  const order: ApartReason[] = ['zelf', 'casuistiek', 'onbekend'];
  return order.flatMap((reason) => {
    const these = sessions.filter((s) => apartReason(s) === reason);
    return these.length ? [seriesOf(reason, false, these, reason)] : [];
  });
}

export function buildRecord(sources: readonly SessionSource[], opts: RecordOptions): ReflectieRecord {
  const skipped: ReflectieRecord['skipped'] = { outsidePeriod: 0, withoutDate: [], otherAuthors: 0 };
  const mine: Dated[] = [];
  let privacyMasked = 0;
  for (const raw of sources) {
    if (!raw.isSession) continue;
    if (opts.auteur && raw.auteur && !sameName(raw.auteur, opts.auteur)) {
      skipped.otherAuthors++;
      continue;
    }
    const datum = isoDate(raw.datum);
    const s = { ...raw, datum };
    if (datum === undefined) skipped.withoutDate.push(raw.file);
    else if (!inPeriod(s, opts)) skipped.outsidePeriod++;
    else {
      mine.push(s as Dated);
      privacyMasked += raw.masked;
    }
  }
  const series = groupCounted(mine.filter((s) => !apartReason(s)));
  const apart = groupApart(mine.filter((s) => apartReason(s)));
  const sum = (list: Series[], f: (s: Series) => number) => list.reduce((n, s) => n + f(s), 0);
  return {
    format: 'goedwerk-reflectie',
    version: 1,
    van: opts.van,
    tot: opts.tot,
    auteur: opts.auteur,
    series,
    apart,
    totals: {
      sessions: sum(series, (s) => s.sessions.length),
      minutes: sum(series, (s) => s.minutes),
      withoutDuration: sum(series, (s) => s.withoutDuration),
      apartSessions: sum(apart, (s) => s.sessions.length),
      apartMinutes: sum(apart, (s) => s.minutes),
    },
    skipped,
    privacyMasked,
  };
}
