// What the name detector knows about words, loaded once on first use from the generated data
// (scripts/privacy-data.mjs; sources and licences in docs/dev/privacy-data.md).
import data from 'goedwerk:privacy-data';
import { DEUGDEN } from '../content/deugden';
import { ELEMENT_INFO } from '../content/elements';
import { SECTION_HEADINGS } from '../sections';
import { Bloom } from './bloom';
import { SortedList } from './sortedList';

export interface Lexicon {
  /** A lower-case Dutch word form (from the hunspell dictionary, affixes expanded). */
  isWord(lower: string): boolean;
  /** A lower-case English word form (word-list): used for journals written in English. */
  isEnglishWord(lower: string): boolean;
  /** A first name (any origin). */
  isFirstName(word: string): boolean;
  /** A first name that is also a Dutch word in use or a sentence opener ("Roos", "Dan"). */
  isAmbiguousName(word: string): boolean;
  isSurname(word: string): boolean;
  /** The core of a surname that is written with a tussenvoegsel ("Jong" of "de Jong"). */
  isPrefixedSurname(prefix: string, core: string): boolean;
  isPlace(word: string): boolean;
  /** A capitalised dictionary entry that no name list knows: a brand, an unmarked place. */
  isOtherProper(word: string): boolean;
  /** The journal's own words and other capitalised non-names (elements, deugden, days, apps). */
  isVocabulary(word: string): boolean;
  /** A character of a film, series or book with a real first name ("Elsa", "Woody"): quiet when media are spoken of. */
  isCharacter(word: string): boolean;
  /** A first name written small that no Dutch or English word form spells ("jayden"). */
  isSmallFirstName(lower: string): boolean;
  /** National bodies and roles (quiet) and local care providers (reported), by their full name. */
  national: readonly string[];
  local: readonly string[];
}

let cached: Lexicon | undefined;

const lines = (s: string): string[] => (s ? s.split('\n') : []);

function vocabulary(): Set<string> {
  const v = new Set(lines(data.vocabulary));
  const add = (s: string | undefined) => { if (s) for (const w of s.split(/[\s/-]+/)) if (/^\p{Lu}/u.test(w)) v.add(w); };
  for (const d of DEUGDEN) {
    add(d.name); add(d.en);
    d.aliases?.forEach(add); d.enAliases?.forEach(add);
  }
  for (const e of Object.values(ELEMENT_INFO)) { add(e.name.nl); add(e.name.en); }
  for (const h of Object.values(SECTION_HEADINGS)) { add(h.nl); add(h.en); }
  return v;
}

export function lexicon(): Lexicon {
  if (cached) return cached;
  const words = new Bloom(data.words);
  const english = new Bloom(data.english);
  const proper = new Bloom(data.proper);
  // The two long name lists and the small first names: a Set per first letter, built when first asked.
  const first = new SortedList(data.first);
  const ambiguous = new Set(lines(data.ambiguous));
  const surnames = new SortedList(data.surnames);
  const prefixed = new Set(lines(data.prefixed));
  const places = new Set(lines(data.places));
  const vocab = vocabulary();
  const characters = new Set(lines(data.characters));
  const smallFirst = new SortedList(data.smallFirst);
  cached = {
    isWord: (w) => words.has(w),
    isEnglishWord: (w) => english.has(w),
    isFirstName: (w) => first.has(w),
    isAmbiguousName: (w) => ambiguous.has(w),
    isSurname: (w) => surnames.has(w),
    isPrefixedSurname: (p, c) => prefixed.has(`${p} ${c}`.toLowerCase()),
    isPlace: (w) => places.has(w),
    isOtherProper: (w) => proper.has(w.toLowerCase()),
    isVocabulary: (w) => vocab.has(w),
    isCharacter: (w) => characters.has(w),
    isSmallFirstName: (w) => smallFirst.has(w),
    national: lines(data.national),
    local: lines(data.local),
  };
  return cached;
}
