// One journal as the server sees it, whether it lives in a text document or in a notebook's cells.
// Checks, completion and fixes all work on the journal's whole text; a view maps positions and edits
// between that text and the documents the editor has (the text document itself, or one cell).
import type { NotebookDocument } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { META_KEY, eolOfCells, layout, promptGap, valueOffset, type CellInput, type CellMeta } from '../core/cells';
import type { Position, Range, TextEdit as CoreEdit } from '../core/model';
import { lineStarts, offsetAt, positionAt, rangeOf } from '../core/text';

export interface LocalEdit { uri: string; range: Range; newText: string }

export interface JournalView {
  /** The journal's own URI: the text document's, or the notebook's (its file). */
  readonly uri: string;
  readonly text: string;
  readonly lineStarts: number[];
  readonly kind: 'text' | 'notebook';
  /** Every document that may carry this journal's diagnostics. */
  targets(): string[];
  /** Sorts journal-positioned items (diagnostics) by the document they belong in, ranges made local. */
  distribute<T extends { range: Range }>(items: readonly T[]): Map<string, T[]>;
  /** A position in one of the view's documents, as an offset into the journal's text. */
  offsetOf(uri: string, pos: Position): number | undefined;
  /** A journal range as a range in the document that shows it. */
  toLocal(range: Range): { uri: string; range: Range } | undefined;
  /** A journal edit as an edit of one document; undefined when it would span several cells. */
  localEdit(edit: CoreEdit): LocalEdit | undefined;
}

export class TextView implements JournalView {
  readonly kind = 'text';
  private starts: number[] | undefined;
  constructor(readonly uri: string, readonly text: string) {}
  /** Computed on first use: checking a journal never needs it, and for 5 MB it is not free. */
  get lineStarts(): number[] {
    return (this.starts ??= lineStarts(this.text));
  }
  targets(): string[] { return [this.uri]; }
  distribute<T extends { range: Range }>(items: readonly T[]): Map<string, T[]> {
    return new Map([[this.uri, items.slice()]]);
  }
  offsetOf(uri: string, pos: Position): number | undefined {
    return uri === this.uri ? offsetAt(this.lineStarts, pos, this.text.length) : undefined;
  }
  toLocal(range: Range): { uri: string; range: Range } {
    return { uri: this.uri, range };
  }
  localEdit(edit: CoreEdit): LocalEdit {
    return { uri: this.uri, range: rangeOf(this.lineStarts, edit.span), newText: edit.newText };
  }
}

interface CellPlace {
  uri: string;
  /** Offsets of the cell's value in the journal text. */
  start: number;
  end: number;
  /** Journal lines of the value's first and last line. */
  firstLine: number;
  lastLine: number;
  /** Journal lines of the hidden prompt between the value's first line and its second (0 when none). */
  gap: number;
  /** Journal offsets of that prompt (equal when none). */
  gapStart: number;
  gapEnd: number;
}

/** The cells of a notebook laid out as the file the serializer would write (see core/cells). */
export class NotebookView implements JournalView {
  readonly kind = 'notebook';
  readonly text: string;
  readonly lineStarts: number[];
  private readonly cells: CellPlace[] = [];

  constructor(readonly uri: string, notebook: NotebookDocument, cellText: (uri: string) => TextDocument | undefined) {
    const inputs: CellInput[] = [];
    const docs: (TextDocument | undefined)[] = [];
    for (const cell of notebook.cells) {
      const doc = cellText(cell.document);
      docs.push(doc);
      const meta = (cell.metadata as Record<string, unknown> | undefined)?.[META_KEY] as CellMeta | undefined;
      inputs.push({
        kind: cell.kind === 2 ? 'code' : 'markup',
        language: doc?.languageId,
        value: doc?.getText() ?? '',
        meta: meta && typeof meta.tail === 'string' ? meta : undefined,
      });
    }
    const eol = eolOfCells(inputs);
    // From the cells' values, so that each cell's lines stand in the journal as the cell shows them.
    const placed = layout(inputs, eol, { fromValues: true });
    const first = placed.starts.findIndex((s, i) => placed.ends[i] > s);
    this.text = placed.text;
    this.lineStarts = lineStarts(this.text);
    notebook.cells.forEach((cell, i) => {
      const doc = docs[i];
      if (!doc || placed.ends[i] === placed.starts[i]) return;
      const start = placed.starts[i] + valueOffset(inputs[i], eol, i === first);
      const firstLine = positionAt(this.lineStarts, start).line;
      const prompt = promptGap(inputs[i]);
      // Lines of the prompt between the value's first line and its second (none to skip in a one-line value).
      const gap = doc.lineCount > 1 ? (prompt.match(/\r\n|\r|\n/g) ?? []).length : 0;
      const gapStart = start + (doc.getText().match(/^[^\r\n]*/)?.[0].length ?? 0);
      const lastLine = firstLine + doc.lineCount - 1 + gap;
      const lastLineText = doc.getText({ start: { line: doc.lineCount - 1, character: 0 }, end: { line: doc.lineCount, character: 0 } });
      const end = Math.min(this.text.length, offsetAt(this.lineStarts, { line: lastLine, character: lastLineText.replace(/[\r\n]+$/, '').length }));
      this.cells.push({ uri: cell.document, start, end, firstLine, lastLine, gap, gapStart, gapEnd: gapStart + prompt.length });
    });
  }

  targets(): string[] { return this.cells.map((c) => c.uri); }

  distribute<T extends { range: Range }>(items: readonly T[]): Map<string, T[]> {
    const out = new Map<string, T[]>(this.cells.map((c) => [c.uri, []]));
    for (const item of items) {
      const local = this.toLocal(item.range);
      if (local) out.get(local.uri)?.push({ ...item, range: local.range });
    }
    return out;
  }

  offsetOf(uri: string, pos: Position): number | undefined {
    const c = this.cells.find((x) => x.uri === uri);
    if (!c) return undefined;
    const line = Math.min(c.firstLine + pos.line + (pos.line > 0 ? c.gap : 0), c.lastLine);
    return Math.min(c.end, offsetAt(this.lineStarts, { line, character: pos.character }, this.text.length));
  }

  /** The cell holding a journal line; lines between cells (hidden blank lines, fences) go to the cell before. */
  private cellOfLine(line: number): CellPlace | undefined {
    let found: CellPlace | undefined;
    for (const c of this.cells) {
      if (c.firstLine <= line) found = c;
      else break;
    }
    return found ?? this.cells[0];
  }

  private clampTo(c: CellPlace, pos: Position): Position {
    if (pos.line < c.firstLine) return { line: 0, character: 0 };
    if (pos.line > c.lastLine) return { line: c.lastLine - c.firstLine - c.gap, character: c.end - this.lineStarts[c.lastLine] };
    // A spot in the hidden prompt shows at the end of the heading above it.
    if (pos.line > c.firstLine && pos.line <= c.firstLine + c.gap) return { line: 0, character: c.gapStart - this.lineStarts[c.firstLine] };
    return { line: pos.line - c.firstLine - (pos.line > c.firstLine ? c.gap : 0), character: pos.character };
  }

  toLocal(range: Range): { uri: string; range: Range } | undefined {
    const c = this.cellOfLine(range.start.line);
    if (!c) return undefined;
    const start = this.clampTo(c, range.start);
    const end = range.end.line > c.lastLine ? this.clampTo(c, { line: c.lastLine + 1, character: 0 }) : this.clampTo(c, range.end);
    return { uri: c.uri, range: { start, end } };
  }

  localEdit(edit: CoreEdit): LocalEdit | undefined {
    const { start, end } = edit.span;
    const inside = this.cells.find((c) => start >= c.start && end <= c.end && !(start === c.start && end === start && c !== this.cells[0]));
    // The hidden prompt is no cell's text: an edit inside it cannot be shown.
    if (inside && [start, end].some((x) => x > inside.gapStart && x < inside.gapEnd)) return undefined;
    if (inside) {
      const range = rangeOf(this.lineStarts, edit.span);
      return { uri: inside.uri, range: { start: this.clampTo(inside, range.start), end: this.clampTo(inside, range.end) }, newText: edit.newText };
    }
    if (start !== end) return undefined;
    // An insertion between cells joins the cell before it: the line breaks that stood between the
    // cell and the insertion point come first, and the cell's hidden tail keeps ending it.
    const before = [...this.cells].reverse().find((c) => c.end <= start);
    if (!before) {
      const first = this.cells[0];
      return first && { uri: first.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: edit.newText };
    }
    // After a one-line value its prompt follows; the line breaks to write are the ones after that.
    const breaks = (this.text.slice(Math.max(before.end, before.gapEnd), start).match(/\r\n|\r|\n/g) ?? []).length;
    const at = { line: before.lastLine - before.firstLine - before.gap, character: before.end - this.lineStarts[before.lastLine] };
    return { uri: before.uri, range: { start: at, end: at }, newText: '\n'.repeat(breaks) + edit.newText.replace(/(?:\r\n|\r|\n)+$/, '') };
  }
}
