// Keeps a summary of every journal in the workspace, fresh as files change on disk or in an editor.
// While it reads, the Journaal view shows its progress bar; a read that fails says so and offers to try
// again, rather than leaving the view empty as if there were no journals.
import * as vscode from 'vscode';
import { decodeBytes } from '../../core/text';
import { lazy } from '../lazy';
import type { JournalSummary } from './journal-data';
import type * as YamlReaders from './yaml-readers';
import { JOURNAL_GLOB, isJournalPath } from '../../core/names';

// The summaries read frontmatter with `yaml`, which activation does not load: it comes with the
// first read, when the Journaal view is first shown.
const readers = lazy<typeof YamlReaders>('yaml-readers');

const JOURNAL_VIEW = 'goedwerk.journaal';
const EXCLUDE = '{**/node_modules/**,**/.git/**,**/.vscode-test/**}';
const MAX_FILES = 5000;
// Bigger files are summarised from their first part only; a journal that size is already unusual.
const MAX_BYTES = 4 * 1024 * 1024;
/** A read that takes longer than this says so in the view (the file search can be slow on a busy machine). */
const SLOW_MS = 10_000;

export class JournalStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly slowChanged = new vscode.EventEmitter<boolean>();
  /** True when a read has run long (the view then says it is still looking), false when it ended. */
  readonly onDidChangeSlow = this.slowChanged.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.slowChanged];
  private summaries = new Map<string, JournalSummary>();
  private loading: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly dirty = new Set<string>();
  private full = true;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(JOURNAL_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.touch(uri)),
      watcher.onDidChange((uri) => this.touch(uri)),
      watcher.onDidDelete((uri) => this.forget(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => { if (isJournal(e.document.uri)) this.touch(e.document.uri); }),
      vscode.workspace.onDidCloseTextDocument((d) => { if (isJournal(d.uri)) this.touch(d.uri); }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.refresh()),
    );
  }

  /** All summaries, loading them the first time. */
  async all(): Promise<JournalSummary[]> {
    await this.settle();
    return [...this.summaries.values()];
  }

  /** Drops what is known and reads every journal again. */
  refresh(): void {
    this.full = true;
    this.schedule(0);
  }

  private touch(uri: vscode.Uri): void {
    if (uri.scheme !== 'file' && uri.scheme !== 'vscode-remote' && uri.scheme !== 'untitled') return;
    this.dirty.add(uri.toString());
    this.schedule(300);
  }

  private forget(uri: vscode.Uri): void {
    if (this.summaries.delete(uri.toString())) this.changed.fire();
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.settle().then(() => this.changed.fire());
    }, delay);
  }

  private async settle(): Promise<void> {
    while (this.loading) await this.loading;
    if (!this.full && this.dirty.size === 0) return;
    const loading = this.load()
      .catch((e) => this.failed(e))
      .finally(() => { this.loading = undefined; });
    this.loading = loading;
    void vscode.window.withProgress({ location: { viewId: JOURNAL_VIEW } }, () => loading);
    const slow = setTimeout(() => this.slowChanged.fire(true), SLOW_MS);
    try {
      await loading;
    } finally {
      clearTimeout(slow);
      this.slowChanged.fire(false);
    }
  }

  private async load(): Promise<void> {
    if (this.full) {
      this.full = false;
      this.dirty.clear();
      const uris = vscode.workspace.workspaceFolders?.length
        ? await vscode.workspace.findFiles(JOURNAL_GLOB, EXCLUDE, MAX_FILES)
        : [];
      const next = new Map<string, JournalSummary>();
      await Promise.all(uris.map(async (uri) => {
        const s = await summarize(uri);
        if (s) next.set(uri.toString(), s);
      }));
      this.summaries = next;
      return;
    }
    const batch = [...this.dirty];
    this.dirty.clear();
    await Promise.all(batch.map(async (key) => {
      const uri = vscode.Uri.parse(key);
      const s = await summarize(uri);
      if (s) this.summaries.set(key, s);
      else this.summaries.delete(key);
    }));
  }

  private failed(e: unknown): void {
    console.error('[goedwerk] reading the journals failed:', e);
    this.full = true;
    const retry = vscode.l10n.t('Try again');
    void vscode.window.showErrorMessage(vscode.l10n.t('The journals could not be read: {0}', (e as Error)?.message ?? String(e)), retry)
      .then((choice) => { if (choice === retry) this.refresh(); });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }
}

export function isJournal(uri: vscode.Uri): boolean {
  return isJournalPath(uri.path) && uri.scheme !== 'git' && uri.scheme !== 'vscode-notebook-cell';
}

/** The text as the user sees it: an open editor's buffer wins over the file on disk. */
async function readText(uri: vscode.Uri): Promise<{ text: string; problem?: 'binary' | 'encoding' } | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return { text: open.getText() };
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    const decoded = decodeBytes(bytes.length > MAX_BYTES ? bytes.subarray(0, MAX_BYTES) : bytes);
    return { text: decoded.text, problem: decoded.problem };
  } catch {
    return undefined; // deleted between the event and the read
  }
}

async function summarize(uri: vscode.Uri): Promise<JournalSummary | undefined> {
  const read = await readText(uri);
  if (!read) return undefined;
  if (read.problem === 'binary') return { file: uri.toString(), beelden: [], problem: 'binary' };
  const summary = readers().summarizeJournal(uri.toString(), read.text);
  if (read.problem) summary.problem = read.problem;
  return summary;
}
