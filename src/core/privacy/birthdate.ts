// Dates of birth: a date that a cue says is a birth ("geboren 12-03-2011", "geb. 3 mei 2011",
// "geboortedatum: 2011-03-12", "born on 3 May 2011"), or a full date in brackets right after a name
// ("Sem (12-03-2011)"). Any other date is an event ("op 12 maart hadden we intervisie") and stays quiet.
import type { PrivacyHit } from './kinds';

const MONTH_NAMES = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
  'november', 'december', 'jan', 'feb', 'febr', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec',
  'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october'];
/** Lower case or capitalised (no `i` flag: it would make every capital in the patterns optional). */
const MONTHS = MONTH_NAMES.flatMap((m) => [m, m[0].toUpperCase() + m.slice(1)]).sort((a, b) => b.length - a.length).join('|');
/** A month with the full stop only an abbreviation takes ("2 jan. 2013", but "9 november." ends a sentence). */
const MONTH = String.raw`(?:${MONTHS})(?:(?<=(?:an|eb|br|rt|pr|un|ul|ug|ep|pt|kt|ov|ec))\.)?`;

const NUMERIC = String.raw`\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}`;
const WRITTEN = String.raw`\d{1,2}(?:e|ste|de|st|nd|rd|th)?\s+${MONTH}(?:,?\s+(?:\d{4}|'\d{2}))?`;
const ENGLISH = String.raw`${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?`;
const MONTH_YEAR = String.raw`(?:${MONTHS})\s+\d{4}`;
const DATE = `(?:${NUMERIC}|${WRITTEN}|${ENGLISH}|${MONTH_YEAR})`;
/** A year of birth on its own: after a cue ("geboren in 2011", "born 2011", "geboortejaar 2011") it is one. */
const YEAR = String.raw`(?:19|20)\d{2}`;

/** The cue, then up to a few words (a place, "op", "in"), then the date; all in one sentence. */
const CUED = new RegExp(
  String.raw`(?<![\p{L}])(?:[Gg]eboren|[Gg]eb\.|[Gg]eb(?=\s*:)|[Gg]eboortedatum|[Gg]eboorte\s?datum|[Gg]eb\.?\s?datum|[Gg]eboortedag|[Gg]eboortejaar|[Gg]eboortejaren|[Bb]orn|[Dd]ate of birth|[Bb]irth\s?date|[Bb]irthday|[Yy]ear of birth|[Dd]\.?[Oo]\.?[Bb]\.?|DOB|[Jj]arig|[Vv]erjaardag|[Vv]erjaart|°)` +
  String.raw`([\s:,*|]*(?:[\p{L}'-]+[ \t,]+){0,5}?)(${DATE}|${YEAR})(?![\p{L}\p{N}]|[-/.]\d)`,
  'gu',
);

/** "Ze is op 3 mei 2011 geboren", "Evi is 22 januari 2006 geboren": the date before the cue. */
const DATE_FIRST = new RegExp(String.raw`(?<![\p{L}\p{N}])(${DATE})[ \t,|:–-]+(?:[\p{Ll}]+[ \t]+){0,2}(?:[Gg]eboren|[Bb]orn|[Gg]eboorte|[Bb]irth)(?![\p{L}])`, 'gu');

/**
 * "Hij is van 2009", "ze zijn van 2011 en 2014": Dutch says a person "is van" the year of birth. A further
 * "van 2014" in the same sentence after a name or a role ("en zijn zus Anushka van 2014") is one too.
 */
const PERSON = String.raw`(?!(?:Het|Dat|Dit|Die|Deze|Wat|Alles|Er|Daar)[ \t])(?:[Hh]ij|[Zz]ij|[Zz]e|[Ii]k|[Jj]ij|[Jj]e|[Uu]|\p{Lu}\p{Ll}+|kind|kinderen|jongen|meisje|zoon|zoontje|dochter|dochtertje|broer|broertje|zus|zusje|baby|jongste|oudste|tweeling|moeder|vader|neef|nicht)`;
const IS_VAN = new RegExp(String.raw`(?<![\p{L}])${PERSON}[ \t]+(?:is|ben|bent|zijn|was|waren)[ \t]+(?:(?:zelf|allebei|beiden|ook|dus)[ \t]+)?van[ \t]+(${YEAR})(?![\p{L}\p{N}]|[-/.]\d|[ \t]*(?:tot|t\/m|-|–|until|to)[ \t])`, 'gu');
const ALSO_VAN = new RegExp(String.raw`(?:\p{Lu}[\p{Ll}'’-]+|zus|zusje|broer|broertje|jongste|oudste|tweede|derde)[ \t]+van[ \t]+(${YEAR})(?![\p{L}\p{N}]|[-/.]\d)|(?:^|[ \t,])(?:en|of)[ \t]+(${YEAR})(?![\p{L}\p{N}]|[-/.]\d)`, 'gu');

/** "Sem (12-03-2011)" or "Sem (*12-03-2011)": a full date in brackets after a capitalised word. */
const BRACKETED = new RegExp(String.raw`\p{Lu}[\p{L}'-]+\s*\(\s*\*?\s*(${NUMERIC}|\d{1,2}\s+(?:${MONTHS})\s+\d{4})\s*\)`, 'gu');

/** Words between the cue and a date that start another clause: the date is then about something else. */
const CLAUSE = /(?<![\p{L}])(?:toen|en|maar|omdat|want|terwijl|nadat|voordat|dus|sinds|ik|we|wij|hij|zij|ze|je|jij|when|and|but|since|we|i)(?![\p{L}])/iu;

/** A cheap first look for a cue or a bracketed date; without one, the patterns need not run. */
const QUICK = /[Gg]eb|[Bb]orn|[Bb]irth|DOB|[Dd]\.?[Oo]\.?[Bb]|\(\s*\*?\s*\d|[Jj]arig|[Vv]erjaar|°|van (?:19|20)\d\d/;

function sentenceEnd(text: string, from: number): number {
  const m = /[.!?](?:\s|$)|\n/.exec(text.slice(from, from + 300));
  return m ? from + m.index : Math.min(text.length, from + 300);
}

export function findBirthDates(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  if (!QUICK.test(text)) return hits;
  for (const m of text.matchAll(CUED)) {
    if (CLAUSE.test(m[1]) || /\n[ \t]*\n/.test(m[1])) continue;
    const start = m.index! + m[0].length - m[2].length;
    hits.push({ kind: 'geboortedatum', span: { start, end: start + m[2].length } });
  }
  for (const m of text.matchAll(DATE_FIRST)) {
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
  for (const m of text.matchAll(BRACKETED)) {
    const start = m.index! + m[0].lastIndexOf(m[1]);
    hits.push({ kind: 'geboortedatum', span: { start, end: start + m[1].length } });
  }
  return hits;
}
