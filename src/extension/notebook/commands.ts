// The notebook toolbar: add an element, the 3E check or a beeld; insert a situation or a deugd.
// Each command takes an optional argument (element id, situation id, deugd name) that skips its
// QuickPick, so the sidebar's commands and the tests can call them directly. Each returns the index
// of the cell it added or changed, or undefined when nothing happened.
import * as vscode from 'vscode';
import { SECTION_ORDER, type Lang } from '../../core/model';
import { composeValue, layout, splitTail, textToCells } from '../../core/cells';
import { cellsOutline, type BeeldInfo, type CellsOutline } from '../../core/cellsOutline';
import { resyncCells } from '../../core/cellsSync';
import { applyEdits, complete3eEdit, insertDeugdEdit, journalLang } from '../../core/edits';
import { outline } from '../../core/scan';
import { SECTION_HEADINGS, type KnownSection } from '../../core/sections';
import { beeldSkeleton, sectionSkeleton, situationBlock } from '../../core/template';
import { findSituation } from '../../core/content/index';
import { deugdArg, sectionArg, situationArg, titleArg } from '../commands/args';
import { deugdIn, pickDeugd, pickSection, pickSituation } from '../commands/pickers';
import { teamSituationBlock } from '../commands/text-edits';
import { catalog } from '../views/catalog';
import type { SituationView } from '../views/situations-data';
import { templateLang } from '../views/ui-lang';
import type { TextEdit } from '../../core/model';
import { NOTEBOOK_TYPE, fromCell, newMarkupCell, toCellData, uiLang, viewOf } from './cellData';
import { VIEW_KEY } from '../../renderer/protocol';
import { analyze, beeldOfCell } from './analysis';
import { journalViews } from './view';
import { askTitle } from '../commands/ask';
import { isInvitation, startJournal } from './start';

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

export { uiLang } from './cellData';

function context(): Ctx | undefined {
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

/** A skeleton as a cell's value: without the line break and blank lines that end it. */
function asValue(text: string): string {
  return splitTail(text).value;
}

function sectionName(kind: KnownSection, lang: Lang): string {
  return SECTION_HEADINGS[kind][lang];
}

/** The situation the journal's frontmatter names, for prompts that fit it. */
function journalSituation(ctx: Ctx): string | undefined {
  const fm = ctx.a.cells.findIndex((c) => c.role === 'frontmatter');
  if (fm < 0) return undefined;
  const m = /^(?:situatie|situation)[ \t]*:[ \t]*["']?([A-Za-z0-9-]+)/m.exec(ctx.notebook.cellAt(fm).document.getText());
  return m && findSituation(m[1]) ? m[1] : undefined;
}

/** Where a new section of `kind` goes: before the first known part that comes after it in canonical order. */
function insertionIndex(ctx: Ctx, kind: KnownSection): number {
  const b = ctx.beeld;
  if (!b) return ctx.notebook.cellCount;
  const order = (k: string): number => SECTION_ORDER.indexOf(k as KnownSection);
  const later = b.parts.find((p) => p.kind !== 'eigen' && order(p.kind) > order(kind));
  // Never before the title cell, even when a later section shares it.
  if (later) return Math.max(later.cell, b.firstCell + 1);
  const earlier = [...b.parts].reverse().find((p) => p.kind !== 'eigen' && order(p.kind) <= order(kind));
  return (earlier ? earlier.lastCell : b.lastCell) + 1;
}

function depthOf(b: BeeldInfo | undefined): number {
  return b?.parts.find((p) => p.kind !== 'eigen')?.depth ?? 2;
}

// ── add an element ──────────────────────────────────────────────────────────────────────────────

/** Adds a section to the current beeld in canonical order, or shows it when it is already there. */
export async function addSection(kind: KnownSection): Promise<number | undefined> {
  const ctx = context();
  return ctx && addSectionIn(ctx, kind);
}

export async function addSectionIn(ctx: Ctx, kind: KnownSection): Promise<number | undefined> {
  const existing = ctx.beeld?.sections[kind];
  if (existing !== undefined) {
    reveal(ctx.editor, existing);
    void vscode.window.showInformationMessage(vscode.l10n.t('This beeld already has {0}.', sectionName(kind, uiLang())));
    return existing;
  }
  const value = asValue(sectionSkeleton(kind, ctx.lang, '\n', depthOf(ctx.beeld), journalSituation(ctx)));
  return insertCells(ctx, insertionIndex(ctx, kind), [newMarkupCell(value)]);
}

export async function addElement(arg?: unknown): Promise<number | undefined> {
  const ctx = context();
  if (!ctx) return undefined;
  const present = new Set(Object.keys(ctx.beeld?.sections ?? {}));
  const kind = sectionArg(arg) ?? await pickSection(present);
  return kind && addSectionIn(ctx, kind);
}

// ── the 3E check ────────────────────────────────────────────────────────────────────────────────

/** Adds the 3E check to the current beeld; when it is there already, adds the E's it lacks. */
export async function add3e(): Promise<number | undefined> {
  const ctx = context();
  if (!ctx) return undefined;
  const at = ctx.beeld?.sections['drie-e'];
  if (at === undefined) return addSectionIn(ctx, 'drie-e');
  const text = ctx.notebook.cellAt(at).document.getText();
  const inner = outline(text).beelden.findIndex((b) => b.sections.some((s) => s.kind === 'drie-e'));
  const e = complete3eEdit(text, Math.max(0, inner), ctx.lang);
  if (applyEdits(text, [e]) === text) {
    reveal(ctx.editor, at);
    return at;
  }
  return editCell(ctx, at, trimEndEdit(text, e));
}

/** An edit that would leave the cell ending in blank lines ends without them (the file's tail has them). */
function trimEndEdit(text: string, e: TextEdit): TextEdit {
  if (e.span.end < text.length || splitTail(text).tail !== '') return e;
  return { span: e.span, newText: splitTail(e.newText).value };
}

// ── a beeld ─────────────────────────────────────────────────────────────────────────────────────

/** Adds a whole new beeld (title and every section) after the current one. */
export async function addBeeld(arg?: unknown): Promise<number | undefined> {
  const ctx = context();
  if (!ctx) return undefined;
  // A blank journal starts with its details and the beeld, as its invitation offers.
  if (isInvitation(ctx.notebook)) return (await startJournal(ctx.editor, 'blank')) ? 0 : undefined;
  const titel = titleArg(arg) ?? (await askTitle());
  if (titel === undefined) return undefined;
  const skeleton = beeldSkeleton(ctx.lang, { titel, situatie: journalSituation(ctx) }, '\n');
  // Each part as its full text, prompt included: the re-cut in insertCells lifts the prompts out again.
  const cells = textToCells(skeleton).map((c) => newMarkupCell(composeValue(c.value, c.meta.prompt, '\n')));
  const at = ctx.beeld ? ctx.beeld.lastCell + 1 : ctx.notebook.cellCount;
  return insertCells(ctx, at, cells);
}

// ── a situation ─────────────────────────────────────────────────────────────────────────────────

/** The quoted reminder of a situation: the booklet's, or the team's own (title and summary). */
function situationText(s: SituationView, lang: Lang): string {
  const builtIn = s.team ? undefined : findSituation(s.id);
  return builtIn ? situationBlock(builtIn, lang, '\n') : teamSituationBlock(s.title, s.summary, lang, '\n');
}

/**
 * Inserts a situation as a quoted reminder below the selected cell, and names it in the frontmatter
 * when the journal names none yet.
 */
export async function insertSituation(arg?: unknown): Promise<number | undefined> {
  const ctx = context();
  if (!ctx) return undefined;
  const given = situationArg(arg);
  const s = given ? await catalog().find(given) : await pickSituation(vscode.l10n.t('Insert a critical situation'), false);
  if (!s) {
    if (given) void vscode.window.showWarningMessage(vscode.l10n.t('No known situation has the id "{0}".', given));
    return undefined;
  }
  const fm = ctx.a.cells.findIndex((c) => c.role === 'frontmatter');
  const at = Math.max(ctx.index + 1, fm + 1);
  const added = await insertCells(ctx, at, [newMarkupCell(asValue(situationText(s, ctx.lang)))]);
  if (added === undefined) return undefined;
  const shifted = await nameSituation(ctx, fm, s.id);
  if (shifted) reveal(ctx.editor, added + 1);
  return shifted ? added + 1 : added;
}

/** Puts `situatie: id` in the frontmatter if it names none. True when a frontmatter cell was added at the top. */
async function nameSituation(ctx: Ctx, fm: number, id: string): Promise<boolean> {
  const key = ctx.lang === 'en' ? 'situation' : 'situatie';
  if (fm < 0) {
    const cell = new vscode.NotebookCellData(vscode.NotebookCellKind.Code, `${key}: ${id}`, 'yaml');
    const edit = new vscode.WorkspaceEdit();
    edit.set(ctx.notebook.uri, [vscode.NotebookEdit.insertCells(0, [cell])]);
    return vscode.workspace.applyEdit(edit);
  }
  const doc = ctx.notebook.cellAt(fm).document;
  const text = doc.getText();
  const m = /^(situatie|situation)[ \t]*:([ \t]*)(.*)$/m.exec(text);
  if (m && m[3].trim() !== '' && !m[3].trim().startsWith('#')) return false;
  const edit = new vscode.WorkspaceEdit();
  if (m) {
    const start = m.index + m[1].length + 1;
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(start), doc.positionAt(start + m[2].length)), ` ${id}`);
    if (m[3].trim() !== '') edit.insert(doc.uri, doc.positionAt(start + m[2].length), ' ');
  } else {
    const end = doc.positionAt(text.length);
    edit.insert(doc.uri, end, (text === '' ? '' : '\n') + `${key}: ${id}`);
  }
  await vscode.workspace.applyEdit(edit);
  return false;
}

// ── a deugd ─────────────────────────────────────────────────────────────────────────────────────

/** Adds a deugd as a list item to the current beeld's Deugden cell, creating that cell when needed. */
export async function insertDeugd(arg?: unknown): Promise<number | undefined> {
  const ctx = context();
  if (!ctx) return undefined;
  const picked = deugdArg(arg) ?? await pickDeugd();
  if (!picked) return undefined;
  const name = deugdIn(picked, ctx.lang);
  const at = ctx.beeld?.sections.deugden;
  if (at === undefined) {
    const heading = `${'#'.repeat(depthOf(ctx.beeld))} ${sectionName('deugden', ctx.lang)}`;
    return insertCells(ctx, insertionIndex(ctx, 'deugden'), [newMarkupCell(`${heading}\n\n- ${name}`)]);
  }
  const text = ctx.notebook.cellAt(at).document.getText();
  const inner = outline(text).beelden.findIndex((b) => b.sections.some((s) => s.kind === 'deugden'));
  return editCell(ctx, at, trimEndEdit(text, insertDeugdEdit(text, Math.max(0, inner), name, ctx.lang)));
}

// ── open as text ────────────────────────────────────────────────────────────────────────────────

/** Reopens the journal in the text editor (the same as "Reopen Editor With..." → Text Editor). */
export async function openAsText(arg?: unknown): Promise<void> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeNotebookEditor?.notebook.uri;
  if (uri) await vscode.commands.executeCommand('vscode.openWith', uri, 'default');
}

export const NOTEBOOK_COMMANDS: Record<string, (arg?: unknown) => Promise<unknown>> = {
  'goedwerk.notebook.addElement': addElement,
  'goedwerk.notebook.add3e': add3e,
  'goedwerk.notebook.addBeeld': addBeeld,
  'goedwerk.notebook.insertSituation': insertSituation,
  'goedwerk.notebook.insertDeugd': insertDeugd,
  'goedwerk.notebook.openAsText': openAsText,
};
