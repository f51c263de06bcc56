// A notebook controller of Goed Werk's own. A journal has nothing to run, but without a controller
// VS Code's kernel picker offers to install kernels from the Marketplace, and "Run All" asks for one.
// With this one chosen for every journal the picker just names it and running does nothing; new code
// cells default to Markdown, which the journal writes as plain text (src/core/cells.ts).
import * as vscode from 'vscode';
import { NOTEBOOK_TYPE } from './cellData';

export const CONTROLLER_ID = 'goedwerk-journal';

export function registerController(context: vscode.ExtensionContext): vscode.NotebookController {
  const controller = vscode.notebooks.createNotebookController(CONTROLLER_ID, NOTEBOOK_TYPE, vscode.l10n.t('Journal'));
  controller.description = vscode.l10n.t('Goed Werk');
  controller.detail = vscode.l10n.t('A journal has nothing to run: write, and Goed Werk reads along.');
  controller.supportedLanguages = ['markdown'];
  controller.supportsExecutionOrder = false;
  controller.executeHandler = () => undefined;
  const prefer = (nb: vscode.NotebookDocument): void => {
    if (nb.notebookType === NOTEBOOK_TYPE) controller.updateNotebookAffinity(nb, vscode.NotebookControllerAffinity.Preferred);
  };
  vscode.workspace.notebookDocuments.forEach(prefer);
  context.subscriptions.push(controller, vscode.workspace.onDidOpenNotebookDocument(prefer));
  return controller;
}
