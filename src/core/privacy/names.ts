// Person names in prose. Dutch writes nouns in lower case, so a capitalised word inside a sentence is a
// name, a place, an organisation or one of the journal's own words; at the start of a sentence it may be
// anything. The detector reads each run of capitalised words (with tussenvoegsels and initials inside:
// "Kelly de Jong", "J.P. de Vries", "Mohamed el Amrani") and weighs what the lexicon knows of each word
// with the context: a title or role before it ("mevrouw Jansen", "dhr. Yılmaz", "moeder van Sem"), an
// age after it ("Sem (7)"), where it stands in the sentence. A name found once counts wherever it
// appears again in the same text, also at the start of a sentence.
// The parts: `nameWords.ts` (word lists, what a word is), `nameChunks.ts` (runs of capitalised words
// and the judgement on them), `smallNames.ts` (names written small); this module walks the text.
import type { Span } from '../model';
import type { PrivacyHit } from './kinds';
import { lexicon } from './lexicon';
import { chunkAt, hitOf, isCited, judge } from './nameChunks';
import { TITLES, TUSSENVOEGSELS, afterDeterminer, afterPlacePrep, classOf, isTv } from './nameWords';
import { BEFORE_SMALL_NAME, smallNameAt, writtenSmall } from './smallNames';
import { initialsNextToRole, tableNames } from './initials';
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

const TITLE_MAX = Math.max(...[...TITLES].map((w) => w.length));

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
    // Most words are small and follow no role or title: one look at the word before settles them.
    if (!t.cap && !allSmall && !(i > 0 && (BEFORE_SMALL_NAME.has(tokens[i - 1].text) || (tokens[i - 1].text.length <= TITLE_MAX && TITLES.has(tokens[i - 1].text.toLowerCase()))))) {
      // A first name no dictionary spells is a name even written small in a hurried note ("met jayden gesproken").
      if (t.text.length >= 4 && !skip[i] && lex.isSmallFirstName(t.text)) {
        hits.push(hitOf(tokens, prose, { first: i, last: i, words: [i], initials: 0, tussenvoegsel: false }));
        smallFound.add(t.text);
        covered.add(i);
      }
      continue;
    }
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
    if (!covered.has(k) && !skip[k] && !t.cap && (smallFound.has(t.text) || (t.text.endsWith('s') && smallFound.has(t.text.slice(0, -1))))) {
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
  // Only this region's part of the text (the caller passes one region's tokens): a scan of the whole text
  // for each beeld would be quadratic in a journal of many beelden.
  const from = tokens.length ? prose.lastIndexOf('\n', tokens[0].start) + 1 : 0;
  const lineEnd = tokens.length ? prose.indexOf('\n', tokens[tokens.length - 1].end) : 0;
  const part = tokens.length ? prose.slice(from, lineEnd === -1 ? prose.length : lineEnd) : '';
  const shift = (h: NameHit): NameHit => ({ ...h, span: { start: h.span.start + from, end: h.span.end + from } });
  const extra = [...initialsNextToRole(part), ...tableNames(part)].map(shift);
  if (extra.length) {
    const taken = overlapsAny([...(opts.exclude ?? []), ...hits.map((h) => h.span)]);
    for (const h of extra) if (!taken(h.span)) hits.push(h);
  }
  const allowed = allowedWords(opts.allowed);
  return hits
    .filter((h) => !(allowed.size && h.words.every((w) => allowed.has(w.toLowerCase()))))
    .filter((h) => !(h.words.every((w) => lex.isCharacter(w)) && mediaAround(prose, h.span)))
    .sort((a, b) => a.span.start - b.span.start);
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


/** Words that say a passage is about a film, a series, a book, a game or dressing up. */
const MEDIA = /(?<![\p{L}])(?:film|films|filmpje|tekenfilm|serie|series|boek|boekje|voorlezen|voorgelezen|verhaal|sprookje|prinses|superheld|verkleed|verkleedde|verkleden|spel|game|gamen|speelde|knuffel|pop|keken|kijken|gekeken|frozen|disney|pixar|netflix|star wars|toy story|movie|movies|cartoon|book|story|game|dressed|watched|watch|character|princess|sang|song|liedje|zong|zingen)(?![\p{L}])/u;

/** The paragraph around a span (at most a few hundred characters each way) speaks of media. */
function mediaAround(text: string, span: Span): boolean {
  const from = Math.max(0, span.start - 300);
  const before = text.slice(from, span.start);
  const gap = before.search(/\n[ \t]*\n(?![\s\S]*\n[ \t]*\n)/);
  const after = text.slice(span.end, span.end + 300);
  const stop = after.search(/\n[ \t]*\n/);
  return MEDIA.test(((gap === -1 ? before : before.slice(gap)) + ' ' + (stop === -1 ? after : after.slice(0, stop))).toLowerCase());
}

/** Whether a span overlaps any of `spans`: sorted once, then a binary search per question (thousands of hits in a big table). */
function overlapsAny(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  sorted.forEach((s, k) => maxEnd.push(Math.max(s.end, k ? maxEnd[k - 1] : 0)));
  return (span) => {
    // The last span that starts before this one ends: any span up to it overlaps when one ends after our start.
    let lo = 0;
    let hi = sorted.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < span.end) { at = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return at >= 0 && maxEnd[at] > span.start;
  };
}
