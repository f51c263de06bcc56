// Shared by check and stats: read each journal, find its team config, run the work on the main thread
// or on worker threads, and hand results back in the order of the files.
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import type { Lang } from '../core/model';
import { makePool, type Executor } from './pool';

/**
 * On two cores, up to this many files one thread is faster: the main thread (reading, hashing, output)
 * competes with the workers for the cores, and each worker loads the parser. Measured on 2 cores (29 Nov
 * 2026): 1,000 files 2.6 s in one thread against 3.3 s with two workers, 2,000 files 4.6 s against
 * 5.3 s, 4,000 files 7.3 s against 6.2 s, 10,000 files about 26 s against 11.9 s.
 */
export const TWO_CORE_THRESHOLD = 3000;
const MAX_WORKERS = 4;
/**
 * With a core to spare for the main thread, what a pool costs is a worker's start (a thread, its own
 * isolate, the parser bundle: 0.25 s on a busy 2-core machine, 2 Dec 2026), against a file's check
 * (1.3 ms of CPU, `--jobs 0` on the 1k corpus). Twice the break-even, as those two were not measured on
 * a machine with more cores.
 */
const WORKER_START_S = 0.25;
const FILE_S = 0.0013;
const MARGIN = 2;

/**
 * How many files a run takes before it starts workers, by the cores this process may use: never on one
 * core (a worker there only adds its start), the measured 3,000 on two, the break-even with a margin
 * from three up (about 580 on three cores, 510 on four or more).
 */
export function workerThreshold(cores: number = availableParallelism()): number {
  if (cores < 2) return Infinity;
  if (cores === 2) return TWO_CORE_THRESHOLD;
  const workers = Math.min(MAX_WORKERS, cores);
  return Math.ceil((MARGIN * WORKER_START_S) / (FILE_S * (1 - 1 / workers)));
}

export interface RunOptions {
  lang: Lang;
  cwd: string;
  /** Worker threads: 0 = main thread only; undefined = decide by the number of files. */
  jobs?: number;
  /** Folder of the CLI bundle, where the worker bundle lives. */
  distDir: string;
}

export function workerCount(files: number, jobs: number | undefined, cores: number = availableParallelism()): number {
  if (jobs !== undefined) return jobs;
  if (files <= workerThreshold(cores)) return 0;
  return Math.min(MAX_WORKERS, cores);
}

export function makeExecutor(files: number, opts: RunOptions): Executor {
  return makePool(opts.distDir, workerCount(files, opts.jobs));
}

export type ReadResult = { bytes: Buffer } | { error: string };

export function readJournal(file: string): ReadResult {
  try {
    return { bytes: readFileSync(file) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { error: err.code ?? err.message };
  }
}
