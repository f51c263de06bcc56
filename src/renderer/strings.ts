// The words the notebook's renderer writes itself, Dutch first. The renderer runs in the notebook's
// webview, where the extension's l10n bundle does not reach; like the core it speaks in { nl, en } pairs
// and the cell's view metadata says which language the user reads.
import type { Msg } from '../core/i18n';
import type { UiLang } from './protocol';

export const S = {
  notLookedAt: { nl: 'Nog niet bekeken:', en: 'Not looked at yet:' },
  toWrite: { nl: 'Nog te schrijven:', en: 'Still to write:' },
  addPart: { nl: 'Voeg {0} toe', en: 'Add {0}' },
  openPart: { nl: 'Schrijf {0}', en: 'Write {0}' },
  allLookedAt: { nl: 'Alles bekeken', en: 'Everything looked at' },
  drieE: { nl: '3E-check:', en: '3E check:' },
  drieENotYet: { nl: 'nog niet gedaan', en: 'not done yet' },
  ja: { nl: 'ja', en: 'yes' },
  nee: { nl: 'nee', en: 'no' },
  deels: { nl: 'deels', en: 'partly' },
  open: { nl: 'open', en: 'open' },
  answerTip: { nl: 'Klik om {0} te antwoorden; klik nog eens om het open te laten', en: 'Click to answer {0}; click again to leave it open' },
  explain: { nl: 'toelichting…', en: 'explain…' },
  explainTip: { nl: 'Schrijf in een paar woorden waarom', en: 'Write in a few words why' },
  prompts: { nl: 'Hulpvragen', en: 'Questions to help you' },
  writeHere: { nl: 'Klik hier om te schrijven', en: 'Click here to write' },
  titleHere: { nl: 'Klik hier om je beeld een titel te geven', en: 'Click here to give your beeld a title' },
  pickImage: { nl: 'Kies een afbeelding…', en: 'Choose a picture…' },
  details: { nl: 'Gegevens van dit journaal', en: 'Details of this journal' },
  editDetails: { nl: 'Gegevens bewerken…', en: 'Edit details…' },
  notFilled: { nl: 'nog niet ingevuld', en: 'not filled in yet' },
  invalidDetails: {
    nl: 'Deze gegevens lezen niet als een lijst van velden. Dubbelklik om ze als tekst te bekijken; de Problemen zeggen wat er mis is.',
    en: 'These details do not read as a list of fields. Double-click to see them as text; Problems says what is wrong.',
  },
  emptyTitle: { nl: 'Dit journaal is nog leeg', en: 'This journal is still empty' },
  emptyBody: {
    nl: 'Schrijf hier je eerste beeld van goed werk: wat vind jij in je werk goed om te doen, en waarom juist dat?',
    en: 'Write your first beeld van goed werk here: what is the good thing to do in your work, and why?',
  },
  startSituation: { nl: 'Begin bij een kritische situatie…', en: 'Start from a critical situation…' },
  startBlank: { nl: 'Begin met een leeg beeld…', en: 'Start with a blank beeld…' },
} satisfies Record<string, Msg>;

export type Key = keyof typeof S;

export function say(lang: UiLang, key: Key, ...args: string[]): string {
  const text: string = S[key][lang] ?? S[key].nl;
  return text.replace(/\{(\d+)\}/g, (whole, i) => args[Number(i)] ?? whole);
}
