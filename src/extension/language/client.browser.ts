// Starts the Goed Werk language server in the browser (VS Code for the web: vscode.dev, github.dev) as
// a web worker, dist/web/server.js, and speaks LSP with it over the worker's messages. The web build
// takes this file for ./client.ts; the options are the desktop's (./client-options.ts).
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { clientOptions, initializationOptions, journalSchemes, type DiagnosticsHook } from './client-options';

export { LANGUAGE_ID, RestartingErrorHandler, settingsSnapshot, type DiagnosticsHook } from './client-options';

export function createClient(context: vscode.ExtensionContext, handleDiagnostics?: DiagnosticsHook): LanguageClient {
  const main = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  const worker = new Worker(main.toString(true));
  // No cache folder: a browser has no disk for the server to keep one on.
  const init = initializationOptions(context, { storagePath: '' });
  return new LanguageClient('goedwerk', vscode.l10n.t('Goed Werk language server'), clientOptions(journalSchemes(), init, handleDiagnostics), worker);
}
