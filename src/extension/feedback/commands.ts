// The feedback commands: start a thread (from the gutter, the editor's context menu, the sidebar),
// reply, resolve, reopen, open a thread's file. Each writes through the workspace store; the comments
// follow on the next placement.
import * as vscode from 'vscode';
import { langFromLocale } from '../../core/i18n';
import type { Lang } from '../../core/model';
import { anchorAt, currentAnchor, placeAnchor } from '../../core/feedback/anchor';
import { feedbackPrivacy } from './privacy-chunk';
import type { FeedbackFindOptions } from '../../core/feedback/privacy';
import type { EntryInput } from '../../core/feedback/store';
import { lastComment, type FeedbackThread } from '../../core/feedback/model';
import type { PlacedThread } from '../../core/feedback/place';
import { outline } from '../../core/scan';
import { feedbackAuthor } from './author';
import type { FeedbackComments } from './comments';
import type { TeamPrivacy } from './team-privacy';
import { relativeTo, resolveIn } from './host';
import { notebookOfCell, openTextDocument, viewOf, viewOfDocument, type JournalView } from './views';
import type { FeedbackWorkspace } from './workspace';

function preview(body: string, thread: FeedbackThread, find: FeedbackFindOptions): string {
  const people = [...new Set(thread.entries.map((e) => e.author))];
  return feedbackPrivacy().maskPrivacy(body, people, find).replace(/\s+/g, ' ').slice(0, 120);
}

export function uiLang(): Lang {
  return langFromLocale(vscode.env.language);
}

/** What the tests (and other commands) may pass to `goedwerk.feedback.add` to skip the editor. */
export interface AddArgs {
  /** The journal, or a cell of its notebook (a URI string or Uri); default: the active editor. */
  uri?: string | vscode.Uri;
  line?: number;
  character?: number;
  /** A passage to quote: its end (line, character) in the same document; the start is line/character. */
  endLine?: number;
  endCharacter?: number;
  /** Post this text at once; without it an empty thread opens for the user to write in. */
  body?: string;
  /** Anchor to the beeld as a whole. */
  wholeBeeld?: boolean;
}

interface Pending { quote?: vscode.Range; wholeBeeld?: boolean }

export class FeedbackCommands {
  /** Empty threads the user opened through a command, with what to anchor them to. */
  private readonly pending = new WeakMap<vscode.CommentThread, Pending>();

  constructor(private readonly store: FeedbackWorkspace, private readonly comments: FeedbackComments, private readonly team: TeamPrivacy) {}

  private document(uri: vscode.Uri): vscode.TextDocument | undefined {
    return openTextDocument(uri) ?? vscode.workspace.notebookDocuments.flatMap((nb) => nb.getCells()).find((c) => c.document.uri.toString() === uri.toString())?.document;
  }

  /** Starts a thread where `vs` (an empty thread in some document) stands. Returns the new thread's id. */
  async post(vs: vscode.CommentThread, text: string, how: Pending = this.pending.get(vs) ?? {}): Promise<string | undefined> {
    const body = text.trim();
    if (!body) return undefined;
    const known = this.comments.infoOf(vs);
    if (known) return this.reply(vs, body);
    const doc = this.document(vs.uri);
    const view = doc && viewOfDocument(doc);
    const range = vs.range ?? new vscode.Range(0, 0, 0, 0);
    const offset = view?.offsetOf(vs.uri, how.quote?.start ?? range.start);
    if (!view || offset === undefined) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Feedback belongs with a beeld: open the journal and put the cursor in a beeld.'));
      return undefined;
    }
    const quoteEnd = how.quote && !how.quote.isEmpty ? view.offsetOf(vs.uri, how.quote.end) : undefined;
    const { root } = await this.store.rootOf(view.uri);
    const rel = relativeTo(root, view.uri) ?? view.uri.path.replace(/^.*\//, '');
    const anchor = anchorAt(view.text, offset, rel, { quote: quoteEnd !== undefined ? { start: offset, end: quoteEnd } : undefined, wholeBeeld: how.wholeBeeld });
    if (!anchor) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Feedback belongs with a beeld: put the cursor in a beeld, not in its details at the top.'));
      return undefined;
    }
    const author = await feedbackAuthor(view.uri);
    if (!author) return undefined;
    const thread = await this.store.start(root, anchor, { author, body }, uiLang());
    const { find } = await this.team.forJournal(view.uri, view.text);
    this.comments.adopt(vs, { root, thread }, { thread, journal: rel, placement: placeAnchor(view.text, thread.anchor) }, find);
    this.warnPrivacy(body, [author], find);
    this.comments.schedule(0);
    return thread.id;
  }

  private warnPrivacy(body: string, authors: string[], find: FeedbackFindOptions): void {
    const kinds = feedbackPrivacy().privacyKindsIn(body, authors, find);
    if (!kinds.length) return;
    // The kind only, never the value; the thread's file is where it can be taken out.
    void vscode.window.showWarningMessage(feedbackPrivacy().privacyMessage(uiLang(), kinds[0]));
  }

  private async entry(vs: vscode.CommentThread, input: Omit<EntryInput, 'author'>): Promise<string | undefined> {
    const info = this.comments.infoOf(vs);
    if (!info) return undefined;
    const journal = info.placed.journal ? resolveIn(info.ref.root, info.placed.journal) : undefined;
    const author = await feedbackAuthor(journal);
    if (!author) return undefined;
    const view: JournalView | undefined = journal ? await viewOf(journal) : undefined;
    const moved = view && info.placed.placement.state === 'moved' ? currentAnchor(view.text, info.ref.thread.anchor, info.placed.placement, outline(view.text)) : undefined;
    const journalMoved = info.placed.journal && info.placed.journal !== info.ref.thread.anchor.journal ? { journal: info.placed.journal } : undefined;
    const anchor = moved || journalMoved ? { ...journalMoved, ...moved } : undefined;
    const fresh = this.store.find(info.ref.thread.id) ?? info.ref;
    const thread = await this.store.add(fresh, { ...input, author, anchor }, uiLang());
    const { find } = journal ? await this.team.forJournal(journal, view?.text) : { find: {} };
    this.comments.adopt(vs, { root: fresh.root, thread }, { ...info.placed, thread }, find);
    if (input.body) this.warnPrivacy(input.body, [...new Set(thread.entries.map((e) => e.author))], find);
    this.comments.schedule(0);
    return thread.id;
  }

  reply(vs: vscode.CommentThread, text: string): Promise<string | undefined> {
    const body = text.trim();
    return body ? this.entry(vs, { body }) : Promise.resolve(undefined);
  }

  setStatus(vs: vscode.CommentThread, kind: 'afgerond' | 'heropend', note = ''): Promise<string | undefined> {
    return this.entry(vs, { kind, body: note.trim() });
  }

  /** Opens an empty thread at the cursor (or on a selected passage, quoted) for the user to write in. */
  async add(args: AddArgs = {}): Promise<string | undefined> {
    const target = await this.targetOf(args);
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Feedback belongs with a beeld: open the journal and put the cursor in a beeld.'));
      return undefined;
    }
    const { uri, range, quote } = target;
    const how: Pending = { quote, wholeBeeld: args.wholeBeeld };
    let body = args.body;
    if (body === undefined && uri.scheme === 'vscode-notebook-cell') {
      // A notebook shows a cell's thread once it has a comment, not an empty one to type in: ask here.
      body = await vscode.window.showInputBox({
        title: vscode.l10n.t('Feedback on this part of the beeld'),
        prompt: vscode.l10n.t('A question or a remark for the writer. Keep it about the work: no names or details of clients.'),
        ignoreFocusOut: true,
      });
      if (!body?.trim()) return undefined;
    }
    const vs = this.comments.controller.createCommentThread(uri, new vscode.Range(range.start.line, 0, range.start.line, 0), []);
    if (body !== undefined) {
      const id = await this.post(vs, body, how);
      if (!id) vs.dispose();
      return id;
    }
    this.pending.set(vs, how);
    vs.label = vscode.l10n.t('New feedback');
    vs.canReply = true;
    vs.collapsibleState = vscode.CommentThreadCollapsibleState.Expanded;
    return undefined;
  }

  /**
   * The threads of the beeld at the cursor, to read, answer, resolve or reopen without the comment
   * box: what the notebook needs (it shows a cell's threads in the Comments panel, not in the cell),
   * and a quick way anywhere. Without a thread yet, it starts one.
   */
  async manage(): Promise<void> {
    const target = await this.targetOf({});
    const doc = target && this.document(target.uri);
    const view = doc && viewOfDocument(doc);
    const offset = view && target ? view.offsetOf(target.uri, target.range.start) : undefined;
    if (!view || offset === undefined) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Feedback belongs with a beeld: open the journal and put the cursor in a beeld.'));
      return;
    }
    // Place the threads afresh first: what the list shows must be what the file holds now.
    await this.comments.sync();
    const beeld = outline(view.text).beelden.find((b) => b.span.start <= offset && offset < b.span.end);
    if (!beeld) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Feedback belongs with a beeld: put the cursor in a beeld, not in its details at the top.'));
      return;
    }
    const key = view.uri.toString();
    const threads = this.comments.placed().flatMap(({ root, placed }) => placed
      .filter((p) => p.journal && resolveIn(root, p.journal).toString() === key && p.placement.beeld === beeld.index));
    if (!threads.length) { await this.add({}); return; }
    const { find } = await this.team.forJournal(view.uri, view.text);
    const picked = await this.pickThread(threads, find);
    if (picked === 'new') await this.add({});
    else if (picked) await this.act(picked, find);
  }

  private async pickThread(threads: readonly PlacedThread[], find: FeedbackFindOptions): Promise<PlacedThread | 'new' | undefined> {
    type Item = vscode.QuickPickItem & { placed?: PlacedThread };
    const items: Item[] = [
      { label: `$(add) ${vscode.l10n.t('New feedback…')}` },
      ...threads.map((p): Item => {
        const last = lastComment(p.thread);
        const resolved = p.thread.status === 'resolved';
        return {
          placed: p,
          label: `${resolved ? '$(check)' : '$(comment-discussion)'} ${p.placement.section?.heading.text ?? vscode.l10n.t('the whole beeld')}`,
          description: `${resolved ? vscode.l10n.t('resolved') : vscode.l10n.t('open')} · ${p.thread.entries[0]?.author ?? ''}`,
          // A preview, like the CLI's: personal data in it is shown as […], the comment itself is where it can be taken out.
          detail: last ? `${last.author}: ${preview(last.body, p.thread, find)}` : undefined,
        };
      }),
    ];
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Feedback on this beeld'), placeHolder: vscode.l10n.t('Choose a thread, or start a new one') });
    return picked ? picked.placed ?? 'new' : undefined;
  }

  /** Reply to a thread, or resolve or reopen it. */
  private async act(p: PlacedThread, find: FeedbackFindOptions): Promise<void> {
    const vs = this.comments.vsThread(p.thread.id);
    if (!vs) return;
    const thread = p.thread;
    const reply = vscode.l10n.t('Reply…');
    const toggle = thread.status === 'resolved' ? vscode.l10n.t('Reopen') : vscode.l10n.t('Resolve');
    const first = thread.entries[0]?.body;
    const last = lastComment(thread)?.body;
    const what = await vscode.window.showQuickPick([reply, toggle], { title: first ? preview(first, thread, find) : undefined });
    if (what === reply) {
      const text = await vscode.window.showInputBox({ title: vscode.l10n.t('Reply'), prompt: last ? preview(last, thread, find) : undefined, ignoreFocusOut: true });
      if (text?.trim()) await this.reply(vs, text);
    } else if (what === toggle) {
      await this.setStatus(vs, thread.status === 'resolved' ? 'heropend' : 'afgerond');
    }
  }

  private async targetOf(args: AddArgs): Promise<{ uri: vscode.Uri; range: vscode.Range; quote?: vscode.Range } | undefined> {
    if (args.uri) {
      const uri = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri;
      const start = new vscode.Position(args.line ?? 0, args.character ?? 0);
      const end = args.endLine !== undefined ? new vscode.Position(args.endLine, args.endCharacter ?? 0) : undefined;
      if (!this.document(uri) && uri.scheme !== 'vscode-notebook-cell') await vscode.workspace.openTextDocument(uri);
      return { uri, range: new vscode.Range(start, end ?? start), quote: end ? new vscode.Range(start, end) : undefined };
    }
    const editor = vscode.window.activeTextEditor;
    const nb = vscode.window.activeNotebookEditor;
    if (editor && (viewOfDocument(editor.document))) {
      const sel = editor.selection;
      return { uri: editor.document.uri, range: sel, quote: sel.isEmpty ? undefined : sel };
    }
    if (nb) {
      const cell = nb.notebook.cellAt(Math.min(nb.selection.start, nb.notebook.cellCount - 1));
      if (cell && notebookOfCell(cell.document.uri)) return { uri: cell.document.uri, range: new vscode.Range(0, 0, 0, 0) };
    }
    return undefined;
  }
}
