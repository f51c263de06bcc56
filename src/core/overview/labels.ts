import type { ElementId, Lang } from '../model';
import type { Msg } from '../i18n';
import { t } from '../i18n';
import type { DrieEAnswer } from '../drie-e';

// Every word the overview shows, in both languages. Kept apart so the page template, the charts and the
// browser script read from one list and never drift.
export const L = {
  pageTitle: { nl: 'Goed Werk: overzicht', en: 'Goed Werk: overview' },
  heading: { nl: 'Overzicht van de journalen', en: 'Overview of the journals' },
  summary: {
    nl: '{0} journalen, {1} beelden, waarvan {2} compleet',
    en: '{0} journals, {1} beelden, {2} of them complete',
  },
  loading: { nl: 'De journalen worden gelezen…', en: 'Reading the journals…' },
  filters: { nl: 'Filters', en: 'Filters' },
  author: { nl: 'Auteur', en: 'Author' },
  date: { nl: 'Datum', en: 'Date' },
  situation: { nl: 'Situatie', en: 'Situation' },
  title: { nl: 'Titel', en: 'Title' },
  tag: { nl: 'Tag', en: 'Tag' },
  from: { nl: 'Van', en: 'From' },
  to: { nl: 'Tot en met', en: 'To' },
  search: { nl: 'Zoeken in titel', en: 'Search titles' },
  all: { nl: 'Alle', en: 'All' },
  reset: { nl: 'Filters wissen', en: 'Clear filters' },
  shown: { nl: '{0} van {1} beelden', en: '{0} of {1} beelden' },
  ervaring: { nl: 'Kenmerkende ervaring', en: 'Characteristic experience' },
  ervaringShort: { nl: 'Erv', en: 'Exp' },
  uitwerking: { nl: 'Uitwerking', en: 'Elaboration' },
  uitwerkingShort: { nl: 'Uitw', en: 'Elab' },
  file: { nl: 'Bestand', en: 'File' },
  line: { nl: 'regel {0}', en: 'line {0}' },
  present: { nl: 'aanwezig', en: 'present' },
  absent: { nl: 'ontbreekt', en: 'missing' },
  untitled: { nl: '(zonder titel)', en: '(untitled)' },
  noBeeld: { nl: '(nog geen beeld)', en: '(no beeld yet)' },
  unknown: { nl: 'onbekend', en: 'unknown' },
  noDate: { nl: 'zonder datum', en: 'undated' },
  team: { nl: 'Team', en: 'Team' },
  table: { nl: 'Journalen en beelden', en: 'Journals and beelden' },
  tableHelp: {
    nl: 'Pijltjestoetsen kiezen een rij, Enter opent het beeld.',
    en: 'Arrow keys choose a row, Enter opens the beeld.',
  },
  sortBy: { nl: 'Sorteer op {0}', en: 'Sort by {0}' },
  more: {
    nl: 'Nog {0} rijen; zet scripts aan om ze allemaal te zien.',
    en: '{0} more rows; enable scripts to see them all.',
  },
  empty: { nl: 'Geen beelden die bij de filters passen.', en: 'No beelden match the filters.' },
  charts: { nl: 'In beeld', en: 'At a glance' },
  chartElements: { nl: 'Elementen per auteur', en: 'Elements per author' },
  chartElementsDesc: {
    nl: 'Aandeel van de beelden waarin elk element is bekeken, per auteur en voor het team.',
    en: 'Share of beelden that look at each element, per author and for the team.',
  },
  chartDeugden: { nl: 'Deugden die het vaakst genoemd worden', en: 'Deugden named most' },
  chartNever: { nl: 'Nooit genoemd', en: 'Never named' },
  andMore: { nl: 'en nog {0}', en: 'and {0} more' },
  noneNever: { nl: 'Elke bekende deugd is genoemd.', en: 'Every known deugd has been named.' },
  noDeugden: { nl: 'Nog geen deugden genoemd.', en: 'No deugden named yet.' },
  chartDrieE: { nl: 'Antwoorden op de 3E-check', en: 'Answers to the 3E check' },
  chartDrieEDesc: {
    nl: 'Per E hoe vaak de beelden met ja, deels, nee of nog niet zijn beantwoord. Een nee is een eerlijk antwoord, en vaak het begin van een goed gesprek.',
    en: 'For each E, how often the beelden answered yes, partly, no or not yet. A no is an honest answer, and often the start of a good conversation.',
  },
  drieEStates: {
    nl: 'Alle drie beantwoord: {0} · nog iets open: {1} · geen 3E-check: {2}',
    en: 'All three answered: {0} · something still open: {1} · no 3E check: {2}',
  },
  feedback: { nl: 'Feedback', en: 'Feedback' },
  feedbackFull: { nl: 'Open feedback (draden)', en: 'Open feedback (threads)' },
  feedbackWaits: { nl: 'wacht', en: 'waits' },
  feedbackWaitsFull: { nl: 'wacht op feedback', en: 'waits for feedback' },
  feedbackOpen: { nl: '{0} open', en: '{0} open' },
  filterWaits: { nl: 'Wacht op feedback', en: 'Waits for feedback' },
  filterOpen: { nl: 'Met open feedback', en: 'With open feedback' },
  filterAsked: { nl: 'Feedback gevraagd', en: 'Feedback asked for' },
  excellent: { nl: 'Excellent', en: 'Excellent' },
  ethisch: { nl: 'Ethisch', en: 'Ethical' },
  energiek: { nl: 'Energiek', en: 'Engaging' },
  chartMonths: { nl: 'Beelden per maand', en: 'Beelden per month' },
  noMonths: { nl: 'Geen beelden met een datum.', en: 'No dated beelden.' },
  undatedCount: { nl: '{0} zonder datum', en: '{0} undated' },
  beelden: { nl: 'beelden', en: 'beelden' },
  noScript: {
    nl: 'Zonder scripts werken filteren en sorteren niet; de tabel en grafieken staan er wel.',
    en: 'Without scripts, filtering and sorting do not work; the table and charts are still here.',
  },
  selected: { nl: 'Gekozen: {0}, {1}', en: 'Chosen: {0}, {1}' },
  deugdenList: { nl: 'Deugden', en: 'Deugden' },
  findings: { nl: 'Bevindingen', en: 'Findings' },
  source: {
    nl: 'Begrippen naar de Praktijkbundel kritische situaties (Jeugdzorg Nederland & Good Work Company, 2023).',
    en: 'Terms after the Praktijkbundel kritische situaties (Jeugdzorg Nederland & Good Work Company, 2023).',
  },
} satisfies Record<string, Msg>;

export type LabelKey = keyof typeof L;

export function label(lang: Lang, key: LabelKey, ...args: unknown[]): string {
  return t(lang, L[key], ...args);
}

/** Each answer as the table and the chart write it. */
export const ANSWER_LABEL: Record<DrieEAnswer, Msg> = {
  ja: { nl: 'ja', en: 'yes' },
  nee: { nl: 'nee', en: 'no' },
  deels: { nl: 'deels', en: 'partly' },
  open: { nl: 'open', en: 'open' },
};

/** The E's shortened for narrow table columns; the full name goes in a tooltip and for screen readers. */
export const DRIE_E_SHORT: Record<'excellent' | 'ethisch' | 'energiek', Msg> = {
  excellent: { nl: 'Exc', en: 'Exc' },
  ethisch: { nl: 'Eth', en: 'Eth' },
  energiek: { nl: 'Ene', en: 'Eng' },
};

export const ELEMENT_LABELS: Record<ElementId, Msg> = {
  handelingen: { nl: 'Handelingen', en: 'Skills' },
  kennis: { nl: 'Kennis', en: 'Knowledge' },
  identiteit: { nl: 'Identiteit', en: 'Identity' },
  deugden: { nl: 'Deugden', en: 'Virtues' },
  vrijheid: { nl: 'Vrijheid', en: 'Freedom' },
};

/** One letter per element for narrow table columns; the full name goes in a tooltip and for screen readers. */
export const ELEMENT_SHORT: Record<ElementId, Msg> = {
  handelingen: { nl: 'H', en: 'S' },
  kennis: { nl: 'K', en: 'K' },
  identiteit: { nl: 'I', en: 'I' },
  deugden: { nl: 'D', en: 'V' },
  vrijheid: { nl: 'V', en: 'F' },
};
