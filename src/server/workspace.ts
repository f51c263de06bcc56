// Diagnostics for the journals nobody has open. The workspace is walked in the background, a few
// files at a time, yielding to the event loop between slices so typing never waits on it. A
// content-hash cache on disk means a restart over an unchanged workspace only reads and hashes.
import { sep } from 'node:path';
import { CancellationTokenSource, type CancellationToken, type Diagnostic } from 'vscode-languageserver/node';
import type { ContentCache } from '../core/cache';
import type { AnalyzeContext } from './analyze';
import { diagnoseJournal, type ReadJournal } from './diagnose-journal';
import { serverJournalFiles, type JournalFiles, type LoadedJournal } from './journal-files';
import { maxBytes } from './settings';
import { SLICE_MS, untilCancelled, yieldToLoop } from './work';

/**
 * The pass's time slice, shorter than other long work's: a keystroke in an open journal waits for the
 * slice to end (2 Dec 2026: at 8 ms, typing during the cold pass took 2 to 4.5 times its idle time).
 */
const PASS_SLICE_MS = SLICE_MS / 2;

/**
 * The pass rests this long after each change to an open journal. On a busy machine a process that keeps
 * the CPU is scheduled later than one that sleeps, so a pass running between keystrokes delays them
 * even when it yields at once (2 Dec 2026: 34 ms against 8 ms idle, with slices of 4 ms).
 */
const TYPING_REST_MS = 300;

/** How long a question about the journals waits for the walk to begin before it answers with what is known. */
const BEGIN_WAIT_MS = 10_000;

export interface WorkspaceHost {
  /** True when the editor has the journal open (its diagnostics then come from the open text). */
  isOpen(path: string): boolean;
  context(path: string): AnalyzeContext;
  publish(path: string, diagnostics: Diagnostic[]): void;
  log(message: string): void;
  /** True while an open journal waits to be checked: the pass then steps aside. */
  busy?(): boolean;
  /** When an open journal last changed (performance.now()): while someone types, the pass waits. */
  typedAt?(): number;
}

export class WorkspaceJournals {
  readonly files = new Set<string>();
  private readonly queue = new Set<string>();
  private readonly published = new Set<string>();
  private draining: Promise<void> | undefined;
  private scanning: Promise<void> | undefined;
  private saveTimer: NodeJS.Timeout | undefined;
  private roots: string[] = [];
  /** Resolves at the first start(): a question about the journals waits for the walk to have begun. */
  private readonly begun: Promise<void>;
  private begin!: () => void;
  /** Counters for tests and the bench: files checked through remark, and answered from the cache. */
  readonly counts = { checked: 0, cached: 0 };
  /** Cancelled by stop() (shutdown): the walk and the checks end at their next step. */
  private readonly pass = new CancellationTokenSource();

  constructor(
    private readonly host: WorkspaceHost,
    private enabled: boolean,
    private readonly cache: ContentCache<Diagnostic[]> | undefined,
    private readonly version: string,
    /** Where the journals are found and read: the disk, or in a browser the client. */
    private readonly journalFiles: JournalFiles = serverJournalFiles,
  ) {
    this.begun = new Promise((resolve) => { this.begin = resolve; });
  }

  /** Starts the walk; returns at once. `ready()` resolves when every journal found has been checked. */
  start(roots: string[]): void {
    this.roots.push(...roots);
    const before = this.scanning ?? Promise.resolve();
    this.scanning = before.then(() => this.scan(roots)).catch((e) => {
      if (!this.pass.token.isCancellationRequested) this.host.log(`workspace scan failed: ${(e as Error).message}`);
    });
    this.begin();
  }

  async ready(): Promise<void> {
    await this.scanning;
    while (this.draining) await this.draining;
  }

  /** Resolves when the walk has listed every journal (checks may still be running). */
  async listed(): Promise<void> {
    await this.scanning;
  }

  setEnabled(on: boolean): void {
    if (on === this.enabled) return;
    this.enabled = on;
    if (on) this.recheck();
    else {
      this.queue.clear();
      for (const path of this.published) if (!this.host.isOpen(path)) this.host.publish(path, []);
      this.published.clear();
    }
  }

  /** Re-checks every closed journal (settings changed), or those under `dir` (a team config changed). */
  recheck(dir?: string): void {
    const prefix = dir && (dir.endsWith(sep) ? dir : dir + sep);
    for (const f of this.files) if (!prefix || f.startsWith(prefix)) this.enqueue(f);
  }

  created(path: string): void {
    this.files.add(path);
    this.enqueue(path);
  }

  changed(path: string): void {
    this.created(path);
  }

  deleted(path: string): void {
    this.files.delete(path);
    this.queue.delete(path);
    if (this.published.delete(path) || this.host.isOpen(path)) this.host.publish(path, []);
  }

  /** A journal was closed in the editor: from now on its diagnostics come from the disk. */
  closed(path: string): void {
    if (this.files.has(path) && this.enabled) this.enqueue(path);
    else this.host.publish(path, []);
  }

  /** A journal was opened: its open text rules from now on. */
  opened(path: string): void {
    this.queue.delete(path);
    this.published.delete(path);
  }

  /**
   * Journals under `folder` (all when absent), once the walk has listed them. A cancelled `token` ends
   * the wait (and the listing of a folder outside the workspace) with `Cancelled`.
   */
  async journals(folder?: string, token?: CancellationToken): Promise<string[]> {
    // Asked before the server started its walk (a request right behind `initialized`), an empty list
    // would be a wrong answer given as if it were right.
    const begun = Promise.race([this.begun, new Promise((resolve) => setTimeout(resolve, BEGIN_WAIT_MS).unref?.())]);
    await untilCancelled(begun.then(() => this.scanning), token);
    // A folder outside the workspace (the overview's "choose another folder") is listed on demand, not watched.
    const inside = (root: string) => folder === root || folder!.startsWith(root.endsWith(sep) ? root : root + sep);
    if (folder && !this.roots.some(inside)) return (await this.journalFiles.list(folder, token)).sort();
    // The watcher's news of a new journal can come after the question about it (the client sends it in
    // its own time, and later still on a busy machine): what is on disk now counts, and is kept.
    const listed = new Set<string>();
    for (const dir of folder ? [folder] : this.roots) for (const f of await this.journalFiles.list(dir, token)) listed.add(f);
    for (const f of listed) if (!this.files.has(f)) this.created(f);
    const prefix = folder && (folder.endsWith(sep) ? folder : folder + sep);
    return [...this.files].filter((f) => (!prefix || f.startsWith(prefix) || f === folder) && listed.has(f)).sort();
  }

  private enqueue(path: string): void {
    if (!this.enabled || this.host.isOpen(path) || this.pass.token.isCancellationRequested) return;
    this.queue.add(path);
    this.kick();
  }

  /** Starts the pass unless it runs; it starts on a later turn, so a caller can queue many files first. */
  private kick(): void {
    if (this.draining) return;
    this.draining = (async () => {
      await yieldToLoop();
      await this.drain();
    })().finally(() => {
      this.draining = undefined;
      if (this.queue.size > 0 && this.enabled) this.kick();
    });
  }

  private async scan(roots: string[]): Promise<void> {
    const found = (path: string) => {
      this.files.add(path);
      this.enqueue(path);
    };
    for (const root of roots) await this.journalFiles.walk(root, found, this.pass.token);
  }

  private async drain(): Promise<void> {
    const slice = { start: performance.now() };
    while (this.queue.size > 0 && !this.pass.token.isCancellationRequested) {
      const waiting = this.stepAside(slice);
      if (waiting) await waiting;
      if (this.pass.token.isCancellationRequested) break;
      const paths = this.take(this.journalFiles.batch);
      if (paths.length === 0) continue;
      const loading = this.load(paths);
      const items = loading instanceof Promise ? await loading : loading;
      for (let i = 0; i < items.length && !this.pass.token.isCancellationRequested; i++) {
        // Within a batch too, a keystroke's check goes before the next file.
        const wait = i > 0 ? this.stepAside(slice) : undefined;
        if (wait) await wait;
        const item = items[i];
        // Read asynchronously (in a browser), the journal may have been opened meanwhile.
        if (item && this.enabled && !this.host.isOpen(item.path)) this.publish(item.path, diagnoseJournal(item, this.cache, this.version, this.counts));
        if (performance.now() - slice.start > PASS_SLICE_MS) {
          await yieldToLoop();
          slice.start = performance.now();
        }
      }
    }
    this.scheduleSave();
  }

  /**
   * What the pass waits for before its next file, if anything: someone typing (it rests), an open
   * journal waiting to be checked (it yields). Undefined when it may go on at once, so the common case
   * costs no promise.
   */
  private stepAside(slice: { start: number }): Promise<void> | undefined {
    const rest = TYPING_REST_MS - (performance.now() - (this.host.typedAt?.() ?? -Infinity));
    // One yield per file at most: the check may wait on a timer, and the pass must not spin meanwhile.
    if (rest <= 0 && !this.host.busy?.()) return undefined;
    return (async () => {
      if (rest > 0) {
        await new Promise((resolve) => setTimeout(resolve, rest));
        // Typed again meanwhile: rest again.
        const more = this.stepAside(slice);
        if (more) await more;
      } else {
        await yieldToLoop();
      }
      slice.start = performance.now();
    })();
  }

  /** The next `count` queued journals that are still closed (taken off the queue). */
  private take(count: number): string[] {
    const out: string[] = [];
    for (const path of this.queue) {
      if (out.length >= count) break;
      this.queue.delete(path);
      if (this.enabled && !this.host.isOpen(path)) out.push(path);
    }
    return out;
  }

  /** Reads journals (from the disk at once; in a browser through the client, a batch per request). */
  private load(paths: string[]): (ReadJournal | undefined)[] | Promise<(ReadJournal | undefined)[]> {
    const contexts = paths.map((p) => this.host.context(p));
    const loaded = this.journalFiles.readMany(paths, maxBytes(contexts[0].settings));
    const items = (all: LoadedJournal[]) => all.map((l, i) => this.item(paths[i], contexts[i], l));
    return loaded instanceof Promise ? loaded.then(items) : items(loaded);
  }

  private item(path: string, ctx: AnalyzeContext, loaded: LoadedJournal): ReadJournal | undefined {
    if ('missing' in loaded) {
      this.deleted(path);
      return undefined;
    }
    if ('error' in loaded) return { path, error: loaded.error, ctx };
    return 'bytes' in loaded ? { path, bytes: loaded.bytes, ctx } : { path, ctx };
  }

  private publish(path: string, diagnostics: Diagnostic[]): void {
    // A journal without findings that was never shown needs no message at all.
    if (diagnostics.length === 0 && !this.published.has(path)) return;
    if (diagnostics.length === 0) this.published.delete(path);
    else this.published.add(path);
    this.host.publish(path, diagnostics);
  }

  private scheduleSave(): void {
    if (!this.cache || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      const error = this.cache?.save();
      if (error) this.host.log(`cache not saved: ${error}`);
    }, 500);
    this.saveTimer.unref?.();
  }

  /** Ends the pass (shutdown): the walk stops at its next folder, the checks at their next file. */
  stop(): void {
    this.pass.cancel();
    this.queue.clear();
  }

  /** Writes the cache now (on shutdown). */
  flush(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.cache?.save();
  }
}
