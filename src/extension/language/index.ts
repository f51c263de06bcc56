import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { lazy } from '../lazy';
import type * as ClientModule from './client';

// vscode-languageclient is most of the extension's code. It lives in dist/client.js, required just
// after activate() returns: activation stays cheap and the server still starts at once.
const clientModule = lazy<typeof ClientModule>('client');

let client: LanguageClient | undefined;
let diagnosticsHook: ClientModule.DiagnosticsHook | undefined;
const arrived = new vscode.EventEmitter<vscode.Uri>();

/**
 * Fires when the server's diagnostics for a document are in the editor's collection (the bench times a
 * keystroke to here: VS Code's own onDidChangeDiagnostics comes up to 50 ms later, debounced).
 */
export const onDiagnosticsArrived = arrived.event;

function handleDiagnostics(uri: vscode.Uri, diagnostics: vscode.Diagnostic[], next: (uri: vscode.Uri, diagnostics: vscode.Diagnostic[]) => void): void {
  const done = (u: vscode.Uri, d: vscode.Diagnostic[]) => { next(u, d); arrived.fire(u); };
  if (diagnosticsHook) diagnosticsHook(uri, diagnostics, done);
  else done(uri, diagnostics);
}

/** Lets the notebook place findings before VS Code shows them (set before the client starts). */
export function setDiagnosticsHook(hook: ClientModule.DiagnosticsHook): void {
  diagnosticsHook = hook;
}
let created: Promise<LanguageClient | undefined> = Promise.resolve(undefined);

/**
 * The language client, for other areas' custom requests (`goedwerk/stats`, `goedwerk/exportBeeld`), once it
 * exists (a moment after activation); undefined when it could not be created or the extension stopped.
 */
export function getClient(): Promise<LanguageClient | undefined> {
  return created;
}

const afterActivation = (fn: () => void): void => {
  if (typeof setImmediate === 'function') setImmediate(fn);
  else setTimeout(fn, 0);
};

/** Starts the language client; diagnostics, quick fixes, completion, hover and symbols come from the server. */
export function registerLanguage(context: vscode.ExtensionContext): void {
  let stopped = false;
  let started: Promise<void> = Promise.resolve();
  created = new Promise((resolve) => {
    // Right after activate() returns; a browser's worker has no setImmediate, a timer does the same there.
    afterActivation(() => {
      if (stopped) return resolve(undefined);
      try {
        client = clientModule().createClient(context, handleDiagnostics);
      } catch (e) {
        notStarted(e);
        return resolve(undefined);
      }
      started = client.start().catch(notStarted);
      resolve(client);
    });
  });
  context.subscriptions.push({
    dispose: () => {
      stopped = true;
      const c = client;
      client = undefined;
      created = Promise.resolve(undefined);
      void started.then(() => c?.stop()).catch(() => undefined);
    },
  });
}

function notStarted(e: unknown): void {
  void vscode.window.showErrorMessage(vscode.l10n.t('The Goed Werk language server could not start: {0}', (e as Error)?.message ?? String(e)));
}
