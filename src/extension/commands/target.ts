// Which journal a command works on. A click in the sidebar or on a page moves the focus away from the
// editor (a focused webview even clears `activeTextEditor`), so the last Goed Werk editor is remembered
// and used while it is still visible.
import * as vscode from 'vscode';
import { LANGUAGE_ID, NOTEBOOK_TYPE, isJournalPath } from '../../core/names';

export type Target =
  | { kind: 'text'; editor: vscode.TextEditor }
  | { kind: 'notebook'; editor: vscode.NotebookEditor };

let lastText: vscode.TextEditor | undefined;
let lastNotebook: vscode.NotebookEditor | undefined;
let lastKind: 'text' | 'notebook' | undefined;

export function isGoedwerkDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId === LANGUAGE_ID || (doc.uri.scheme !== 'vscode-notebook-cell' && isJournalPath(doc.uri.path));
}

export function isGoedwerkNotebook(nb: vscode.NotebookDocument): boolean {
  return nb.notebookType === NOTEBOOK_TYPE || isJournalPath(nb.uri.path);
}

export function trackEditors(context: vscode.ExtensionContext): void {
  const onText = (e: vscode.TextEditor | undefined): void => {
    if (e && isGoedwerkDocument(e.document)) { lastText = e; lastKind = 'text'; }
  };
  const onNotebook = (e: vscode.NotebookEditor | undefined): void => {
    if (e && isGoedwerkNotebook(e.notebook)) { lastNotebook = e; lastKind = 'notebook'; }
  };
  onText(vscode.window.activeTextEditor);
  onNotebook(vscode.window.activeNotebookEditor);
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(onText),
    vscode.window.onDidChangeActiveNotebookEditor(onNotebook),
  );
}

function stillVisibleText(e: vscode.TextEditor | undefined): vscode.TextEditor | undefined {
  return e && vscode.window.visibleTextEditors.includes(e) && !e.document.isClosed ? e : undefined;
}

function stillVisibleNotebook(e: vscode.NotebookEditor | undefined): vscode.NotebookEditor | undefined {
  return e && vscode.window.visibleNotebookEditors.includes(e) && !e.notebook.isClosed ? e : undefined;
}

/** The Goed Werk editor a command should act on, or undefined when none is open. */
export function currentTarget(): Target | undefined {
  const nb = vscode.window.activeNotebookEditor;
  const text = vscode.window.activeTextEditor;
  // A cell editor inside the notebook is a text editor too; the notebook is what the user works in.
  if (nb && isGoedwerkNotebook(nb.notebook) && (!text || text.document.uri.scheme === 'vscode-notebook-cell')) {
    return { kind: 'notebook', editor: nb };
  }
  if (text && isGoedwerkDocument(text.document)) return { kind: 'text', editor: text };
  const t = stillVisibleText(lastText);
  const n = stillVisibleNotebook(lastNotebook);
  if (lastKind === 'notebook' && n) return { kind: 'notebook', editor: n };
  if (t) return { kind: 'text', editor: t };
  if (n) return { kind: 'notebook', editor: n };
  return undefined;
}
