// Street addresses: a street name and a house number ("Kerkstraat 14", "Burgemeester de Withstraat 3a",
// "Van Goghlaan 12-2"), with the postcode and town that follow it when they are there. A street without
// a number is left alone: it names a place, not a home.
import type { PrivacyHit } from './kinds';
import { lexicon } from './lexicon';

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

/**
 * "Laan van Nieuw Oost-Indië 212", "Hof ter Heide 9", "Plein 1944 3", "Buorren 14, Wergea" (a village's
 * street is often just "the street", in Frisian "Buorren"), "Markt 12b", "Brink 4": the street word first. */
const STREET_FIRST = /(?<![\p{L}\p{N}])((?:Laan|Plein|Weg|Kade|Dreef|Singel|Straat|Hof|Park)[ \t]+(?:van|der|de|den|op|aan|in|ter|ten|te)(?:[ \t]+(?:de|der|den|het|'t))?(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,3}|(?:\p{Lu}\p{Ll}+[ \t]+){1,2}(?:Markt|Gracht|Haven|Kade|Dijk|Weg|Laan|Laantje|Straat|Straatje|Plein|Singel|Brink|Dam|Wal|Ring|Dreef|Steeg|Steegje|Pad|Vaart|Wetering|Burgwal)|Markt|Brink|Plein|Kade|Dam|Wal|Ring|Buorren|Haven|Dijk|Dyk|Gracht|Singel)[ \t]+(\d{1,5}(?:[ \t]?-?[a-zA-Z](?![\p{L}])|-\d{1,4}|-?[IVX]{1,4}(?![\p{L}]))?)(?![\p{L}\p{N}]|[.,:]\d)/gu;

/** "Plein 1940 nr. 6", "Laan 1940-1945 12": a street named after a year, then the house number. */
const STREET_YEAR = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:\p{Lu}\p{Ll}+[ \t]+)?(?:Plein|Laan|Straat|Weg|Park|Kade|Singel))[ \t]+(?:19|20)\d{2}(?:-(?:19|20)\d{2})?[ \t]+(?:(?:nr|no|nummer)\.?[ \t]*)?(${HOUSE_NUMBER})(?![\p{L}\p{N}]|[.,:]\d)`, 'gu');

/** "lives at 14A Beukenlaan, Hilversum": English puts the number first. */
const NUMBER_FIRST = new RegExp(String.raw`(?<![\p{L}])(?:at|on|address:?)[ \t]+(\d{1,5}[a-zA-Z]?[ \t]+\p{Lu}[\p{L}'’-]*(?:${SUFFIXES}))(?![\p{L}])`, 'gu');

/** Sentence words that a street pattern may take along before the street: "Woont Westerstraat 140". */
const LEAD_WORDS = /^(?:(?:Woont|Woonde|Wonen|Adres|Naar|Op|Aan|In|Bij|Via|Verhuisd|Lives|At|Address)[ \t]+)+/u;

/**
 * A street that has no street word ("Kikkenstein 2214", "Hoogoord 12") still is an address after a cue:
 * "woont aan de", "adres:", "lives at", "verhuisd naar", "een woning aan".
 */
const CUED = new RegExp(
  String.raw`(?<![\p{L}])(?:[Aa]dres|[Aa]ddress|[Ww]oon(?:t|de|den|achtig)|[Ww]onen|[Ww]oning|[Hh]uis|[Ff]lat|[Aa]ppartement|[Hh]ouse|[Aa]partment|[Vv]erhuis(?:t|d|de|den)|[Ll]ives?|[Ll]iving|[Ll]ived|[Mm]oved|[Ii]ngetrokken|[Tt]rekt in)` +
  String.raw`(?:[ \t]+(?:nu|sinds kort|tijdelijk|now|still|bij [\p{Ll}]+)){0,2}[ \t]*(?::|[ \t](?:aan|op|naar|in|at|on|to)(?:[ \t]+(?:de|het|'t|the))?)[ \t]+` +
  String.raw`((?:\p{Lu}[\p{Ll}'’-]+[ \t]+){0,2}\p{Lu}[\p{Ll}'’-]+)[ \t]+(${HOUSE_NUMBER})(?![\p{L}\p{N}]|[.,:]\d)`,
  'gu',
);

/**
 * "Kerkewijk 77 in Veenendaal", "Hoogoord 12 te Almere": a word no dictionary knows, a house number and
 * a known town after "in" or "te" is a home address, street word or not.
 */
const NUMBER_IN_TOWN = new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}[\p{L}'’-]+)[ \t]+(${HOUSE_NUMBER})[ \t]+(?:in|te)[ \t]+((?:'s-)?\p{Lu}[\p{L}'’-]+)`, 'gu');
const NUMBER_IN = /\d[a-zA-Z]?[ \t]+(?:in|te)[ \t]+\p{Lu}/u;
/** A street written small before a postcode: "de hooiberg 17 in 8232 bx". */
const SMALL_BEFORE_POSTCODE = /^,?[ \t]+(?:(?:in|te)[ \t]+)?[1-9]\d{3}[ \t]?[A-Za-z]{2}(?![\p{L}\p{N}])/u;

const UNITS = /^\s*(?:keer|maal|jaar|jaren|maanden|weken|dagen|uur|minuten|min|km|kilometer|meter|m|euro|procent|%|kinderen|jongeren|mensen|huizen|woningen|x)\b/iu;

/** A word and a number after it: where an address may be. The patterns run only on such lines. */
const WORD_NUMBER = /[^\s\d][ \t]+\d/g;
const SUFFIX_NEAR = new RegExp(`(?:${SUFFIXES}|Markt|Brink|Plein|Kade|Dam|Wal|Ring|Laan|Weg|Straat|Dreef|Singel|Hof|Park|Buorren|Haven|Dijk|Dyk|Gracht)`);

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
    if (!SUFFIX_NEAR.test(line) && !NUMBER_IN.test(line)) continue;
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
  if (/(?:19|20)\d\d[ \t]/.test(text)) for (const m of text.matchAll(STREET_YEAR)) {
    hits.push({ kind: 'adres', span: { start: m.index!, end: extendTown(text, m.index! + m[0].length) } });
  }
  if (/(?:at|on|:) \d/.test(text)) for (const m of text.matchAll(NUMBER_FIRST)) {
    const start = m.index! + m[0].length - m[1].length;
    hits.push({ kind: 'adres', span: { start, end: extendTown(text, m.index! + m[0].length) } });
  }
  for (const m of text.matchAll(CUED)) {
    const end = m.index! + m[0].length;
    if (UNITS.test(text.slice(end, end + 14))) continue;
    hits.push({ kind: 'adres', span: { start: m.index! + m[0].lastIndexOf(m[1]), end: extendTown(text, end) } });
  }
  if (NUMBER_IN.test(text)) for (const m of text.matchAll(NUMBER_IN_TOWN)) {
    const lex = lexicon();
    const word = m[1];
    if (!lex.isPlace(m[3]) || lex.isPlace(word) || lex.isWord(word.toLowerCase()) || lex.isFirstName(word) || lex.isVocabulary(word)) continue;
    const numberEnd = m.index! + m[0].indexOf(m[2], word.length) + m[2].length;
    hits.push({ kind: 'adres', span: { start: m.index!, end: extendTown(text, numberEnd) } });
  }
  for (const m of text.matchAll(STREET)) {
    let start = m.index!;
    let street = m[1];
    // Leading lower-case words are the sentence, not the street ("op de Kerkstraat").
    const lead = /^(?:(?:van|de|der|den|ter|ten|'t)\s+)+/u.exec(street) ?? LEAD_WORDS.exec(street);
    if (lead) { start += lead[0].length; street = street.slice(lead[0].length); }
    // A full stop after a longer word ends a sentence ("OSG West-Friesland. Woont Westerstraat 140"); an
    // abbreviation ("Burg.", "St.") keeps the street going.
    const stop = /^.*\p{L}{5,}\.[ \t]+/u.exec(street);
    if (stop) {
      start += stop[0].length; street = street.slice(stop[0].length);
      const lead2 = LEAD_WORDS.exec(street);
      if (lead2) { start += lead2[0].length; street = street.slice(lead2[0].length); }
    }
    const last = street.split(/\s+/).pop() ?? '';
    const end0 = m.index! + m[0].length;
    if (!/^\p{Lu}/u.test(street) && !LOWER_OK.test(last) && !SMALL_BEFORE_POSTCODE.test(text.slice(end0, end0 + 16)) && !smallStreet(last)) continue;
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
 * A street written small that no dictionary knows ("bloemendaalseweg 3", "kerkpad 2"): not "de snelweg 4",
 * "het sportpark 2". Such words are long: a suffix and a name before it.
 */
function smallStreet(word: string): boolean {
  const lex = lexicon();
  return word.length >= 8 && /^\p{Ll}+$/u.test(word) && !lex.isWord(word) && !lex.isEnglishWord(word) && !lex.isVocabulary(word);
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
