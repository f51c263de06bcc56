// For the language server in a browser, which has no disk: it asks here for the journals below a folder
// and for one journal's bytes (LIST_JOURNALS_REQUEST, READ_JOURNAL_REQUEST; ../../server/journal-files.browser.ts).
// The list is the core's one folder walk over vscode.workspace.fs, as the CLI and the desktop server walk
// the disk, so every face finds the same journals; they come back as the URIs documents are named by.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/node';
import { runAsync } from '../../core/host/files';
import { walkJournals } from '../../core/team/journals';
import {
  LIST_JOURNALS_REQUEST, READ_JOURNAL_REQUEST,
  type ListJournalsParams, type ReadJournalParams, type ReadJournalResult,
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

export async function readJournal(params: ReadJournalParams): Promise<ReadJournalResult> {
  const uri = vscode.Uri.parse(params.uri);
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (!(stat.type & vscode.FileType.File)) return { missing: true };
    if (stat.size > params.maxBytes) return { tooBig: true };
    return { base64: base64Of(await vscode.workspace.fs.readFile(uri)) };
  } catch (e) {
    if (e instanceof vscode.FileSystemError && (e.code === 'FileNotFound' || e.code === 'FileNotADirectory')) return { missing: true };
    return { error: (e as Error)?.message ?? String(e) };
  }
}

/** Answers the server's questions about the journals (register before the client starts). */
export function serveJournalFiles(client: BaseLanguageClient): void {
  client.onRequest(LIST_JOURNALS_REQUEST, (params: ListJournalsParams, token) => listJournals(params.folder, token));
  client.onRequest(READ_JOURNAL_REQUEST, (params: ReadJournalParams) => readJournal(params));
}
