// Starts the Goed Werk language server in the browser (VS Code for the web: vscode.dev, github.dev) as
// a web worker, dist/web/server.js, and speaks LSP with it over the worker's messages. The web build
// takes this file for ./client.ts; the options are the desktop's (./client-options.ts).
import * as vscode from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/browser';
import { serveJournalFiles } from './journal-files';
import { syncTeamFiles } from './team-files';
import { fastCellLookup } from './notebook-cells';
import { clientOptions, initializationOptions, journalSchemes, type DiagnosticsHook } from './client-options';

export { LANGUAGE_ID, RestartingErrorHandler, settingsSnapshot, type DiagnosticsHook } from './client-options';

export function createClient(context: vscode.ExtensionContext, handleDiagnostics?: DiagnosticsHook): LanguageClient {
  context.subscriptions.push(fastCellLookup());
  const main = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  const worker = new Worker(main.toString(true));
  // No cache folder: a browser has no disk for the server to keep one on.
  const init = initializationOptions(context, { storagePath: '' });
  const client = new LanguageClient('goedwerk', vscode.l10n.t('Goed Werk language server'), clientOptions(journalSchemes(), init, handleDiagnostics), worker);
  // The server in a worker has no disk: it asks here for the journals nobody has open,
  serveJournalFiles(client);
  // and gets the team's files from here, once it runs.
  let sync: vscode.Disposable | undefined;
  client.onDidChangeState((e) => {
    if (e.newState === State.Running) { sync?.dispose(); sync = syncTeamFiles(client); }
    else if (e.newState === State.Stopped) { sync?.dispose(); sync = undefined; }
  });
  context.subscriptions.push({ dispose: () => sync?.dispose() });
  return client;
}
