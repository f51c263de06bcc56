// Every feedback folder the workspace reaches, loaded once and kept fresh: a thread file changed on
// disk (a git pull, the other person's save) is read again and the change announced.
import * as vscode from 'vscode';
import type { Lang } from '../../core/model';
import { FEEDBACK_DIR, type FeedbackAnchor, type FeedbackThread } from '../../core/feedback/model';
import { addEntry, loadThreads, startThread, type EntryInput, type LoadedFeedback } from '../../core/feedback/store';
import { feedbackRootFor, forgetRoots, resolveIn, workspaceHost } from './host';

export interface RootThreads { root: vscode.Uri; loaded: LoadedFeedback }

export interface ThreadRef { root: vscode.Uri; thread: FeedbackThread }

export class FeedbackWorkspace implements vscode.Disposable {
  private readonly roots = new Map<string, RootThreads>();
  private readonly loading = new Map<string, Promise<RootThreads>>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly dirty = new Set<string>();
  /** Writes of our own, so the watcher's echo of them does not read the folder again. */
  private readonly ownWrites = new Set<string>();

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${FEEDBACK_DIR}/*.md`);
    const touch = (uri: vscode.Uri) => this.touch(uri);
    this.disposables.push(watcher, watcher.onDidChange(touch), watcher.onDidCreate(touch), watcher.onDidDelete(touch),
      vscode.workspace.onDidChangeWorkspaceFolders(() => { forgetRoots(); void this.loadFolders(); }));
  }

  /** Loads the feedback root of every workspace folder. */
  async loadFolders(): Promise<void> {
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map(async (f) => this.load(await feedbackRootFor(f.uri, true))));
    this.changed.fire();
  }

  private touch(uri: vscode.Uri): void {
    if (this.ownWrites.delete(uri.toString())) return;
    const root = vscode.Uri.joinPath(uri, '..', '..', '..');
    this.dirty.add(root.toString());
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reloadDirty(), 200);
  }

  private async reloadDirty(): Promise<void> {
    this.timer = undefined;
    const keys = [...this.dirty];
    this.dirty.clear();
    forgetRoots();
    await Promise.all(keys.map((k) => this.load(vscode.Uri.parse(k), true)));
    this.changed.fire();
  }

  /** The threads of one root, read once (or again with `fresh`). */
  load(root: vscode.Uri, fresh = false): Promise<RootThreads> {
    const key = root.toString();
    const known = this.roots.get(key);
    if (known && !fresh) return Promise.resolve(known);
    let p = this.loading.get(key);
    if (!p || fresh) {
      p = loadThreads(workspaceHost(root)).then((loaded) => {
        const r = { root, loaded };
        this.roots.set(key, r);
        return r;
      }).finally(() => this.loading.delete(key));
      this.loading.set(key, p);
    }
    return p;
  }

  /** The root of a journal, its threads loaded. */
  async rootOf(journal: vscode.Uri): Promise<RootThreads> {
    const root = await feedbackRootFor(journal);
    const had = this.roots.has(root.toString());
    const r = await this.load(root);
    if (!had) this.changed.fire();
    return r;
  }

  all(): RootThreads[] {
    return [...this.roots.values()];
  }

  find(id: string): ThreadRef | undefined {
    for (const r of this.roots.values()) {
      const thread = r.loaded.threads.find((t) => t.id === id);
      if (thread) return { root: r.root, thread };
    }
    return undefined;
  }

  private put(root: vscode.Uri, thread: FeedbackThread, text: string): void {
    const r = this.roots.get(root.toString());
    if (!r) return;
    const i = r.loaded.threads.findIndex((t) => t.id === thread.id);
    if (i >= 0) r.loaded.threads[i] = thread;
    else r.loaded.threads.push(thread);
    r.loaded.texts.set(thread.file, text);
    this.changed.fire();
  }

  private async remember(root: vscode.Uri, thread: FeedbackThread): Promise<void> {
    const uri = resolveIn(root, thread.file);
    this.ownWrites.add(uri.toString());
    const bytes = await vscode.workspace.fs.readFile(uri);
    this.put(root, thread, new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    // The watcher may not report our own write at all; never let a stale mark swallow someone else's.
    setTimeout(() => this.ownWrites.delete(uri.toString()), 2000);
  }

  async start(root: vscode.Uri, anchor: FeedbackAnchor, first: EntryInput, lang: Lang): Promise<FeedbackThread> {
    await this.load(root);
    const thread = await startThread(workspaceHost(root), anchor, first, lang);
    await this.remember(root, thread);
    return thread;
  }

  async add(ref: ThreadRef, entry: EntryInput, lang: Lang): Promise<FeedbackThread> {
    const thread = await addEntry(workspaceHost(ref.root), ref.thread.file, ref.thread.id, entry, lang);
    await this.remember(ref.root, thread);
    return thread;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }
}
