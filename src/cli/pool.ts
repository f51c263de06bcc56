// Runs tasks in the main thread or on a pool of worker threads, behind one interface. The parser lives
// in the worker bundle only (dist/cli-worker.js), so a run that finds everything in its cache never
// loads it; a single-threaded run require()s it on first use.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Outcome, ResultMessage, Task } from './tasks';

export type RunTask = (task: Task) => Outcome;

export interface Executor {
  run(task: Task): Promise<Outcome>;
  /** The same work on the main thread: the fallback when a worker fails. */
  runInline(task: Task): Outcome;
  /** How many tasks may be in flight at once to keep every thread busy. */
  readonly window: number;
  close(): Promise<void>;
}

export function workerScript(distDir: string): string {
  return join(distDir, 'cli-worker.js');
}

/** Loads runTask from the worker bundle on first use only. */
function lazyRunTask(distDir: string): RunTask {
  let runTask: RunTask | undefined;
  return (task) => {
    // A computed path keeps esbuild from bundling the parser into the main bundle.
    runTask ??= (require(workerScript(distDir)) as { runTask: RunTask }).runTask;
    return runTask(task);
  };
}

export class InlineExecutor implements Executor {
  readonly window = 1;
  readonly runInline: RunTask;

  constructor(distDir: string) {
    this.runInline = lazyRunTask(distDir);
  }

  async run(task: Task): Promise<Outcome> {
    return this.runInline(task);
  }

  async close(): Promise<void> {}
}

interface Pending { resolve(o: Outcome): void; reject(e: Error): void }

class PoolWorker {
  readonly pending = new Map<number, Pending>();
  alive = true;
  readonly worker: Worker;

  constructor(script: string) {
    this.worker = new Worker(script);
    this.worker.on('message', (msg: ResultMessage) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if ('outcome' in msg) p.resolve(msg.outcome);
      else p.reject(new Error(msg.error));
    });
    const fail = (e: Error) => {
      this.alive = false;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`worker exited with code ${code}`)));
  }
}

/**
 * A fixed pool of worker threads. A task goes to the least busy live worker; when a worker dies its
 * tasks are rejected and the caller runs them inline, so no file is lost.
 */
export class WorkerPool implements Executor {
  private readonly workers: PoolWorker[];
  private nextId = 1;
  readonly window: number;
  readonly runInline: RunTask;

  constructor(distDir: string, size: number) {
    this.workers = Array.from({ length: size }, () => new PoolWorker(workerScript(distDir)));
    this.runInline = lazyRunTask(distDir);
    // A few tasks queued per worker hide the main thread's reading and hashing behind their parsing.
    this.window = size * 8;
  }

  run(task: Task): Promise<Outcome> {
    const live = this.workers.filter((w) => w.alive);
    if (!live.length) return Promise.reject(new Error('no live worker'));
    const target = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    // A private copy of the bytes can be moved (not copied again) to the worker; the buffer read from
    // disk may be a slice of Node's shared pool, which must not be transferred.
    const bytes = new Uint8Array(task.bytes);
    return new Promise<Outcome>((resolve, reject) => {
      target.pending.set(id, { resolve, reject });
      target.worker.postMessage({ id, task: { ...task, bytes } }, [bytes.buffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/**
 * The pool starts on the first task that needs it, so a run served from the cache never spawns a
 * worker (each one loads the parser, which costs more than reading a thousand files).
 */
class LazyPool implements Executor {
  private pool: WorkerPool | undefined;
  readonly window: number;
  readonly runInline: RunTask;

  constructor(private readonly distDir: string, private readonly size: number) {
    this.window = size * 8;
    this.runInline = lazyRunTask(distDir);
  }

  run(task: Task): Promise<Outcome> {
    this.pool ??= new WorkerPool(this.distDir, this.size);
    return this.pool.run(task);
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

export function makePool(distDir: string, workers: number): Executor {
  return workers > 0 && existsSync(workerScript(distDir)) ? new LazyPool(distDir, workers) : new InlineExecutor(distDir);
}

/** Where each file's work was done; GOEDWERK_TRACE=1 prints it, so tests can see the threads at work. */
export interface Tally { cache: number; worker: number; main: number }

export function newTally(): Tally {
  return { cache: 0, worker: 0, main: 0 };
}

/** Runs a task, falling back to the main thread when the pool could not. */
export async function runSafely(executor: Executor, task: Task, tally?: Tally): Promise<Outcome> {
  if (executor instanceof InlineExecutor) {
    if (tally) tally.main++;
    return executor.runInline(task);
  }
  try {
    const outcome = await executor.run(task);
    if (tally) tally.worker++;
    return outcome;
  } catch {
    if (tally) tally.main++;
    return executor.runInline(task);
  }
}
