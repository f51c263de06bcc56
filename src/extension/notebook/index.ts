import * as vscode from 'vscode';
import { NOTEBOOK_TYPE } from './cellData';
import { NOTEBOOK_COMMANDS } from './commands';
import { JournalSerializer, SERIALIZER_OPTIONS } from './serializer';
import { registerCellStatus } from './status';

export { NOTEBOOK_TYPE } from './cellData';
export { addBeeld, addElement, addSection, add3e, insertDeugd, insertSituation, openAsText } from './commands';

/** Registers the .goedwerk.md notebook: serializer, toolbar commands and cell status bar. */
export function registerNotebook(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.workspace.registerNotebookSerializer(NOTEBOOK_TYPE, new JournalSerializer(), SERIALIZER_OPTIONS));
  for (const [id, run] of Object.entries(NOTEBOOK_COMMANDS)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, run));
  }
  registerCellStatus(context);
}

/** True when the active editor is a Goed werk notebook (the sidebar's commands then call ours). */
export function isNotebookActive(): boolean {
  return vscode.window.activeNotebookEditor?.notebook.notebookType === NOTEBOOK_TYPE;
}
