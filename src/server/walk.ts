// The one folder walker of the server: every journal below a folder, `node_modules` and `.git` left
// out, read a directory at a time so the walk never holds the event loop for long.
import { opendir } from 'node:fs/promises';
import { join } from 'node:path';
import { isJournalPath } from '../core/names';
import { throwIfCancelled, type CancellationToken } from './work';

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** Calls `found` for every journal below `dir` (depth first, as listed); a folder it cannot read holds none. */
export async function walkJournals(dir: string, found: (path: string) => void, token?: CancellationToken): Promise<void> {
  throwIfCancelled(token);
  let handle;
  try {
    handle = await opendir(dir);
  } catch {
    return; // gone, or not ours to read
  }
  const subdirs: string[] = [];
  for await (const entry of handle) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) subdirs.push(path);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && isJournalPath(entry.name)) found(path);
  }
  for (const sub of subdirs) await walkJournals(sub, found, token);
}

/** Every journal below `dir`, without checking or remembering them. */
export async function listJournals(dir: string, token?: CancellationToken): Promise<string[]> {
  const out: string[] = [];
  await walkJournals(dir, (path) => out.push(path), token);
  return out;
}
