// Starts the Goed Werk language server (dist/server.js) as a Node process and keeps it running (see
// ./client-options.ts). The heavy lifting (remark, the rules) stays in the server process, so the
// extension host only carries the protocol client. The web build takes ./client.browser.ts instead.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { fastCellLookup } from './notebook-cells';
import { clientOptions, initializationOptions, journalSchemes, type DiagnosticsHook } from './client-options';

export { LANGUAGE_ID, RestartingErrorHandler, settingsSnapshot, type DiagnosticsHook } from './client-options';

export function createClient(context: vscode.ExtensionContext, handleDiagnostics?: DiagnosticsHook): LanguageClient {
  context.subscriptions.push(fastCellLookup());
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const init = initializationOptions(context, { storagePath: (context.storageUri ?? context.globalStorageUri).fsPath });
  return new LanguageClient('goedwerk', vscode.l10n.t('Goed Werk language server'), serverOptions, clientOptions(journalSchemes(), init, handleDiagnostics));
}
