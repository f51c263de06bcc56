// One journal as the server sees it, whether it lives in a text document or in a notebook's cells.
// Checks, completion and fixes all work on the journal's whole text; a view maps positions and edits
// between that text and the documents the editor has (the text document itself, or one cell).
import type { NotebookDocument } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { META_KEY, eolOfCells, layout, type CellInput, type CellMeta } from '../core/cells';
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
    const placed = layout(inputs, eol);
    const first = placed.starts.findIndex((s, i) => placed.ends[i] > s);
    this.text = placed.text;
    this.lineStarts = lineStarts(this.text);
    notebook.cells.forEach((cell, i) => {
      const doc = docs[i];
      if (!doc || placed.ends[i] === placed.starts[i]) return;
      const start = placed.starts[i] + valueOffset(inputs[i], i === first, eol);
      const firstLine = positionAt(this.lineStarts, start).line;
      const lastLine = firstLine + doc.lineCount - 1;
      const lastLineText = doc.getText({ start: { line: doc.lineCount - 1, character: 0 }, end: { line: doc.lineCount, character: 0 } });
      const end = Math.min(this.text.length, offsetAt(this.lineStarts, { line: lastLine, character: lastLineText.replace(/[\r\n]+$/, '').length }));
      this.cells.push({ uri: cell.document, start, end, firstLine, lastLine });
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
    const line = Math.min(c.firstLine + pos.line, c.lastLine);
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
    if (pos.line > c.lastLine) return { line: c.lastLine - c.firstLine, character: c.end - this.lineStarts[c.lastLine] };
    return { line: pos.line - c.firstLine, character: pos.character };
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
    const breaks = (this.text.slice(before.end, start).match(/\r\n|\r|\n/g) ?? []).length;
    const at = { line: before.lastLine - before.firstLine, character: before.end - this.lineStarts[before.lastLine] };
    return { uri: before.uri, range: { start: at, end: at }, newText: '\n'.repeat(breaks) + edit.newText.replace(/(?:\r\n|\r|\n)+$/, '') };
  }
}

/** Where a cell's value starts inside the piece the layout wrote for it (mirrors core/cells cellText). */
function valueOffset(cell: CellInput, isFirst: boolean, eol: string): number {
  if (cell.meta) return cell.meta.head?.length ?? 0;
  if (cell.kind === 'code') {
    if (isFirst && cell.language === 'yaml') return 3 + eol.length;
    const runs = cell.value.match(/`{3,}/g) ?? [];
    const fence = Math.max(3, ...runs.map((r) => r.length + 1));
    const info = cell.language && cell.language !== 'markdown' && cell.language !== 'plaintext' ? cell.language.length : 0;
    return fence + info + eol.length;
  }
  return 0;
}
