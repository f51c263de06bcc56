// Keeps the notebook's cells following the journal's structure after any edit: a quick fix, a paste,
// a command, an undo, or typing. The core computes the one replacement that cuts the cells as opening
// the file would (src/core/cellsSync.ts); the text itself never changes.
//
// When: at once after an edit that is not typing, and for typing when the writer leaves the cell (or
// saves), so that a cell never splits under the cursor while `## Kennis` is half typed.
// Undo: undoing a re-cut brings back the cells as they were before it; that state is remembered and
// not re-cut again, so the next undo reaches the edit itself.
import * as vscode from 'vscode';
import { layout, promptGap, valueOffset, type CellInput } from '../../core/cells';
import { cellsOutline } from '../../core/cellsOutline';
import { resyncCells, type ResyncPlan } from '../../core/cellsSync';
import { NOTEBOOK_TYPE, fromCell, toCellData, uiLang } from './cellData';
import { journalViews } from './view';

const UNDONE_KEPT = 20;

function notebookOfCell(doc: vscode.TextDocument): vscode.NotebookDocument | undefined {
  if (doc.uri.scheme !== 'vscode-notebook-cell') return undefined;
  return vscode.workspace.notebookDocuments.find((n) => n.notebookType === NOTEBOOK_TYPE && n.getCells().some((c) => c.document === doc));
}

/** Typing: one or two characters, a deletion, or Enter with its indentation; not a paste, fix or undo. */
export function isTyping(e: vscode.TextDocumentChangeEvent): boolean {
  if (e.reason !== undefined || e.contentChanges.length === 0) return false;
  return e.contentChanges.every((c) => /^[^\r\n]{0,2}$/.test(c.text) || /^(?:\r\n|\n)[ \t]*$/.test(c.text));
}

// Lines that can start, end or change a heading, a fence, an HTML block or the frontmatter.
const MARKER = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|(?:=+|-+)[ \t]*$|`{3,}|~{3,}|<|\.{3}[ \t]*$|(?:\*[ \t]*){3,}$|(?:_[ \t]*){3,}$)|-->/;

/**
 * What of a cell's text can change where the journal is cut: its marker lines, each with whether a
 * blank line stands before it (a line of `---` under text is a heading, under a blank line a rule).
 * An edit that leaves this as it was cannot call for a re-cut; saving re-cuts all the same.
 */
export function structureOf(text: string): string {
  const lines = text.split(/\r\n|\r|\n/);
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    if (MARKER.test(lines[i])) out += `${i === 0 || /^[ \t]*$/.test(lines[i - 1]) ? 'b' : 't'}${lines[i].trim()}\u0000`;
  }
  return `${lines.length > 0 && /^[ \t]*$/.test(lines[lines.length - 1]) ? 'e' : ''}${out}`;
}

function fingerprint(cells: readonly CellInput[]): string {
  return cells.map((c) => `${c.kind === 'code' ? 'c' : ''}${c.meta ? 1 : 0}${c.language === 'yaml' ? 'y' : 'm'}${c.value}`).join('\u0000');
}

/**
 * A code cell that writes the same text as a text cell would ("+ Code", or a cell's type changed):
 * a journal has nothing to run, so it becomes a text cell, without a run button. A code cell in
 * another language is a fenced block the writer chose, and stays.
 */
export function isPlainCodeCell(c: CellInput): boolean {
  return c.kind === 'code' && (c.language === 'markdown' || c.language === 'yaml');
}

/** Where offset `v` of a cell's value stands in the cell's written text (its prompt sits after line one). */
function textOffset(cell: CellInput, isFirst: boolean, v: number): number {
  const gap = promptGap(cell);
  const lineEnd = cell.value.search(/[\r\n]|$/);
  return valueOffset(cell, '\n', isFirst) + v + (gap && v > lineEnd ? gap.length : 0);
}

/** The inverse of textOffset, for a spot in the cell's written text. */
function valueAt(cell: CellInput, isFirst: boolean, t: number): number {
  const gap = promptGap(cell);
  const lineEnd = cell.value.search(/[\r\n]|$/);
  const v = t - valueOffset(cell, '\n', isFirst);
  return gap && v > lineEnd ? Math.max(lineEnd, v - gap.length) : v;
}

export class CellSync implements vscode.Disposable {
  /** Per notebook: the cell document the writer is typing in, re-cut when they leave it. */
  private readonly typing = new Map<vscode.NotebookDocument, vscode.TextDocument>();
  private readonly timers = new Map<vscode.NotebookDocument, ReturnType<typeof setTimeout>>();
  /** Notebooks whose next re-cut follows an edit in the cell being written in: the cursor goes along. */
  private readonly follow = new WeakSet<vscode.NotebookDocument>();
  /** States a re-cut left, so that an undo back to one of them is not re-cut again. */
  private readonly undone = new WeakMap<vscode.NotebookDocument, string[]>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Each cell's structure when last looked at (structureOf). */
  private readonly structure = new WeakMap<vscode.TextDocument, string>();

  constructor() {
    const remember = (nb: vscode.NotebookDocument): void => {
      if (nb.notebookType !== NOTEBOOK_TYPE) return;
      for (const c of nb.getCells()) this.structure.set(c.document, structureOf(c.document.getText()));
    };
    vscode.workspace.notebookDocuments.forEach(remember);
    this.subscriptions.push(
      vscode.workspace.onDidOpenNotebookDocument(remember),
      vscode.workspace.onDidChangeNotebookDocument((e) => {
        if (e.notebook.notebookType !== NOTEBOOK_TYPE || e.contentChanges.length === 0) return;
        for (const change of e.contentChanges) for (const c of change.addedCells) this.structure.set(c.document, structureOf(c.document.getText()));
        this.schedule(e.notebook);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => this.onText(e)),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.onActive(editor)),
      // A Markdown cell that leaves edit mode loses its editor, even where the focus stays put.
      vscode.window.onDidChangeVisibleTextEditors(() => this.onActive(vscode.window.activeTextEditor)),
      // Another cell chosen: the writer left the one they typed in (also a code cell, which is never drawn).
      vscode.window.onDidChangeNotebookEditorSelection((e) => {
        const doc = this.typing.get(e.notebookEditor.notebook);
        const chosen = e.selections[0] && e.notebookEditor.notebook.cellAt(e.selections[0].start)?.document;
        if (doc && chosen !== doc) this.leftCell(e.notebookEditor.notebook, doc);
      }),
      vscode.workspace.onWillSaveNotebookDocument((e) => {
        if (e.notebook.notebookType !== NOTEBOOK_TYPE) return;
        this.typing.delete(e.notebook);
        e.waitUntil(Promise.resolve(this.editFor(e.notebook)?.edit ?? new vscode.WorkspaceEdit()));
      }),
    );
  }

  /** True when a cell's text changed in a way that may move where the journal is cut; `keep` remembers it. */
  private restructured(doc: vscode.TextDocument, keep = true): boolean {
    const now = structureOf(doc.getText());
    if (this.structure.get(doc) === now) return false;
    if (keep) this.structure.set(doc, now);
    return true;
  }

  private onText(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0 || e.document.uri.scheme !== 'vscode-notebook-cell') return;
    const nb = notebookOfCell(e.document);
    if (!nb) return;
    if (isTyping(e) && vscode.window.activeTextEditor?.document === e.document) {
      // Re-cut when the writer leaves the cell, if what they typed changed its structure by then.
      if (this.typing.get(nb) === e.document || this.restructured(e.document, false)) this.typing.set(nb, e.document);
      return;
    }
    if (!this.restructured(e.document)) return;
    if (vscode.window.activeTextEditor?.document === e.document) this.follow.add(nb);
    this.schedule(nb);
  }

  /** A cell the writer typed in was drawn again: they left it (the renderer tells; VS Code does not). */
  leftCell(nb: vscode.NotebookDocument, doc: vscode.TextDocument): void {
    if (this.typing.get(nb) !== doc) return;
    this.typing.delete(nb);
    if (this.restructured(doc)) this.schedule(nb);
  }

  private onActive(editor: vscode.TextEditor | undefined): void {
    for (const [nb, doc] of [...this.typing]) {
      const editing = vscode.window.visibleTextEditors.some((e) => e.document === doc);
      if (editor?.document === doc && editing) continue;
      this.typing.delete(nb);
      if (this.restructured(doc)) this.schedule(nb);
    }
  }

  /** Soon, not at once: the several events of one edit make one re-cut. */
  schedule(nb: vscode.NotebookDocument): void {
    if (this.timers.has(nb)) return;
    this.timers.set(nb, setTimeout(() => {
      this.timers.delete(nb);
      void this.run(nb);
    }, 20));
  }

  /** Re-cuts now if the cells do not follow the text; resolves when done. */
  async run(nb: vscode.NotebookDocument): Promise<boolean> {
    if (nb.isClosed) return false;
    if (await this.codeToText(nb)) return true;
    if (this.typing.has(nb)) return false;
    const planned = this.editFor(nb);
    if (!planned) return false;
    // A quick fix or paste in the cell being written in: the cursor moves to where its text went.
    // After the writer left a cell, or an edit elsewhere, nothing is opened for them.
    const focus = this.follow.has(nb) ? this.cursorInPlan(nb, planned.plan, planned.inputs) : undefined;
    this.follow.delete(nb);
    const ok = await vscode.workspace.applyEdit(planned.edit);
    if (ok && focus !== undefined) await this.refocus(nb, focus);
    return ok;
  }

  /** The re-cut as a workspace edit, or undefined when the cells follow the text (or an undo came back). */
  editFor(nb: vscode.NotebookDocument): { edit: vscode.WorkspaceEdit; plan: ResyncPlan; inputs: CellInput[] } | undefined {
    const inputs = nb.getCells().map(fromCell);
    const print = fingerprint(inputs);
    const undone = this.undone.get(nb) ?? [];
    if (undone.includes(print)) return undefined;
    const plan = resyncCells(inputs);
    if (!plan) return undefined;
    undone.push(print);
    if (undone.length > UNDONE_KEPT) undone.shift();
    this.undone.set(nb, undone);
    const after: CellInput[] = [...inputs.slice(0, plan.start), ...plan.cells, ...inputs.slice(plan.start + plan.deleteCount)];
    const views = journalViews(cellsOutline(after), (i) => after[i].value, uiLang());
    const cells = plan.cells.map((c, k) => toCellData(c, views.get(plan.start + k)));
    const edit = new vscode.WorkspaceEdit();
    edit.set(nb.uri, [vscode.NotebookEdit.replaceCells(new vscode.NotebookRange(plan.start, plan.start + plan.deleteCount), cells)]);
    return { edit, plan, inputs };
  }

  /**
   * Turns the first plain code cell into a text cell with the same value, metadata and so the same
   * bytes; the writer goes on typing in it where they were. An undo back to the code cell is left be.
   */
  private async codeToText(nb: vscode.NotebookDocument): Promise<boolean> {
    const index = nb.getCells().findIndex((c) => isPlainCodeCell(fromCell(c)));
    if (index < 0) return false;
    const print = fingerprint(nb.getCells().map(fromCell));
    const undone = this.undone.get(nb) ?? [];
    if (undone.includes(print)) return false;
    undone.push(print);
    if (undone.length > UNDONE_KEPT) undone.shift();
    this.undone.set(nb, undone);
    const cell = nb.cellAt(index);
    const editor = vscode.window.activeTextEditor;
    const cursor = editor?.document === cell.document ? editor.selection.active : undefined;
    const wasSelected = vscode.window.visibleNotebookEditors.some((e) => e.notebook === nb && e.selection.start === index);
    const data = new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, cell.document.getText(), cell.document.languageId === 'yaml' ? 'yaml' : 'markdown');
    data.metadata = { ...cell.metadata };
    const edit = new vscode.WorkspaceEdit();
    edit.set(nb.uri, [vscode.NotebookEdit.replaceCells(new vscode.NotebookRange(index, index + 1), [data])]);
    if (!(await vscode.workspace.applyEdit(edit))) return false;
    this.typing.delete(nb);
    const nbEditor = vscode.window.visibleNotebookEditors.find((e) => e.notebook === nb);
    // "+ Code" selects the new cell and opens it for writing: the text cell opens in its place.
    if (nbEditor && (cursor || wasSelected)) {
      nbEditor.selection = new vscode.NotebookRange(index, index + 1);
      await vscode.commands.executeCommand('notebook.cell.edit');
      const text = vscode.window.activeTextEditor;
      if (cursor && text?.document === nb.cellAt(index).document) text.selection = new vscode.Selection(cursor, cursor);
    }
    this.schedule(nb);
    return true;
  }

  /** Where in the journal the cursor of a cell being replaced stands, to put it back there. */
  private cursorInPlan(nb: vscode.NotebookDocument, plan: ResyncPlan, inputs: CellInput[]): number | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const index = nb.getCells().findIndex((c) => c.document === editor.document);
    if (index < plan.start || index >= plan.start + plan.deleteCount) return undefined;
    const { starts } = layout(inputs);
    return starts[index] + textOffset(inputs[index], index === 0, editor.document.offsetAt(editor.selection.active));
  }

  private async refocus(nb: vscode.NotebookDocument, offset: number): Promise<void> {
    const editor = vscode.window.visibleNotebookEditors.find((e) => e.notebook === nb);
    if (!editor) return;
    const inputs = nb.getCells().map(fromCell);
    const { starts, ends } = layout(inputs);
    let index = inputs.length - 1;
    for (let i = 0; i < inputs.length; i++) if (starts[i] <= offset && ends[i] > starts[i]) index = i;
    if (index < 0) return;
    const local = Math.max(0, Math.min(inputs[index].value.length, valueAt(inputs[index], index === 0, offset - starts[index])));
    editor.selection = new vscode.NotebookRange(index, index + 1);
    editor.revealRange(editor.selection, vscode.NotebookEditorRevealType.InCenterIfOutsideViewport);
    await vscode.commands.executeCommand('notebook.cell.edit');
    const text = vscode.window.activeTextEditor;
    if (text && text.document === nb.cellAt(index).document) {
      const pos = text.document.positionAt(local);
      text.selection = new vscode.Selection(pos, pos);
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
  }
}
