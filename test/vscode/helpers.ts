// Helpers for in-host suites (test/vscode/*.test.ts). They run inside the extension host, against
// a fresh copy of test/fixtures/workspace/ opened as the workspace folder.
//
//   EXTENSION_ID                       'goedwerk.goedwerk'
//   extension()                        the Extension object (fails the test when it is missing)
//   activeExtension()                  the extension after activation, with its exports
//   workspaceRoot()                    Uri of the workspace folder (the fixture copy)
//   fixtureUri('a.goedwerk.md')        Uri of a file in it
//   openJournal('a.goedwerk.md')       opens it in an editor; resolves with the TextEditor
//   waitFor(() => cond, 'what', ms)    resolves with the first truthy value of cond (polled), or
//                                      rejects with 'timed out waiting for what' (no bare sleeps)
//   waitForEvent(event, pred?, 'what') resolves with the first event value passing pred
//   diagnosticsFor(uri, pred?)         waits until the language server published matching diagnostics
//   journalProblems(uri, pred?)        the same for a closed journal, on its file or on its cells
//   closeAllEditors()                  use in afterEach so suites don't see each other's editors
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'goedwerk.goedwerk';

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const ext = extension();
  if (!ext.isActive) await ext.activate();
  return ext;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run has no workspace folder');
  return folder.uri;
}

export const fixtureUri = (relative: string): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));

export async function openJournal(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relative));
  return vscode.window.showTextDocument(doc);
}

export async function waitFor<T>(cond: () => T | Promise<T>, what: string, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await cond();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function waitForEvent<T>(event: vscode.Event<T>, pred: (value: T) => boolean = () => true, what = 'an event', timeoutMs = 15_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)); }, timeoutMs);
    const sub = event((value) => {
      if (!pred(value)) return;
      clearTimeout(timer); sub.dispose(); resolve(value);
    });
  });
}

export async function diagnosticsFor(uri: vscode.Uri, pred: (d: vscode.Diagnostic[]) => boolean = (d) => d.length > 0, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  return waitFor(() => { const d = vscode.languages.getDiagnostics(uri); return pred(d) ? d : undefined; },
    `diagnostics for ${uri.path}`, timeoutMs);
}

/**
 * Waits for what the Problems panel lists for a journal: the findings on its file and, once a notebook
 * has opened in the window, those the extension moved onto the cells the closed journal opens as
 * (src/extension/notebook/closed-problems.ts).
 */
export async function journalProblems(uri: vscode.Uri, pred: (d: vscode.Diagnostic[]) => boolean = (d) => d.length > 0, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const d = vscode.languages.getDiagnostics().filter(([u]) => u.path === uri.path && (u.scheme === uri.scheme || u.scheme === 'vscode-notebook-cell')).flatMap(([, list]) => list);
    return pred(d) ? d : undefined;
  }, `problems of ${uri.path}`, timeoutMs);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
