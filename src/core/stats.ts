// What a coach wants to know of a team's journals: per beeld which parts are there, per journal and in
// total how far the beelden are, which deugden the team names and which never. Plain data, so the CLI
// prints it, the language server sends it and the overview draws it.
import { DEUGDEN, findDeugd } from './content';
import type { DrieEId } from './content/guides';
import { DRIE_E_IDS, type DrieEAnswer } from './drie-e';
import { drieEOfSections } from './drie-e-beeld';
import { ELEMENTS, type ElementId, type Finding, type Journal, type Section, type SectionKind } from './model';
import { isMarked, markFromValue } from './feedback/mark';
import { emptyFeedback, type BeeldFeedback } from './feedback/summary';
import { positionAt } from './text';

/** Each E's answer under contract v2 (ja, nee, deels or open); `present`: the beeld has a 3E check. */
export interface DrieEStats {
  present: boolean;
  excellent: DrieEAnswer;
  ethisch: DrieEAnswer;
  energiek: DrieEAnswer;
}

/** How many beelden answered each E how. */
export type DrieEAnswerCounts = Record<DrieEId, Record<DrieEAnswer, number>>;

export interface DrieETotals {
  /** Beelden whose three E's all have an answer (yes, no or partly). */
  answered: number;
  /** Beelden with a 3E check in which at least one E is still open. */
  open: number;
  /** Beelden without a 3E check. */
  missing: number;
  answers: DrieEAnswerCounts;
}

export interface BeeldStats {
  file: string;
  index: number;
  title: string | null;
  /** 0-based line of the title (or of the beeld's first line), like every Range in Goed Werk. */
  line: number;
  auteur?: string;
  datum?: string;
  situatie?: string;
  tags: string[];
  ervaring: boolean;
  uitwerking: boolean;
  afbeelding: boolean;
  /** An element counts as covered when its section is there and not empty. */
  elements: Record<ElementId, boolean>;
  drieE: DrieEStats;
  /** The deugden named, each once, by their Dutch name when the list knows them, else as written. */
  deugden: string[];
  /** Title, ervaring, all five elements, uitwerking and all three E's answered (the image is optional). */
  complete: boolean;
  /** How many findings fall inside this beeld. */
  findings: number;
  /** Asked for feedback, open and resolved threads, waiting (threads are counted by the faces that read them). */
  feedback?: BeeldFeedback;
}

export interface JournalStats {
  file: string;
  auteur?: string;
  datum?: string;
  situatie?: string;
  gesprek?: string;
  tags: string[];
  beelden: BeeldStats[];
}

export interface TeamStats {
  journals: JournalStats[];
  totals: {
    journals: number;
    beelden: number;
    complete: number;
    /** Beelden that cover each element. */
    elements: Record<ElementId, number>;
    drieE: DrieETotals;
    /** Beelden that name each deugd, most named first. */
    deugden: Record<string, number>;
    /** Deugden of the list that no beeld names. */
    unusedDeugden: string[];
    /** Beelden per month of the journal's date (`YYYY-MM`); undated journals are left out. */
    perMonth: Record<string, number>;
    feedback?: FeedbackTotals;
  };
}

export interface FeedbackTotals {
  /** Beelden whose writer asked for feedback. */
  requested: number;
  /** Of those, the ones that wait for it. */
  waiting: number;
  /** Threads on a beeld, open and resolved. */
  open: number;
  resolved: number;
  /** Threads whose beeld is gone (listed by `goedwerk feedback`). */
  detached: number;
}

function covered(sections: readonly Section[], kind: SectionKind): boolean {
  return sections.some((s) => s.kind === kind && !s.empty);
}

function drieEOf(sections: readonly Section[]): DrieEStats {
  const { present, answers } = drieEOfSections(sections);
  return { present, ...answers };
}

/** Every E answered; "nee" and "deels" are answers too. */
export function drieEAnswered(d: DrieEStats): boolean {
  return DRIE_E_IDS.every((id) => d[id] !== 'open');
}

function emptyCounts(): DrieEAnswerCounts {
  const row = (): Record<DrieEAnswer, number> => ({ ja: 0, nee: 0, deels: 0, open: 0 });
  return { excellent: row(), ethisch: row(), energiek: row() };
}

/** A deugd's name as the team list shows it: the canonical Dutch name when known, else as written. */
export function canonicalDeugd(label: string): string {
  const name = label.trim();
  return findDeugd(name)?.name ?? name;
}

function deugdenOf(sections: readonly Section[]): string[] {
  const names = sections
    .filter((s) => s.kind === 'deugden')
    .flatMap((s) => s.items)
    .map((i) => canonicalDeugd(i.label))
    .filter((n) => n.length > 0);
  return [...new Set(names)];
}

export function journalStats(journal: Journal, file: string, findings: readonly Finding[] = []): JournalStats {
  const fields = journal.frontmatter?.fields ?? {};
  const tags = fields.tags ?? [];
  const mark = markFromValue(journal.frontmatter?.data?.[markKey(journal.frontmatter?.data)]);
  const beelden = journal.beelden.map((b): BeeldStats => {
    const elements = Object.fromEntries(ELEMENTS.map((el) => [el, covered(b.sections, el)])) as Record<ElementId, boolean>;
    const drieE = drieEOf(b.sections);
    const ervaring = covered(b.sections, 'ervaring');
    const uitwerking = covered(b.sections, 'uitwerking');
    const firstLine = b.anchor.start.line;
    const lastLine = positionAt(journal.lineStarts, Math.max(b.span.start, b.span.end - 1)).line;
    return {
      file,
      index: b.index,
      title: b.title,
      line: firstLine,
      auteur: fields.auteur,
      datum: fields.datum,
      situatie: fields.situatie,
      tags,
      ervaring,
      uitwerking,
      afbeelding: covered(b.sections, 'afbeelding'),
      elements,
      drieE,
      deugden: deugdenOf(b.sections),
      complete: !!b.title?.trim() && ervaring && uitwerking && ELEMENTS.every((el) => elements[el])
        && drieEAnswered(drieE),
      findings: findings.filter((f) => f.range.start.line >= firstLine && f.range.start.line <= lastLine).length,
      feedback: emptyFeedback(isMarked(mark, b.title)),
    };
  });
  return {
    file,
    auteur: fields.auteur,
    datum: fields.datum,
    situatie: fields.situatie,
    gesprek: fields.gesprek,
    tags,
    beelden,
  };
}

/** The frontmatter's `feedback` key, in whatever case it was written. */
function markKey(data: Record<string, unknown> | null | undefined): string {
  return Object.keys(data ?? {}).find((k) => k.toLowerCase() === 'feedback') ?? 'feedback';
}

/** `detached`: threads that sit on no beeld, for the totals. */
export function teamStats(journals: readonly JournalStats[], detached = 0): TeamStats {
  const elements = Object.fromEntries(ELEMENTS.map((el) => [el, 0])) as Record<ElementId, number>;
  const drieE: DrieETotals = { answered: 0, open: 0, missing: 0, answers: emptyCounts() };
  const deugden = new Map<string, number>();
  const perMonth = new Map<string, number>();
  let beelden = 0;
  let complete = 0;
  const feedback: FeedbackTotals = { requested: 0, waiting: 0, open: 0, resolved: 0, detached };
  for (const j of journals) {
    const month = /^(\d{4}-\d{2})/.exec(j.datum ?? '')?.[1];
    for (const b of j.beelden) {
      beelden++;
      if (b.complete) complete++;
      for (const el of ELEMENTS) if (b.elements[el]) elements[el]++;
      if (!b.drieE.present) drieE.missing++;
      else if (drieEAnswered(b.drieE)) drieE.answered++;
      else drieE.open++;
      for (const id of DRIE_E_IDS) drieE.answers[id][b.drieE[id]]++;
      for (const d of b.deugden) deugden.set(d, (deugden.get(d) ?? 0) + 1);
      if (month) perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
      const fb = b.feedback;
      if (fb) {
        if (fb.requested) feedback.requested++;
        if (fb.waiting) feedback.waiting++;
        feedback.open += fb.open;
        feedback.resolved += fb.resolved;
      }
    }
  }
  const named = new Set(deugden.keys());
  return {
    journals: [...journals],
    totals: {
      journals: journals.length,
      beelden,
      complete,
      elements,
      drieE,
      deugden: Object.fromEntries([...deugden].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'nl'))),
      unusedDeugden: DEUGDEN.map((d) => d.name).filter((n) => !named.has(n)),
      perMonth: Object.fromEntries([...perMonth].sort((a, b) => a[0].localeCompare(b[0]))),
      feedback,
    },
  };
}
