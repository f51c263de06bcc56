// Helpers for in-host tests in VS Code for the web (test/web/host/<target>/*.test.ts). They wait for
// events with a timeout, never for a fixed time.
import * as vscode from 'vscode';
import { rigApi } from './runner';

export { rigApi };

/** A file of the memfs workspace by its path relative to the workspace folder. */
export function workspaceUri(rel: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) throw new Error('no workspace folder is open');
  return vscode.Uri.joinPath(folder, ...rel.split('/'));
}

/** The text the rig's server holds for a workspace file: the bytes a save wrote, decoded as UTF-8. */
export async function savedText(rel: string): Promise<string> {
  return new TextDecoder().decode(await (await rigApi()).savedBytes(rel));
}

/** Resolves with the first value of event that satisfies pred (checked again on every firing). */
export function waitForEvent<T>(event: vscode.Event<T>, pred: (value: T) => boolean, what: string, timeout = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out after ${timeout} ms waiting for ${what}`)); }, timeout);
    const sub = event((value) => {
      if (!pred(value)) return;
      clearTimeout(timer); sub.dispose(); resolve(value);
    });
  });
}

/** The diagnostics of uri once pred holds for them (now or after a change). */
export async function diagnosticsFor(uri: vscode.Uri, pred: (d: vscode.Diagnostic[]) => boolean, timeout = 20_000): Promise<vscode.Diagnostic[]> {
  const now = vscode.languages.getDiagnostics(uri);
  if (pred(now)) return now;
  await waitForEvent(vscode.languages.onDidChangeDiagnostics,
    (e) => e.uris.some((u) => u.toString() === uri.toString()) && pred(vscode.languages.getDiagnostics(uri)),
    `the diagnostics of ${uri.path} to match; they are ${JSON.stringify(now.map((d) => d.message))}`, timeout);
  return vscode.languages.getDiagnostics(uri);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
