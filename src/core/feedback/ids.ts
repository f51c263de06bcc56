// Ids and dates for feedback entries. Ids are random, so two people who add at the same time on two
// machines never pick the same one; dates carry the writer's offset, so they sort across time zones.

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** `n` random base-36 characters (crypto-strong where the platform has it, which every face does). */
export function randomId(n = 8, random: (bytes: Uint8Array) => Uint8Array = fillRandom): string {
  const bytes = random(new Uint8Array(n));
  let out = '';
  for (let i = 0; i < n; i++) out += ALPHABET[bytes[i] % 36];
  return out;
}

function fillRandom(bytes: Uint8Array): Uint8Array {
  const c = (globalThis as { crypto?: { getRandomValues?(b: Uint8Array): Uint8Array } }).crypto;
  if (c?.getRandomValues) return c.getRandomValues(bytes);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return bytes;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as ISO 8601 in local time with its offset: 2024-03-05T10:12:00+01:00. */
export function isoLocal(d: Date): string {
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
    + `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The date as a person reads it in the file: 2024-03-05 10:12 +01:00. */
export function readableDate(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(iso);
  if (!m) return iso;
  return `${m[1]} ${m[2]} ${m[3] === 'Z' || !m[3] ? '+00:00' : m[3]}`;
}

/** Reads the date of an entry's first line (`2024-03-05 10:12 +01:00`, or ISO) back to ISO; undefined if it is none. */
export function parseReadableDate(text: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
  if (!m) {
    const day = /^(\d{4}-\d{2}-\d{2})$/.exec(text.trim());
    return day ? `${day[1]}T00:00:00+00:00` : undefined;
  }
  const zone = !m[4] || m[4] === 'Z' ? '+00:00' : m[4].includes(':') ? m[4] : `${m[4].slice(0, 3)}:${m[4].slice(3)}`;
  const iso = `${m[1]}T${m[2]}:${m[3] ?? '00'}${zone}`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

/** Milliseconds since 1970 for sorting; entries without a date sort as if written at the very start. */
export function timeOf(iso: string | undefined): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? 0 : t;
}
