// For the language server in a browser, which has no disk: it asks here for the journals below a folder
// and for the bytes of a batch of them (LIST_JOURNALS_REQUEST, READ_JOURNALS_REQUEST; ../../server/journal-files.browser.ts).
// The list is the core's one folder walk over vscode.workspace.fs, as the CLI and the desktop server walk
// the disk, so every face finds the same journals; they come back as the URIs documents are named by.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/node';
import { runAsync } from '../../core/host/files';
import { walkJournals } from '../../core/team/journals';
import {
  LIST_JOURNALS_REQUEST, READ_JOURNALS_REQUEST,
  type ListJournalsParams, type ReadJournalResult, type ReadJournalsParams,
} from '../../protocol';
import { locationOf, uriOf, workspaceFileHost } from '../fs-host';

export async function listJournals(folder: string, token?: vscode.CancellationToken): Promise<string[]> {
  const out: string[] = [];
  const found = (loc: string) => out.push(uriOf(loc).toString());
  await runAsync(walkJournals(locationOf(vscode.Uri.parse(folder)), found, { stop: () => !!token?.isCancellationRequested }), workspaceFileHost);
  return out;
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  // In pieces: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The bytes one answer holds at most: a batch of large journals would make one huge message (base64 in
 * JSON), so the rest of the batch is answered `later` and the server asks again.
 */
const ANSWER_BUDGET = 4 * 1024 * 1024;

type Stat = { size: number } | Exclude<ReadJournalResult, { base64: string } | { later: true }>;

function failure(e: unknown): Exclude<Stat, { size: number }> {
  if (e instanceof vscode.FileSystemError && (e.code === 'FileNotFound' || e.code === 'FileNotADirectory')) return { missing: true };
  return { error: (e as Error)?.message ?? String(e) };
}

async function statOf(uri: vscode.Uri, maxBytes: number): Promise<Stat> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (!(stat.type & vscode.FileType.File)) return { missing: true };
    return stat.size > maxBytes ? { tooBig: true } : { size: stat.size };
  } catch (e) {
    return failure(e);
  }
}

async function bytesOf(uri: vscode.Uri): Promise<ReadJournalResult> {
  try {
    return { base64: base64Of(await vscode.workspace.fs.readFile(uri)) };
  } catch (e) {
    return failure(e);
  }
}

/**
 * Reads a batch of journals: every stat at once, then every read at once (each is a round trip from
 * the worker extension host to the file system, so one after another they would add up).
 */
export async function readJournals(params: ReadJournalsParams): Promise<ReadJournalResult[]> {
  const uris = (Array.isArray(params?.uris) ? params.uris : []).map((u) => vscode.Uri.parse(String(u)));
  const stats = await Promise.all(uris.map((uri) => statOf(uri, params.maxBytes)));
  let budget = ANSWER_BUDGET;
  return Promise.all(stats.map((s, i): ReadJournalResult | Promise<ReadJournalResult> => {
    if (!('size' in s)) return s;
    if (budget < s.size && budget < ANSWER_BUDGET) return { later: true };
    budget -= s.size;
    return bytesOf(uris[i]);
  }));
}

/** Answers the server's questions about the journals (register before the client starts). */
export function serveJournalFiles(client: BaseLanguageClient): void {
  client.onRequest(LIST_JOURNALS_REQUEST, (params: ListJournalsParams, token) => listJournals(params.folder, token));
  client.onRequest(READ_JOURNALS_REQUEST, (params: ReadJournalsParams) => readJournals(params));
}
