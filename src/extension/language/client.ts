// Starts the Goed Werk language server (dist/server.js) and keeps it running: when it dies the
// client restarts it and tells the user once. The heavy lifting (remark, the rules) stays in the
// server process, so the extension host only carries the protocol client.
import { MARKDOWN_NAMES_ANY_CASE } from '../../core/team/journals';
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, TransportKind,
  type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { NOTEBOOK_TYPE, type InitOptions } from '../../server/protocol';

export const LANGUAGE_ID = 'goedwerk';
/** More crashes than this within the window and the client stops trying (something is badly wrong). */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** Restarts the server on every crash, with one message per session, and gives up after a crash loop. */
export class RestartingErrorHandler implements ErrorHandler {
  private readonly crashes: number[] = [];
  private told = false;

  constructor(private readonly notify: (message: string) => void = (m) => void vscode.window.showInformationMessage(m)) {}

  error(): ErrorHandlerResult {
    // A broken message is not fatal to the connection; closing comes through `closed` if it is.
    return { action: ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes.push(now);
    while (this.crashes.length && this.crashes[0] < now - RESTART_WINDOW_MS) this.crashes.shift();
    if (this.crashes.length > MAX_RESTARTS) {
      return {
        action: CloseAction.DoNotRestart,
        message: vscode.l10n.t('The Goed Werk language server stopped {0} times in a few minutes and will not be restarted. Reload the window to try again.', this.crashes.length),
      };
    }
    if (!this.told) {
      this.told = true;
      this.notify(vscode.l10n.t('The Goed Werk language server stopped and was restarted.'));
    }
    return { action: CloseAction.Restart, handled: true };
  }
}

export function settingsSnapshot(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('goedwerk');
  return {
    rules: config.get('rules') ?? {},
    workspaceDiagnostics: config.get('workspaceDiagnostics'),
    maxFileSize: config.get('maxFileSize'),
  };
}

/** A diagnostics middleware (the notebook's: closed journals' findings onto their cells). */
export type DiagnosticsHook = (uri: vscode.Uri, diagnostics: vscode.Diagnostic[], next: (uri: vscode.Uri, diagnostics: vscode.Diagnostic[]) => void) => void;

export function createClient(context: vscode.ExtensionContext, handleDiagnostics?: DiagnosticsHook): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const initializationOptions: InitOptions = {
    language: vscode.env.language,
    rulesDocBase: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString() + '/',
    storagePath: (context.storageUri ?? context.globalStorageUri).fsPath,
    settings: settingsSnapshot() as InitOptions['settings'],
  };
  const clientOptions: LanguageClientOptions = {
    // Files and unsaved journals; not the read-only copies of diff views, which would report twice.
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
      { notebook: NOTEBOOK_TYPE, language: 'markdown' },
      { notebook: NOTEBOOK_TYPE, language: 'yaml' },
    ],
    synchronize: {
      configurationSection: 'goedwerk',
      // Every Markdown file, so a journal named in capitals counts too; the server keeps what it needs.
      fileEvents: vscode.workspace.createFileSystemWatcher(`**/{${[...MARKDOWN_NAMES_ANY_CASE, '.goedwerk.json'].join(',')}}`),
    },
    initializationOptions,
    errorHandler: new RestartingErrorHandler(),
    diagnosticCollectionName: 'goedwerk',
    middleware: handleDiagnostics ? { handleDiagnostics } : undefined,
  };
  return new LanguageClient('goedwerk', vscode.l10n.t('Goed Werk language server'), serverOptions, clientOptions);
}
