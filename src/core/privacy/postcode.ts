// Dutch postcodes: four digits (not starting with 0) and two capitals, never SA, SD or SS. On their own
// they are easily mistaken for a year and an acronym ("in 2023 TV 12 keer gezien"), so a postcode that
// reads like one must show that it is an address: written without a space, after the word "postcode",
// after a street and number, or before a town.
import type { PrivacyHit } from './kinds';
import { lexicon } from './lexicon';

const POSTCODE = /(?<![\p{L}\p{N}_])([1-9]\d{3})( ?)((?![Ss][AaDdSs])[A-Za-z]{2})(?![\p{L}\p{N}_])/gu;

/** Two capitals that mean something else next to a number. */
const ACRONYMS = new Set([
  'TV', 'PC', 'OK', 'EU', 'VS', 'NL', 'BE', 'DE', 'UK', 'US', 'AI', 'ID', 'HR', 'IT', 'GP', 'MR', 'PR', 'CV', 'BN',
  'KM', 'CM', 'MM', 'KG', 'MG', 'ML', 'CC', 'GB', 'MB', 'KB', 'TB', 'HD', 'VR', 'AD', 'BC', 'NR', 'AM', 'PM', 'EK',
  'WK', 'OV', 'GO', 'IQ', 'IE', 'EH', 'KJ', 'KW', 'PK', 'GR', 'LT', 'TL', 'DJ', 'MC', 'XL', 'XS', 'ZW', 'NO', 'OZ', 'CA', 'EN', 'OF', 'IN', 'OP', 'EM', 'JA',
]);

/** Two small letters after a number that are a word or a unit: "2012 in Tilburg", "12 op 20". */
const SMALL_WORDS = new Set(['in', 'op', 'en', 'te', 'of', 'om', 'al', 'na', 'nu', 'zo', 'ja', 'er', 'ik', 'je', 'ze', 'we',
  'is', 'de', 'uw', 'at', 'on', 'to', 'by', 'am', 'pm', 'an', 'as', 'or', 'so', 'up', 'us', 'it', 'be', 'do', 'go', 'he',
  'me', 'my', 'no', 'oh', 'ok', 'km', 'cm', 'mm', 'kg', 'mg', 'ml', 'jr', 'th', 'st', 'nd', 'rd', 'uu', 'hr', 'hs', 'mw']);

function looksLikeYear(digits: string): boolean {
  const n = Number(digits);
  return n >= 1900 && n <= 2099;
}

function hasAddressContext(text: string, start: number, end: number, small = false): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (/(?:postcode|zip|post code)\s*:?\s*$/i.test(before)) return true;
  // "Kerkstraat 14, 3511 AB", "14a 3511 AB", "44-A, 8011 CZ": a house number just before.
  if (/\p{L}{2,}\s+\d{1,5}(?:[ -]?[a-zA-Z]|-\d{1,4}|-?[IVX]{1,4})?,?\s+(?:in\s+|te\s+)?$/u.test(before)) return true;
  // Written small, only a town written with a capital after it will do ("3073ht R'dam").
  if (small) return /^,?[ \t]+(?:\p{Lu}[\p{Ll}'’]|'s-\p{Lu})/u.test(after) && !/^,?[ \t]+(?:Op|In|En|Of|Met|Bij|De|Het|Een|Ik|We|Ze|Hij|Zij)\b/u.test(after);
  // "3511 AB Utrecht", "3511 AB  UTRECHT", "3511 AB, Utrecht".
  return /^,?[ \t]+(?:\p{Lu}\p{Ll}+|\p{Lu}{3,}|'s-\p{Lu})/u.test(after) && !/^,?[ \t]+(?:Op|In|En|Of|Met|Bij|De|Het|Een)\b/u.test(after);
}

export function findPostcodes(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  for (const m of text.matchAll(POSTCODE)) {
    const start = m.index!;
    const end = start + m[0].length;
    // Written small ("3073ht", "1234 ab") it is a postcode only where an address is: "12 uur" is not.
    const small = m[3] !== m[3].toUpperCase();
    if (small && (m[3] !== m[3].toLowerCase() || (m[2] && SMALL_WORDS.has(m[3])) || !hasAddressContext(text, start, end, true))) continue;
    const ambiguous = m[2] === ' ' && (looksLikeYear(m[1]) || ACRONYMS.has(m[3]));
    if (ambiguous && !hasAddressContext(text, start, end)) continue;
    hits.push({ kind: 'postcode', span: { start, end: extendTown(text, extendNumber(text, end)) } });
  }
  return hits;
}

/** The town after a postcode: "3511 AB Utrecht", "3511 AB, Den Haag", "3073ht R'dam". */
function extendTown(text: string, end: number): number {
  const m = /^,?[ \t]+(?:'s-)?\p{Lu}[\p{L}'’.-]*(?:[ \t-](?:aan|op|de|den|der|bij|in|Den|Haag|Helder|Bosch|Rijn|Zee|Zoom|IJssel|Maas)(?![\p{L}]))*/u.exec(text.slice(end, end + 40));
  if (!m || /^,?[ \t]+(?:Op|In|En|Of|Met|Bij|De|Het|Een|Ik|We|Ze|Hij|Zij|Daar|Toen|Er)(?![\p{L}])/u.test(m[0])) return end;
  // "in 7521 PL, Deniz Aksoy in ...": after a comma a first name that is no town starts the next item.
  const word = /\p{Lu}[\p{L}'’-]*/u.exec(m[0])![0];
  if (m[0].startsWith(',') && lexicon().isFirstName(word) && !lexicon().isPlace(word)) return end;
  return end + m[0].replace(/\.+$/, '').length;
}

/** "1234 AB 12" (the contract's order): the house number after the postcode belongs to it. */
function extendNumber(text: string, end: number): number {
  const m = /^,? +\d{1,5}(?:[ -]?[a-zA-Z](?![\p{L}])|-\d{1,4})?(?![\p{L}\p{N}_]|[.,]\d)/u.exec(text.slice(end, end + 12));
  if (!m) return end;
  // "1234 AB 12 keer": a count, not a house number.
  if (/^\s+\p{Ll}/u.test(text.slice(end + m[0].length, end + m[0].length + 3))) return end;
  return end + m[0].length;
}
