// What the open notebook's cells are, read from their current text. Cached per notebook until it
// changes, so the status bar asks once per change, not once per cell.
import * as vscode from 'vscode';
import { cellsOutline, type BeeldInfo, type CellsOutline } from '../../core/cellsOutline';
import { fromCell } from './cellData';

const cache = new WeakMap<vscode.NotebookDocument, CellsOutline>();

export function analyze(notebook: vscode.NotebookDocument, fresh = false): CellsOutline {
  const hit = cache.get(notebook);
  if (hit && !fresh && hit.cells.length === notebook.cellCount) return hit;
  const result = cellsOutline(notebook.getCells().map(fromCell));
  cache.set(notebook, result);
  return result;
}

export function forget(notebook: vscode.NotebookDocument): void {
  cache.delete(notebook);
}

/** The beeld a cell belongs to; for the frontmatter and preamble, the first beeld. */
export function beeldOfCell(a: CellsOutline, index: number): BeeldInfo | undefined {
  let found: BeeldInfo | undefined;
  for (const b of a.beelden) {
    if (b.firstCell <= index) found = b;
    else break;
  }
  return found ?? a.beelden[0];
}
