// A journal as the feedback code reads it, wherever it is: an open notebook (its cells joined), an open
// text editor (its unsaved text) or the file on disk. Each view maps journal offsets to a place in a
// document (a cell's own lines in the notebook) and back.
import * as vscode from 'vscode';
import { NOTEBOOK_TYPE, isJournalPath } from '../../core/names';
import { decodeBytes } from '../../core/text';

export interface Place { uri: vscode.Uri; range: vscode.Range }

export interface JournalView {
  /** The journal's file. */
  uri: vscode.Uri;
  text: string;
  /** Where a span of `text` shows: the document (a cell, in the notebook) and its range there. */
  place(start: number, end: number): Place | undefined;
  /** The offset in `text` of a position in one of the view's documents. */
  offsetOf(uri: vscode.Uri, pos: vscode.Position): number | undefined;
}

export function isJournalUri(uri: vscode.Uri): boolean {
  return isJournalPath(uri.path) && uri.scheme !== 'git' && uri.scheme !== 'vscode-notebook-cell';
}

function textView(doc: vscode.TextDocument): JournalView {
  const text = doc.getText();
  return {
    uri: doc.uri,
    text,
    place: (start, end) => ({ uri: doc.uri, range: new vscode.Range(doc.positionAt(start), doc.positionAt(end)) }),
    offsetOf: (uri, pos) => (uri.toString() === doc.uri.toString() ? doc.offsetAt(pos) : undefined),
  };
}

/** A cell's part of the joined text: where its value starts, and how long it is. */
export interface CellPiece { cell: vscode.NotebookCell; start: number; length: number }

/**
 * The notebook's cells joined by blank lines. The frontmatter cell goes in with its fences, so the
 * journal's structure reads as in the file; hidden parts of cells (prompts, blank lines) are left out,
 * which changes no beeld, section or heading, and an anchor names only those.
 */
export function notebookView(nb: vscode.NotebookDocument): JournalView & { pieces: readonly CellPiece[] } {
  const pieces: CellPiece[] = [];
  let text = '';
  for (const cell of nb.getCells()) {
    const value = cell.document.getText();
    const yaml = cell.kind === vscode.NotebookCellKind.Code && cell.document.languageId === 'yaml';
    if (cell.kind === vscode.NotebookCellKind.Code && !yaml && cell.document.languageId !== 'markdown') continue;
    if (yaml && pieces.length === 0) {
      text += `---\n${value}\n---\n\n`;
      continue;
    }
    if (yaml) continue;
    pieces.push({ cell, start: text.length, length: value.length });
    text += value + '\n\n';
  }
  // The last piece that starts at or before `offset` (a binary search: a big journal has thousands).
  const pieceAt = (offset: number) => {
    let lo = 0;
    let hi = pieces.length - 1;
    let found: CellPiece | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (pieces[mid].start <= offset) { found = pieces[mid]; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  };
  return {
    uri: nb.uri,
    text,
    pieces,
    place(start, end) {
      const p = pieceAt(start) ?? pieces[0];
      if (!p) return undefined;
      const doc = p.cell.document;
      const clamp = (o: number) => Math.max(0, Math.min(p.length, o - p.start));
      return { uri: doc.uri, range: new vscode.Range(doc.positionAt(clamp(start)), doc.positionAt(clamp(Math.max(start, end)))) };
    },
    offsetOf(uri, pos) {
      const p = pieces.find((x) => x.cell.document.uri.toString() === uri.toString());
      return p ? p.start + p.cell.document.offsetAt(pos) : undefined;
    },
  };
}

export function openNotebook(uri: vscode.Uri): vscode.NotebookDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.notebookDocuments.find((d) => d.notebookType === NOTEBOOK_TYPE && d.uri.toString() === key && !d.isClosed);
}

export function openTextDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
}

/** The notebook a cell document belongs to, when it is one of ours. */
export function notebookOfCell(uri: vscode.Uri): vscode.NotebookDocument | undefined {
  if (uri.scheme !== 'vscode-notebook-cell') return undefined;
  const key = uri.toString();
  const known = cellOwners.get(key);
  if (known && !known.isClosed) return known;
  // Asked once per cell (VS Code asks for each cell's commenting ranges): look through a notebook's
  // cells once, not on every question. A cell's URI has its notebook's path.
  if (cellOwners.size > MAX_CELL_OWNERS) cellOwners.clear();
  for (const nb of vscode.workspace.notebookDocuments) {
    if (nb.notebookType !== NOTEBOOK_TYPE || nb.isClosed || nb.uri.path !== uri.path) continue;
    for (const c of nb.getCells()) cellOwners.set(c.document.uri.toString(), nb);
  }
  const found = cellOwners.get(key);
  return found && !found.isClosed ? found : undefined;
}

/** Cell URI → its notebook, filled as cells are asked about. */
const cellOwners = new Map<string, vscode.NotebookDocument>();
const MAX_CELL_OWNERS = 200_000;

/** The view of a journal: its open notebook, else its open text, else the file (undefined when unreadable). */
export async function viewOf(uri: vscode.Uri): Promise<JournalView | undefined> {
  const nb = openNotebook(uri);
  if (nb) return notebookView(nb);
  const doc = openTextDocument(uri);
  if (doc) return textView(doc);
  try {
    const decoded = decodeBytes(await vscode.workspace.fs.readFile(uri));
    if (decoded.problem === 'binary') return undefined;
    const text = decoded.text;
    const lines = text.split(/\r\n|\r|\n/);
    const starts: number[] = [0];
    for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index! + m[0].length);
    const pos = (o: number) => {
      let line = 0;
      while (line + 1 < starts.length && starts[line + 1] <= o) line++;
      return new vscode.Position(line, Math.min(o - starts[line], lines[line]?.length ?? 0));
    };
    return { uri, text, place: (s, e) => ({ uri, range: new vscode.Range(pos(s), pos(e)) }), offsetOf: () => undefined };
  } catch {
    return undefined;
  }
}

/** The view a document (a journal's text, or a cell of a journal notebook) belongs to. */
export function viewOfDocument(doc: vscode.TextDocument): JournalView | undefined {
  const nb = notebookOfCell(doc.uri);
  if (nb) return notebookView(nb);
  return isJournalUri(doc.uri) ? textView(doc) : undefined;
}
