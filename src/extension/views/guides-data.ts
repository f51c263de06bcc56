// What the Handreikingen view shows: the one-to-one guide, the group guide, the questions per element
// and the 3E check. Pure, so the tree's content is unit-tested without an editor.
import { ELEMENTS, type ElementId, type Lang } from '../../core/model';
import { t } from '../../core/i18n';
import { ELEMENT_INFO } from '../../core/content/elements';
import { DRIE_E, GROUP_GUIDE, ONE_TO_ONE, type DrieEId } from '../../core/content/guides';
import { QUESTION_SETS } from '../../core/content/questions';

export const GUIDE_IDS = ['een-op-een', 'groep', 'vragen', 'drie-e'] as const;
export type GuideId = (typeof GUIDE_IDS)[number];

export function isGuideId(v: unknown): v is GuideId {
  return typeof v === 'string' && (GUIDE_IDS as readonly string[]).includes(v);
}

export type GuideNode =
  | { kind: 'guide'; guide: GuideId; label: string; description: string; tooltip: string }
  | { kind: 'step'; guide: GuideId; label: string; description?: string; tooltip: string; element?: ElementId; drieE?: DrieEId; children: GuideNode[] }
  | { kind: 'question'; guide: GuideId; label: string; element?: ElementId };

const WORDS: Record<Lang, { questions: string; steps: (n: number) => string; group: (a: number, b: number, c: number, d: number) => string; check: string }> = {
  nl: {
    questions: 'Vragen per element',
    steps: (n) => `${n} stappen`,
    group: (a, b, c, d) => `${a}–${b} mensen · ${c}–${d} minuten`,
    check: 'afvinken na het schrijven',
  },
  en: {
    questions: 'Questions per element',
    steps: (n) => `${n} steps`,
    group: (a, b, c, d) => `${a}–${b} people · ${c}–${d} minutes`,
    check: 'tick off after writing',
  },
};

export function guideTitle(id: GuideId, lang: Lang): string {
  switch (id) {
    case 'een-op-een': return t(lang, ONE_TO_ONE.title);
    case 'groep': return t(lang, GROUP_GUIDE.title);
    case 'vragen': return WORDS[lang].questions;
    case 'drie-e': return lang === 'nl' ? '3E-check' : '3E check';
  }
}

export function groupSubtitle(lang: Lang): string {
  const g = GROUP_GUIDE;
  return WORDS[lang].group(g.sizeMin, g.sizeMax, g.minutesMin, g.minutesMax);
}

export function guideRoots(lang: Lang): GuideNode[] {
  const w = WORDS[lang];
  return [
    { kind: 'guide', guide: 'een-op-een', label: guideTitle('een-op-een', lang), description: w.steps(ONE_TO_ONE.steps.length), tooltip: t(lang, ONE_TO_ONE.intro) },
    { kind: 'guide', guide: 'groep', label: guideTitle('groep', lang), description: groupSubtitle(lang), tooltip: t(lang, GROUP_GUIDE.intro) },
    { kind: 'guide', guide: 'vragen', label: guideTitle('vragen', lang), description: ELEMENTS.map((e) => t(lang, ELEMENT_INFO[e].name)).join(', '),
      tooltip: ELEMENTS.map((e) => `${t(lang, ELEMENT_INFO[e].name)}: ${t(lang, ELEMENT_INFO[e].question)}`).join('\n') },
    { kind: 'guide', guide: 'drie-e', label: guideTitle('drie-e', lang), description: DRIE_E.map((e) => t(lang, e.name)).join(', '),
      tooltip: DRIE_E.map((e) => `${t(lang, e.name)}: ${t(lang, e.question)}`).join('\n') },
  ];
}

export function guideChildren(node: GuideNode, lang: Lang): GuideNode[] {
  if (node.kind === 'step') return node.children;
  if (node.kind !== 'guide') return [];
  const q = (guide: GuideId, label: string, element?: ElementId): GuideNode => ({ kind: 'question', guide, label, element });
  switch (node.guide) {
    case 'een-op-een':
      return ONE_TO_ONE.steps.map((s, i) => ({
        kind: 'step', guide: 'een-op-een', label: `${i + 1}. ${t(lang, s.title)}`, tooltip: t(lang, s.body), children: [],
      }));
    case 'groep':
      return GROUP_GUIDE.parts.map((p) => ({
        kind: 'step', guide: 'groep', label: t(lang, p.title), tooltip: t(lang, p.body),
        children: p.questions.map((m) => q('groep', t(lang, m))),
      }));
    case 'vragen':
      return ELEMENTS.map((e) => ({
        kind: 'step', guide: 'vragen', element: e, label: t(lang, ELEMENT_INFO[e].name), description: t(lang, ELEMENT_INFO[e].question),
        tooltip: t(lang, ELEMENT_INFO[e].question), children: QUESTION_SETS[e].guide.map((m) => q('vragen', t(lang, m), e)),
      }));
    case 'drie-e':
      return DRIE_E.map((e) => ({
        kind: 'step', guide: 'drie-e', drieE: e.id, label: t(lang, e.name), description: t(lang, e.question),
        tooltip: `${t(lang, e.question)} (${WORDS[lang].check})`, children: [],
      }));
  }
}
