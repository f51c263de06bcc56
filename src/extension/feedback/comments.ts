// The feedback threads in VS Code's comments UI: beside a beeld in the text editor and in the notebook's
// cells, in the Comments panel, and, for a thread whose beeld is gone, on its own file. The threads are
// placed again whenever a journal or the feedback changes, so they follow the writer's edits.
import * as vscode from 'vscode';
import { JOURNAL_GLOB } from '../../core/names';
import { placeThreads, JournalTexts, type PlacedThread } from '../../core/feedback/place';
import type { FeedbackEntry, FeedbackThread } from '../../core/feedback/model';
import type { FeedbackFindOptions } from '../../core/feedback/privacy';
import { feedbackPrivacy } from './privacy-chunk';
import { relativeTo, resolveIn } from './host';
import type { TeamPrivacy } from './team-privacy';
import { isJournalUri, notebookOfCell, openNotebook, openTextDocument, viewOf, type JournalView } from './views';
import { CommentingRanges } from './commenting-ranges';
import type { FeedbackWorkspace, ThreadRef } from './workspace';
import { Debounce, Rerun } from '../rerun';

export const CONTROLLER_ID = 'goedwerk-feedback';

/** What a VS Code thread on screen stands for. */
export interface Shown {
  ref: ThreadRef;
  placed: PlacedThread;
  target: vscode.Uri;
  /** The beeld's title as it reads now. */
  title?: string | null;
  /** The team's privacy choices for the thread's journal, and its writer. */
  find?: FeedbackFindOptions;
}

export class FeedbackComments implements vscode.Disposable {
  readonly controller: vscode.CommentController;
  private readonly shown = new Map<string, { vs: vscode.CommentThread; info: Shown }>();
  private readonly byVs = new Map<vscode.CommentThread, Shown>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly later = new Debounce(() => { void this.sync(); });
  private readonly placing = new Rerun(async () => {
    try { await this.syncOnce(); } catch (e) { console.error('[goedwerk] placing feedback failed:', e); }
  });
  private placedAll: { root: vscode.Uri; placed: PlacedThread[] }[] = [];
  private readonly synced = new vscode.EventEmitter<void>();
  /** Fires when what the counts show changed: a thread came, went, moved to another beeld or changed state. */
  readonly onDidChangeCounts = this.synced.event;
  private signature = '';
  private readonly ranges = new CommentingRanges();
  /** Journals nobody has open, as read from disk; dropped when the file changes. */
  private readonly diskViews = new Map<string, Promise<JournalView | undefined>>();
  /** Every journal under a root (for threads whose journal moved), until a journal comes or goes. */
  private readonly journalLists = new Map<string, Promise<vscode.Uri[]>>();

  constructor(private readonly store: FeedbackWorkspace, private readonly team: TeamPrivacy) {
    this.controller = vscode.comments.createCommentController(CONTROLLER_ID, vscode.l10n.t('Goed Werk feedback'));
    this.controller.options = {
      prompt: vscode.l10n.t('Give feedback on this beeld…'),
      placeHolder: vscode.l10n.t('A question or a remark for the writer. Keep it about the work: no names or details of clients.'),
    };
    this.controller.commentingRangeProvider = { provideCommentingRanges: (doc) => this.ranges.of(doc) };
    const later = (delay = 250) => this.schedule(delay);
    const journals = vscode.workspace.createFileSystemWatcher(JOURNAL_GLOB);
    const changed = (uri: vscode.Uri) => { this.diskViews.delete(uri.toString()); later(); };
    const cameOrWent = (uri: vscode.Uri) => { this.journalLists.clear(); changed(uri); };
    this.disposables.push(this.controller, this.synced, journals,
      journals.onDidChange(changed), journals.onDidCreate(cameOrWent), journals.onDidDelete(cameOrWent),
      store.onDidChange(() => later(0)),
      team.onDidChange(() => later(0)),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length && (isJournalUri(e.document.uri) || notebookOfCell(e.document.uri))) later(); }),
      vscode.workspace.onDidChangeNotebookDocument(() => later()),
      vscode.workspace.onDidOpenNotebookDocument(() => later(0)),
      vscode.workspace.onDidCloseNotebookDocument(() => later(0)),
      vscode.workspace.onDidOpenTextDocument((d) => { if (isJournalUri(d.uri)) later(0); }),
      vscode.workspace.onDidCloseTextDocument((d) => { if (isJournalUri(d.uri)) later(0); }),
    );
  }

  schedule(delay = 250): void {
    this.later.schedule(delay);
  }

  /** Places every thread again and updates what VS Code shows; resolves once done. */
  async sync(): Promise<void> {
    // A call during a run joins it; the run's first caller tells the views.
    if (this.placing.busy) return this.placing.run();
    await this.placing.run();
    const signature = this.placedAll.flatMap(({ root, placed }) => placed.map((p) =>
      `${root.toString()}|${p.thread.id}|${p.journal}|${p.placement.beeld}|${p.thread.status}|${p.thread.entries.length}`)).sort().join('\n');
    if (signature !== this.signature) {
      this.signature = signature;
      this.synced.fire();
    }
  }

  /** Every placed thread (for the Journaal view and the overview). */
  placed(): { root: vscode.Uri; placed: PlacedThread[] }[] {
    return this.placedAll;
  }

  private async syncOnce(): Promise<void> {
    const next = new Map<string, Shown & { view?: JournalView }>();
    const all: { root: vscode.Uri; placed: PlacedThread[] }[] = [];
    for (const { root, loaded } of this.store.all()) {
      const views = new Map<string, JournalView>();
      const paths = new Set(loaded.threads.map((t) => t.anchor.journal).filter(Boolean));
      await Promise.all([...paths].map(async (rel) => {
        const v = await this.view(resolveIn(root, rel));
        if (v) views.set(rel, v);
      }));
      // A thread whose journal is gone may have moved with it: look through the other journals then.
      if (loaded.threads.some((t) => !views.has(t.anchor.journal))) await this.addOtherJournals(root, views);
      const texts = new JournalTexts(new Map([...views].map(([k, v]) => [k, v.text])));
      const placed = placeThreads(loaded.threads, texts);
      all.push({ root, placed });
      for (const p of placed) {
        const ref = { root, thread: p.thread };
        const view = p.journal ? views.get(p.journal) : undefined;
        const target = view && p.placement.span ? view.place(p.placement.span.start, p.placement.span.end) : undefined;
        const title = p.journal && p.placement.beeld !== undefined ? texts.outline(p.journal)?.beelden[p.placement.beeld]?.title : undefined;
        const find = p.journal ? (await this.team.forJournal(resolveIn(root, p.journal), view?.text)).find : undefined;
        next.set(p.thread.id, { ref, placed: p, target: target?.uri ?? resolveIn(root, p.thread.file), view, title, find });
      }
    }
    this.placedAll = all;
    for (const [id, old] of this.shown) {
      const want = next.get(id);
      if (!want || want.target.toString() !== old.info.target.toString()) {
        this.byVs.delete(old.vs);
        old.vs.dispose();
        this.shown.delete(id);
      }
    }
    for (const [id, info] of next) this.show(id, info, info.view);
  }

  /** An open journal's live view; a closed one's from disk, read once until it changes. */
  private view(uri: vscode.Uri): Promise<JournalView | undefined> {
    if (openNotebook(uri) || openTextDocument(uri)) return viewOf(uri);
    const key = uri.toString();
    let v = this.diskViews.get(key);
    if (!v) this.diskViews.set(key, (v = viewOf(uri)));
    return v;
  }

  private async addOtherJournals(root: vscode.Uri, views: Map<string, JournalView>): Promise<void> {
    const key = root.toString();
    let list = this.journalLists.get(key);
    if (!list) {
      list = Promise.resolve(vscode.workspace.findFiles(new vscode.RelativePattern(root, JOURNAL_GLOB), '{**/node_modules/**,**/.git/**}', 2000));
      this.journalLists.set(key, list);
    }
    await Promise.all((await list).map(async (uri) => {
      const rel = relativeTo(root, uri);
      if (!rel || views.has(rel)) return;
      const v = await this.view(uri);
      if (v) views.set(rel, v);
    }));
  }

  private rangeOf(info: Shown, view: JournalView | undefined): vscode.Range {
    const span = info.placed.placement.span;
    if (view && span) {
      const p = view.place(span.start, span.end);
      if (p) return p.range;
    }
    return new vscode.Range(0, 0, 0, 0);
  }

  private show(id: string, info: Shown, view: JournalView | undefined): void {
    const range = this.rangeOf(info, view);
    let entry = this.shown.get(id);
    if (!entry) {
      const vs = this.controller.createCommentThread(info.target, range, []);
      vs.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
      entry = { vs, info };
      this.shown.set(id, entry);
    }
    entry.info = info;
    this.byVs.set(entry.vs, info);
    const vs = entry.vs;
    if (!vs.range || !vs.range.isEqual(range)) vs.range = range;
    this.dress(vs, info);
  }

  /** Puts a thread's comments, label and state on a VS Code thread. */
  dress(vs: vscode.CommentThread, info: Shown): void {
    const t = info.placed.thread;
    const state = info.placed.placement.state;
    vs.comments = t.entries.map((e) => this.comment(e, t, info.find));
    vs.label = threadLabel(t, info.placed, info.title);
    vs.state = t.status === 'resolved' ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
    vs.contextValue = `goedwerk-${t.status}${state === 'detached' ? '-detached' : ''}`;
    vs.canReply = true;
  }

  private comment(e: FeedbackEntry, t: FeedbackThread, find?: FeedbackFindOptions): vscode.Comment {
    const status = e.kind === 'afgerond' ? vscode.l10n.t('resolved') : e.kind === 'heropend' ? vscode.l10n.t('reopened') : undefined;
    const body = new vscode.MarkdownString(e.body || `*${status ?? ''}*`);
    const authors = [...new Set(t.entries.map((x) => x.author))];
    const privacy = e.body && feedbackPrivacy().privacyKindsIn(e.body, authors, find).length ? vscode.l10n.t('may hold personal data') : undefined;
    return {
      body,
      mode: vscode.CommentMode.Preview,
      author: { name: e.author },
      timestamp: e.date ? new Date(e.date) : undefined,
      label: [status && e.body ? status : undefined, privacy].filter(Boolean).join(' · ') || undefined,
      contextValue: e.kind,
    };
  }

  /** The thread a VS Code thread shows, if it is one of ours (not an empty one the user just opened). */
  infoOf(vs: vscode.CommentThread): Shown | undefined {
    return this.byVs.get(vs);
  }

  /** A thread that is on screen, by its id. */
  vsThread(id: string): vscode.CommentThread | undefined {
    return this.shown.get(id)?.vs;
  }

  /** Makes a just-written thread show at once in the widget the user wrote it in. */
  adopt(vs: vscode.CommentThread, ref: ThreadRef, placed: PlacedThread, find?: FeedbackFindOptions): void {
    const info: Shown = { ref, placed, target: vs.uri, find };
    const old = this.shown.get(ref.thread.id);
    if (old && old.vs !== vs) { this.byVs.delete(old.vs); old.vs.dispose(); }
    this.shown.set(ref.thread.id, { vs, info });
    this.byVs.set(vs, info);
    this.dress(vs, info);
    vs.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
  }

  /** What the comments show right now (for the real-editor tests, through a hidden command). */
  snapshot(): { id: string; uri: string; line: number; endLine: number; status: string; placement: string; label?: string; comments: { author: string; body: string }[] }[] {
    return [...this.shown.entries()].map(([id, { vs, info }]) => ({
      id, uri: vs.uri.toString(), line: vs.range?.start.line ?? -1, endLine: vs.range?.end.line ?? -1,
      status: info.placed.thread.status, placement: info.placed.placement.state, label: vs.label,
      comments: vs.comments.map((c) => ({ author: c.author.name, body: typeof c.body === 'string' ? c.body : c.body.value })),
    }));
  }

  dispose(): void {
    this.later.dispose();
    for (const { vs } of this.shown.values()) vs.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}

function sectionName(t: FeedbackThread, p: PlacedThread): string {
  return p.placement.section?.heading.text ?? t.anchor.heading ?? vscode.l10n.t('the whole beeld');
}

export function threadLabel(t: FeedbackThread, p: PlacedThread, title?: string | null): string {
  const beeld = (title !== undefined ? title : t.anchor.beeld) ?? vscode.l10n.t('(untitled beeld)');
  const where = `${sectionName(t, p)} · ${beeld}`;
  if (p.placement.state === 'detached') return vscode.l10n.t('Detached (its beeld is gone): {0}', where);
  const parts = [where];
  if (p.placement.sectionLost) parts.push(vscode.l10n.t('section not found, on the beeld now'));
  if (t.status === 'resolved') parts.push(vscode.l10n.t('resolved'));
  return parts.join(' — ');
}
