// Identifiers with a fixed shape: a BSN, an e-mail address, a Dutch phone number and an IBAN. Each one
// validates what it finds (11-proef, mod-97, number plans) so that dates, amounts and plain numbers stay
// quiet. Every scan is linear: candidates are found with anchored, bounded patterns or by walking out
// from a fixed character, never by backtracking.
import type { PrivacyHit } from './kinds';

// ---- BSN -------------------------------------------------------------------------------------------

/** 9 digits, written together or as 4-2-3 / 3-3-3 groups, not part of a longer number. */
const BSN = /(?<![\p{L}\p{N}_.,-])(\d{9}|\d{4}([ .-])\d{2}\2\d{3}|\d{3}([ .-])\d{3}\3\d{3})(?![\p{L}\p{N}_]|[.,-]\d)/gu;

/** The 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 (and the number is not all zeros). */
export function isValidBsn(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  if (digits.length !== 9 || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

export function findBsn(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  for (const m of text.matchAll(BSN)) {
    if (isValidBsn(m[1])) hits.push({ kind: 'bsn', span: { start: m.index!, end: m.index! + m[0].length } });
  }
  return hits;
}

// ---- e-mail ----------------------------------------------------------------------------------------

const LOCAL = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]/;
const DOMAIN = /[A-Za-z0-9.-]/;

/** Walks out from every `@` (so a long word without one costs nothing) and checks the shape around it. */
export function findEmail(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  let at = text.indexOf('@');
  let floor = 0; // never walk back over an earlier address
  while (at !== -1) {
    let start = at;
    while (start > floor && at - start < 64 && LOCAL.test(text[start - 1])) start--;
    while (start < at && text[start] === '.') start++;
    let end = at + 1;
    while (end < text.length && end - at < 255 && DOMAIN.test(text[end])) end++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    const domain = text.slice(at + 1, end);
    if (start < at && /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}$/.test(domain)) {
      hits.push({ kind: 'email', span: { start, end } });
      floor = end;
    }
    at = text.indexOf('@', at + 1);
  }
  return hits;
}

// ---- Dutch phone numbers ---------------------------------------------------------------------------

/** Where a phone number may begin: +31, 0031 or a 0 that does not continue a number or word. */
const PHONE_START = /(?<![\p{L}\p{N}_+])(?:\+31|0031|\(0|0)(?=[\d (-])/gu;

/** Where a foreign number may begin: + or 00 and a country code other than 31 ("+599 9 461 2287", "0032 …"). */
const FOREIGN_START = /(?<![\p{L}\p{N}_+])(?:\+|00)(?!31)[1-9]\d{0,2}(?=[ .(-]{0,2}\d)/gu;

export function findPhone(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  let skipUntil = 0;
  for (const m of text.matchAll(PHONE_START)) {
    if (m.index! < skipUntil) continue;
    const end = phoneAt(text, m.index!);
    if (end > 0) {
      hits.push({ kind: 'telefoon', span: { start: m.index!, end } });
      skipUntil = end;
    }
  }
  if (text.includes('+') || text.includes('00')) {
    for (const m of text.matchAll(FOREIGN_START)) {
      if (hits.some((h) => h.span.start <= m.index! && m.index! < h.span.end)) continue;
      const end = foreignAt(text, m.index!, m[0].length);
      if (end > 0) hits.push({ kind: 'telefoon', span: { start: m.index!, end } });
    }
  }
  return hits;
}

/**
 * A number in international form outside the Netherlands: the country code, then groups of digits split
 * by single spaces, dashes, dots or brackets, 7 to 12 digits after the code (E.164 allows 15 in all).
 * "00" must be followed by a separator-free code and at least three groups, so an amount like
 * "00 12" or a time is not taken.
 */
function foreignAt(text: string, i: number, codeLength: number): number {
  let p = i + codeLength;
  let digits = 0;
  let groups = 0;
  while (p < text.length && groups < 7) {
    let q = p;
    while (q < text.length && (text[q] === ' ' || text[q] === '-' || text[q] === '–' || text[q] === '.' || text[q] === '(' || text[q] === ')') && q - p < 3) q++;
    let r = q;
    while (r < text.length && isDigit(text[r])) r++;
    if (r === q) break;
    digits += r - q;
    groups++;
    p = r;
    if (text[p] === ')') p++;
  }
  if (digits < 7 || digits > 12) return -1;
  if (text.startsWith('00', i) && groups < 2) return -1;
  if (p < text.length && /[\p{L}_]/u.test(text[p])) return -1;
  return p;
}

/**
 * Reads a phone number at `i` and returns where it ends, or -1. A Dutch number has ten digits in the
 * national form (0 + area code + subscriber), written in groups split by a space, dash, dot or slash,
 * the area code maybe in brackets; +31/0031 replace the leading 0, with an optional "(0)".
 */
export function phoneAt(text: string, i: number): number {
  let p = i;
  let national = '';
  const groups: string[] = [];
  const intl = text.startsWith('+31', p) ? 3 : text.startsWith('0031', p) ? 4 : 0;
  if (intl) {
    p += intl;
    national = '0';
    p = skipSeparator(text, p);
    if (text.startsWith('(0)', p)) p = skipSeparator(text, p + 3);
  }
  for (let n = 0; n < 6 && national.length < 10; n++) {
    const open = text[p] === '(' ? 1 : 0;
    let q = p + open;
    const digitsStart = q;
    while (q < text.length && q - digitsStart < 11 && isDigit(text[q])) q++;
    if (q === digitsStart) return -1;
    if (open && text[q] === ')') q++;
    groups.push(text.slice(digitsStart, q).replace(')', ''));
    national += text.slice(digitsStart, q).replace(')', '');
    p = q;
    if (national.length >= 10) break;
    const next = skipSeparator(text, p);
    if (next === p && text[p] !== '(') break;
    if (!isDigit(text[next]) && text[next] !== '(') break;
    p = next;
  }
  if (national.length !== 10 || national[0] !== '0' || national[1] === '0') return -1;
  if (p < text.length && /[\p{L}\p{N}_]/u.test(text[p])) return -1;
  if (!intl && !plausibleGroups(groups)) return -1;
  return p;
}

function plausibleGroups(groups: string[]): boolean {
  const first = groups[0];
  // The area code stands alone or starts the number: 06, 010, 0111, …; "0" alone or "01" is no area code.
  if (first.length === 1 || (first.length === 2 && first !== '06')) return false;
  // 06-02-2024 12 is a date followed by a number, not a phone number.
  if (groups.length >= 3 && groups[0].length === 2 && groups[1].length === 2 && groups[2].length === 4) return false;
  return true;
}

/** A space, dash, dot or slash; word processors turn a spaced dash into an en dash ("033 – 472 88 10"). */
function skipSeparator(text: string, p: number): number {
  let q = p;
  while (q < text.length && q - p < 3 && (text[q] === ' ' || text[q] === '-' || text[q] === '.' || text[q] === '/' || text[q] === '–')) q++;
  return q;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

// ---- IBAN ------------------------------------------------------------------------------------------

/** Country code, check digits, then 11 to 30 letters/digits, optionally in groups of four. */
const IBAN = /(?<![\p{L}\p{N}_])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)(?![\p{L}\p{N}_])/giu;

const IBAN_LENGTH: Record<string, number> = {
  NL: 18, BE: 16, DE: 22, FR: 27, GB: 22, ES: 24, IT: 27, LU: 20, AT: 20, CH: 21, PL: 28, PT: 25, IE: 22,
};

/** ISO 13616: move the first four characters to the end, letters to numbers, the result mod 97 is 1. */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const expected = IBAN_LENGTH[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const c of moved) {
    const v = c >= 'A' ? c.charCodeAt(0) - 55 : c.charCodeAt(0) - 48;
    rest = v >= 10 ? (rest * 100 + v) % 97 : (rest * 10 + v) % 97;
  }
  return rest === 1;
}

export function findIban(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  for (const m of text.matchAll(IBAN)) {
    // A word after the IBAN may have been read as one more group: try the shorter readings too.
    const end = longestValidIban(m[1]);
    if (end > 0) hits.push({ kind: 'iban', span: { start: m.index!, end: m.index! + end } });
  }
  return hits;
}

function longestValidIban(candidate: string): number {
  for (let end = candidate.length; end >= 15; end = candidate.lastIndexOf(' ', end - 1)) {
    if (isValidIban(candidate.slice(0, end))) return end;
    if (end <= 0) break;
  }
  return -1;
}
