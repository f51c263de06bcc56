// Where a new feedback thread may start: every line of a beeld, in the text editor and in the notebook's
// cells. VS Code asks for each cell in turn, so a notebook's ranges are worked out once for all its cells.
import * as vscode from 'vscode';
import { outline } from '../../core/scan';
import { isJournalUri, notebookOfCell, notebookView, viewOfDocument } from './views';

export class CommentingRanges {
  /** Per open notebook: its cells' commenting ranges, with the versions they were read at. */
  private readonly byNotebook = new WeakMap<vscode.NotebookDocument, { stamp: string; ranges: Map<string, vscode.Range[]> }>();

  /** Lines that may take a new thread: every line of a beeld, in the text and in the notebook's cells. */
  of(doc: vscode.TextDocument): vscode.Range[] {
    const nb = notebookOfCell(doc.uri);
    if (nb) return this.cellRanges(nb).get(doc.uri.toString()) ?? [];
    if (!isJournalUri(doc.uri)) return [];
    const view = viewOfDocument(doc)!;
    return outline(view.text).beelden.map((b) => {
      const p = view.place(b.span.start, Math.max(b.span.start, b.span.end - 1))!;
      return new vscode.Range(p.range.start.line, 0, p.range.end.line, 0);
    });
  }

  /**
   * Every cell's commenting ranges at once, kept until a cell changes: VS Code asks for each cell in
   * turn, and a big journal has thousands of cells (joining and reading the journal per cell froze the
   * extension host on a 1 MB journal). A beeld's range goes to the cell it starts in; a cell inside a
   * beeld that started in an earlier cell takes comments on all its lines.
   */
  private cellRanges(nb: vscode.NotebookDocument): Map<string, vscode.Range[]> {
    const cells = nb.getCells();
    const stamp = `${nb.version}:${cells.map((c) => c.document.version).join(',')}`;
    const known = this.byNotebook.get(nb);
    if (known?.stamp === stamp) return known.ranges;
    const view = notebookView(nb);
    const beelden = outline(view.text).beelden;
    const ranges = new Map<string, vscode.Range[]>();
    for (const b of beelden) {
      const p = view.place(b.span.start, Math.max(b.span.start, b.span.end - 1));
      if (!p) continue;
      const key = p.uri.toString();
      ranges.set(key, [...(ranges.get(key) ?? []), new vscode.Range(p.range.start.line, 0, p.range.end.line, 0)]);
    }
    let i = 0;
    for (const piece of view.pieces) {
      const key = piece.cell.document.uri.toString();
      if (ranges.has(key)) continue;
      // The beelden are in order: move on to the last one that starts at or before this cell.
      while (i + 1 < beelden.length && beelden[i + 1].span.start <= piece.start) i++;
      const b = beelden[i];
      if (b && b.span.start <= piece.start && piece.start < b.span.end) ranges.set(key, [new vscode.Range(0, 0, Math.max(0, piece.cell.document.lineCount - 1), 0)]);
    }
    this.byNotebook.set(nb, { stamp, ranges });
    return ranges;
  }
}
