// The journals nobody has open, in a browser (the web build takes this file for ./journal-files.ts):
// the server's worker has no disk, so it asks the client, which walks the workspace with the core's one
// walk over vscode.workspace.fs and reads files there, a batch per request (src/extension/language/journal-files.ts). The
// client names the journals by their URIs, which are their "paths" here (./uri.browser.ts).
import type { CancellationToken, Connection } from 'vscode-languageserver/browser';
import {
  LIST_JOURNALS_REQUEST, READ_JOURNALS_REQUEST,
  type ListJournalsParams, type ReadJournalResult, type ReadJournalsParams,
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

/**
 * Journals per request in the workspace pass: 2 Dec 2026, one request per journal made a folder of 1,000
 * take 5.4 s in the bench, most of it round trips (see docs/dev/performance.md).
 */
const BATCH = 64;

function loaded(r: ReadJournalResult | undefined): LoadedJournal {
  if (!r || typeof r !== 'object') return { error: 'no answer' };
  if ('base64' in r) return { bytes: bytesOf(r.base64) };
  return 'later' in r ? { error: 'no answer' } : r;
}

/** Reads `uris` through the client, asking again for what an answer put off (`later`: its byte budget was spent). */
async function readMany(uris: string[], maxBytes: number): Promise<LoadedJournal[]> {
  const out: LoadedJournal[] = new Array(uris.length);
  let pending = uris.map((_, i) => i);
  while (pending.length > 0) {
    if (!client) return uris.map(() => ({ missing: true }));
    let answer: ReadJournalResult[];
    try {
      answer = await client.sendRequest<ReadJournalResult[]>(READ_JOURNALS_REQUEST, { uris: pending.map((i) => uris[i]), maxBytes } satisfies ReadJournalsParams);
    } catch (e) {
      for (const i of pending) out[i] = { error: (e as Error).message };
      break;
    }
    const answered = Array.isArray(answer) ? answer : [];
    const later = pending.filter((_, k) => answered[k] && 'later' in answered[k]);
    pending.forEach((i, k) => { out[i] = loaded(answered[k]); });
    // The client always reads the first of a request, so each round makes progress; one that put off
    // every journal would otherwise be asked forever.
    pending = later.length < pending.length ? later : [];
  }
  return out;
}

export const serverJournalFiles: JournalFiles = {
  async walk(dir, found, token) {
    for (const uri of await list(dir, token)) found(uri);
  },
  list,
  read: async (uri, maxBytes) => (await readMany([uri], maxBytes))[0],
  readMany,
  batch: BATCH,
  uriOf: (uri) => uri,
};
