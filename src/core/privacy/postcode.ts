// Dutch postcodes: four digits (not starting with 0) and two capitals, never SA, SD or SS. On their own
// they are easily mistaken for a year and an acronym ("in 2023 TV 12 keer gezien"), so a postcode that
// reads like one must show that it is an address: written without a space, after the word "postcode",
// after a street and number, or before a town.
import type { PrivacyHit } from './kinds';

const POSTCODE = /(?<![\p{L}\p{N}_])([1-9]\d{3})( ?)((?!S[ADS])[A-Z]{2})(?![\p{L}\p{N}_])/gu;

/** Two capitals that mean something else next to a number. */
const ACRONYMS = new Set([
  'TV', 'PC', 'OK', 'EU', 'VS', 'NL', 'BE', 'DE', 'UK', 'US', 'AI', 'ID', 'HR', 'IT', 'GP', 'MR', 'PR', 'CV', 'BN',
  'KM', 'CM', 'MM', 'KG', 'MG', 'ML', 'CC', 'GB', 'MB', 'KB', 'TB', 'HD', 'VR', 'AD', 'BC', 'NR', 'AM', 'PM', 'EK',
  'WK', 'OV', 'GO', 'IQ', 'TL', 'DJ', 'MC', 'XL', 'XS', 'ZW', 'NO', 'OZ', 'CA', 'EN', 'OF', 'IN', 'OP', 'EM', 'JA',
]);

function looksLikeYear(digits: string): boolean {
  const n = Number(digits);
  return n >= 1900 && n <= 2099;
}

function hasAddressContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (/postcode\s*:?\s*$/i.test(before)) return true;
  // "Kerkstraat 14, 3511 AB" or "14a 3511 AB": a house number just before.
  if (/\p{L}{3,}\s+\d{1,5}[a-zA-Z]?(?:-\d{1,4})?,?\s+$/u.test(before)) return true;
  // "3511 AB Utrecht", "3511 AB  UTRECHT", "3511 AB, Utrecht".
  return /^,?[ \t]+(?:\p{Lu}\p{Ll}+|\p{Lu}{3,}|'s-\p{Lu})/u.test(after) && !/^,?[ \t]+(?:Op|In|En|Of|Met|Bij|De|Het|Een)\b/u.test(after);
}

export function findPostcodes(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  for (const m of text.matchAll(POSTCODE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const ambiguous = m[2] === ' ' && (looksLikeYear(m[1]) || ACRONYMS.has(m[3]));
    if (ambiguous && !hasAddressContext(text, start, end)) continue;
    hits.push({ kind: 'postcode', span: { start, end: extendNumber(text, end) } });
  }
  return hits;
}

/** "1234 AB 12" (the contract's order): the house number after the postcode belongs to it. */
function extendNumber(text: string, end: number): number {
  const m = /^,? +\d{1,5}(?:[ -]?[a-zA-Z](?![\p{L}])|-\d{1,4})?(?![\p{L}\p{N}_]|[.,]\d)/u.exec(text.slice(end, end + 12));
  if (!m) return end;
  // "1234 AB 12 keer": a count, not a house number.
  if (/^\s+\p{Ll}/u.test(text.slice(end + m[0].length, end + m[0].length + 3))) return end;
  return end + m[0].length;
}
