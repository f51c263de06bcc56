// How long a reflection session lasted, as people write it in the frontmatter's `duur`: plain minutes
// (`90`), hours and minutes in Dutch or English (`1u30`, `1 uur 30 min`, `1h30`, `1,5 uur`, `2 hours`),
// a clock (`1:30`), a few Dutch words (`anderhalf uur`, `kwartier`) and ISO 8601 (`PT1H30M`).
// The answer is whole minutes, or why the value cannot be read; nothing here throws.
import type { Lang } from '../model';

/** One session longer than this is no session but a typo (minutes written as hours, a day written down). */
export const MAX_SESSION_MINUTES = 12 * 60;

export type DurationProblem = 'onleesbaar' | 'nul' | 'te-lang' | 'dubbelzinnig';

export type Duration = { minutes: number } | { problem: DurationProblem };

const HOUR_WORDS = ['uren', 'uur', 'u', 'hours', 'hour', 'hrs', 'hr', 'h'];
const MINUTE_WORDS = ['minuten', 'minuut', 'minutes', 'minute', 'mins', 'min', 'm'];
const NUMBER_WORDS: Record<string, number> = {
  een: 1, 'één': 1, an: 1, a: 1, one: 1, twee: 2, two: 2, drie: 3, three: 3, vier: 4, four: 4,
  anderhalf: 1.5, half: 0.5,
};

const NUM = String.raw`\d+(?:[.,]\d+)?`;
const HOURS = `(?:${HOUR_WORDS.join('|')})\\.?`;
const MINUTES = `(?:${MINUTE_WORDS.join('|')})\\.?`;
// `1u30`, `1 uur 30`, `1h 30m`, `1 uur en 30 minuten`, `2 uur`, `1,5h`
const HOURS_AND_MINUTES = new RegExp(`^(${NUM})\\s*${HOURS}(?:\\s*(?:en|and|,)?\\s*(\\d+)\\s*(?:${MINUTES})?)?$`);
const MINUTES_ONLY = new RegExp(`^(${NUM})\\s*${MINUTES}$`);
const CLOCK = /^(\d{1,2}):(\d{2})$/;
const ISO = /^p?t(?:(\d+(?:[.,]\d+)?)h)?(?:(\d+)m)?$/;

function toNumber(text: string): number {
  return Number(text.replace(',', '.'));
}

function checked(minutes: number): Duration {
  if (!Number.isFinite(minutes)) return { problem: 'onleesbaar' };
  const whole = Math.round(minutes);
  if (whole <= 0) return { problem: 'nul' };
  if (whole > MAX_SESSION_MINUTES) return { problem: 'te-lang' };
  return { minutes: whole };
}

/** Dutch and English number words before an hour word: `anderhalf uur`, `een uur`, `two hours`. */
function wordHours(s: string): number | undefined {
  const m = new RegExp(`^(.+?)\\s*${HOURS}$`).exec(s);
  const n = m ? NUMBER_WORDS[m[1].trim()] : undefined;
  return n === undefined ? undefined : n * 60;
}

function wordMinutes(s: string): number | undefined {
  if (s === 'kwartier' || s === 'een kwartier' || s === 'quarter of an hour') return 15;
  if (s === 'half uur' || s === 'een half uur' || s === 'half an hour' || s === 'half hour') return 30;
  if (s === 'driekwartier' || s === 'drie kwartier' || s === 'three quarters of an hour') return 45;
  return undefined;
}

/**
 * Reads a `duur` value. A bare whole number is minutes; a bare fraction (`1.5`) is refused as
 * ambiguous, since it could be hours or minutes.
 */
export function parseDuration(value: unknown): Duration {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { problem: 'onleesbaar' };
    return Number.isInteger(value) ? checked(value) : { problem: 'dubbelzinnig' };
  }
  if (typeof value !== 'string') return { problem: 'onleesbaar' };
  const s = value.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (s === '') return { problem: 'onleesbaar' };
  if (/^\d+$/.test(s)) return checked(Number(s));
  if (/^\d+[.,]\d+$/.test(s)) return { problem: 'dubbelzinnig' };
  let m = HOURS_AND_MINUTES.exec(s);
  if (m) {
    const extra = m[2] === undefined ? 0 : Number(m[2]);
    if (extra >= 60) return { problem: 'onleesbaar' };
    return checked(toNumber(m[1]) * 60 + extra);
  }
  m = MINUTES_ONLY.exec(s);
  if (m) return checked(toNumber(m[1]));
  m = CLOCK.exec(s);
  if (m) return Number(m[2]) < 60 ? checked(Number(m[1]) * 60 + Number(m[2])) : { problem: 'onleesbaar' };
  m = ISO.exec(s.replace(/ /g, ''));
  if (m && (m[1] !== undefined || m[2] !== undefined)) return checked(toNumber(m[1] ?? '0') * 60 + Number(m[2] ?? 0));
  const words = wordMinutes(s) ?? wordHours(s);
  return words === undefined ? { problem: 'onleesbaar' } : checked(words);
}

/** `1 uur 30 min`, `45 min`, `2 uur` (English: `1 h 30 min`). */
export function formatMinutes(minutes: number, lang: Lang): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = lang === 'en' ? 'h' : 'uur';
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} ${hours}` : `${h} ${hours} ${m} min`;
}

/** Hours with at most two decimals, in the language's notation: `12,5` or `12.5`. */
export function formatHours(minutes: number, lang: Lang): string {
  const hours = Math.round((minutes / 60) * 100) / 100;
  const text = String(hours);
  return lang === 'nl' ? text.replace('.', ',') : text;
}
