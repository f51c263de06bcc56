// Opens a beeld from the overview in whichever editor the user has for journals: the notebook (our
// default) or the text editor. Text gets the cursor on the beeld's title line; the notebook gets the
// beeld's first cell selected and revealed.
import * as vscode from 'vscode';
import { cellsOutline } from '../../core/cellsOutline';
import { fromCell } from '../notebook/cellData';

export function fileUri(file: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:/i.test(file) ? vscode.Uri.parse(file) : vscode.Uri.file(file);
}

export async function openBeeld(file: string, line: number, beeld: number): Promise<void> {
  const uri = fileUri(file);
  const at = new vscode.Range(line, 0, line, 0);
  await vscode.commands.executeCommand('vscode.open', uri, { viewColumn: vscode.ViewColumn.Beside, preview: false, selection: at });
  const notebook = vscode.window.activeNotebookEditor;
  if (notebook && notebook.notebook.uri.toString() === uri.toString() && beeld >= 0) {
    const cells = notebook.notebook.getCells();
    const first = cellsOutline(cells.map(fromCell)).beelden[beeld]?.firstCell;
    if (first !== undefined && first < cells.length) {
      const range = new vscode.NotebookRange(first, first + 1);
      notebook.selections = [range];
      notebook.revealRange(range, vscode.NotebookEditorRevealType.AtTop);
    }
    return;
  }
  const editor = vscode.window.activeTextEditor;
  if (editor && editor.document.uri.toString() === uri.toString()) {
    editor.selection = new vscode.Selection(at.start, at.start);
    editor.revealRange(at, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
