// The words around names and what the lexicon says of a capitalised word: the word lists (roles,
// titles, tussenvoegsels, determiners) and the classing of one word, shared by the name detector's parts.
import type { Lexicon } from './lexicon';
import { bare, type Token } from './tokens';

export const TUSSENVOEGSELS = new Set([
  'van', 'de', 'der', 'den', 'ter', 'ten', 'te', "'t", '’t', 'op', 'in', 'la', 'le', 'du', 'da', 'di', 'del', 'della', 'dos',
  'das', 'do', 'el', 'al', 'ben', 'bin', 'ibn', 'abu', 'von', 'zu', 'vd', 'het',
]);

/** Words before a name that make it one: titles, family and other roles, "genaamd". */
export const ROLES = new Set([
  'mevrouw', 'meneer', 'mevr', 'mw', 'mvr', 'dhr', 'heer', 'juf', 'juffrouw', 'meester', 'mr', 'mrs', 'ms', 'miss',
  'mister', 'dr', 'tante', 'oom', 'opa', 'oma', 'opoe', 'broer', 'broertje', 'zus', 'zusje', 'zoon', 'zoontje',
  'dochter', 'dochtertje', 'neef', 'neefje', 'nicht', 'nichtje', 'vriend', 'vriendje', 'vriendin', 'vriendinnetje',
  'buurjongen', 'buurmeisje', 'buurman', 'buurvrouw', 'moeder', 'vader', 'mama', 'papa', 'mam', 'pap', 'stiefvader',
  'stiefmoeder', 'pleegmoeder', 'pleegvader', 'pleegbroer', 'pleegzus', 'pleegzoon', 'pleegdochter', 'halfbroer',
  'halfzus', 'stiefbroer', 'stiefzus', 'tweelingbroer', 'tweelingzus', 'mentor', 'collega', 'cliënt', 'client',
  'jongere', 'meisje', 'jongen', 'baby', 'peuter', 'kleuter', 'genaamd', 'heet', 'heette', 'noemde', 'named', 'called',
  'brother', 'sister', 'mother', 'father', 'son', 'daughter', 'aunt', 'uncle', 'grandma', 'grandpa', 'grandmother',
  'grandfather', 'nephew', 'niece', 'cousin', 'friend', 'neighbour', 'neighbor', 'colleague', 'teacher', 'begeleider',
  'docent', 'leerkracht', 'gezinsvoogd', 'voogd', 'jeugdbeschermer', 'groepsleider', 'huisarts', 'dokter', 'wijkagent',
  'stiefzoon', 'stiefdochter', 'kleinzoon', 'kleindochter', 'partner', 'vriendje', 'ex', 'zwager', 'schoonzus',
  'schoonmoeder', 'schoonvader', 'grootmoeder', 'grootvader', 'ouders', 'familie', 'gezin', 'mw.', 'mvrouw',
]);

/** Words before a place: a capital after them that is not surely a first name is a town ("in Vries"). */
export const PLACE_PREPS = new Set(['in', 'uit', 'naar', 'te', 'vanuit', 'richting', 'nabij', 'from', 'to']);
export const afterPlacePrep = (tokens: Token[], i: number) => i > 0 && PLACE_PREPS.has(tokens[i - 1].text) && /^[ \t]+$/.test(tokens[i].gap);

/** Determiners: a capital after one is a noun ("the Summer holidays", "het Wijkteam"), not a name. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'his', 'her', 'my', 'our', 'their', 'its', 'your',
  'het', 'een', 'mijn', 'jouw', 'zijn', 'haar', 'onze', 'ons', 'hun', 'deze', 'dit', 'elke', 'ieder']);
export const afterDeterminer = (tokens: Token[], i: number) => i > 0 && DETERMINERS.has(tokens[i - 1].text) && /^[ \t]+$/.test(tokens[i].gap);

/** Titles a surname follows directly, its tussenvoegsel written small: "de heer van der Berg". */
export const TITLES = new Set(['heer', 'mevrouw', 'meneer', 'dhr', 'mw', 'mevr', 'mvr', 'juf', 'meester', 'familie', 'fam', 'gezin',
  'mr', 'mrs', 'ms', 'dr', 'miss', 'mister']);

/** Roles that take "van" before the name: "moeder van Sem", "de broer van Kelly". */
export const ROLES_OF = new Set(['moeder', 'vader', 'broer', 'broertje', 'zus', 'zusje', 'oma', 'opa', 'tante', 'oom',
  'vriend', 'vriendin', 'vriendje', 'vriendinnetje', 'mentor', 'ouders', 'pleegmoeder', 'pleegvader', 'stiefvader',
  'stiefmoeder', 'mama', 'papa', 'neef', 'nicht', 'dochter', 'zoon', 'juf', 'meester', 'leerkracht', 'gezin', 'familie',
  'school', 'klas', 'klasgenoot', 'klasgenoten', 'halfbroer', 'halfzus', 'jas', 'kamer', 'telefoon', 'fiets']);

/** The last word of a street's name: a compound ending in a street word. */
export const STREET_END = /^\p{Lu}[\p{L}'’-]{2,}(?:straat|laan|plein|boulevard|gracht|singel|steeg|dreef|kade|plantsoen|dijk|weg)$/u;

/** Capitalised sentence words that are never names, whatever a name list says. */
export const NEVER = new Set(['Ik', 'Je', 'Jij', 'U', 'Hij', 'Zij', 'Ze', 'We', 'Wij', 'Het', 'De', 'Een', 'En', 'Of',
  'Maar', 'Dat', 'Die', 'Dit', 'Deze', 'Toen', 'Daarna', 'Daar', 'Hier', 'Wat', 'Wie', 'Waar', 'Hoe', 'Ook', 'Nog',
  'Na', 'Om', 'Op', 'In', 'Bij', 'Met', 'Van', 'Voor', 'Als', 'Omdat', 'Want', 'Dus', 'Zo', 'Nu', 'Wel', 'Niet', 'Geen',
  'Mijn', 'Haar', 'Zijn', 'Hun', 'Onze', 'Ons', 'Jouw', 'The', 'This', 'That', 'She', 'He', 'They', 'We', 'It', 'My',
  'Her', 'His', 'Our', 'Their', 'And', 'But', 'When', 'Then', 'If', 'So', 'Aan', 'Uit', 'Door', 'Over', 'Tot', 'Tegen',
  'Zonder', 'Sinds', 'Tijdens', 'Achteraf', 'Eerst', 'Later', 'Samen', 'Soms', 'Vaak', 'Altijd', 'Nooit', 'Goed',
  'Fijn', 'Er', 'Iets', 'Niets', 'Alles', 'Iedereen', 'Niemand', 'Ja', 'Nee', 'Oké', 'Oke', 'Ok', 'Yes', 'No']);

type Class = 'no' | 'strong' | 'weak' | 'unknown' | 'word';
const NAMEISH: readonly Class[] = ['strong', 'weak', 'unknown'];

export const AGE_AFTER = /^[ \t]*(?:\([ \t]*\d{1,2}(?:[ \t]*(?:jaar|jr\.?|j\.?|years?|yrs?)(?:[ \t]+oud)?)?[ \t]*[),;]|,[ \t]*\d{1,2}[ \t]*(?:jaar|years)\b)/u;

export function looksLikeName(w: string): boolean {
  return /^\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]*$/u.test(w) || /^(?:Mc|Mac|O'|D'|d')\p{Lu}\p{Ll}+$/u.test(w);
}

function isCompound(lex: Lexicon, lower: string, depth = 0): boolean {
  for (let k = 3; k <= lower.length - 3; k++) {
    const right = lower.slice(k);
    if (!lex.isWord(right)) continue;
    const left = lower.slice(0, k);
    if (lex.isWord(left) || (left.endsWith('s') && left.length > 3 && lex.isWord(left.slice(0, -1)))) return true;
    // Three parts: "levens|verhaal|werk".
    if (depth === 0 && left.length >= 6 && isCompound(lex, left.endsWith('s') ? left.slice(0, -1) : left, 1)) return true;
  }
  return false;
}

/**
 * A word no list knows, opening a sentence and followed by a small word ("Jurensley kwam ook."), is a
 * name: Dutch words, their compounds and places are known. Not when it is long (a compound the
 * dictionary lacks), a label ("Levensverhaalwerk:"), or one letter off a word (a slip: "Vandaaag").
 */
export function unknownOpener(lex: Lexicon, tokens: Token[], i: number): boolean {
  const w = bare(tokens[i].text);
  const next = tokens[i + 1];
  if (w.length < 3 || w.length > 12 || w.includes('-') || !next || next.cap || !/^[ \t]+$/.test(next.gap)) return false;
  const lower = w.toLowerCase();
  // English words open Dutch sentences too ("Whatever zei hij").
  if (lex.isEnglishWord(lower) || (lower.endsWith('s') && lex.isEnglishWord(lower.slice(0, -1)))) return false;
  for (let k = 0; k < lower.length; k++) if (lex.isWord(lower.slice(0, k) + lower.slice(k + 1))) return false;
  return true;
}

/** What the lexicon says about one capitalised word (hyphenated: its most name-like part). */
export function classOf(lex: Lexicon, word: string, english = false): Class {
  // No name is this long; and the compound test below would cost the square of the length.
  if (word.length > 40) return 'no';
  if (NEVER.has(word) || isVocabularyForm(lex, word) || lex.isPlace(word)) return 'no';
  if (word.includes('-')) {
    const parts = word.split('-').filter(Boolean);
    if (parts.every((p) => /^\p{Lu}/u.test(p))) {
      const classes = parts.map((p) => classOf(lex, p, english));
      if (classes.includes('no')) return 'no';
      for (const c of NAMEISH) if (classes.includes(c)) return c;
      return 'word';
    }
  }
  const lower = word.toLowerCase();
  const plain = /[^\u0000-\u007f]/.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
  // "Eén", "Vóór": a word with an accent for stress is still the word. English plurals are not in the
  // word list: "Thursdays", "Teams".
  const isWord = lex.isWord(lower) || (plain !== lower && lex.isWord(plain) && !lex.isFirstName(word)) || (english && (lex.isEnglishWord(lower) || (lower.endsWith('s') && lex.isEnglishWord(lower.slice(0, -1)))));
  if (lex.isFirstName(word)) return lex.isAmbiguousName(word) || (english && isWord) ? 'weak' : 'strong';
  if (lex.isSurname(word)) return isWord ? 'weak' : 'strong';
  if (isWord) return 'word';
  // "Kevins moeder": a first name with the possessive s written to it.
  if (word.length > 3 && word.endsWith('s') && lex.isFirstName(word.slice(0, -1)) && !lex.isAmbiguousName(word.slice(0, -1))) return 'strong';
  if (lex.isOtherProper(word)) return 'no';
  if (!looksLikeName(word)) return 'no';
  if (isCompound(lex, lower)) return 'word';
  return 'unknown';
}

/** A journal word, also in the plural or the possessive ("Thursdays", "Mondays"). */
export function isVocabularyForm(lex: Lexicon, word: string): boolean {
  return lex.isVocabulary(word) || (word.endsWith('s') && lex.isVocabulary(word.slice(0, -1)));
}


/** The longest tussenvoegsel: a longer word is none, without lower-casing it (asked of every word). */
const TV_MAX = Math.max(...[...TUSSENVOEGSELS].map((w) => w.length));
export const isTv = (t: Token) => t.text.length <= TV_MAX && TUSSENVOEGSELS.has(t.cap || t.text.charCodeAt(0) < 97 ? t.text.toLowerCase() : t.text);
/** Next to the word before: a space or a line break, not a wide gap (a date or postcode blanked out between). */
export const tight = (t: Token | undefined) => !!t && /^[ \t]{1,3}$|^[ \t]{0,3}\n[ \t]*$/.test(t.gap) && !t.initial;
export const isInitialAt = (tokens: Token[], i: number, text: string) =>
  tokens[i].text.length === 1 && /\p{Lu}/u.test(tokens[i].text) && text[tokens[i].end] === '.';

/** Titles written with a full stop: the capital after "mvr." or "dr." does not open a sentence. */
export const ABBREVIATED = new Set(['mvr', 'mevr', 'mw', 'dhr', 'mr', 'mrs', 'ms', 'dr', 'drs', 'ir', 'fam']);
