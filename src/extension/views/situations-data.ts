// What the Kritische situaties view shows: the booklet's nine situations and the team's own, as plain
// data in one language. Pure, so the tree's content is unit-tested without an editor.
import { ELEMENTS, type ElementId, type Lang } from '../../core/model';
import { t } from '../../core/i18n';
import type { Situation } from '../../core/content/situations';
import type { TeamSituation } from '../../core/team-situations';

export interface SituationView {
  id: string;
  title: string;
  summary: string;
  /** The question the situation puts on the table (built-in situations). */
  dilemma?: string;
  prompts: Partial<Record<ElementId, string[]>>;
  deugden: string[];
  /** True for a situation the team keeps in its workspace. */
  team: boolean;
  /** Where a team situation lives. */
  file?: string;
  /** 1-based position among the built-in ones. */
  order?: number;
}

export function builtInView(s: Situation, lang: Lang): SituationView {
  const prompts: Partial<Record<ElementId, string[]>> = {};
  for (const e of ELEMENTS) {
    const list = (s.prompts[e] ?? []).map((m) => t(lang, m)).filter((p) => p.trim());
    if (list.length) prompts[e] = list;
  }
  return {
    id: s.id,
    title: t(lang, s.title),
    summary: t(lang, s.summary),
    dilemma: t(lang, s.dilemma),
    prompts,
    deugden: [...s.deugden],
    team: false,
    order: s.order,
  };
}

export function teamView(s: TeamSituation): SituationView {
  return { id: s.id, title: s.title, summary: s.story || s.summary, prompts: s.prompts, deugden: [], team: true, file: s.file };
}

/**
 * The built-in situations in the booklet's order, then the team's sorted by title. A team situation
 * whose id a built-in one already has is kept, under a suffixed id, so neither hides the other.
 */
export function situationViews(builtIn: readonly Situation[], team: readonly TeamSituation[], lang: Lang): SituationView[] {
  const views = [...builtIn].sort((a, b) => a.order - b.order).map((s) => builtInView(s, lang));
  const taken = new Set(views.map((v) => v.id));
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const own = team.map(teamView).sort((a, b) => collator.compare(a.title, b.title) || collator.compare(a.file ?? '', b.file ?? ''));
  for (const v of own) {
    let id = v.id;
    for (let n = 2; taken.has(id); n++) id = `${v.id}-${n}`;
    taken.add(id);
    views.push({ ...v, id });
  }
  return views;
}

export type SituationNode =
  | { kind: 'situatie'; situation: SituationView }
  | { kind: 'summary'; situation: SituationView; text: string }
  | { kind: 'dilemma'; situation: SituationView; text: string }
  | { kind: 'element'; situation: SituationView; element: ElementId; prompts: string[] }
  | { kind: 'prompt'; situation: SituationView; element: ElementId; text: string };

export function situationRoots(views: readonly SituationView[]): SituationNode[] {
  return views.map((situation) => ({ kind: 'situatie', situation }));
}

/** The children of a node: a situation expands to its summary, dilemma and elements; an element to its prompts. */
export function situationChildren(node: SituationNode): SituationNode[] {
  if (node.kind === 'situatie') {
    const s = node.situation;
    const out: SituationNode[] = [];
    if (s.summary.trim()) out.push({ kind: 'summary', situation: s, text: s.summary });
    if (s.dilemma?.trim()) out.push({ kind: 'dilemma', situation: s, text: s.dilemma });
    for (const e of ELEMENTS) {
      const prompts = s.prompts[e];
      if (prompts?.length) out.push({ kind: 'element', situation: s, element: e, prompts });
    }
    return out;
  }
  if (node.kind === 'element') {
    return node.prompts.map((text) => ({ kind: 'prompt', situation: node.situation, element: node.element, text }));
  }
  return [];
}

/** A one-line form of a longer text for a tree label: the first sentence, cut at `max` characters. */
export function oneLine(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?…])(\s|$)/.exec(flat)?.[1] ?? flat;
  return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).trimEnd()}…`;
}
