// Asks the language server for the team's stats. The extension bundle stays free of remark: parsing and
// counting happen in the server, which answers `goedwerk/stats` and, while it reads, reports the stats
// so far as partial results.
import { randomId } from '../request-id';
import * as vscode from 'vscode';
import type { Disposable, ProgressType } from 'vscode-languageclient';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { TeamStats } from '../../core/stats';
import { STATS_REQUEST, type StatsParams, type StatsProgress } from '../../protocol';
import { getClient } from '../language/index';

// vscode-languageclient only uses a progress type as a compile-time marker; importing the class itself
// would pull the whole client into the activation bundle.
const STATS_PROGRESS = {} as ProgressType<StatsProgress>;
/** vscode-languageclient's State.Running. */
const RUNNING = 2;

export class Cancelled extends Error {}

/**
 * The language client once its server runs. Starting can take long on a busy machine; that wait is
 * not a request's silence, so a caller that times requests out starts its clock after this.
 */
export async function runningClient(): Promise<LanguageClient> {
  const client = await getClient();
  if (!client) throw new Error(vscode.l10n.t('The Goed Werk language server is not running.'));
  // A progress handler registered while the client starts would be dropped: wait until it runs.
  await client.start();
  return client;
}

export async function requestStats(
  folder: vscode.Uri | undefined,
  onPartial?: (p: StatsProgress) => void,
  token?: vscode.CancellationToken,
): Promise<TeamStats> {
  const client = await runningClient();
  const partialResultToken = randomId();
  const params: StatsParams = folder ? { folder: folder.fsPath, partialResultToken } : { partialResultToken };
  const sub: Disposable | undefined = onPartial ? client.onProgress(STATS_PROGRESS, partialResultToken, onPartial) : undefined;
  try {
    const answer = client.sendRequest<TeamStats>(STATS_REQUEST, params, token);
    if (!token) return await answer;
    // A request the server never answers stays pending even when cancelled: stop waiting for it here.
    return await Promise.race([answer, new Promise<never>((_, reject) => token.onCancellationRequested(() => reject(new Cancelled())))]);
  } finally {
    sub?.dispose();
  }
}

/** Calls `listener` each time the language server is (again) up and running, e.g. after a restart. */
export async function onServerRunning(listener: () => void): Promise<vscode.Disposable | undefined> {
  const client = await getClient();
  return client?.onDidChangeState((e) => { if (e.newState === RUNNING && e.oldState !== RUNNING) listener(); });
}
