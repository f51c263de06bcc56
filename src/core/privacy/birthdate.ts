// Dates of birth: a date that a cue says is a birth ("geboren 12-03-2011", "geb. 3 mei 2011",
// "geboortedatum: 2011-03-12", "born on 3 May 2011"), or a full date in brackets right after a name
// ("Sem (12-03-2011)"). Any other date is an event ("op 12 maart hadden we intervisie") and stays quiet.
import type { PrivacyHit } from './kinds';
import { columnCells } from './tables';

const MONTH_NAMES = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
  'november', 'december', 'jan', 'feb', 'febr', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec',
  'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october', 'mar', 'oct'];
/** Lower case or capitalised (no `i` flag: it would make every capital in the patterns optional). */
const MONTHS = MONTH_NAMES.flatMap((m) => [m, m[0].toUpperCase() + m.slice(1)]).sort((a, b) => b.length - a.length).join('|');
/** A month with the full stop only an abbreviation takes ("2 jan. 2013", but "9 november." ends a sentence). */
const MONTH = String.raw`(?:${MONTHS})(?:(?<=(?:an|eb|br|rt|pr|un|ul|ug|ep|pt|kt|ov|ec|ar|ct))\.)?`;

// Year first too, as forms and letters from abroad write it: "2013-07-19", "2013/07/19", "2013.07.19".
const NUMERIC = String.raw`\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|['’]?\d{2})|\d{4}-\d{1,2}-\d{1,2}|\d{4}\/\d{1,2}\/\d{1,2}|\d{4}\.\d{1,2}\.\d{1,2}`;
const WRITTEN = String.raw`\d{1,2}(?:e|ste|de|st|nd|rd|th)?(?:\s+of)?\s+${MONTH}(?:,?\s+(?:\d{4}|['’]\d{2}))?`;
const ENGLISH = String.raw`${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?`;
const MONTH_YEAR = String.raw`(?:${MONTHS})\s+\d{4}`;
/** A date in words, as a form or a deed spells it: "zes juni tweeduizendvijftien", "eenentwintig maart 2012". */
const UNIT_WORDS = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const DAY_WORDS = [...UNIT_WORDS, ...UNIT_WORDS.map((u) => `${u}${/e$/.test(u) ? 'ën' : 'en'}twintig`), 'eenendertig', 'twintig', 'dertig',
  'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien']
  .flatMap((d) => [d, d[0].toUpperCase() + d.slice(1)]).sort((a, b) => b.length - a.length).join('|');
const SPELLED = String.raw`(?<![\p{L}])(?:${DAY_WORDS})\s+(?:${MONTHS})(?:\s+(?:tweeduizend|negentienhonderd)\p{Ll}*|,?\s+\d{4})?`;
const DATE = `(?:${NUMERIC}|${WRITTEN}|${ENGLISH}|${MONTH_YEAR}|${SPELLED})`;
/** A year of birth on its own: after a cue ("geboren in 2011", "born 2011", "geboortejaar 2011") it is one. */
const YEAR = String.raw`(?:19|20)\d{2}`;

/** The cue, then up to a few words (a place, "op", "in"), then the date; all in one sentence. */
const CUED = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:[Gg]eboren|[Tt]er wereld (?:kwam|gekomen|gebracht)|(?:[Kk]wam|[Kk]omt|[Kk]wamen) ter wereld|[Zz]ag het levenslicht|[Bb]eviel|[Bb]evallen|[Bb]evalling|[Gg]ave birth|[Gg]iven birth|[Bb]\.(?=[ \t]*\d{1,2}(?:[-/.]\d|[ \t]+\p{L}))|[Gg]eb\.?[ \t]?dat\.|[Gg]eb\.|[Gg]eb(?=\s*:|[ \t]+\d)|[Oo]p (?:zijn|haar|de) papieren staat|[Ii]n (?:zijn|haar|het) paspoort staat|[Gg]eboortedatum|[Gg]eboorte\s?datum|[Gg]eb\.?\s?datum|[Gg]eboortedag|[Gg]eboortejaar|[Gg]eboortejaren|[Gg]eboorte(?![\p{L}])|[Bb]orn|[Dd]ate of birth|[Bb]irth\s?date|[Bb]irthday|[Yy]ear of birth|[Dd]\.?[Oo]\.?[Bb]\.?|DOB|[Jj]arig|[Vv]erjaardag|[Vv]erjaart|°)` +
  // A form leaves dots or a line to write on right before the date ("Geboren op ........... zes juni");
  // only there, so "geboren... nee, ze zei" does not carry the cue on to a later date.
  String.raw`([\s:,*|]*(?:[\p{L}'’()-]+[ \t,]+){0,8}?(?:[._…]{3,}[ \t]*)?)(${DATE}|${YEAR})(?![\p{L}\p{N}]|[-/.]\d)`,
  'gu',
);

/** "Ze is op 3 mei 2011 geboren", "Evi is 22 januari 2006 geboren": the date before the cue. */
const DATE_FIRST = new RegExp(String.raw`(?<![\p{L}\p{N}])(${DATE})([ \t,|:–-]+(?:[\p{L}'’-]+[ \t]+){0,8})([Gg]eboren|[Bb]orn|[Gg]eboorte|[Bb]irth|ter wereld)(?![\p{L}])`, 'gu');

/**
 * "Hij is van 2009", "ze zijn van 2011 en 2014": Dutch says a person "is van" the year of birth. A further
 * "van 2014" in the same sentence after a name or a role ("en zijn zus Anushka van 2014") is one too.
 */
const PERSON = String.raw`(?!(?:Het|Dat|Dit|Die|Deze|Wat|Alles|Er|Daar)[ \t])(?:[Hh]ij|[Zz]ij|[Zz]e|[Ii]k|[Jj]ij|[Jj]e|[Uu]|\p{Lu}\p{Ll}+|kind|kinderen|jongen|meisje|zoon|zoontje|dochter|dochtertje|broer|broertje|zus|zusje|baby|jongste|oudste|tweeling|moeder|vader|neef|neefje|nicht|nichtje|pleegkind|pleegzoon|pleegdochter|stiefzoon|stiefdochter|kleinkind)`;
const IS_VAN = new RegExp(String.raw`(?<![\p{L}])${PERSON},?[ \t]+(?:is|ben|bent|zijn|was|waren)[ \t]+(?:(?:zelf|allebei|beiden|ook|dus)[ \t]+)?van[ \t]+(${NUMERIC}|${WRITTEN}|${YEAR})(?![\p{L}\p{N}]|[-/.]\d|[ \t]*(?:tot|t\/m|-|–|until|to)[ \t])`, 'gu');
const ALSO_VAN = new RegExp(String.raw`(?:\p{Lu}[\p{Ll}'’-]+|zus|zusje|broer|broertje|jongste|oudste|tweede|derde|moeder|vader|zoon|dochter|neef|nicht)[ \t]+van[ \t]+(${NUMERIC}|${WRITTEN}|${YEAR})(?![\p{L}\p{N}]|[-/.]\d)|(?:^|[ \t,])(?:en|of)[ \t]+(${NUMERIC}|${YEAR})(?![\p{L}\p{N}]|[-/.]\d)`, 'gu');

/**
 * "Olena is geboren op 30 januari 2009; Maksym op 11-08-2016", "Anjali op 1-10-2011, Rohan op 23-06-2013":
 * after a date of birth, a further "<name> op <date>" in the same sentence is one too.
 */
const ALSO_OP = new RegExp(String.raw`(?:[,;]|[ \t](?:en|and))[ \t]+(?:(?:zijn|haar|hun|het|de|his|her|the)[ \t]+\p{Ll}+[ \t]+)?\p{Lu}[\p{Ll}'’-]+[ \t]+(?:op|on)[ \t]+(${NUMERIC}|${WRITTEN})(?![\p{L}\p{N}]|[-/.]\d)`, 'gu');

/** "Sem (12-03-2011)" or "Sem (*12-03-2011)": a full date in brackets after a capitalised word. */
const BRACKETED = new RegExp(String.raw`\p{Lu}[\p{L}'-]+\s*\(\s*\*?\s*(${NUMERIC}|\d{1,2}\s+(?:${MONTHS})\s+\d{4})\s*\)`, 'gu');

/** Words between the cue and a date that start another clause: the date is then about something else. */
const CLAUSE = /(?<![\p{L}])(?:toen|en|maar|omdat|want|terwijl|nadat|voordat|dus|sinds|waar|tot|vanaf|ik|we|wij|hij|zij|ze|je|jij|when|and|but|since|where|until|after|we|i)(?![\p{L}])/u;
/** The words between, lower-cased: a case-blind pattern over Unicode letters costs milliseconds to compile. */
const clauseIn = (words: string) => CLAUSE.test(words.toLowerCase());

/**
 * A cheap first look for a cue or a bracketed date; without one, the patterns need not run. Plain
 * searches for the cue words: one alternation over the whole text cost more than all the rest.
 */
const CUE_WORDS = ['geb', 'Geb', 'GEB', 'born', 'Born', 'birth', 'Birth', 'BIRTH', 'DOB', 'jarig', 'Jarig', 'verjaar', 'Verjaar', '°', 'wereld', ' staat ',
  'levenslicht', 'bevi', 'Bevi', 'beval', 'Beval'];
function mayHold(text: string): boolean {
  for (const w of CUE_WORDS) if (text.includes(w)) return true;
  return (text.includes('(') && /\(\s*\*?\s*\d/.test(text)) || (text.includes('van ') && /van (?:19|20)\d\d|van \d{1,2}[-/. ]/.test(text))
    || (text.includes('*') && /\*[ \t]?\d/.test(text)) || (text.includes('b.') && /\bb\. ?\d/.test(text))
    || /[Dd]\.?[Oo]\.?[Bb]/.test(text);
}

function sentenceEnd(text: string, from: number): number {
  const m = /[.!?](?:\s|$)|\n/.exec(text.slice(from, from + 300));
  return m ? from + m.index : Math.min(text.length, from + 300);
}

export function findBirthDates(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  if (!mayHold(text)) return hits;
  for (const m of text.matchAll(CUED)) {
    if (clauseIn(m[1]) || /\n[ \t]*\n/.test(m[1])) continue;
    const start = m.index! + m[0].length - m[2].length;
    hits.push({ kind: 'geboortedatum', span: { start, end: start + m[2].length } });
  }
  for (const m of text.matchAll(DATE_FIRST)) {
    // "geboren" may stand further on ("op 8 mei 2015 is Fenna in Zwolle geboren"); the noun only close by.
    if (clauseIn(m[2]) || (/^[Gg]eboorte|^[Bb]irth/.test(m[3]) && m[2].trim().split(/[ \t]+/).length > 3)) continue;
    hits.push({ kind: 'geboortedatum', span: { start: m.index!, end: m.index! + m[1].length } });
  }
  for (const m of text.matchAll(IS_VAN)) {
    const start = m.index! + m[0].length - m[1].length;
    hits.push({ kind: 'geboortedatum', span: { start, end: start + m[1].length } });
    const rest = text.slice(start + m[1].length, sentenceEnd(text, start));
    for (const n of rest.matchAll(ALSO_VAN)) {
      const year = n[1] ?? n[2];
      const at = start + m[1].length + n.index! + n[0].length - year.length;
      hits.push({ kind: 'geboortedatum', span: { start: at, end: at + year.length } });
    }
  }
  hits.push(...labelledDates(text), ...tableDates(text), ...starredDates(text));
  hits.push(...alsoOp(text, hits));
  for (const m of text.matchAll(BRACKETED)) {
    const start = m.index! + m[0].lastIndexOf(m[1]);
    hits.push({ kind: 'geboortedatum', span: { start, end: start + m[1].length } });
  }
  return hits;
}

/** The dates that follow a date of birth as "<name> op <date>" in its sentence (see ALSO_OP). */
function alsoOp(text: string, found: readonly PrivacyHit[]): PrivacyHit[] {
  const out: PrivacyHit[] = [];
  for (const h of found) {
    const end = sentenceEnd(text, h.span.end);
    if (end - h.span.end < 12) continue;
    const rest = text.slice(h.span.end, end);
    for (const m of rest.matchAll(ALSO_OP)) {
      const start = h.span.end + m.index! + m[0].length - m[1].length;
      out.push({ kind: 'geboortedatum', span: { start, end: start + m[1].length } });
    }
  }
  return out;
}

/** A birth word: in a form's label, a table's header, a sentence. */
const BIRTH_WORD = /(?<![\p{L}])(?:geboren|geb\.?|geboorte(?:[ -]?datum|data|dag|jaar|jaren)?|geb\.?[ -]?datum|born|birth(?:[ -]?date|day)?|date of birth|d\.?o\.?b\.?|°)(?![\p{L}])/u;
const birthWordIn = (label: string) => BIRTH_WORD.test(label.toLowerCase());
/** Any date in a value, or a year alone. */
const ANY_DATE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${DATE})(?![\p{L}\p{N}]|[-/.]\d)`, 'gu');
const ONLY_YEAR = new RegExp(String.raw`^[\s*_]*(${YEAR})[\s*_.]*$`, 'u');
/** "- Geboortedatum van de jeugdige (volgens het dossier): 12 maart 2012", "**Geb.datum jongste kind:** 4-6-2019". */
const LABEL_LINE = /^[ \t]*(?:[-*+>][ \t]+|\d{1,2}[.)][ \t]+)?([^:\n]{0,60}):(?![\/\d])([^\n]*)$/gmu;

function datesIn(text: string, from: number, value: string, hits: PrivacyHit[]): void {
  const year = ONLY_YEAR.exec(value);
  if (year) {
    const at = from + value.indexOf(year[1]);
    hits.push({ kind: 'geboortedatum', span: { start: at, end: at + year[1].length } });
    return;
  }
  for (const m of value.matchAll(ANY_DATE)) hits.push({ kind: 'geboortedatum', span: { start: from + m.index!, end: from + m.index! + m[0].length } });
}

/** A line whose label (before the colon) holds a birth word: every date in its value is a date of birth. */
function labelledDates(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  if (!text.includes(':')) return hits;
  for (const m of text.matchAll(LABEL_LINE)) {
    // The label is short and no sentence of its own ("Hij vertelde dat hij in 2011 geboren is: ..." is no form).
    if (!birthWordIn(m[1]) || /[.!?]\s/.test(m[1])) continue;
    datesIn(text, m.index! + m[0].length - m[2].length, m[2], hits);
  }
  return hits;
}

/** A Markdown table whose column is headed by a birth word ("geboortedatum", "geb.", "Born"): its cells. */
function tableDates(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  for (const c of columnCells(text, birthWordIn)) datesIn(text, c.start, c.text, hits);
  return hits;
}

/** "*11 jan. '20", "(*3-7-2014)": the asterisk is the sign of birth (as † is of death); not *emphasis*. */
const STARRED = new RegExp(String.raw`(?<![\p{L}\p{N}*\\])\*[ \t]?(${NUMERIC}|${WRITTEN})(?![\p{L}\p{N}*]|[-/.]\d)`, 'gu');

function starredDates(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  if (!text.includes('*')) return hits;
  for (const m of text.matchAll(STARRED)) {
    const start = m.index! + m[0].length - m[1].length;
    hits.push({ kind: 'geboortedatum', span: { start, end: start + m[1].length } });
  }
  return hits;
}
