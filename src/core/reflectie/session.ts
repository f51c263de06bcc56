// A journal read as a reflection session: its form, duration, facilitator, number of participants and
// series, from the frontmatter fields (Dutch or English keys, see frontmatter.ts). What cannot be read
// is named as a problem, for the `sessie-ongeldig` rule and for the record's notes.
import { FRONTMATTER_KEYS } from '../frontmatter';
import type { Frontmatter, FrontmatterFields } from '../model';
import { parseDuration, type DurationProblem } from './duration';
import { isVorm, type Vorm } from './vorm';

export type SessionField = 'vorm' | 'duur' | 'begeleider' | 'deelnemers' | 'reeks';
export const SESSION_FIELDS: readonly SessionField[] = ['vorm', 'duur', 'begeleider', 'deelnemers', 'reeks'];

/** At most this many people in one reflection session; more is a typo or a lecture, not a session. */
export const MAX_PARTICIPANTS = 100;

export type SessionProblem =
  | { field: 'vorm'; kind: 'onbekend' }
  | { field: 'duur'; kind: DurationProblem }
  | { field: 'deelnemers'; kind: 'geen-getal' | 'te-veel' | 'zelf-met-anderen' }
  | { field: SessionField; kind: 'geen-tekst' };

export interface SessionInfo {
  vorm?: Vorm;
  /** The form as written when it is none of the known ones. */
  vormText?: string;
  minutes?: number;
  begeleider?: string;
  deelnemers?: number;
  reeks?: string;
  problems: SessionProblem[];
}

/** The value under any spelling of a field's keys, Dutch first, as YAML gave it (not normalised). */
export function rawValue(data: Record<string, unknown> | null | undefined, field: keyof FrontmatterFields): { present: boolean; value: unknown } {
  if (!data) return { present: false, value: undefined };
  const keys = Object.keys(data);
  for (const name of FRONTMATTER_KEYS[field]) {
    const key = keys.find((k) => k.trim().toLowerCase() === name);
    if (key !== undefined) return { present: true, value: data[key] };
  }
  return { present: false, value: undefined };
}

const isBlank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

function readParticipants(value: unknown, info: SessionInfo): void {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1) info.problems.push({ field: 'deelnemers', kind: 'geen-getal' });
  else if (n > MAX_PARTICIPANTS) info.problems.push({ field: 'deelnemers', kind: 'te-veel' });
  else info.deelnemers = n;
}

function readText(field: 'begeleider' | 'reeks', value: unknown, info: SessionInfo): void {
  if (typeof value === 'string' || typeof value === 'number') info[field] = String(value).trim();
  else info.problems.push({ field, kind: 'geen-tekst' });
}

/** Reads the session fields of a journal's frontmatter. Empty values count as not filled in. */
export function readSession(fm: Pick<Frontmatter, 'data' | 'fields'> | undefined): SessionInfo {
  const info: SessionInfo = { problems: [] };
  if (!fm?.data) return info;
  const vorm = rawValue(fm.data, 'vorm');
  if (!isBlank(vorm.value)) {
    const v = fm.fields.vorm;
    if (isVorm(v)) info.vorm = v;
    else {
      info.vormText = typeof vorm.value === 'string' ? vorm.value.trim() : String(vorm.value);
      info.problems.push({ field: 'vorm', kind: 'onbekend' });
    }
  }
  const duur = rawValue(fm.data, 'duur');
  if (!isBlank(duur.value)) {
    const d = parseDuration(duur.value);
    if ('minutes' in d) info.minutes = d.minutes;
    else info.problems.push({ field: 'duur', kind: d.problem });
  }
  const deelnemers = rawValue(fm.data, 'deelnemers');
  if (!isBlank(deelnemers.value)) readParticipants(deelnemers.value, info);
  for (const field of ['begeleider', 'reeks'] as const) {
    const raw = rawValue(fm.data, field);
    if (!isBlank(raw.value)) readText(field, raw.value, info);
  }
  if (info.vorm === 'zelf' && info.deelnemers !== undefined && info.deelnemers > 1) {
    info.problems.push({ field: 'deelnemers', kind: 'zelf-met-anderen' });
  }
  return info;
}

/** Whether the journal says anything about a session at all (so the record should list it). */
export function isSession(fields: FrontmatterFields, data: Record<string, unknown> | null | undefined): boolean {
  if (fields.gesprek) return true;
  return SESSION_FIELDS.some((f) => !isBlank(rawValue(data, f).value));
}
