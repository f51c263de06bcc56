import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';

let client: LanguageClient | undefined;

/** The running language client, for other areas' custom requests (`goedwerk/stats`, `goedwerk/exportBeeld`). */
export function getClient(): LanguageClient | undefined {
  return client;
}

/** Starts the language client; diagnostics, quick fixes, completion, hover and symbols come from the server. */
export function registerLanguage(context: vscode.ExtensionContext): void {
  client = createClient(context);
  const started = client.start().catch((e: unknown) => {
    void vscode.window.showErrorMessage(vscode.l10n.t('The Goed werk language server could not start: {0}', (e as Error)?.message ?? String(e)));
  });
  context.subscriptions.push({
    dispose: () => {
      const c = client;
      client = undefined;
      void started.then(() => c?.stop()).catch(() => undefined);
    },
  });
}
