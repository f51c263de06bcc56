// Runs of capitalised name words and the judgement on them: which part of a run is a name, given
// the lexicon, its place in the sentence, a title or role before it and a reference after it.
import type { Span } from '../model';
import type { Lexicon } from './lexicon';
import { ABBREVIATED, AGE_AFTER, NEVER, PLACE_PREPS, ROLES, ROLES_OF, STREET_END, TITLES, afterDeterminer, afterPlacePrep, classOf, isInitialAt, isTv, isVocabularyForm, looksLikeName, tight, unknownOpener } from './nameWords';
import type { NameHit } from './names';
import { bare, type Token } from './tokens';

export interface Chunk {
  first: number;
  last: number;
  /** Indices of the capitalised name words (not tussenvoegsels, not initials). */
  words: number[];
  initials: number;
  tussenvoegsel: boolean;
}

/** The run of name words starting at token i, or undefined. */
export function chunkAt(tokens: Token[], i: number, text: string, skip: readonly boolean[]): Chunk | undefined {
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
  if (!prev) return false;
  const p = prev.text.toLowerCase();
  if (tokens[i].initial) return ABBREVIATED.has(p) && /^\.[ \t]+$/.test(tokens[i].gap);
  if (ROLES.has(p) && /^\.?[ \t]+$|^[ \t]*\n[ \t]*$/.test(tokens[i].gap)) return true;
  const prev2 = tokens[i - 2];
  return p === 'van' && !!prev2 && ROLES_OF.has(prev2.text.toLowerCase()) && /^[ \t]+$/.test(tokens[i].gap) && /^[ \t]+$/.test(prev.gap);
}

/** A title ("mevrouw Hoop", "Mevrouw Hoop") before the name: then even a journal word is a surname. */
function titledAt(tokens: Token[], c: Chunk, leadingRole: boolean): boolean {
  const t = leadingRole ? tokens[c.words[0]] : tokens[c.first - 1];
  return !!t && TITLES.has(t.text.toLowerCase());
}

/** The part of the chunk that is a name, or undefined. */
export function judge(lex: Lexicon, tokens: Token[], c: Chunk, text: string, english: boolean): Chunk | undefined {
  // A place of more words ("Den Helder", "Ter Apel", "Bergen op Zoom") is a place as a whole.
  if (c.first < c.last && lex.isPlace(text.slice(tokens[c.first].start, tokens[c.last].end))) return undefined;
  // A street is named after people but is no person: "Witte de Withstraat", "Jan van Galenlaan".
  if (STREET_END.test(tokens[c.last].text)) return undefined;
  // "in de Noordoostpolder", "naar de Veluwe": a place preposition and an article make a region, unless
  // the list knows the surname ("naar de Jong").
  if (c.words.length === 1 && c.first > 1 && /^(?:de|het)$/.test(tokens[c.first - 1].text) && PLACE_PREPS.has(tokens[c.first - 2].text)
    && !roleBefore(tokens, c.first - 1) && !lex.isPrefixedSurname(tokens[c.first - 1].text, bare(tokens[c.first].text))) return undefined;
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
  } else if (classes[hi] === 'no') {
    const w = bare(tokens[c.words[hi]].text);
    // After a title or role a word only the brand list knows is a name ("vader Abdulrahman"); a place,
    // a language or a journal word is not ("de ouders Nederlands").
    if (hi > lo) {
      // "Roos de Hoop (8)": a journal word may end a longer name, a place or brand may not.
      if (!lex.isVocabulary(w)) return undefined;
    } else if (NEVER.has(w) || lex.isPlace(w) || !looksLikeName(w) || (isVocabularyForm(lex, w) && !titledAt(tokens, c, leadingRole))) {
      return undefined;
    } else {
      classes[hi] = 'weak';
    }
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
  if (!english && words.length > 1 && englishPhrase(lex, tokens, words)) return undefined;
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
 * "Trauma Focused CBT", "The Body Keeps the Score": in a Dutch text, capitalised English words none of
 * which is a name are a method's or a book's title.
 */
function englishPhrase(lex: Lexicon, tokens: Token[], words: readonly number[]): boolean {
  return words.every((w) => {
    const word = bare(tokens[w].text);
    const lower = word.toLowerCase();
    if (lex.isFirstName(word) || lex.isSurname(word)) return false;
    return lex.isEnglishWord(lower) || (lower.endsWith('s') && lex.isEnglishWord(lower.slice(0, -1))) || (lower.endsWith('ed') && lex.isEnglishWord(lower.slice(0, -2)));
  });
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

export function isCited(tokens: Token[], c: Chunk, text: string): boolean {
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

export function hitOf(tokens: Token[], text: string, c: Chunk): NameHit {
  const lastTok = tokens[c.last];
  const start = tokens[c.first].start;
  const end = lastTok.start + bare(lastTok.text).length;
  const span: Span = { start, end };
  return { kind: 'naam', span, words: c.words.map((w) => bare(tokens[w].text)), text: text.slice(start, end) };
}
