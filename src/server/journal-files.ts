// Where the server finds and reads the journals nobody has open (the workspace pass, the stats, the
// reflection record): Node's fs on the desktop. The web build takes ./journal-files.browser.ts instead,
// which asks the client, as a browser's worker has no disk.
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CancellationToken } from 'vscode-languageserver/node';
import { listJournals, walkJournals } from './walk';

/** One journal as read: its bytes, or why there are none (too big to check, gone, unreadable). */
export type LoadedJournal = { bytes: Uint8Array } | { tooBig: true } | { missing: true } | { error: string };

export interface JournalFiles {
  /** Calls `found` for every journal below `dir`. */
  walk(dir: string, found: (path: string) => void, token?: CancellationToken): Promise<void>;
  /** Every journal below `dir`. */
  list(dir: string, token?: CancellationToken): Promise<string[]>;
  /** Reads a journal unless it has more than `maxBytes`; synchronous where the host can be. */
  read(path: string, maxBytes: number): LoadedJournal | Promise<LoadedJournal>;
  /** Reads several, in order, in as few round trips as the host allows. */
  readMany(paths: string[], maxBytes: number): LoadedJournal[] | Promise<LoadedJournal[]>;
  /** How many journals the workspace pass reads at once: 1 from a disk, a batch through the client. */
  batch: number;
  /** The URI diagnostics for `path` go to. */
  uriOf(path: string): string;
}

// Synchronous on purpose: a journal is a few KB, and inside a time slice a plain read costs a fraction
// of what the promise round trips through the thread pool cost.
function read(path: string, maxBytes: number): LoadedJournal {
  try {
    const info = statSync(path);
    if (!info.isFile()) return { missing: true };
    if (info.size > maxBytes) return { tooBig: true };
    return { bytes: readFileSync(path) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { missing: true };
    return { error: (e as Error).message };
  }
}

export const serverJournalFiles: JournalFiles = {
  walk: walkJournals,
  list: listJournals,
  read,
  readMany: (paths, maxBytes) => paths.map((p) => read(p, maxBytes)),
  batch: 1,
  uriOf: (path) => pathToFileURL(path).toString(),
};
