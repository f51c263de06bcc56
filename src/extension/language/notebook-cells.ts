// vscode-languageclient finds the notebook of a cell document by looking through every cell of every
// open notebook, and VS Code's `languages.match` does the same for a selector that names a notebook
// type; the client does both for each cell document VS Code opens. A journal of 10,000 cells (1 MB of
// short beelden) cost 10,000 × 10,000 steps several times over, which froze the browser's extension
// host for minutes. This gives both lookups an index: the client's answers "no notebook" for the cells
// VS Code opens before it announces their notebook (the client ignores those anyway: it sends the
// notebook whole once it is announced), and `match` (our extension's copy of the API only) finds a
// cell's notebook there instead of in every cell.
import * as vscode from 'vscode';
import { NotebookDocumentSyncFeature } from 'vscode-languageclient/lib/common/notebook';

type Lookup = (doc: vscode.TextDocument) => [vscode.NotebookDocument | undefined, vscode.NotebookCell | undefined];

const owners = new Map<string, { nb: vscode.NotebookDocument; cell: vscode.NotebookCell }>();
const announced = new WeakSet<vscode.NotebookDocument>();
let installed = false;

function index(nb: vscode.NotebookDocument): void {
  for (const cell of nb.getCells()) owners.set(cell.document.uri.toString(), { nb, cell });
}

/** The cell's notebook and cell, through the index (rebuilt for its notebook when a cell is new). */
function ownerOf(doc: vscode.TextDocument): { nb: vscode.NotebookDocument; cell: vscode.NotebookCell } | undefined {
  const key = doc.uri.toString();
  const live = (hit: { nb: vscode.NotebookDocument; cell: vscode.NotebookCell } | undefined) =>
    hit && !hit.nb.isClosed && hit.cell.index >= 0 && hit.cell.document === doc ? hit : undefined;
  let hit = live(owners.get(key));
  if (!hit) {
    // A cell's URI has its notebook's path: only that notebook is read again.
    for (const nb of vscode.workspace.notebookDocuments) if (nb.uri.path === doc.uri.path) index(nb);
    hit = live(owners.get(key));
  }
  return hit;
}

/** The client's lookup: only cells of notebooks VS Code has announced. */
export function findCell(doc: vscode.TextDocument): [vscode.NotebookDocument | undefined, vscode.NotebookCell | undefined] {
  const hit = ownerOf(doc);
  return hit && announced.has(hit.nb) ? [hit.nb, hit.cell] : [undefined, undefined];
}

/**
 * `selector` for a cell whose notebook is known: a filter that names a notebook type becomes the
 * same filter without it when the type is the notebook's, and goes when it is not, so `match` need
 * not look for the notebook. Undefined when a filter's scheme or pattern is meant for the notebook's
 * URI (rare; VS Code answers those itself).
 */
export function cellSelector(selector: vscode.DocumentSelector, nb: vscode.NotebookDocument | undefined): vscode.DocumentSelector | undefined {
  const out: (vscode.DocumentFilter | string)[] = [];
  for (const f of Array.isArray(selector) ? selector as readonly (vscode.DocumentFilter | string)[] : [selector as vscode.DocumentFilter | string]) {
    if (typeof f === 'string' || f.notebookType === undefined) { out.push(f); continue; }
    if (f.scheme !== undefined || f.pattern !== undefined) return undefined;
    if (!nb || (f.notebookType !== '*' && f.notebookType !== nb.notebookType)) continue;
    out.push(f.language === undefined ? { scheme: CELL_SCHEME } : { language: f.language });
  }
  return out;
}

const CELL_SCHEME = 'vscode-notebook-cell';

function fastMatch(original: typeof vscode.languages.match): typeof vscode.languages.match {
  return (selector, doc) => {
    if (doc.uri.scheme !== CELL_SCHEME) return original(selector, doc);
    const rewritten = cellSelector(selector, ownerOf(doc)?.nb);
    return original(rewritten ?? selector, doc);
  };
}

/** Installs the lookup (before a language client is created); disposing puts the client's own back. */
export function fastCellLookup(): vscode.Disposable {
  if (installed) return { dispose: () => undefined };
  installed = true;
  const feature = NotebookDocumentSyncFeature.prototype as unknown as { findNotebookDocumentAndCell: Lookup };
  const original = feature.findNotebookDocumentAndCell;
  const languages = vscode.languages as { match: typeof vscode.languages.match };
  const match = languages.match;
  vscode.workspace.notebookDocuments.forEach((nb) => announced.add(nb));
  feature.findNotebookDocumentAndCell = findCell;
  try { languages.match = fastMatch(match); } catch { /* a frozen API: VS Code's own lookup, slower */ }
  const subs = [
    vscode.workspace.onDidOpenNotebookDocument((nb) => announced.add(nb)),
    vscode.workspace.onDidCloseNotebookDocument((nb) => {
      for (const [key, v] of owners) if (v.nb === nb) owners.delete(key);
    }),
  ];
  return {
    dispose: () => {
      subs.forEach((s) => s.dispose());
      feature.findNotebookDocumentAndCell = original;
      try { languages.match = match; } catch { /* as above */ }
      owners.clear();
      installed = false;
    },
  };
}
