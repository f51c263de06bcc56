// goedwerk feedback: for a coach, the open threads on the team's beelden (file, beeld, section, who
// started it and when, the last message), the threads that lost their beeld, and what waits for
// feedback. It reads the feedback folder and the journals; it writes nothing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Msg } from '../../core/i18n';
import type { Lang } from '../../core/model';
import { commentsOf, lastComment, type FeedbackThread } from '../../core/feedback/model';
import { checkThreadPrivacy, maskPrivacy, privacySeverity, type FeedbackFindOptions, type FeedbackPrivacyFinding } from '../../core/feedback/privacy';
import { isMarked, readFeedbackMark, readWriter } from '../../core/feedback/mark';
import { beeldFeedback } from '../../core/feedback/summary';
import { findFrontmatter, outline } from '../../core/scan';
import { cliRoots, ConfigResolver } from '../configs';
import { collectJournals, displayPath } from '../files';
import { loadCliFeedback, type RootFeedback } from '../feedback-load';
import { formatFeedbackText } from '../feedbackText';

export const FEEDBACK_HELP: Msg = {
  nl: `goedwerk feedback [paden...] [opties]

Wat er aan feedback ligt bij de journalen in de paden (standaard .): de open draden (bestand, beeld,
sectie, wie begon en wanneer, het laatste bericht), draden waarvan het beeld niet meer te vinden is
(losgeraakt, nooit weg) en de beelden die op feedback wachten. Leest .goedwerk/feedback/ in de map
van het team (of bovenaan de git-repository); schrijft niets.

Opties:
  --format text|json   voor mensen (standaard) of JSON voor tools
  --all                ook afgeronde draden
  --lang nl|en         taal van de uitvoer

Afsluitcode: 1 als de feedback iets bevat dat een persoon herkenbaar maakt (privacy), anders 0.
`,
  en: `goedwerk feedback [paths...] [options]

The feedback on the journals in the paths (default .): the open threads (file, beeld, section, who
started it and when, the last message), threads whose beeld cannot be found any more (detached, never
lost) and the beelden that wait for feedback. Reads .goedwerk/feedback/ in the team's folder (or at
the top of the git repository); writes nothing.

Options:
  --format text|json   for people (default) or JSON for tools
  --all                resolved threads too
  --lang nl|en         language of the output

Exit code: 1 when the feedback holds something that identifies a person (privacy), else 0.
`,
};

export interface FeedbackOptions {
  paths: string[];
  format: 'text' | 'json';
  all: boolean;
  lang: Lang;
  cwd: string;
  version: string;
}

export interface ThreadJson {
  id: string;
  /** The thread's own file. */
  file: string;
  /** The journal it sits on now (or, when detached, the one it was written on). */
  journal: string;
  beeld: string | null;
  /** 1-based, like every position the CLI prints. */
  beeldNumber: number | null;
  line: number | null;
  section: string | null;
  heading: string | null;
  /** The section is gone: the thread sits on its beeld's title. */
  sectionLost: boolean;
  quote: string | null;
  status: 'open' | 'resolved';
  placement: 'attached' | 'moved' | 'detached';
  author: string;
  date: string | null;
  comments: number;
  last: { author: string; date: string | null; text: string } | null;
}

export interface WaitingJson { journal: string; beeld: string | null; beeldNumber: number; line: number; auteur: string | null }

export interface FeedbackJson {
  threads: ThreadJson[];
  waiting: WaitingJson[];
  totals: { open: number; resolved: number; detached: number; requested: number; waiting: number };
  privacy: { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; rule: 'privacy'; kind: string; message: string }[];
  unreadable: { file: string; reason: string }[];
}

function lineOf(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function threadJson(r: RootFeedback, p: RootFeedback['placed'][number], cwd: string, find: FeedbackFindOptions): ThreadJson {
  const th: FeedbackThread = p.thread;
  const people = [...new Set(th.entries.map((e) => e.author))];
  const first = th.entries[0];
  const last = lastComment(th);
  const journalAbs = p.journal ?? (th.anchor.journal ? resolve(r.root, th.anchor.journal) : '');
  const text = p.journal ? r.journalTexts.get(p.journal) : undefined;
  const beeldIndex = p.placement.beeld;
  const o = text !== undefined && beeldIndex !== undefined ? outline(text) : undefined;
  const b = o?.beelden[beeldIndex!];
  return {
    id: th.id,
    file: displayPath(resolve(r.root, th.file), cwd),
    journal: journalAbs ? displayPath(journalAbs, cwd) : '',
    beeld: b ? b.title : th.anchor.beeld,
    beeldNumber: b ? b.index + 1 : null,
    line: p.placement.span && text !== undefined ? lineOf(text, p.placement.span.start) + 1 : null,
    section: p.placement.section?.kind ?? th.anchor.section ?? null,
    heading: p.placement.section?.heading.text ?? th.anchor.heading ?? null,
    sectionLost: !!p.placement.sectionLost,
    // What people wrote is shown with any personal data masked: no output repeats such a value.
    quote: th.anchor.quote ? maskPrivacy(th.anchor.quote, people, find) : null,
    status: th.status,
    placement: p.placement.state,
    author: first?.author ?? '?',
    date: first?.date ?? null,
    comments: commentsOf(th).length,
    last: last ? { author: last.author, date: last.date ?? null, text: maskPrivacy(last.body, people, find) } : null,
  };
}

/** Each beeld that was asked for and still waits, in the order of the journals. */
function waitingOf(journals: readonly string[], roots: readonly RootFeedback[], cwd: string, read: (f: string) => string | undefined): WaitingJson[] {
  const out: WaitingJson[] = [];
  const threadsOn = new Map<string, FeedbackThread[]>();
  for (const r of roots) for (const p of r.placed) {
    if (p.journal === undefined || p.placement.beeld === undefined) continue;
    const key = `${p.journal}\u0000${p.placement.beeld}`;
    threadsOn.set(key, [...(threadsOn.get(key) ?? []), p.thread]);
  }
  for (const file of journals) {
    const text = read(file);
    if (text === undefined || !findFrontmatter(text)) continue;
    const o = outline(text);
    const mark = readFeedbackMark(text, o);
    if (!mark) continue;
    const auteur = readWriter(text, o) ?? null;
    for (const b of o.beelden) {
      if (!isMarked(mark, b.title)) continue;
      const fb = beeldFeedback(true, threadsOn.get(`${file}\u0000${b.index}`) ?? [], auteur ?? undefined);
      if (!fb.waiting) continue;
      out.push({ journal: displayPath(file, cwd), beeld: b.title, beeldNumber: b.index + 1, line: (b.titleHeading?.line ?? lineOf(text, b.span.start)) + 1, auteur });
    }
  }
  return out;
}

export async function collectFeedback(opts: Omit<FeedbackOptions, 'format'>): Promise<FeedbackJson> {
  const journals = collectJournals(opts.paths, opts.cwd);
  const roots = await loadCliFeedback(journals, opts.paths, opts.cwd);
  const resolver = new ConfigResolver(opts.lang, opts.version, cliRoots(opts.cwd, opts.paths));
  const texts = new Map<string, string>();
  for (const r of roots) for (const [f, text] of r.journalTexts) texts.set(f, text);
  const read = (f: string) => {
    if (texts.has(f)) return texts.get(f);
    try { return readFileSync(f, 'utf8').replace(/^\uFEFF/, ''); } catch { return undefined; }
  };
  const threads: ThreadJson[] = [];
  const privacy: FeedbackJson['privacy'] = [];
  const unreadable: FeedbackJson['unreadable'] = [];
  for (const r of roots) {
    for (const u of r.loaded.unreadable) unreadable.push({ file: displayPath(resolve(r.root, u.file), opts.cwd), reason: u.reason });
    for (const p of r.placed) {
      const abs = resolve(r.root, p.thread.file);
      // The team of the journal decides, as for the journal itself; its writer may be named.
      const journal = p.journal ?? (p.thread.anchor.journal ? resolve(r.root, p.thread.anchor.journal) : undefined);
      const config = resolver.forFile(journal ?? abs).config;
      const journalText = journal ? read(journal) : undefined;
      const writer = journalText !== undefined ? readWriter(journalText) : undefined;
      const find: FeedbackFindOptions = { privacy: config?.privacy, names: writer ? [writer] : [] };
      threads.push(threadJson(r, p, opts.cwd, find));
      const severity = privacySeverity(config);
      const found: FeedbackPrivacyFinding[] = checkThreadPrivacy(p.thread, r.loaded.texts.get(p.thread.file) ?? '', { lang: opts.lang, severity, ...find });
      for (const f of found) {
        privacy.push({
          file: displayPath(abs, opts.cwd), line: f.range.start.line + 1, column: f.range.start.character + 1,
          endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1, severity: f.severity, rule: 'privacy', kind: f.kind, message: f.message,
        });
      }
    }
  }
  const waiting = waitingOf(journals, roots, opts.cwd, read);
  const requested = journals.reduce((n, f) => {
    const text = read(f);
    if (text === undefined) return n;
    const o = outline(text);
    const mark = readFeedbackMark(text, o);
    return n + o.beelden.filter((b) => isMarked(mark, b.title)).length;
  }, 0);
  const onBeeld = threads.filter((x) => x.placement !== 'detached');
  const totals = {
    open: onBeeld.filter((x) => x.status === 'open').length,
    resolved: onBeeld.filter((x) => x.status === 'resolved').length,
    detached: threads.length - onBeeld.length,
    requested,
    waiting: waiting.length,
  };
  threads.sort((a, b) => a.journal.localeCompare(b.journal) || (a.line ?? 0) - (b.line ?? 0) || (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  const shown = opts.all ? threads : threads.filter((x) => x.status === 'open' || x.placement === 'detached');
  return { threads: shown, waiting, totals, privacy, unreadable };
}

export async function runFeedback(opts: FeedbackOptions): Promise<number> {
  const data = await collectFeedback(opts);
  if (opts.format === 'json') process.stdout.write(JSON.stringify(data, null, 2) + '\n');
  else process.stdout.write(formatFeedbackText(data, opts.lang));
  return data.privacy.some((f) => f.severity === 'warning' || f.severity === 'error') ? 1 : 0;
}
