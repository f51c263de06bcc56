// What the notebook's commands work on (the editor, the selected cell, its beeld, the language to
// write in) and the edits they make: cells inserted and re-cut in one undo step, a core edit on one
// cell, and the redraw VS Code needs after an extension changed a rendered cell.
import * as vscode from 'vscode';
import type { Lang, TextEdit } from '../../core/model';
import { layout } from '../../core/cells';
import { cellsOutline, type BeeldInfo, type CellsOutline } from '../../core/cellsOutline';
import { resyncCells } from '../../core/cellsSync';
import { journalLang } from '../../core/edits';
import { templateLang } from '../views/ui-lang';
import { VIEW_KEY } from '../../renderer/protocol';
import { NOTEBOOK_TYPE, fromCell, toCellData, uiLang, viewOf } from './cellData';
import { analyze, beeldOfCell } from './analysis';
import { journalViews } from './view';

export interface Ctx {
  editor: vscode.NotebookEditor;
  notebook: vscode.NotebookDocument;
  a: CellsOutline;
  /** The selected cell, or -1 in an empty notebook. */
  index: number;
  beeld?: BeeldInfo;
  /** The language of the text to insert: the journal's own, else the template setting. */
  lang: Lang;
}

/** The command context for the active notebook editor; says so when no journal notebook is active. */
export function activeContext(): Ctx | undefined {
  const editor = vscode.window.activeNotebookEditor;
  if (!editor || editor.notebook.notebookType !== NOTEBOOK_TYPE) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Goed Werk journal as a notebook first.'));
    return undefined;
  }
  return contextFor(editor, editor.selection.start);
}

/** The command context for a given notebook editor and cell (a click in a rendered cell). */
export function contextFor(editor: vscode.NotebookEditor, cell: number): Ctx {
  const notebook = editor.notebook;
  const a = analyze(notebook, true);
  const index = notebook.cellCount === 0 ? -1 : Math.min(cell, notebook.cellCount - 1);
  const beeld = index >= 0 ? beeldOfCell(a, index) : undefined;
  return { editor, notebook, a, index, beeld, lang: journalLang(a.text, templateLang(notebook.uri), a.outline) };
}

export function reveal(editor: vscode.NotebookEditor, index: number): void {
  const range = new vscode.NotebookRange(index, index + 1);
  editor.selection = range;
  editor.revealRange(range, vscode.NotebookEditorRevealType.InCenterIfOutsideViewport);
}

/** Opens a cell for writing, the cursor at the end of its text. */
export async function editAt(editor: vscode.NotebookEditor, index: number): Promise<void> {
  reveal(editor, index);
  await vscode.commands.executeCommand('notebook.cell.edit');
  // Moved by the editor itself, on its latest text: a writer who already began typing is not set back.
  if (vscode.window.activeTextEditor?.document === editor.notebook.cellAt(index).document) {
    await vscode.commands.executeCommand('cursorBottom');
  }
}

/**
 * Inserts cells and, in the same edit, re-cuts them the way opening the file would (so they get their
 * hidden prompts and blank lines at once, in one undo step). Resolves with the index of the first
 * inserted cell's text, or undefined when the edit did not apply.
 */
export async function insertCells(ctx: Ctx, at: number, cells: vscode.NotebookCellData[], select = 0): Promise<number | undefined> {
  const inputs = ctx.notebook.getCells().map(fromCell);
  const added = cells.map((c) => ({ kind: 'markup' as const, language: c.languageId, value: c.value }));
  const after = [...inputs.slice(0, at), ...added, ...inputs.slice(at)];
  const plan = resyncCells(after);
  const edit = new vscode.WorkspaceEdit();
  let target = at + select;
  if (plan && plan.start <= at && plan.start + plan.deleteCount >= at + added.length) {
    // The re-cut covers the new cells: one replacement of the old cells it touches.
    const final = [...after.slice(0, plan.start), ...plan.cells, ...after.slice(plan.start + plan.deleteCount)];
    const views = journalViews(cellsOutline(final), (i) => final[i].value, uiLang());
    const data = plan.cells.map((c, k) => toCellData(c, views.get(plan.start + k)));
    const oldCount = plan.deleteCount - added.length;
    edit.set(ctx.notebook.uri, [vscode.NotebookEdit.replaceCells(new vscode.NotebookRange(plan.start, plan.start + oldCount), data)]);
    // The cell to show: the one whose text holds the start of the cell asked for.
    const { starts } = layout(after);
    const want = starts[at + select];
    const base = starts[plan.start];
    const own = layout(plan.cells).starts;
    let k = 0;
    for (let j = 0; j < own.length; j++) if (base + own[j] <= want) k = j;
    target = plan.start + k;
  } else {
    edit.set(ctx.notebook.uri, [vscode.NotebookEdit.insertCells(at, cells)]);
  }
  if (!(await vscode.workspace.applyEdit(edit))) return undefined;
  reveal(ctx.editor, target);
  return target;
}

/** Applies a core edit, computed on one cell's own text, to that cell. */
export async function editCell(ctx: Ctx, index: number, e: TextEdit): Promise<number | undefined> {
  const doc = ctx.notebook.cellAt(index).document;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.span.start), doc.positionAt(e.span.end)), e.newText);
  if (!(await vscode.workspace.applyEdit(edit))) return undefined;
  await redraw(ctx.notebook, index);
  reveal(ctx.editor, index);
  return index;
}

/**
 * Has a rendered Markdown cell drawn again. VS Code 1.100 does not redraw a rendered cell whose text an
 * extension changed (it does when its metadata changes): a new revision in the transient view data does.
 */
export async function redraw(nb: vscode.NotebookDocument, index: number): Promise<void> {
  const cell = nb.cellAt(index);
  const view = viewOf(cell);
  if (!view) return;
  const edit = new vscode.WorkspaceEdit();
  edit.set(nb.uri, [vscode.NotebookEdit.updateCellMetadata(index, { ...cell.metadata, [VIEW_KEY]: { ...view, rev: (view.rev ?? 0) + 1 } })]);
  await vscode.workspace.applyEdit(edit);
}
