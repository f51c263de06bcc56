// Dates of birth: a date that a cue says is a birth ("geboren 12-03-2011", "geb. 3 mei 2011",
// "geboortedatum: 2011-03-12", "born on 3 May 2011"), or a full date in brackets right after a name
// ("Sem (12-03-2011)"). Any other date is an event ("op 12 maart hadden we intervisie") and stays quiet.
import type { PrivacyHit } from './kinds';

const MONTH_NAMES = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober',
  'november', 'december', 'jan', 'feb', 'febr', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec',
  'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october'];
/** Lower case or capitalised (no `i` flag: it would make every capital in the patterns optional). */
const MONTHS = MONTH_NAMES.flatMap((m) => [m, m[0].toUpperCase() + m.slice(1)]).sort((a, b) => b.length - a.length).join('|');

const NUMERIC = String.raw`\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}`;
const WRITTEN = String.raw`\d{1,2}(?:e|ste|de|st|nd|rd|th)?\s+(?:${MONTHS})\.?(?:,?\s+(?:\d{4}|'\d{2}))?`;
const ENGLISH = String.raw`(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?`;
const MONTH_YEAR = String.raw`(?:${MONTHS})\s+\d{4}`;
const DATE = `(?:${NUMERIC}|${WRITTEN}|${ENGLISH}|${MONTH_YEAR})`;

/** The cue, then up to a few words (a place, "op", "in"), then the date; all in one sentence. */
const CUED = new RegExp(
  String.raw`(?<![\p{L}])(?:[Gg]eboren|[Gg]eb\.|[Gg]eb(?=\s*:)|[Gg]eboortedatum|[Gg]eboorte\s?datum|[Gg]eb\.?\s?datum|[Gg]eboortedag|[Bb]orn|[Dd]ate of birth|[Bb]irth\s?date|[Dd]\.?[Oo]\.?[Bb]\.?|DOB)` +
  String.raw`([\s:,*]*(?:[\p{L}'-]+[ \t,]+){0,5}?)(${DATE})(?![\p{L}\p{N}])`,
  'gu',
);

/** "Ze is op 3 mei 2011 geboren", "Evi is 22 januari 2006 geboren": the date before the cue. */
const DATE_FIRST = new RegExp(String.raw`(?<![\p{L}\p{N}])(${DATE})[ \t,]+(?:[\p{Ll}]+[ \t]+){0,2}(?:geboren|born)(?![\p{L}])`, 'gu');

/** "Sem (12-03-2011)" or "Sem (*12-03-2011)": a full date in brackets after a capitalised word. */
const BRACKETED = new RegExp(String.raw`\p{Lu}[\p{L}'-]+\s*\(\s*\*?\s*(${NUMERIC}|\d{1,2}\s+(?:${MONTHS})\s+\d{4})\s*\)`, 'gu');

/** Words between the cue and a date that start another clause: the date is then about something else. */
const CLAUSE = /(?<![\p{L}])(?:toen|en|maar|omdat|want|terwijl|nadat|voordat|dus|sinds|ik|we|wij|hij|zij|ze|je|jij|when|and|but|since|we|i)(?![\p{L}])/iu;

/** A cheap first look for a cue or a bracketed date; without one, the patterns need not run. */
const QUICK = /[Gg]eb|[Bb]orn|[Bb]irth|DOB|[Dd]\.?[Oo]\.?[Bb]|\(\s*\*?\s*\d/;

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
  for (const m of text.matchAll(BRACKETED)) {
    const start = m.index! + m[0].lastIndexOf(m[1]);
    hits.push({ kind: 'geboortedatum', span: { start, end: start + m[1].length } });
  }
  return hits;
}
