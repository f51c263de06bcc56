// Between VS Code's notebook cells and the core's cells. Our data rides in each cell's metadata under
// `goedwerk`, so a cell the user did not touch is written back byte for byte.
import * as vscode from 'vscode';
import { META_KEY, type CellInput, type CellMeta, type CellSpec, type JournalMeta } from '../../core/cells';

export const NOTEBOOK_TYPE = 'goedwerk-notebook';

export function toCellData(spec: CellSpec): vscode.NotebookCellData {
  const kind = spec.kind === 'code' ? vscode.NotebookCellKind.Code : vscode.NotebookCellKind.Markup;
  const data = new vscode.NotebookCellData(kind, spec.value, spec.language);
  data.metadata = { [META_KEY]: { ...spec.meta } };
  return data;
}

/** A new cell (no metadata: written with the file's line break and set apart by a blank line). */
export function newMarkupCell(value: string): vscode.NotebookCellData {
  return new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, value, 'markdown');
}

/** Our metadata if it is intact; anything else (a cell pasted from elsewhere, edited JSON) counts as new. */
export function cellMeta(metadata: { [key: string]: unknown } | undefined): CellMeta | undefined {
  const m = metadata?.[META_KEY] as Record<string, unknown> | undefined;
  if (!m || typeof m !== 'object' || typeof m.tail !== 'string') return undefined;
  if (m.head !== undefined && typeof m.head !== 'string') return undefined;
  if (m.raw !== undefined && typeof m.raw !== 'string') return undefined;
  const meta: CellMeta = { tail: m.tail };
  if (m.head !== undefined) meta.head = m.head as string;
  if (m.raw !== undefined) meta.raw = m.raw as string;
  if (m.eol === '\r\n') meta.eol = '\r\n';
  return meta;
}

export function journalMeta(metadata: { [key: string]: unknown } | undefined): Partial<JournalMeta> {
  const m = metadata?.[META_KEY] as Record<string, unknown> | undefined;
  if (!m || typeof m !== 'object') return {};
  return { bom: m.bom === true, eol: m.eol === '\r\n' ? '\r\n' : m.eol === '\n' ? '\n' : undefined };
}

/** What the serializer gets back from the editor. */
export function fromCellData(cell: vscode.NotebookCellData): CellInput {
  return {
    kind: cell.kind === vscode.NotebookCellKind.Code ? 'code' : 'markup',
    language: cell.languageId,
    value: cell.value,
    meta: cellMeta(cell.metadata),
  };
}

/** A live cell of an open notebook, read the same way. */
export function fromCell(cell: vscode.NotebookCell): CellInput {
  return {
    kind: cell.kind === vscode.NotebookCellKind.Code ? 'code' : 'markup',
    language: cell.document.languageId,
    value: cell.document.getText(),
    meta: cellMeta(cell.metadata),
  };
}
