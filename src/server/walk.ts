// The server's folder walk: the core's one walk (../core/team/journals.ts, shared with the CLI) over
// Node's fs, a directory at a time so it never holds the event loop for long: every journal below a
// folder (any case of the suffix, linked journals), `node_modules`, `.git` and linked folders left out.
import { runAsync } from '../core/host/files';
import { nodeAsyncFileHost } from '../core/host/node';
import { walkJournals as walkTask } from '../core/team/journals';
import { throwIfCancelled, type CancellationToken } from './work';

/** Calls `found` for every journal below `dir` (depth first, as listed); a folder it cannot read holds none. */
export async function walkJournals(dir: string, found: (path: string) => void, token?: CancellationToken): Promise<void> {
  throwIfCancelled(token);
  await runAsync(walkTask(dir, found, { stop: () => !!token?.isCancellationRequested }), nodeAsyncFileHost);
  throwIfCancelled(token);
}

/** Every journal below `dir`, without checking or remembering them. */
export async function listJournals(dir: string, token?: CancellationToken): Promise<string[]> {
  const out: string[] = [];
  await walkJournals(dir, (path) => out.push(path), token);
  return out;
}
