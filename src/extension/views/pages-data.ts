// The readable pages behind the tree items: a situation or a guide as a page model (see page-html.ts).
// Pure, so what a page says is unit-tested without an editor.
import { ELEMENTS, type Lang } from '../../core/model';
import { t, type Msg } from '../../core/i18n';
import { ELEMENT_INFO } from '../../core/content/elements';
import { DRIE_E, GROUP_GUIDE, ONE_TO_ONE, SOURCE } from '../../core/content/guides';
import { QUESTION_SETS } from '../../core/content/questions';
import { findDeugd } from '../../core/content/deugden';
import type { PageBlock, PageModel } from './page-html';
import type { SituationView } from './situations-data';
import { groupSubtitle, guideTitle, type GuideId } from './guides-data';

const W = {
  situation: { nl: 'Kritische situatie {0} van {1}', en: 'Critical situation {0} of {1}' },
  teamSituation: { nl: 'Eigen situatie van het team', en: "The team's own situation" },
  teamBadge: { nl: 'team', en: 'team' },
  story: { nl: 'De situatie', en: 'The situation' },
  dilemma: { nl: 'De vraag', en: 'The question' },
  ownCase: {
    nl: 'Welk moment uit je eigen praktijk komt hierbij boven? Kies iets wat je zelf hebt meegemaakt of ziet aankomen, en kijk er vanuit de vijf elementen naar.',
    en: 'Which moment from your own practice does this bring to mind? Pick something you went through yourself or see coming, and look at it from the five elements.',
  },
  deugden: { nl: 'Deugden die hier kunnen schuren', en: 'Deugden that may pull against each other here' },
  newBeeld: { nl: 'Nieuw beeld bij deze situatie', en: 'New beeld from this situation' },
  insert: { nl: 'Invoegen bij de cursor', en: 'Insert at the cursor' },
  openFile: { nl: 'Bestand openen', en: 'Open the file' },
  startOneToOne: { nl: 'Een-op-eengesprek starten', en: 'Start a one-to-one conversation' },
  startGroup: { nl: 'Groepsgesprek starten', en: 'Start a group conversation' },
  startQuestions: { nl: 'Journaal met deze vragen starten', en: 'Start a journal with these questions' },
  start3e: { nl: 'Nieuw beeld met de 3E-check', en: 'New beeld with the 3E check' },
  add3e: { nl: '3E-check toevoegen aan het huidige beeld', en: 'Add the 3E check to the current beeld' },
  steps: { nl: 'Zes stappen', en: 'Six steps' },
  firstRound: { nl: 'Vragen voor de eerste ronde', en: 'Questions for the first round' },
  deepening: { nl: 'Verdiepende vragen', en: 'Deepening questions' },
  setting: { nl: 'Omgeving', en: 'Setting' },
  facilitator: { nl: 'Als begeleider', en: 'As facilitator' },
  questions: { nl: 'Vragen', en: 'Questions' },
  askBack: {
    nl: 'Elke vraag kun je ook terugblikkend stellen: niet "wat kun je doen?" maar "wat deed je?".',
    en: 'Every question can also be asked looking back: not "what could you do?" but "what did you do?".',
  },
  drieEIntro: {
    nl: 'Houd je beeld van goed werk tegen drie vragen aan voordat je het goed werk noemt. In een journaal beantwoord je elke vraag met ja, nee of deels, en zeg je waarom; een nee is een eerlijk antwoord.',
    en: 'Hold your beeld van goed werk against three questions before you call it good work. In a journal you answer each with yes, no or partly, and say why; a no is an honest answer.',
  },
} satisfies Record<string, Msg>;

export function situationPage(s: SituationView, lang: Lang, total: number): PageModel {
  const blocks: PageBlock[] = [{ heading: t(lang, W.story), paragraphs: s.summary.split(/\n{2,}/).filter((p) => p.trim()) }];
  if (s.dilemma) blocks.push({ heading: t(lang, W.dilemma), paragraphs: [s.dilemma] });
  blocks.push({ paragraphs: [t(lang, W.ownCase)] });
  for (const e of ELEMENTS) {
    const prompts = s.prompts[e];
    if (prompts?.length) blocks.push({ heading: t(lang, ELEMENT_INFO[e].name), icon: e, items: prompts });
  }
  if (s.deugden.length) {
    const names = s.deugden.map((n) => (lang === 'en' ? findDeugd(n)?.en ?? n : n));
    blocks.push({ heading: t(lang, W.deugden), icon: 'deugden', items: names });
  }
  const actions = [
    { label: t(lang, W.newBeeld), command: 'goedwerk.newBeeld', args: [{ situatie: s.id }] },
    { label: t(lang, W.insert), command: 'goedwerk.insertSituation', args: [s.id] },
  ];
  if (s.team && s.file) actions.push({ label: t(lang, W.openFile), command: 'vscode.open', args: [s.file] });
  return {
    id: `situatie:${s.id}`,
    title: s.title,
    subtitle: s.team ? t(lang, W.teamSituation) : t(lang, W.situation, s.order ?? '?', total),
    badge: s.team ? t(lang, W.teamBadge) : undefined,
    blocks,
    actions,
    source: s.team ? undefined : t(lang, SOURCE),
    lang,
  };
}

function oneToOneBlocks(lang: Lang): PageBlock[] {
  const steps: PageBlock[] = ONE_TO_ONE.steps.map((s, i) => {
    const block: PageBlock = { heading: `${i + 1}. ${t(lang, s.title)}`, paragraphs: [t(lang, s.body)] };
    const set = i === 2 ? 'first' : i === 3 ? 'deepening' : undefined;
    if (set) {
      block.children = ELEMENTS.map((e) => ({
        heading: t(lang, ELEMENT_INFO[e].name), icon: e, items: QUESTION_SETS[e][set].map((m) => t(lang, m)),
      }));
    }
    if (i === 5) block.items = DRIE_E.map((e) => `${t(lang, e.name)}: ${t(lang, e.question)}`);
    if (i === 5) block.checklist = true;
    return block;
  });
  return [{ paragraphs: [t(lang, ONE_TO_ONE.intro)] }, ...steps];
}

function groupBlocks(lang: Lang): PageBlock[] {
  const g = GROUP_GUIDE;
  return [
    { paragraphs: [t(lang, g.intro)] },
    { heading: t(lang, W.setting), paragraphs: [t(lang, g.setting)] },
    { heading: t(lang, W.facilitator), items: g.facilitator.map((m) => t(lang, m)) },
    ...g.parts.map((p): PageBlock => ({
      heading: t(lang, p.title), paragraphs: [t(lang, p.body)],
      children: p.questions.length ? [{ heading: t(lang, W.questions), items: p.questions.map((m) => t(lang, m)) }] : undefined,
    })),
  ];
}

function questionBlocks(lang: Lang): PageBlock[] {
  return [
    { paragraphs: [t(lang, W.askBack)] },
    ...ELEMENTS.map((e): PageBlock => ({
      heading: t(lang, ELEMENT_INFO[e].name), icon: e,
      paragraphs: [t(lang, ELEMENT_INFO[e].question)],
      items: QUESTION_SETS[e].guide.map((m) => t(lang, m)),
    })),
  ];
}

function drieEBlocks(lang: Lang): PageBlock[] {
  return [
    { paragraphs: [t(lang, W.drieEIntro)] },
    { heading: guideTitle('drie-e', lang), icon: 'drie-e', checklist: true, items: DRIE_E.map((e) => `${t(lang, e.name)}: ${t(lang, e.question)}`) },
  ];
}

export function guidePage(id: GuideId, lang: Lang): PageModel {
  const start = { label: '', command: 'goedwerk.startFromGuide', args: [id] };
  const page: PageModel = { id: `guide:${id}`, title: guideTitle(id, lang), blocks: [], actions: [start], source: t(lang, SOURCE), lang };
  switch (id) {
    case 'een-op-een':
      start.label = t(lang, W.startOneToOne);
      page.subtitle = t(lang, W.steps);
      page.blocks = oneToOneBlocks(lang);
      break;
    case 'groep':
      start.label = t(lang, W.startGroup);
      page.subtitle = groupSubtitle(lang);
      page.blocks = groupBlocks(lang);
      break;
    case 'vragen':
      start.label = t(lang, W.startQuestions);
      page.blocks = questionBlocks(lang);
      break;
    case 'drie-e':
      start.label = t(lang, W.start3e);
      page.actions.push({ label: t(lang, W.add3e), command: 'goedwerk.add3e', args: [] });
      page.blocks = drieEBlocks(lang);
      break;
  }
  return page;
}
