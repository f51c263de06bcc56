import * as vscode from 'vscode';
import { NOTEBOOK_TYPE } from './cellData';
import { NOTEBOOK_COMMANDS } from './commands';
import { registerController } from './controller';
import { editDetails } from './details';
import { RendererLink } from './renderer-link';
import { JournalSerializer, SERIALIZER_OPTIONS } from './serializer';
import { startJournal } from './start';
import { registerCellStatus } from './status';
import { CellSync } from './sync';
import { ClosedProblems } from './closed-problems';
import { setDiagnosticsHook } from '../language/index';

export { NOTEBOOK_TYPE } from './cellData';
export { addBeeld, addElement, addSection, add3e, insertDeugd, insertSituation, openAsText } from './commands';

let sync: CellSync | undefined;
let link: RendererLink | undefined;

/**
 * Registers the .goedwerk.md notebook: serializer, its own controller, the renderer's partner (status,
 * clicks), the re-cutting of cells after edits, toolbar commands and the cell status bar.
 */
export function registerNotebook(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.workspace.registerNotebookSerializer(NOTEBOOK_TYPE, new JournalSerializer(), SERIALIZER_OPTIONS));
  for (const [id, run] of Object.entries(NOTEBOOK_COMMANDS)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, run));
  }
  sync = new CellSync();
  link = new RendererLink();
  link.onRendered = (nb, doc) => sync!.leftCell(nb, doc);
  const closed = new ClosedProblems();
  setDiagnosticsHook(closed.handleDiagnostics);
  context.subscriptions.push(sync, link, closed,
    vscode.commands.registerCommand('goedwerk.notebook.details', () => {
      const editor = activeJournal();
      return editor && editDetails(editor);
    }),
    vscode.commands.registerCommand('goedwerk.notebook.start', (from?: unknown) => {
      const editor = activeJournal();
      return editor && startJournal(editor, from === 'blank' ? 'blank' : 'situation');
    }),
    // For the in-host tests: re-cut now instead of when the writer leaves the cell.
    vscode.commands.registerCommand('goedwerk.notebook.resync', () => {
      const editor = activeJournal();
      return editor ? sync!.run(editor.notebook) : false;
    }),
    // What a click in a rendered cell sends (src/renderer/protocol.ts), for the in-host tests.
    vscode.commands.registerCommand('goedwerk.notebook.rendererMessage', (message: unknown) => {
      const editor = activeJournal();
      return editor && link!.receive(editor, message);
    }),
  );
  registerController(context);
  registerCellStatus(context);
}

function activeJournal(): vscode.NotebookEditor | undefined {
  const editor = vscode.window.activeNotebookEditor;
  if (editor?.notebook.notebookType === NOTEBOOK_TYPE) return editor;
  void vscode.window.showInformationMessage(vscode.l10n.t('Open a Goed Werk journal as a notebook first.'));
  return undefined;
}

/** The renderer's partner, for the in-host tests (which send it the messages a click sends). */
export function rendererLink(): RendererLink | undefined {
  return link;
}
