// The text of journals that follow a guide: a one-to-one conversation (its steps before the beeld), a
// group conversation (kop, romp and staart with the guide's questions before the shared beeld) and a
// beeld with the questions per element. The guide's notes sit in the preamble (before the first H1),
// so the beeld itself stays in the journal format and the rules check it as usual. Pure.
import { ELEMENTS, type Lang } from '../../core/model';
import { t, type Msg } from '../../core/i18n';
import { ELEMENT_INFO } from '../../core/content/elements';
import { GROUP_GUIDE, ONE_TO_ONE } from '../../core/content/guides';
import { QUESTION_SETS } from '../../core/content/questions';
import { journalTemplate, type Eol, type JournalFields } from '../../core/template';
import { findFrontmatter, outline } from '../../core/scan';
import { applyEdits } from '../../core/edits';
import type { TextEdit } from '../../core/model';
import type { SituationView } from '../views/situations-data';
import { teamSituationBlock } from './text-edits';

const W = {
  partner: { nl: 'Gesprekspartner:', en: 'Conversation partner:' },
  situation: { nl: 'Situatie:', en: 'Situation:' },
  summary: { nl: 'Samenvatting en twijfel:', en: 'Summary and doubt:' },
  beeldBelow: {
    nl: 'Stap 5 en 6: schrijf hieronder je beeld van goed werk uit en toets het aan de drie E\'s.',
    en: 'Steps 5 and 6: write your beeld van goed werk below and check it against the three Es.',
  },
  present: { nl: 'Aanwezig:', en: 'Present:' },
  contributor: { nl: 'Inbrenger:', en: 'Case brought by:' },
  order: {
    nl: 'Wie houvast zoekt: eerst handelingen en kennis, dan deugden en vrijheid, tot slot identiteit.',
    en: 'For something to hold on to: skills and knowledge first, then virtues and freedom, identity last.',
  },
  groupBeeld: {
    nl: 'Het gedeelde beeld van goed werk, zoals de inbrenger het na de staart verwoordt.',
    en: 'The shared beeld van goed werk, as the person who brought the case words it in the closing.',
  },
  notes: { nl: 'Aantekeningen:', en: 'Notes:' },
} satisfies Record<string, Msg>;

const lines = (eol: Eol, parts: string[]): string => parts.map((p) => p + eol).join('');

function safe(text: string): string {
  return text.replace(/-{2,}/g, '-').replace(/\s+/g, ' ').trim();
}

function comment(text: string): string {
  return `<!-- ${safe(text)} -->`;
}

/** The journal template split at its first H1: what comes before (frontmatter, situation) and the beeld. */
function splitTemplate(lang: Lang, fields: JournalFields, eol: Eol): { head: string; beeld: string } {
  const text = journalTemplate(lang, fields, eol);
  const first = outline(text).beelden[0];
  const at = first ? first.span.start : text.length;
  return { head: text.slice(0, at), beeld: text.slice(at) };
}

function elementQuestions(lang: Lang, set: 'first' | 'deepening'): string[] {
  return ELEMENTS.flatMap((e) => [
    `- **${t(lang, ELEMENT_INFO[e].name)}**`,
    ...QUESTION_SETS[e][set].map((m) => `  - *${safe(t(lang, m)).replace(/[*_]/g, '')}*`),
  ]).concat(['']);
}

/** A one-to-one conversation: steps 1 to 4 as notes, then the beeld (step 5) with its 3E check (step 6). */
export function oneToOneJournal(lang: Lang, fields: Omit<JournalFields, 'gesprek'> = {}, eol: Eol = '\n'): string {
  // Two people talk: the writer and the professional friend; which form it was is the writer's to say.
  const { head, beeld } = splitTemplate(lang, { ...fields, gesprek: 'een-op-een', sessie: { deelnemers: '2', ...fields.sessie } }, eol);
  const [s1, s2, s3, s4] = ONE_TO_ONE.steps;
  const step = (n: number, s: typeof s1, after: string[]): string[] =>
    [`## ${n}. ${t(lang, s.title)}`, '', comment(t(lang, s.body)), '', ...after];
  const notes = lines(eol, [
    ...step(1, s1, [t(lang, W.partner), '']),
    ...step(2, s2, [t(lang, W.situation), '']),
    ...step(3, s3, [...elementQuestions(lang, 'first'), t(lang, W.summary), '']),
    ...step(4, s4, elementQuestions(lang, 'deepening')),
    comment(t(lang, W.beeldBelow)),
    '',
  ]);
  return head + notes + beeld;
}

/** A group conversation: kop, romp and staart with the guide's questions, then the shared beeld. */
export function groupJournal(lang: Lang, fields: Omit<JournalFields, 'gesprek'> = {}, eol: Eol = '\n'): string {
  // A group of colleagues reflecting on their own conduct is intervisie (the timer fills the duration).
  const { head, beeld } = splitTemplate(lang, { ...fields, gesprek: 'groep', sessie: { vorm: 'intervisie', ...fields.sessie } }, eol);
  const g = GROUP_GUIDE;
  const sizes = lang === 'nl'
    ? `${g.sizeMin} tot ${g.sizeMax} mensen, ${g.minutesMin} tot ${g.minutesMax} minuten.`
    : `${g.sizeMin} to ${g.sizeMax} people, ${g.minutesMin} to ${g.minutesMax} minutes.`;
  const parts = g.parts.flatMap((p) => [
    `## ${t(lang, p.title)}`,
    '',
    comment(t(lang, p.body)),
    ...(p.id === 'romp' ? [comment(t(lang, W.order))] : []),
    '',
    ...p.questions.map((q) => `- *${safe(t(lang, q)).replace(/[*_]/g, '')}*`),
    '',
    ...(p.id === 'kop' ? [t(lang, W.present), '', t(lang, W.contributor), ''] : [t(lang, W.notes), '']),
  ]);
  const notes = lines(eol, [comment(`${t(lang, g.title)}: ${sizes}`), '', ...parts, comment(t(lang, W.groupBeeld)), '']);
  return head + notes + beeld;
}

/** A beeld whose element sections carry the wider question set per element as prompts. */
export function questionsJournal(lang: Lang, fields: JournalFields = {}, eol: Eol = '\n'): string {
  const text = journalTemplate(lang, fields, eol);
  const beeld = outline(text).beelden[0];
  if (!beeld) return text;
  const edits: TextEdit[] = [];
  for (const s of beeld.sections) {
    if (!(ELEMENTS as readonly string[]).includes(s.kind)) continue;
    const qs = QUESTION_SETS[s.kind as (typeof ELEMENTS)[number]].guide.map((m) => `- ${safe(t(lang, m))}`);
    edits.push({ span: { start: s.body.start, end: s.body.start }, newText: eol + lines(eol, ['<!--', ...qs, '-->']) });
  }
  return applyEdits(text, edits);
}

export type JournalKind = 'beeld' | 'een-op-een' | 'groep' | 'vragen';

/** Puts a block right after the frontmatter (where the template puts a built-in situation's). */
function afterFrontmatter(text: string, block: string, eol: Eol): string {
  const fm = findFrontmatter(text);
  const at = fm ? fm.span.end : 0;
  return text.slice(0, at) + eol + block + text.slice(at);
}

export function journalText(kind: JournalKind, lang: Lang, fields: JournalFields, situation?: SituationView, eol: Eol = '\n'): string {
  const text = kind === 'een-op-een' ? oneToOneJournal(lang, fields, eol)
    : kind === 'groep' ? groupJournal(lang, fields, eol)
      : kind === 'vragen' ? questionsJournal(lang, fields, eol)
        : journalTemplate(lang, fields, eol);
  return situation?.team ? afterFrontmatter(text, teamSituationBlock(situation.title, situation.summary, lang, eol), eol) : text;
}

