// The journals nobody has open, in a browser (the web build takes this file for ./journal-files.ts):
// the server's worker has no disk, so it asks the client, which walks the workspace with the core's one
// walk over vscode.workspace.fs and reads a file there (src/extension/language/journal-files.ts). The
// client names the journals by their URIs, which are their "paths" here (./uri.browser.ts).
import type { CancellationToken, Connection } from 'vscode-languageserver/browser';
import {
  LIST_JOURNALS_REQUEST, READ_JOURNAL_REQUEST,
  type ListJournalsParams, type ReadJournalParams, type ReadJournalResult,
} from '../protocol';
import type { JournalFiles, LoadedJournal } from './journal-files';
import { throwIfCancelled } from './work';

let client: Pick<Connection, 'sendRequest'> | undefined;

/** The connection whose client reads the journals (set once, in ./browser.ts). */
export function readJournalsThrough(connection: Pick<Connection, 'sendRequest'>): void {
  client = connection;
}

function bytesOf(base64: string): Uint8Array {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

async function list(dir: string, token?: CancellationToken): Promise<string[]> {
  if (!client) return [];
  const uris = await client.sendRequest<string[]>(LIST_JOURNALS_REQUEST, { folder: dir } satisfies ListJournalsParams, token);
  throwIfCancelled(token);
  return Array.isArray(uris) ? uris.filter((u) => typeof u === 'string') : [];
}

export const serverJournalFiles: JournalFiles = {
  async walk(dir, found, token) {
    for (const uri of await list(dir, token)) found(uri);
  },
  list,
  async read(uri, maxBytes): Promise<LoadedJournal> {
    if (!client) return { missing: true };
    try {
      const r = await client.sendRequest<ReadJournalResult>(READ_JOURNAL_REQUEST, { uri, maxBytes } satisfies ReadJournalParams);
      return 'base64' in r ? { bytes: bytesOf(r.base64) } : r;
    } catch (e) {
      return { error: (e as Error).message };
    }
  },
  uriOf: (uri) => uri,
};
