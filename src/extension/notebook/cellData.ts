// Between VS Code's notebook cells and the core's cells. Our data rides in each cell's metadata under
// `goedwerk`, so a cell the user did not touch is written back byte for byte; what the renderer needs
// to draw the cell (its id, the user's language, the beeld's status) rides under `goedwerkView`, which
// the serializer declares transient: it never dirties the notebook and is never saved.
import * as vscode from 'vscode';
import { META_KEY, type CellInput, type CellMeta, type CellSpec, type JournalMeta } from '../../core/cells';
import { VIEW_KEY, type ViewMeta } from '../../renderer/protocol';

export { NOTEBOOK_TYPE } from '../../core/names';

let counter = 0;

/** A fresh id for a cell's view data: unique in this window, which is all the renderer needs. */
export function newViewId(): string {
  counter = (counter + 1) % Number.MAX_SAFE_INTEGER;
  return `c${Date.now().toString(36)}${counter.toString(36)}`;
}

import { uiLang } from '../views/ui-lang';

export { uiLang };

export function toCellData(spec: CellSpec, view: Partial<ViewMeta> = {}): vscode.NotebookCellData {
  const kind = spec.kind === 'code' ? vscode.NotebookCellKind.Code : vscode.NotebookCellKind.Markup;
  const data = new vscode.NotebookCellData(kind, spec.value, spec.language);
  // The frontmatter is YAML to edit but drawn by the Markdown renderer, as a card (src/renderer/).
  // `mime` is not in the stable API's type, but VS Code reads it from the cell data it is given.
  if (spec.role === 'frontmatter') (data as { mime?: string }).mime = 'text/markdown';
  const v: ViewMeta = { id: newViewId(), ui: uiLang(), role: spec.role, ...view };
  data.metadata = { [META_KEY]: { ...spec.meta }, [VIEW_KEY]: v };
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
  for (const key of ['head', 'raw', 'prompt', 'placeholder'] as const) {
    if (m[key] !== undefined && typeof m[key] !== 'string') return undefined;
  }
  const meta: CellMeta = { tail: m.tail };
  if (m.head !== undefined) meta.head = m.head as string;
  if (m.raw !== undefined) meta.raw = m.raw as string;
  if (m.prompt !== undefined) meta.prompt = m.prompt as string;
  if (m.placeholder !== undefined) meta.placeholder = m.placeholder as string;
  if (m.eol === '\r\n') meta.eol = '\r\n';
  return meta;
}

/** The view data of a live cell, if it has any. */
export function viewOf(cell: vscode.NotebookCell): ViewMeta | undefined {
  const v = cell.metadata?.[VIEW_KEY] as ViewMeta | undefined;
  return v && typeof v.id === 'string' ? v : undefined;
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
