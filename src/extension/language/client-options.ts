// What the language client is told, on the desktop (./client.ts: the server as a Node process) and in
// the browser (./client.browser.ts: the server as a worker): the documents, the settings, the files to
// watch, and a restart when the server dies (telling the user once).
import { MARKDOWN_NAMES_ANY_CASE } from '../../core/team/journals';
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction,
  type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type DocumentSelector, type LanguageClientOptions,
} from 'vscode-languageclient/node';
import { CONFIG_FILE, LANGUAGE_ID, NOTEBOOK_TYPE } from '../../core/names';
import type { InitOptions } from '../../protocol';

export { LANGUAGE_ID };
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

export function initializationOptions(context: vscode.ExtensionContext, extra: Partial<InitOptions> = {}): InitOptions {
  // Plain data: the settings are VS Code's proxies, which a worker's postMessage cannot clone.
  return plain({
    language: vscode.env.language,
    rulesDocBase: vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString() + '/',
    settings: settingsSnapshot() as InitOptions['settings'],
    ...extra,
  });
}

function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Where journals live: `file`, and the workspace's own file systems (github.dev's `vscode-vfs`, memfs). */
export function journalSchemes(): string[] {
  return [...new Set(['file', ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme)])];
}

/**
 * `schemes`: where journals live: `file` on the desktop; in the browser the workspace's own (github.dev's
 * `vscode-vfs`, memfs). Never the read-only copies of diff views, which would report twice.
 */
export function clientOptions(schemes: readonly string[], init: InitOptions, handleDiagnostics?: DiagnosticsHook): LanguageClientOptions {
  const documentSelector: DocumentSelector = [
    ...schemes.map((scheme) => ({ scheme, language: LANGUAGE_ID })),
    { scheme: 'untitled', language: LANGUAGE_ID },
    { notebook: NOTEBOOK_TYPE, language: 'markdown' },
    { notebook: NOTEBOOK_TYPE, language: 'yaml' },
  ];
  return {
    documentSelector,
    synchronize: {
      configurationSection: 'goedwerk',
      // Every Markdown file, so a journal named in capitals counts too; the server keeps what it needs.
      fileEvents: vscode.workspace.createFileSystemWatcher(`**/{${[...MARKDOWN_NAMES_ANY_CASE, CONFIG_FILE].join(',')}}`),
    },
    initializationOptions: init,
    errorHandler: new RestartingErrorHandler(),
    diagnosticCollectionName: 'goedwerk',
    middleware: handleDiagnostics ? { handleDiagnostics } : undefined,
  };
}
