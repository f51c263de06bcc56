// Names written in small letters: after a role or title, with an age, or anywhere in a text written
// all small. Dutch nouns are small too, so these need the name lists and a context to count.
import type { Lexicon } from './lexicon';
import type { Chunk } from './nameChunks';
import { AGE_AFTER, ROLES, TITLES, TUSSENVOEGSELS, classOf, isTv } from './nameWords';
import type { Token } from './tokens';

/** "al-hussein" → "Al-Hussein": the word as a name would be written. */
export const capitalised = (w: string) => w.replace(/(^|-)(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());

/**
 * A text written all in small letters (quick notes, a phone's habit) still names people: most of its
 * sentences open with a small letter. Then a word the name lists know and no dictionary does ("yousef")
 * is a name where it stands.
 */
export function writtenSmall(text: string, tokens: readonly Token[]): boolean {
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
export function smallNameAt(lex: Lexicon, tokens: Token[], i: number, text: string, allSmall: boolean, english: boolean): Chunk | undefined {
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
  // After a title only ever written before a name, a listed surname is one even when it is a word ("fam. bakker").
  if (isWord && titled && HONORIFICS.has(prev.text) && /^\.?[ \t]+$/.test(t.gap) && lex.isSurname(capitalised(t.text))) {
    return { first: i, last: i, words: [i], initials: 0, tussenvoegsel: false };
  }
  if (isWord && !aged) return undefined;
  const afterRole = titled && /^[ \t]+$/.test(t.gap) && !/^(?:heet|heette|noemde|named|called|genaamd)$/.test(prev.text);
  if (!afterRole && !allSmall) return undefined;
  const name = capitalised(t.text);
  const cls = classOf(lex, name, english);
  const prefixed = /^(?:al|el|abu|ben|bin|ibn|van)-\p{L}{3,}$/u.test(t.text);
  const ok = (!isWord && (cls === 'strong' || (prefixed && afterRole) || (afterRole && (lex.isFirstName(name) || lex.isSurname(name)))))
    || (aged && (afterRole || allSmall) && cls !== 'no' && (lex.isFirstName(name) || lex.isSurname(name) || cls === 'unknown'));
  if (!ok || (!afterRole && !aged && !(cls === 'strong' && lex.isFirstName(name)))) return undefined;
  const last = smallSurnameAfter(lex, tokens, i, english);
  return { first: i, last, words: last > i ? [i, last] : [i], initials: 0, tussenvoegsel: last > i + 1 };
}

/**
 * The surname written small after a first name written small: "omar al-hussein", "priscilla kromowidjojo"
 * (no word), "kayleigh de bruin", "zakaria el khattabi" (tussenvoegsels, then a surname or no word).
 * Returns the index of its last token, or i when there is none.
 */
function smallSurnameAfter(lex: Lexicon, tokens: Token[], i: number, english: boolean): number {
  let k = i + 1;
  while (k < tokens.length && SMALL_TV.has(tokens[k].text) && /^[ \t]+$/.test(tokens[k].gap) && k - i <= 3) k++;
  const next = tokens[k];
  if (!next || next.cap || !/^[ \t]+$/.test(next.gap) || next.text.length < 3) return i;
  const name = capitalised(next.text);
  const prefix = tokens.slice(i + 1, k).map((t) => t.text).join(' ');
  if (/^(?:al|el|abu|ben)-\p{L}{3,}$/u.test(next.text)) return k;
  if (prefix && lex.isPrefixedSurname(prefix, name)) return k;
  // "der", "den", "ter", "ten" live on only in names: "nadia van der molen".
  if (/(?:^| )(?:der|den|ter|ten)$/.test(prefix) && !FUNCTION_SMALL.test(next.text)) return k;
  const isWord = lex.isWord(next.text) || lex.isEnglishWord(next.text);
  if (isWord || FUNCTION_SMALL.test(next.text)) return i;
  const cls = classOf(lex, name, english);
  if (cls === 'strong' && lex.isSurname(name)) return k;
  // A word no list knows after a first name: a surname, also after a tussenvoegsel.
  if ((cls === 'unknown' || (cls === 'word' && next.text.length >= 6) || (cls === 'no' && lex.isOtherProper(name) && !lex.isPlace(name))) && next.text.length >= 4) return k;
  return i;
}

/** Tussenvoegsels written small between a first name and a surname. */
const SMALL_TV = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'el', 'al', 'ben', 'bin', 'da', 'dos', "'t", 'in']);
const FUNCTION_SMALL = /^(?:ok|oke|oké|idd|dus|nog|wel|niet|haha|jaja|pff|mss|ff|nvm|lol)$/u;

/** Small words after which a small word may be a name: roles and titles ("moeder nadia", "mw de graaf"). */
export const BEFORE_SMALL_NAME = new Set([...ROLES, ...TITLES]);

/** Titles only ever written before a name: after them even "de graaf" written small is a surname. */
const HONORIFICS = new Set(['mw', 'mevr', 'mvr', 'dhr', 'mr', 'mrs', 'ms', 'fam']);

/** "mw de graaf", "dhr van der linden": tussenvoegsels, then one word. */
function smallSurnameAt(tokens: Token[], i: number): Chunk | undefined {
  let k = i;
  while (k < tokens.length && isTv(tokens[k]) && (k === i || /^[ \t]+$/.test(tokens[k].gap))) k++;
  const core = tokens[k];
  if (!core || core.cap || core.text.length < 2 || !/^[ \t]+$/.test(core.gap)) return undefined;
  return { first: i, last: k, words: [k], initials: 0, tussenvoegsel: true };
}

