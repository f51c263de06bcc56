// The reflection record adds up `duur` and groups by `vorm` and `reeks`: a value it cannot read would
// silently drop a session's hours from what a professional hands in for the SKJ re-registration.
import { FRONTMATTER_KEYS, lineRange } from '../frontmatter';
import type { Msg } from '../i18n';
import type { Journal, Range } from '../model';
import { MAX_SESSION_MINUTES } from '../reflectie/duration';
import { MAX_PARTICIPANTS, readSession, type SessionField, type SessionProblem } from '../reflectie/session';
import { VORM_VALUES } from '../reflectie/vorm';
import type { Rule } from './types';
import { msg } from './util';

export const messages = {
  description: {
    nl: 'De sessievelden in de frontmatter (vorm, duur, deelnemers, begeleider, reeks) hebben een waarde die het reflectieverslag kan lezen.',
    en: 'The session fields in the frontmatter (form, duration, participants, facilitator, series) hold values the reflection record can read.',
  },
  vorm: {
    nl: 'Onbekende vorm. Kies uit: {0}. Deze sessie telt nu niet mee in het reflectieverslag.',
    en: 'Unknown form. Choose from: {0}. This session does not count in the reflection record now.',
  },
  onleesbaar: {
    nl: 'Deze duur is niet te lezen. Schrijf minuten (`90`) of uren en minuten (`1u30`, `1:30`, `1,5 uur`).',
    en: 'This duration cannot be read. Write minutes (`90`) or hours and minutes (`1h30`, `1:30`, `1.5 hours`).',
  },
  nul: {
    nl: 'Een sessie duurt langer dan nul minuten. Vul de echte duur in, of laat het veld leeg.',
    en: 'A session lasts more than zero minutes. Fill in the real duration, or leave the field empty.',
  },
  'te-lang': {
    nl: 'Meer dan {0} uur voor één sessie kan niet kloppen. Bedoel je minuten? Schrijf dan bijvoorbeeld `90` of `1u30`.',
    en: 'More than {0} hours for one session cannot be right. Did you mean minutes? Then write for instance `90` or `1h30`.',
  },
  dubbelzinnig: {
    nl: 'Is dit uren of minuten? Schrijf `1,5 uur` of `90`.',
    en: 'Is this hours or minutes? Write `1.5 hours` or `90`.',
  },
  'geen-getal': {
    nl: 'Het aantal deelnemers is een heel getal vanaf 1 (jijzelf telt mee). Namen horen hier niet: die maken collega’s herkenbaar.',
    en: 'The number of participants is a whole number from 1 (you count too). Names do not belong here: they make colleagues recognisable.',
  },
  'te-veel': {
    nl: 'Meer dan {0} deelnemers is geen reflectiesessie meer. Klopt het getal?',
    en: 'More than {0} participants is no longer a reflection session. Is the number right?',
  },
  'zelf-met-anderen': {
    nl: 'Vorm `zelf` betekent alleen, maar hier staan meer deelnemers. Kies de vorm die het was (bijvoorbeeld `intervisie`).',
    en: 'Form `zelf` means alone, yet more participants are given. Choose the form it was (for instance `intervisie`).',
  },
  'geen-tekst': {
    nl: 'Dit veld is één korte tekst, geen lijst.',
    en: 'This field is one short text, not a list.',
  },
} satisfies Record<string, Msg>;

function messageOf(p: SessionProblem): Msg {
  switch (p.kind) {
    case 'onbekend': return msg(messages.vorm, VORM_VALUES.join(', '));
    case 'te-lang': return msg(messages['te-lang'], String(MAX_SESSION_MINUTES / 60));
    case 'te-veel': return msg(messages['te-veel'], String(MAX_PARTICIPANTS));
    default: return messages[p.kind];
  }
}

/** The line of the field's key; a value YAML turned into a list has no normalised field, so look for the key. */
function fieldLine(journal: Journal, field: SessionField): Range {
  const fm = journal.frontmatter!;
  const known = fm.fieldRanges[field];
  if (known) return lineRange(journal.text, journal.lineStarts, journal.lineStarts[known.start.line] + known.start.character);
  const yaml = journal.text.slice(fm.yamlSpan.start, fm.yamlSpan.end);
  const keys = FRONTMATTER_KEYS[field].join('|');
  const m = new RegExp(`^[ \\t]*["']?(?:${keys})["']?[ \\t]*:`, 'im').exec(yaml);
  return lineRange(journal.text, journal.lineStarts, fm.yamlSpan.start + (m ? m.index : 0));
}

export const sessieOngeldig: Rule = {
  id: 'sessie-ongeldig',
  defaultSeverity: 'warning',
  description: messages.description,
  check(journal) {
    const fm = journal.frontmatter;
    if (!fm?.data) return [];
    return readSession(fm).problems.map((p) => ({ range: fieldLine(journal, p.field), message: messageOf(p) }));
  },
};
