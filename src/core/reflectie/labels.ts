// The words of the reflection record, shared by its text, HTML and PDF faces. Dutch first.
import { SECTION_HEADINGS } from '../sections';
import { t, type Msg } from '../i18n';
import type { Lang } from '../model';
import { DRIE_E } from '../content/guides';
import { ANSWER_WORD } from '../drie-e';
import { formatMinutes, formatHours } from './duration';
import type { ApartReason, DraftLine, ReflectieRecord, Series, SessionRow } from './types';
import { VORM_LABELS, isVorm } from './vorm';

export const L = {
  title: { nl: 'Reflectieverslag', en: 'Reflection record' },
  subtitle: {
    nl: 'Reflectie op professioneel handelen, voor de herregistratie bij het SKJ',
    en: 'Reflection on professional conduct, for re-registration with the SKJ (Dutch youth care register)',
  },
  professional: { nl: 'Professional', en: 'Professional' },
  period: { nl: 'Periode', en: 'Period' },
  periodValue: { nl: '{0} tot en met {1}', en: '{0} up to and including {1}' },
  made: { nl: 'Gemaakt op', en: 'Made on' },
  totals: { nl: 'Samenvatting', en: 'Summary' },
  countedHours: { nl: 'Uren reflectie die meetellen', en: 'Hours of reflection that count' },
  countedSessions: { nl: 'Sessies die meetellen', en: 'Sessions that count' },
  seriesCount: { nl: 'Reeksen', en: 'Series' },
  apartHours: { nl: 'Apart gehouden (telt niet mee)', en: 'Kept apart (does not count)' },
  apartValue: { nl: '{0} sessie(s), {1}', en: '{0} session(s), {1}' },
  withoutDuration: {
    nl: '{0} sessie(s) zonder duur: vul `duur` in het journaal in, anders tellen hun uren niet mee.',
    en: '{0} session(s) without a duration: fill in `duur` in the journal, or their hours do not count.',
  },
  hours: { nl: '{0} uur', en: '{0} hours' },
  oneHour: { nl: '1 uur', en: '1 hour' },
  series: { nl: 'Reeks', en: 'Series' },
  unnamed: { nl: 'zonder reeksnaam', en: 'no series name' },
  sessions: { nl: 'Sessies', en: 'Sessions' },
  date: { nl: 'Datum', en: 'Date' },
  form: { nl: 'Vorm', en: 'Form' },
  duration: { nl: 'Duur', en: 'Duration' },
  facilitator: { nl: 'Begeleider', en: 'Facilitator' },
  participants: { nl: 'Deelnemers', en: 'Participants' },
  beelden: { nl: 'Beelden', en: 'Beelden' },
  unknown: { nl: 'onbekend', en: 'unknown' },
  missing: { nl: 'ontbreekt', en: 'missing' },
  seriesTotal: { nl: 'Totaal van deze reeks: {0} in {1} sessie(s).', en: 'Total of this series: {0} in {1} session(s).' },
  draftTitle: { nl: 'Concept: de drie dimensies', en: 'Draft: the three dimensions' },
  draftNote: {
    nl: 'Dit is een concept, verzameld uit je beelden van goed werk. Het is geen tekst om zo in te leveren: schrijf per dimensie in je eigen woorden wat je in deze reeks over je eigen handelen hebt geleerd.',
    en: 'This is a draft, gathered from your beelden van goed werk. It is not a text to hand in as it is: write per dimension, in your own words, what you learned about your own conduct in this series.',
  },
  draftEmpty: { nl: 'Nog niets uit de beelden voor deze dimensie.', en: 'Nothing from the beelden for this dimension yet.' },
  from: { nl: 'uit', en: 'from' },
  untitled: { nl: 'beeld zonder titel', en: 'untitled beeld' },
  statement: { nl: 'Verklaring van de begeleider (als je die vraagt)', en: 'Statement of the facilitator (if you ask for one)' },
  statementText: {
    nl: 'Ik verklaar dat de professional hierboven aan deze sessies heeft deelgenomen.',
    en: 'I declare that the professional named above took part in these sessions.',
  },
  name: { nl: 'Naam', en: 'Name' },
  signature: { nl: 'Handtekening', en: 'Signature' },
  apartTitle: { nl: 'Apart gehouden: telt niet mee', en: 'Kept apart: does not count' },
  noSessions: {
    nl: 'Geen reflectiesessies in deze periode. Een journaal telt als sessie als de frontmatter een vorm, duur, begeleider, reeks of gesprek noemt.',
    en: 'No reflection sessions in this period. A journal counts as a session when its frontmatter names a form, duration, facilitator, series or conversation.',
  },
  notes: { nl: 'Niet in dit verslag', en: 'Not in this record' },
  outside: { nl: 'Journalen met een sessie buiten de periode: {0}.', en: 'Journals with a session outside the period: {0}.' },
  withoutDate: { nl: 'Journalen zonder leesbare datum: {0}. Vul daar `datum` in.', en: 'Journals without a readable date: {0}. Fill in `datum` there.' },
  otherAuthors: { nl: 'Journalen van iemand anders: {0} (hun namen staan niet in dit verslag).', en: 'Journals by someone else: {0} (their names are not in this record).' },
  privacy: {
    nl: '{0} passage(s) die een persoon herkenbaar kunnen maken zijn weggelaten (zie […]). Haal ze ook uit je journalen.',
    en: '{0} passage(s) that may identify a person were left out (see […]). Remove them from your journals too.',
  },
  footer: {
    nl: 'Gemaakt met Goed Werk uit beelden van goed werk (naar de Praktijkbundel kritische situaties, Jeugdzorg Nederland & Good Work Company, 2023). Dit is geen formulier van het SKJ; kijk in Mijn SKJ wat je moet aanleveren en hoeveel uur je nodig hebt.',
    en: 'Made with Goed Werk from beelden van goed werk (after the Praktijkbundel kritische situaties, Jeugdzorg Nederland & Good Work Company, 2023). This is not an SKJ form; check in Mijn SKJ what you must hand in and how many hours you need.',
  },
} satisfies Record<string, Msg>;

export const APART_LABELS: Record<ApartReason, { title: Msg; why: Msg }> = {
  zelf: {
    title: { nl: 'Zelfreflectie', en: 'Self-reflection' },
    why: { nl: 'Het SKJ telt zelfreflectie niet als reflectievorm.', en: 'The SKJ does not accept self-reflection as a form of reflection.' },
  },
  casuistiek: {
    title: { nl: 'Casuïstiekbespreking', en: 'Case discussion' },
    why: {
      nl: 'Reflectie gaat over je eigen handelen, niet over de casus. Was het dat wel, zet dan de vorm die het was (bijvoorbeeld `vorm: intervisie`).',
      en: 'Reflection is about your own conduct, not about the case. If it was that, set the form it was (for instance `vorm: intervisie`).',
    },
  },
  onbekend: {
    title: { nl: 'Vorm onbekend', en: 'Form unknown' },
    why: {
      nl: 'Vul `vorm` in (intervisie, supervisie, moreel-beraad, coaching) om deze sessies mee te tellen.',
      en: 'Fill in `vorm` (intervisie, supervisie, moreel-beraad, coaching) to count these sessions.',
    },
  },
};

/** `1 maart 2024` / `1 March 2024` from YYYY-MM-DD (UTC, so the day never shifts). */
export function longDate(iso: string, lang: Lang): string {
  const d = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function vormLabel(row: Pick<SessionRow, 'vorm' | 'vormText'>, lang: Lang): string {
  if (row.vorm && isVorm(row.vorm)) return t(lang, VORM_LABELS[row.vorm]);
  return row.vormText ?? t(lang, L.unknown);
}

export function durationLabel(minutes: number | undefined, lang: Lang): string {
  return minutes === undefined ? t(lang, L.missing) : formatMinutes(minutes, lang);
}

export function hoursLabel(minutes: number, lang: Lang): string {
  return minutes === 60 ? t(lang, L.oneHour) : t(lang, L.hours, formatHours(minutes, lang));
}

/** A series' heading: its name, else the form its sessions share, else why it is kept apart. */
export function seriesTitle(s: Series, lang: Lang): string {
  if (s.apart) return t(lang, APART_LABELS[s.apart].title);
  if (s.named) return s.name;
  const form = isVorm(s.name) ? t(lang, VORM_LABELS[s.name]) : s.name;
  return `${form} (${t(lang, L.unnamed)})`;
}

/** Where a draft line comes from: the element's or E's name, the answer, the beeld and its date. */
export function draftSource(line: DraftLine, lang: Lang): string {
  const e = DRIE_E.find((x) => x.id === line.from);
  const what = e
    ? `${t(lang, e.name)}${line.answer && line.answer !== 'open' ? `: ${ANSWER_WORD[lang][line.answer]}` : ''}`
    : SECTION_HEADINGS[line.from as keyof typeof SECTION_HEADINGS][lang];
  return `${what}, ${t(lang, L.from)} “${line.beeld ?? t(lang, L.untitled)}” (${longDate(line.datum, lang)})`;
}

/** The summary lines every face shows first. */
export function summaryRows(r: ReflectieRecord, lang: Lang): [string, string][] {
  const rows: [string, string][] = [
    [t(lang, L.countedHours), hoursLabel(r.totals.minutes, lang)],
    [t(lang, L.countedSessions), String(r.totals.sessions)],
    [t(lang, L.seriesCount), String(r.series.length)],
  ];
  if (r.totals.apartSessions) {
    rows.push([t(lang, L.apartHours), t(lang, L.apartValue, r.totals.apartSessions, hoursLabel(r.totals.apartMinutes, lang))]);
  }
  return rows;
}

/** The notes at the end: what was left out, and why. */
export function noteLines(r: ReflectieRecord, lang: Lang): string[] {
  const out: string[] = [];
  if (r.privacyMasked) out.push(t(lang, L.privacy, r.privacyMasked));
  if (r.totals.withoutDuration) out.push(t(lang, L.withoutDuration, r.totals.withoutDuration));
  if (r.skipped.outsidePeriod) out.push(t(lang, L.outside, r.skipped.outsidePeriod));
  if (r.skipped.withoutDate.length) out.push(t(lang, L.withoutDate, r.skipped.withoutDate.length));
  if (r.skipped.otherAuthors) out.push(t(lang, L.otherAuthors, r.skipped.otherAuthors));
  return out;
}
