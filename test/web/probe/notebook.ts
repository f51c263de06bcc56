// A lossless notebook over plain text: each paragraph is a Markdown cell, and the blank lines after it
// (CRLF or LF, however many) ride along in the cell's metadata, so saving an unchanged notebook writes
// the same bytes. The same promise Goed Werk's journal notebook makes, in miniature.
import * as vscode from 'vscode';

// Blank lines between paragraphs, or the line end that closes the text.
const SEPARATOR = /(\r?\n(?:[ \t]*\r?\n)+|\r?\n$)/;

export class ProbeSerializer implements vscode.NotebookSerializer {
  constructor(private readonly lossy = false) {}

  deserializeNotebook(content: Uint8Array): vscode.NotebookData {
    const parts = new TextDecoder().decode(content).split(SEPARATOR);
    const cells: vscode.NotebookCellData[] = [];
    for (let i = 0; i < parts.length; i += 2) {
      if (parts[i] === '' && parts[i + 1] === undefined && cells.length > 0) break; // text ends with a separator
      const cell = new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, parts[i], 'markdown');
      cell.metadata = { separator: parts[i + 1] ?? '' };
      cells.push(cell);
    }
    return new vscode.NotebookData(cells);
  }

  serializeNotebook(data: vscode.NotebookData): Uint8Array {
    const text = data.cells.map((cell, i) => {
      const separator = cell.metadata?.separator;
      const last = i === data.cells.length - 1;
      return cell.value + (typeof separator === 'string' ? separator : last ? '' : '\n\n');
    }).join('');
    return new TextEncoder().encode(this.lossy ? text.trimEnd() : text);
  }
}
