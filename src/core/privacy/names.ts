// Person names in prose. Dutch writes nouns in lower case, so a capitalised word inside a sentence is a
// name, a place, an organisation or one of the journal's own words; at the start of a sentence it may be
// anything. The detector reads each run of capitalised words (with tussenvoegsels and initials inside:
// "Kelly de Jong", "J.P. de Vries", "Mohamed el Amrani") and weighs what the lexicon knows of each word
// with the context: a title or role before it ("mevrouw Jansen", "dhr. Yılmaz", "moeder van Sem"), an
// age after it ("Sem (7)"), where it stands in the sentence. A name found once counts wherever it
// appears again in the same text, also at the start of a sentence.
import type { Span } from '../model';
import type { PrivacyHit } from './kinds';
import { lexicon, type Lexicon } from './lexicon';
import { bare, tokenize, type Token } from './tokens';

export interface NameHit extends PrivacyHit {
  kind: 'naam';
  /** The capitalised words of the name as written, without titles: ["Kelly", "Jong"]; for pseudonyms. */
  words: string[];
  /** The whole name as written, tussenvoegsels included ("Kelly de Jong"). */
  text: string;
}

export interface NameOptions {
  /** Names that are fine (the writer, colleagues): a name made only of their words is not reported. */
  allowed?: readonly string[];
  /** The text's tokens, when the caller has them already. */
  tokens?: Token[];
  /** Spans already accounted for (an institution, a national body): their words are no names. */
  exclude?: readonly Span[];
  /** The journal is written in English: English writers capitalise more, so English words count as words. */
  english?: boolean;
}

const TUSSENVOEGSELS = new Set([
  'van', 'de', 'der', 'den', 'ter', 'ten', 'te', "'t", '’t', 'op', 'in', 'la', 'le', 'du', 'da', 'di', 'del', 'della', 'dos',
  'das', 'do', 'el', 'al', 'ben', 'bin', 'ibn', 'abu', 'von', 'zu', 'vd', 'het',
]);

/** Words before a name that make it one: titles, family and other roles, "genaamd". */
const ROLES = new Set([
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
const PLACE_PREPS = new Set(['in', 'uit', 'naar', 'te', 'vanuit', 'richting', 'nabij', 'from', 'to']);
const afterPlacePrep = (tokens: Token[], i: number) => i > 0 && PLACE_PREPS.has(tokens[i - 1].text) && /^[ \t]+$/.test(tokens[i].gap);

/** Determiners: a capital after one is a noun ("the Summer holidays", "het Wijkteam"), not a name. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'his', 'her', 'my', 'our', 'their', 'its', 'your',
  'het', 'een', 'mijn', 'jouw', 'zijn', 'haar', 'onze', 'ons', 'hun', 'deze', 'dit', 'elke', 'ieder']);
const afterDeterminer = (tokens: Token[], i: number) => i > 0 && DETERMINERS.has(tokens[i - 1].text) && /^[ \t]+$/.test(tokens[i].gap);

/** Titles a surname follows directly, its tussenvoegsel written small: "de heer van der Berg". */
const TITLES = new Set(['heer', 'mevrouw', 'meneer', 'dhr', 'mw', 'mevr', 'mvr', 'juf', 'meester', 'familie', 'gezin',
  'mr', 'mrs', 'ms', 'dr', 'miss', 'mister']);

/** Roles that take "van" before the name: "moeder van Sem", "de broer van Kelly". */
const ROLES_OF = new Set(['moeder', 'vader', 'broer', 'broertje', 'zus', 'zusje', 'oma', 'opa', 'tante', 'oom',
  'vriend', 'vriendin', 'vriendje', 'vriendinnetje', 'mentor', 'ouders', 'pleegmoeder', 'pleegvader', 'stiefvader',
  'stiefmoeder', 'mama', 'papa', 'neef', 'nicht', 'dochter', 'zoon', 'juf', 'meester', 'leerkracht', 'gezin', 'familie',
  'school', 'klas', 'klasgenoot', 'klasgenoten', 'halfbroer', 'halfzus', 'jas', 'kamer', 'telefoon', 'fiets']);

/** Capitalised sentence words that are never names, whatever a name list says. */
const NEVER = new Set(['Ik', 'Je', 'Jij', 'U', 'Hij', 'Zij', 'Ze', 'We', 'Wij', 'Het', 'De', 'Een', 'En', 'Of',
  'Maar', 'Dat', 'Die', 'Dit', 'Deze', 'Toen', 'Daarna', 'Daar', 'Hier', 'Wat', 'Wie', 'Waar', 'Hoe', 'Ook', 'Nog',
  'Na', 'Om', 'Op', 'In', 'Bij', 'Met', 'Van', 'Voor', 'Als', 'Omdat', 'Want', 'Dus', 'Zo', 'Nu', 'Wel', 'Niet', 'Geen',
  'Mijn', 'Haar', 'Zijn', 'Hun', 'Onze', 'Ons', 'Jouw', 'The', 'This', 'That', 'She', 'He', 'They', 'We', 'It', 'My',
  'Her', 'His', 'Our', 'Their', 'And', 'But', 'When', 'Then', 'If', 'So', 'Aan', 'Uit', 'Door', 'Over', 'Tot', 'Tegen',
  'Zonder', 'Sinds', 'Tijdens', 'Achteraf', 'Eerst', 'Later', 'Samen', 'Soms', 'Vaak', 'Altijd', 'Nooit', 'Goed',
  'Fijn', 'Er', 'Iets', 'Niets', 'Alles', 'Iedereen', 'Niemand', 'Ja', 'Nee', 'Oké', 'Oke', 'Ok', 'Yes', 'No']);

type Class = 'no' | 'strong' | 'weak' | 'unknown' | 'word';
const NAMEISH: readonly Class[] = ['strong', 'weak', 'unknown'];

const AGE_AFTER = /^[ \t]*(?:\([ \t]*\d{1,2}(?:[ \t]*(?:jaar|jr\.?|j\.?|years?|yrs?)(?:[ \t]+oud)?)?[ \t]*[),;]|,[ \t]*\d{1,2}[ \t]*(?:jaar|years)\b)/u;

function looksLikeName(w: string): boolean {
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
function unknownOpener(lex: Lexicon, tokens: Token[], i: number): boolean {
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
function classOf(lex: Lexicon, word: string, english = false): Class {
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
  if (lex.isOtherProper(word)) return 'no';
  if (!looksLikeName(word)) return 'no';
  if (isCompound(lex, lower)) return 'word';
  return 'unknown';
}

/** A journal word, also in the plural or the possessive ("Thursdays", "Mondays"). */
function isVocabularyForm(lex: Lexicon, word: string): boolean {
  return lex.isVocabulary(word) || (word.endsWith('s') && lex.isVocabulary(word.slice(0, -1)));
}

interface Chunk {
  first: number;
  last: number;
  /** Indices of the capitalised name words (not tussenvoegsels, not initials). */
  words: number[];
  initials: number;
  tussenvoegsel: boolean;
}

const isTv = (t: Token) => TUSSENVOEGSELS.has(t.text.toLowerCase());
const tight = (t: Token | undefined) => !!t && /^[ \t]+$|^[ \t]*\n[ \t]*$/.test(t.gap) && !t.initial;
const isInitialAt = (tokens: Token[], i: number, text: string) =>
  tokens[i].text.length === 1 && /\p{Lu}/u.test(tokens[i].text) && text[tokens[i].end] === '.';

/** The run of name words starting at token i, or undefined. */
function chunkAt(tokens: Token[], i: number, text: string, skip: readonly boolean[]): Chunk | undefined {
  let j = i;
  let initials = 0;
  while (j < tokens.length && isInitialAt(tokens, j, text) && (j === i || /^\.[ \t]?$/.test(tokens[j].gap))) { initials++; j++; }
  if (initials && (j >= tokens.length || !/^\.[ \t]?$/.test(tokens[j].gap))) return undefined;
  const words: number[] = [];
  let tussenvoegsel = false;
  let last = -1;
  for (let k = j; k < tokens.length; k++) {
    const t = tokens[k];
    if (skip[k] || (k > i && !(k === j && initials) && !tight(t))) break;
    // "Sandra uit den Bogaard": "uit den" inside a name (not "uit De Bilt", not "Hij uit de stad").
    const uitDen = t.text === 'uit' && words.length > 0 && tokens[k + 1]?.text === 'den' && tight(tokens[k + 1]);
    if (uitDen || (isTv(t) && (t.text === t.text.toLowerCase() || k === j || words.length > 0))) {
      // A tussenvoegsel counts only inside the name: a capital must follow it.
      let n = k + 1;
      while (n < tokens.length && isTv(tokens[n]) && tight(tokens[n])) n++;
      if (n < tokens.length && tight(tokens[n]) && tokens[n].cap && !isTv(tokens[n])) {
        tussenvoegsel = true;
        k = n - 1;
        continue;
      }
      break;
    }
    if (!t.cap || t.text.length < 2) break;
    words.push(k);
    last = k;
  }
  if (!words.length) return undefined;
  return { first: i, last, words, initials, tussenvoegsel };
}

function roleBefore(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || tokens[i].initial) return false;
  const p = prev.text.toLowerCase();
  if (ROLES.has(p) && /^\.?[ \t]+$|^[ \t]*\n[ \t]*$/.test(tokens[i].gap)) return true;
  const prev2 = tokens[i - 2];
  return p === 'van' && !!prev2 && ROLES_OF.has(prev2.text.toLowerCase()) && /^[ \t]+$/.test(tokens[i].gap) && /^[ \t]+$/.test(prev.gap);
}

export function findNames(prose: string, opts: NameOptions = {}): NameHit[] {
  const lex = lexicon();
  const tokens = opts.tokens ?? tokenize(prose);
  const skip = skipped(tokens, opts.exclude);
  const hits: NameHit[] = [];
  const found = new Set<string>();
  const smallFound = new Set<string>();
  const allSmall = writtenSmall(prose, tokens);
  const cited = new Set<string>();
  const covered = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "de heer van der Berg": after a role, the name may open with a lower-case tussenvoegsel.
    const tvAfterRole = !t.cap && isTv(t) && i > 0 && TITLES.has(tokens[i - 1].text.toLowerCase());
    if (!t.cap && !(tvAfterRole && !skip[i] && chunkAt(tokens, i, prose, skip))) {
      // Most small words follow no role, and most texts are not written all small: the cheap test first.
      if (skip[i] || (!allSmall && !(i > 0 && BEFORE_SMALL_NAME.has(tokens[i - 1].text)))) continue;
      const small = smallNameAt(lex, tokens, i, prose, allSmall, !!opts.english);
      if (small) {
        hits.push(hitOf(tokens, prose, small));
        for (const w of small.words) smallFound.add(tokens[w].text);
        for (let k = small.first; k <= small.last; k++) covered.add(k);
        i = small.last;
      }
      continue;
    }
    if (skip[i]) continue;
    const chunk = chunkAt(tokens, i, prose, skip);
    if (!chunk) continue;
    const accepted = judge(lex, tokens, chunk, prose, !!opts.english);
    if (accepted && isCited(tokens, accepted, prose)) {
      // A cited author is no one the journal is about; the name stays quiet elsewhere too.
      for (const w of accepted.words) cited.add(bare(tokens[w].text));
    } else if (accepted) {
      hits.push(hitOf(tokens, prose, accepted));
      for (const w of accepted.words) { found.add(bare(tokens[w].text)); covered.add(w); }
      for (let k = accepted.first; k <= accepted.last; k++) covered.add(k);
    }
    i = chunk.last;
  }
  // A name found once is a name everywhere in the text; one written small, wherever it is written small.
  if (smallFound.size) tokens.forEach((t, k) => {
    if (!covered.has(k) && !skip[k] && !t.cap && smallFound.has(t.text)) {
      hits.push(hitOf(tokens, prose, { first: k, last: k, words: [k], initials: 0, tussenvoegsel: false }));
      covered.add(k);
    }
  });
  if (found.size) tokens.forEach((t, k) => {
    if (covered.has(k) || skip[k] || !t.cap || !found.has(bare(t.text)) || cited.has(bare(t.text))) return;
    // A place or a journal word elsewhere stays what it is there ("in Vries", "Hoop" as a deugd).
    const cls = classOf(lex, bare(t.text), !!opts.english);
    if (cls === 'no' && !(k > 0 && isTv(tokens[k - 1]))) return;
    if (cls !== 'strong' && (afterPlacePrep(tokens, k) || afterDeterminer(tokens, k))) return;
    hits.push(hitOf(tokens, prose, { first: k, last: k, words: [k], initials: 0, tussenvoegsel: false }));
  });
  const allowed = allowedWords(opts.allowed);
  return hits
    .filter((h) => !(allowed.size && h.words.every((w) => allowed.has(w.toLowerCase()))))
    .sort((a, b) => a.span.start - b.span.start);
}

/** "al-hussein" → "Al-Hussein": the word as a name would be written. */
const capitalised = (w: string) => w.replace(/(^|-)(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());

/**
 * A text written all in small letters (quick notes, a phone's habit) still names people: most of its
 * sentences open with a small letter. Then a word the name lists know and no dictionary does ("yousef")
 * is a name where it stands.
 */
function writtenSmall(text: string, tokens: readonly Token[]): boolean {
  if (!tokens.length) return false;
  let small = 0;
  let all = 0;
  const re = /[.!?][ \t]+([A-Za-z])/g;
  re.lastIndex = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    all++;
    if (m[1] >= 'a') small++;
  }
  return all >= 3 && small / all > 0.6;
}

/**
 * A name written small: after a role ("moeder rama", "het gezin al-hussein"), with an age ("lama (12)"),
 * or, in a text written all small, a first name that is no word ("yousef", "omar al-hussein").
 */
function smallNameAt(lex: Lexicon, tokens: Token[], i: number, text: string, allSmall: boolean, english: boolean): Chunk | undefined {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const titled = !!prev && BEFORE_SMALL_NAME.has(prev.text);
  const tv = TUSSENVOEGSELS.has(t.text);
  if (titled && tv && HONORIFICS.has(prev.text) && /^\.?[ \t]+$/.test(t.gap)) return smallSurnameAt(tokens, i);
  if (t.text.length < 3 || tv) return undefined;
  const after = text.charCodeAt(t.end);
  const aged = (after === 32 || after === 40 || after === 44 || after === 9) && AGE_AFTER.test(text.slice(t.end, t.end + 16));
  // A word written small is a word ("moeder elke dag", "gezin moet") unless an age follows it.
  const isWord = lex.isWord(t.text) || (english && lex.isEnglishWord(t.text));
  if (isWord && !aged) return undefined;
  const afterRole = titled && /^[ \t]+$/.test(t.gap) && !/^(?:heet|heette|noemde|named|called|genaamd)$/.test(prev.text);
  if (!afterRole && !allSmall) return undefined;
  const name = capitalised(t.text);
  const cls = classOf(lex, name, english);
  const prefixed = /^(?:al|el|abu|ben|bin|ibn|van)-\p{L}{3,}$/u.test(t.text);
  const ok = (!isWord && (cls === 'strong' || (prefixed && afterRole) || (afterRole && (lex.isFirstName(name) || lex.isSurname(name)))))
    || (aged && (afterRole || allSmall) && cls !== 'no' && (lex.isFirstName(name) || lex.isSurname(name) || cls === 'unknown'));
  if (!ok || (!afterRole && !aged && !(cls === 'strong' && lex.isFirstName(name)))) return undefined;
  let last = i;
  // "omar al-hussein": a surname written small after the first name.
  const next = tokens[i + 1];
  if (next && !next.cap && /^[ \t]+$/.test(next.gap) && (/^(?:al|el|abu|ben)-\p{L}{3,}$/u.test(next.text) || classOf(lex, capitalised(next.text), english) === 'strong' && lex.isSurname(capitalised(next.text)))) last = i + 1;
  return { first: i, last, words: last > i ? [i, last] : [i], initials: 0, tussenvoegsel: false };
}

/** Small words after which a small word may be a name: roles and titles ("moeder nadia", "mw de graaf"). */
const BEFORE_SMALL_NAME = new Set([...ROLES, ...TITLES]);

/** Titles only ever written before a name: after them even "de graaf" written small is a surname. */
const HONORIFICS = new Set(['mw', 'mevr', 'mvr', 'dhr', 'mr', 'mrs', 'ms']);

/** "mw de graaf", "dhr van der linden": tussenvoegsels, then one word. */
function smallSurnameAt(tokens: Token[], i: number): Chunk | undefined {
  let k = i;
  while (k < tokens.length && isTv(tokens[k]) && (k === i || /^[ \t]+$/.test(tokens[k].gap))) k++;
  const core = tokens[k];
  if (!core || core.cap || core.text.length < 2 || !/^[ \t]+$/.test(core.gap)) return undefined;
  return { first: i, last: k, words: [k], initials: 0, tussenvoegsel: true };
}

function skipped(tokens: readonly Token[], spans: readonly Span[] | undefined): boolean[] {
  const skip: boolean[] = new Array(tokens.length).fill(false);
  if (!spans?.length) return skip;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let s = 0;
  tokens.forEach((t, k) => {
    while (s < sorted.length && sorted[s].end <= t.start) s++;
    if (s < sorted.length && sorted[s].start < t.end) skip[k] = true;
  });
  return skip;
}

function allowedWords(names: readonly string[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const n of names ?? []) {
    for (const w of String(n).split(/[\s,]+/)) {
      if (w && !TUSSENVOEGSELS.has(w.toLowerCase()) && !/^\p{Lu}\.?$/u.test(w)) out.add(bare(w).toLowerCase());
    }
  }
  return out;
}

/** The part of the chunk that is a name, or undefined. */
function judge(lex: Lexicon, tokens: Token[], c: Chunk, text: string, english: boolean): Chunk | undefined {
  // A place of more words ("Den Helder", "Ter Apel", "Bergen op Zoom") is a place as a whole.
  if (c.first < c.last && lex.isPlace(text.slice(tokens[c.first].start, tokens[c.last].end))) return undefined;
  const classes = c.words.map((w) => classOf(lex, bare(tokens[w].text), english));
  // "Oma Joke", "Juf Hoop": a capitalised role at the start of the run is context, not part of the name.
  const leadingRole = classes.length > 1 && ROLES.has(tokens[c.words[0]].text.toLowerCase()) && c.first === c.words[0];
  const context = leadingRole || roleBefore(tokens, c.first) || AGE_AFTER.test(text.slice(tokens[c.last].end, tokens[c.last].end + 16)) || c.initials > 0;
  // A place, a journal word or an organisation at either end is not part of the name.
  let lo = 0;
  let hi = classes.length - 1;
  // A place or brand right after a first name is a surname: people are named after places (Zwanenburg).
  // So is a place after a tussenvoegsel: "de Vries", "van Vliet".
  for (let k = 0; k < classes.length; k++) {
    const w = bare(tokens[c.words[k]].text);
    if (classes[k] !== 'no' || NEVER.has(w) || lex.isVocabulary(w)) continue;
    const afterName = k > 0 && lex.isFirstName(bare(tokens[c.words[k - 1]].text));
    // "de Vries" is a surname, but "De Meern" and "Den Helder" are places: a capital article before a
    // place makes a surname only with context ("mevrouw De Vries") or when the list knows the surname.
    const tv = tokens[c.words[k] - 1];
    const afterTv = c.words[k] - 1 >= c.first && isTv(tv)
      && (tv.text === tv.text.toLowerCase() || context || lex.isPrefixedSurname(tv.text, w) || k > 0);
    if (afterName || afterTv) classes[k] = 'weak';
  }
  if (leadingRole) lo = 1;
  if (!context) {
    while (lo <= hi && classes[lo] === 'no') lo++;
    while (hi >= lo && classes[hi] === 'no') hi--;
  } else if (classes[hi] === 'no' && !lex.isVocabulary(bare(tokens[c.words[hi]].text))) {
    return undefined;
  }
  if (lo > hi) return undefined;
  const words = c.words.slice(lo, hi + 1);
  const cls = classes.slice(lo, hi + 1);
  const trimmed: Chunk = {
    first: lo === 0 ? c.first : words[0], last: words[words.length - 1], words,
    initials: lo === 0 ? c.initials : 0, tussenvoegsel: c.tussenvoegsel && words.length > 1,
  };
  // Tussenvoegsels just before the first name word belong to the name ("Mevrouw van Dijk" → "van Dijk").
  while (trimmed.first > c.first && isTv(tokens[trimmed.first - 1])) trimmed.first--;
  if (context) return cls.includes('no') && words.length === 1 && !leadingRole && !roleBefore(tokens, c.first) && c.initials === 0 ? undefined : trimmed;
  const initial = tokens[trimmed.first].initial;
  const prefixed = prefixedSurname(lex, tokens, trimmed);
  if (cls.includes('no')) return undefined;
  if (prefixed) return trimmed;
  if (words.length > 1 || trimmed.tussenvoegsel) {
    if (cls.includes('strong')) return trimmed;
    // A first name, a tussenvoegsel and a capital: "Peter van 't Hof", also opening a sentence.
    if (trimmed.tussenvoegsel && lex.isFirstName(bare(tokens[words[0]].text)) && cls[cls.length - 1] !== 'no') return trimmed;
    if (cls.filter((k) => k !== 'word').length >= 1 && !initial) return trimmed;
    if (cls.every((k) => k === 'weak')) return trimmed;
    return undefined;
  }
  if (cls[0] !== 'strong' && (afterPlacePrep(tokens, trimmed.first) || afterDeterminer(tokens, trimmed.first))) return undefined;
  switch (cls[0]) {
    case 'strong':
      return trimmed;
    case 'weak':
    case 'unknown':
      if (cls[0] === 'unknown' && initial && unknownOpener(lex, tokens, trimmed.first)) return trimmed;
      return initial || (cls[0] === 'weak' && pairedWithWord(lex, tokens, trimmed.first, english)) ? undefined : trimmed;
    default:
      return undefined;
  }
}

/**
 * "Wolf en Vos zijn knuffels", "Hoop en Trouw": a word-like name joined to a capitalised word that opens
 * the sentence and is no name itself. Its capital then says nothing: both are read as words.
 */
function pairedWithWord(lex: Lexicon, tokens: Token[], i: number, english: boolean): boolean {
  const and = tokens[i - 1];
  const other = tokens[i - 2];
  if (!and || !other || !/^(?:en|of|and|or)$/.test(and.text) || !/^[ \t]+$/.test(tokens[i].gap) || !/^[ \t]+$/.test(and.gap)) return false;
  return other.cap && other.initial && classOf(lex, bare(other.text), english) !== 'strong';
}

/** Words that make the names after "… van" authors the text cites, not people it is about. */
const CITED_BEFORE = /(?:theorie|theorieën|model|modellen|methode|methodiek|onderzoek|studie|studies|piramide|kwadrant|kwadranten|ladder|stadia|fasen|principes|cirkel|cyclus|driehoek|roos|typologie|theory|theories|research|studies|pyramid|stages|circle|cycle|triangle)[ \t]+(?:van|by|of)[ \t]+(?:(?:\p{Lu}[\p{L}'’-]*|van|der|den|de)[ \t,]+(?:en[ \t]+|and[ \t]+|&[ \t]+)?)*$/u;
/** A year or "et al." after a name: a reference ("Bowlby (1969)", "Gardner et al."). */
const CITED_AFTER = /^(?:[ \t]*\([ \t]*(?:19|20)\d{2}[a-z]?[ \t]*[),;]|,[ \t]*(?:19|20)\d{2}[a-z]?\)|[ \t]+et[ \t]+al\b|[ \t]+\(red\.\)|[ \t]+\(eds?\.\))/u;

function isCited(tokens: Token[], c: Chunk, text: string): boolean {
  const start = tokens[c.first].start;
  const end = tokens[c.last].end;
  if (CITED_AFTER.test(text.slice(end, end + 16))) return true;
  // Most names have no "van"/"by"/"of" before them: look for one before running the pattern.
  const before = text.slice(Math.max(0, start - 120), start);
  const at = Math.max(before.lastIndexOf(' van '), before.lastIndexOf(' by '), before.lastIndexOf(' of '));
  return at >= 0 && CITED_BEFORE.test(before.slice(Math.max(0, at - 16)));
}

/** "de Jong", "van den Berg", "El Amrani": a tussenvoegsel and a core the surname list knows together. */
function prefixedSurname(lex: Lexicon, tokens: Token[], c: Chunk): boolean {
  if (!c.tussenvoegsel && !(c.first < c.words[0])) return false;
  const lastWord = c.words[c.words.length - 1];
  const prefix: string[] = [];
  for (let k = lastWord - 1; k >= c.first && isTv(tokens[k]); k--) prefix.unshift(tokens[k].text);
  return prefix.length > 0 && lex.isPrefixedSurname(prefix.join(' '), bare(tokens[lastWord].text));
}

function hitOf(tokens: Token[], text: string, c: Chunk): NameHit {
  const lastTok = tokens[c.last];
  const start = tokens[c.first].start;
  const end = lastTok.start + bare(lastTok.text).length;
  const span: Span = { start, end };
  return { kind: 'naam', span, words: c.words.map((w) => bare(tokens[w].text)), text: text.slice(start, end) };
}
