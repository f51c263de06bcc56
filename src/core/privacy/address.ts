// Street addresses: a street name and a house number ("Kerkstraat 14", "Burgemeester de Withstraat 3a",
// "Van Goghlaan 12-2"), with the postcode and town that follow it when they are there. A street without
// a number is left alone: it names a place, not a home.
import type { PrivacyHit } from './kinds';

// Frisian streets too: "wei" (weg), "leane"/"loane" (laan), "strjitte" (straat), "dyk" (dijk), "paad" (pad).
const SUFFIXES = 'straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|pad|hof|park|plantsoen|markt|baan|erf|wal|burgwal|boulevard|allee|ring|dam|haven|veld|kamp|akker|weide|hoek|donk|berg|veen|kwartier|pier|lei|promenade|passage|rondweg|straatweg|zijde|oever|heuvel|bosch|hout|wei|leane|loane|strjitte|dyk|paad|buorren|gaarde|erve|straatje|laantje|poort|horst|brink|wetering|vaart|hage|hove|borch|burcht|beemd';

/** Suffixes that are also everyday words: only a capitalised street counts ("Lindeweg 4", not "de weg 4"). */
const LOWER_OK = /(?:straat|laan|gracht|plein|singel|kade|dreef|steeg|plantsoen|boulevard)$/u;

/** "14", "14a", "14 A", "44-A", "12-2", "71-III", "3 hs", "8bis", "112-B". */
const HOUSE_NUMBER = String.raw`\d{1,5}(?:[ \t]?-?[ \t]?[a-zA-Z](?![\p{L}])|-\d{1,4}|-?[IVX]{1,4}(?![\p{L}])|[ \t]?-?(?:hs|bis|bg|huis|rood|boven|beneden)(?![\p{L}]))?`;

const STREET = new RegExp(
  // Up to four words before the last one: "Burgemeester van der Werff", "Eerste Van Swindenstraat",
  // "2e Jan van der Heijdenstraat".
  String.raw`(?<![\p{L}\p{N}])((?:\d{1,2}(?:e|ste|de)[ \t]+)?(?:(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|ter|ten|'t)[ \t]+){0,4}` +
  String.raw`\p{L}[\p{L}'’-]*(?:${SUFFIXES}))` +
  String.raw`\s+(${HOUSE_NUMBER})(?![\p{L}\p{N}]|[.,:]\d)`,
  'gu',
);

/** "Laan van Nieuw Oost-Indië 212", "Plein 1944 3", "Markt 12b", "Brink 4": the street word first. */
const STREET_FIRST = /(?<![\p{L}\p{N}])((?:Laan|Plein|Weg|Kade|Dreef|Singel|Straat|Hof|Park)[ \t]+(?:van|der|de|den|op|aan|in)(?:[ \t]+(?:de|der|den|het|'t))?(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,3}|(?:\p{Lu}\p{Ll}+[ \t]+){1,2}(?:Markt|Gracht|Haven|Kade|Dijk|Weg|Laan|Straat|Plein|Singel|Brink|Dam|Wal|Ring|Dreef|Steeg|Vaart|Wetering|Burgwal)|Markt|Brink|Plein|Kade|Dam|Wal|Ring)[ \t]+(\d{1,5}(?:[ \t]?-?[a-zA-Z](?![\p{L}])|-\d{1,4}|-?[IVX]{1,4}(?![\p{L}]))?)(?![\p{L}\p{N}]|[.,:]\d)/gu;

/**
 * A street that has no street word ("Kikkenstein 2214", "Hoogoord 12") still is an address after a cue:
 * "woont aan de", "adres:", "lives at", "verhuisd naar".
 */
const CUED = new RegExp(
  String.raw`(?<![\p{L}])(?:[Aa]dres|[Aa]ddress|[Ww]oon(?:t|de|den|achtig)|[Ww]onen|[Vv]erhuis(?:t|d|de|den)|[Ll]ives?|[Ll]iving|[Ll]ived|[Mm]oved|[Ii]ngetrokken|[Tt]rekt in)` +
  String.raw`(?:[ \t]+(?:nu|sinds kort|tijdelijk|now|still|bij [\p{Ll}]+)){0,2}[ \t]*(?::|[ \t](?:aan|op|naar|in|at|on|to)(?:[ \t]+(?:de|het|'t|the))?)[ \t]+` +
  String.raw`((?:\p{Lu}[\p{Ll}'’-]+[ \t]+){0,2}\p{Lu}[\p{Ll}'’-]+)[ \t]+(${HOUSE_NUMBER})(?![\p{L}\p{N}]|[.,:]\d)`,
  'gu',
);

const UNITS = /^\s*(?:keer|maal|jaar|jaren|maanden|weken|dagen|uur|minuten|min|km|kilometer|meter|m|euro|procent|%|kinderen|jongeren|mensen|huizen|woningen|x)\b/iu;

/** A word and a number after it: where an address may be. The patterns run only on such lines. */
const WORD_NUMBER = /[^\s\d][ \t]+\d/g;
const SUFFIX_NEAR = new RegExp(`(?:${SUFFIXES}|Markt|Brink|Plein|Kade|Dam|Wal|Ring|Laan|Weg|Straat|Dreef|Singel|Hof|Park)`);

export function findAddresses(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  let lastLine = -1;
  WORD_NUMBER.lastIndex = 0;
  for (let m = WORD_NUMBER.exec(text); m; m = WORD_NUMBER.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (lineStart <= lastLine) continue;
    lastLine = lineStart;
    const lineEnd = text.indexOf('\n', m.index);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (!SUFFIX_NEAR.test(line)) continue;
    for (const h of findInLine(line)) hits.push({ kind: h.kind, span: { start: h.span.start + lineStart, end: h.span.end + lineStart } });
  }
  // The patterns overlap (a cue and a street word may both find "Kerkstraat 14"): the longest at each place.
  hits.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: PrivacyHit[] = [];
  for (const h of hits) if (!out.length || h.span.start >= out[out.length - 1].span.end) out.push(h);
  return out;
}

function findInLine(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  for (const m of text.matchAll(STREET_FIRST)) {
    const end = m.index! + m[0].length;
    if (UNITS.test(text.slice(end, end + 14))) continue;
    // A bare "Markt 3" or "Dam 2" only when the number has a letter or a town follows.
    if (!m[1].includes(' ') && !/[a-zA-Z]$/.test(m[2]) && extendTown(text, end) === end) continue;
    hits.push({ kind: 'adres', span: { start: m.index!, end: extendTown(text, end) } });
  }
  for (const m of text.matchAll(CUED)) {
    const end = m.index! + m[0].length;
    if (UNITS.test(text.slice(end, end + 14))) continue;
    hits.push({ kind: 'adres', span: { start: m.index! + m[0].lastIndexOf(m[1]), end: extendTown(text, end) } });
  }
  for (const m of text.matchAll(STREET)) {
    let start = m.index!;
    let street = m[1];
    // Leading lower-case words are the sentence, not the street ("op de Kerkstraat").
    const lead = /^(?:(?:van|de|der|den|ter|ten|'t)\s+)+/u.exec(street);
    if (lead) { start += lead[0].length; street = street.slice(lead[0].length); }
    const last = street.split(/\s+/).pop() ?? '';
    if (!/^\p{Lu}/u.test(street) && !LOWER_OK.test(last)) continue;
    if (!/^\p{Lu}/u.test(street) && !/^\p{Lu}/u.test(last) && street.includes(' ')) continue;
    // "Sint-Jansstraat"? fine; but the suffix alone ("Weg 4", "Park 2") is no street.
    if (new RegExp(`^(?:${SUFFIXES})$`, 'iu').test(last)) continue;
    const end = m.index! + m[0].length;
    if (UNITS.test(text.slice(end, end + 14))) continue;
    hits.push({ kind: 'adres', span: { start, end: extendTown(text, end) } });
  }
  return hits;
}

/**
 * ", Utrecht", " in Utrecht", " te Utrecht" after the number. A postcode after it is left to the
 * postcode detector, which takes the town along: each is reported as what it is.
 */
function extendTown(text: string, end: number): number {
  const rest = text.slice(end, end + 60);
  if (/^,?\s+[1-9]\d{3}\s?[A-Za-z]{2}(?![\p{L}\p{N}])/u.test(rest)) return end;
  const m = /^(?:,?\s+(?:(?:in|te)\s+)?(?:'s-)?\p{Lu}[\p{Ll}'-]+(?:[- ](?:aan|op|de|den|der|bij|in)[- ]\p{Lu}?[\p{L}'-]+)*)?/u.exec(rest);
  if (!m || !m[0]) return end;
  // A capitalised word after a number that is no town starts the next sentence ("Kerkstraat 14. Daar").
  if (/^\s+(?:(?:in|te)\s+)?(?:Daar|Toen|Ik|Zij|Hij|We|Wij|Het|De|Een|Haar|Zijn|Er)\b/u.test(m[0])) return end;
  if (!/\d/.test(m[0]) && !/^,|^\s+(?:in|te)\s/u.test(m[0])) return end;
  return end + m[0].length;
}
