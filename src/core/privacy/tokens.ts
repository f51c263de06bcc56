// Words of prose with what the name detectors need to know about each: where it stands, whether a
// sentence starts there, and what stands between it and the word before. Dutch writes nouns in lower
// case, so a capital in the middle of a sentence says a lot; at the start of a sentence it says nothing.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** A sentence (or list item, table cell, quote, heading-less paragraph) starts at this word. */
  readonly initial: boolean;
  /** The characters between the previous word and this one. */
  readonly gap: string;
  /** Starts with a capital and is not all capitals ("Sem", "IJsbrand", "McDonald"; not "GGZ"). */
  cap: boolean;
}

/** Most words are lower case and never asked about their sentence: `gap` and `initial` wait until asked. */
class LazyToken implements Token {
  private gapText: string | undefined;
  private isInitial: boolean | undefined;
  constructor(
    private readonly source: string, readonly text: string, readonly start: number, readonly end: number,
    private readonly prevEnd: number, private readonly prev: string | undefined, readonly cap: boolean,
  ) {}
  get gap(): string {
    return (this.gapText ??= this.source.slice(this.prevEnd, this.start));
  }
  get initial(): boolean {
    return (this.isInitial ??= startsSentence(this.source, this.gap, this.prevEnd, this.prev));
  }
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'dhr', 'mevr', 'mw', 'fam', 'mr', 'mrs', 'ms', 'dr', 'drs', 'ir', 'ing', 'prof', 'mej', 'jhr', 'bijv', 'bv', 'ca', 'evt',
  'enz', 'etc', 'nl', 'st', 'jr', 'sr', 'geb', 'vs', 'resp',
  'incl', 'excl', 'max', 'min', 'ong', 'vgl', 'zgn', 'nr', 'tel', 'ivm', 'tav', 'mbt', 'dwz',
]);

export function isCap(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) {
    // ASCII capital: a name has a lower-case letter after it, an acronym has none.
    if (word.length === 1) return true;
    const d = word.charCodeAt(1);
    if (d >= 97 && d <= 122) return true;
  } else if (c < 128 || !/^\p{Lu}/u.test(word)) {
    return false;
  }
  if (word.length === 1) return true;
  if (/^IJ\p{Ll}/u.test(word)) return true;
  // An acronym (GGZ, SKJ, VT) is no name; a name may have a capital inside (McDonald, El-Amrani).
  return /\p{Ll}/u.test(word.slice(1)) && !/^\p{Lu}{2,}\p{Ll}{0,2}$/u.test(word);
}

/** A line that begins a block: list item, quote, table row, numbered item. */
const BLOCK_START = /^[ \t]*(?:[-*+]|\d{1,3}[.)]|>|\|)/;

function startsSentence(text: string, gap: string, gapStart: number, prev: string | undefined): boolean {
  if (prev === undefined) return true;
  const stop = /[.!?…]/.exec(gap);
  const abbreviation = prev.length === 1 || ABBREVIATIONS.has(prev.toLowerCase());
  if (stop && !(gap.startsWith('.') && !/[!?]/.test(gap) && abbreviation && !/\n\s*\n/.test(gap))) return true;
  if (/[:;|•]/.test(gap)) return true;
  if (/["“‘«(\[]/.test(gap) && !/^['’]/.test(gap)) return true;
  if (/\n[ \t]*\n/.test(gap)) return true;
  const nl = gap.lastIndexOf('\n');
  if (nl !== -1) {
    const lineStart = gapStart + nl + 1;
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (BLOCK_START.test(line) || /^[ \t]*#/.test(line)) return true;
  }
  return false;
}

const LETTER = /[\p{L}\p{M}]/u;

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  return c >= 0xaa && LETTER.test(text[i]);
}

/** The words of a text, scanned by hand: a regular expression with Unicode classes costs several times more. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  let prev: string | undefined;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let start = i;
    let end: number;
    if (isLetterAt(text, i)) {
      end = i + 1;
      for (;;) {
        while (end < n && isLetterAt(text, end)) end++;
        const c = text.charCodeAt(end);
        // An apostrophe or hyphen inside a word ("Sem's", "Jan-Willem") keeps it one word.
        if ((c === 39 || c === 0x2019 || c === 45) && end + 1 < n && isLetterAt(text, end + 1)) { end++; continue; }
        break;
      }
    } else if ((text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019) && text[i + 1] === 't' && !isLetterAt(text, i + 2) && (i === 0 || !isLetterAt(text, i - 1))) {
      end = i + 2; // 't, as in "'t Palet" (also with a typographic apostrophe: "’t Hof")
    } else {
      continue;
    }
    const word = text.slice(start, end);
    const c = word.charCodeAt(0);
    // ASCII lower case is the common case: skip the Unicode test.
    const cap = c >= 97 && c <= 122 ? false : isCap(word);
    out.push(new LazyToken(text, word, start, end, prevEnd, prev, cap));
    prevEnd = end;
    prev = word;
    i = end - 1;
    start = end;
  }
  return out;
}

/** The word without a possessive ending: "Sem's" → "Sem", "Thomas'" stays. */
export function bare(word: string): string {
  return word.replace(/['’]s$/u, '');
}
