// Bytes to cells and back. Lossless by construction (see src/core/cells.ts): an unchanged journal
// saves to the same bytes, whatever its line breaks, BOM or formatting.
import * as vscode from 'vscode';
import { META_KEY, decodeJournal, encodeJournal } from '../../core/cells';
import { fromCellData, journalMeta, toCellData } from './cellData';

export class JournalSerializer implements vscode.NotebookSerializer {
  deserializeNotebook(content: Uint8Array): vscode.NotebookData {
    const decoded = decodeJournal(content);
    if (decoded.problem) {
      // Refusing is what keeps the bytes safe: cells would be saved back as UTF-8 and change the file.
      throw new Error(decoded.problem === 'binary'
        ? vscode.l10n.t('This file holds binary data (NUL bytes), so it cannot open as a Goed werk notebook. Nothing was changed. Use "Reopen Editor With..." and pick the text editor to look at it.')
        : vscode.l10n.t('This file is not valid UTF-8, so it cannot open as a Goed werk notebook without changing its bytes. Nothing was changed. Use "Reopen Editor With..." and pick the text editor, then save it as UTF-8.'));
    }
    const data = new vscode.NotebookData(decoded.cells.map(toCellData));
    data.metadata = { [META_KEY]: { ...decoded.meta } };
    return data;
  }

  serializeNotebook(data: vscode.NotebookData): Uint8Array {
    return encodeJournal(data.cells.map(fromCellData), journalMeta(data.metadata));
  }
}

export const SERIALIZER_OPTIONS: vscode.NotebookDocumentContentOptions = {
  // Cells never run, but a YAML code cell could get outputs from some kernel: they are never saved.
  transientOutputs: true,
};
