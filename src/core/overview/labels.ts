import type { ElementId, Lang } from '../model';
import type { Msg } from '../i18n';
import { t } from '../i18n';

// Every word the overview shows, in both languages. Kept apart so the page template, the charts and the
// browser script read from one list and never drift.
export const L = {
  pageTitle: { nl: 'Goed werk: overzicht', en: 'Goed werk: overview' },
  heading: { nl: 'Overzicht van de journals', en: 'Overview of the journals' },
  summary: {
    nl: '{0} journals, {1} beelden, waarvan {2} compleet',
    en: '{0} journals, {1} beelden, {2} of them complete',
  },
  loading: { nl: 'De journals worden gelezen…', en: 'Reading the journals…' },
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
  drieE: { nl: '3E-check', en: '3E check' },
  drieEShort: { nl: '3E', en: '3E' },
  file: { nl: 'Bestand', en: 'File' },
  line: { nl: 'regel {0}', en: 'line {0}' },
  present: { nl: 'aanwezig', en: 'present' },
  absent: { nl: 'ontbreekt', en: 'missing' },
  untitled: { nl: '(zonder titel)', en: '(untitled)' },
  noBeeld: { nl: '(nog geen beeld)', en: '(no beeld yet)' },
  unknown: { nl: 'onbekend', en: 'unknown' },
  noDate: { nl: 'zonder datum', en: 'undated' },
  team: { nl: 'Team', en: 'Team' },
  table: { nl: 'Journals en beelden', en: 'Journals and beelden' },
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
    nl: 'Aandeel van de beelden waarin elk element is uitgewerkt, per auteur en voor het team.',
    en: 'Share of beelden that work out each element, per author and for the team.',
  },
  chartDeugden: { nl: 'Deugden die het vaakst genoemd worden', en: 'Deugden named most' },
  chartNever: { nl: 'Nooit genoemd', en: 'Never named' },
  andMore: { nl: 'en nog {0}', en: 'and {0} more' },
  noneNever: { nl: 'Elke bekende deugd is genoemd.', en: 'Every known deugd has been named.' },
  noDeugden: { nl: 'Nog geen deugden genoemd.', en: 'No deugden named yet.' },
  chartDrieE: { nl: 'Resultaat van de 3E-check', en: 'Results of the 3E check' },
  drieEComplete: { nl: 'compleet', en: 'complete' },
  drieEPartial: { nl: 'deels', en: 'partial' },
  drieEMissing: { nl: 'ontbreekt', en: 'missing' },
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
