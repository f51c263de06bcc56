// Bytes to cells and back. Lossless by construction (see src/core/cells.ts): an unchanged journal
// saves to the same bytes, whatever its line breaks, BOM or formatting. A blank journal opens as one
// cell that invites the writer to start, and writes nothing while it stands.
import * as vscode from 'vscode';
import { META_KEY, decodeJournal, encodeJournal, isBlankJournal, placeholderCell, cellsToText } from '../../core/cells';
import { cellsOutline } from '../../core/cellsOutline';
import { VIEW_KEY } from '../../renderer/protocol';
import { fromCellData, journalMeta, toCellData, uiLang } from './cellData';
import { journalViews } from './view';

export class JournalSerializer implements vscode.NotebookSerializer {
  deserializeNotebook(content: Uint8Array): vscode.NotebookData {
    const decoded = decodeJournal(content);
    if (decoded.problem) {
      // Refusing is what keeps the bytes safe: cells would be saved back as UTF-8 and change the file.
      throw new Error(decoded.problem === 'binary'
        ? vscode.l10n.t('This file holds binary data (NUL bytes), so it cannot open as a Goed Werk notebook. Nothing was changed. Use "Reopen Editor With..." and pick the text editor to look at it.')
        : vscode.l10n.t('This file is not valid UTF-8, so it cannot open as a Goed Werk notebook without changing its bytes. Nothing was changed. Use "Reopen Editor With..." and pick the text editor, then save it as UTF-8.'));
    }
    // Only a journal of at most one cell can be blank; never join a big one's text for this.
    const text = decoded.cells.length <= 1 ? cellsToText(decoded.cells) : undefined;
    const cells = text !== undefined && isBlankJournal(text) ? [placeholderCell(text, vscode.l10n.t('This journal is still empty.'))] : decoded.cells;
    // What the renderer shows at once about the journal as a whole; messages keep it current.
    const views = journalViews(cellsOutline(cells), (i) => cells[i].value, uiLang());
    const data = new vscode.NotebookData(cells.map((c, i) => toCellData(c, views.get(i))));
    data.metadata = { [META_KEY]: { ...decoded.meta } };
    return data;
  }

  serializeNotebook(data: vscode.NotebookData): Uint8Array {
    return encodeJournal(data.cells.map(fromCellData), journalMeta(data.metadata));
  }
}

export const SERIALIZER_OPTIONS: vscode.NotebookDocumentContentOptions = {
  // Cells never run, but a code cell could get outputs from some kernel: they are never saved.
  transientOutputs: true,
  transientCellMetadata: { [VIEW_KEY]: true },
};
