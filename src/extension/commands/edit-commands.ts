// Commands that change the current journal: insert a situation or a deugd, add an element, the 3E
// check or a beeld. In the text editor they apply the core's edits (the same ones the language
// server's quick fixes make); in a Goed Werk notebook they hand over to the notebook's commands.
import * as vscode from 'vscode';
import type { Lang, TextEdit } from '../../core/model';
import type { KnownSection } from '../../core/sections';
import { addSection as notebookAddSection } from '../notebook/index';
import { catalog } from '../views/catalog';
import { templateLang, uiLang } from '../views/ui-lang';
import { deugdArg, isElement, sectionArg, situationArg, titleArg } from './args';
import { atCursor, beeldEditAt, blockAtCursor, deugdEditAt, drieEEditAt, sectionEditAt, situationEditAt, teamSituationBlock } from './text-edits';
import { pickDeugd, pickSection, pickSituation, sectionLabel } from './pickers';
import { askTitle } from './ask';
import { currentTarget, type Target } from './target';

function noJournal(): undefined {
  void vscode.window.showInformationMessage(
    vscode.l10n.t('Open a Goed Werk journal (a .goedwerk.md file) first.'), vscode.l10n.t('New Beeld…'),
  ).then((choice) => { if (choice) void vscode.commands.executeCommand('goedwerk.newBeeld'); });
  return undefined;
}

/** The text, cursor offset and fallback language a text-editor command computes its edit from. */
function cursorOf(editor: vscode.TextEditor): { text: string; offset: number; fallback: Lang } {
  const doc = editor.document;
  return { text: doc.getText(), offset: doc.offsetAt(editor.selection.active), fallback: templateLang(doc.uri) };
}

/** Applies a core edit in the editor, then puts the cursor at the end of what was written. */
async function applyInEditor(editor: vscode.TextEditor, edit: TextEdit): Promise<boolean> {
  const doc = editor.document;
  if (edit.newText === '' && edit.span.start === edit.span.end) return false;
  const range = new vscode.Range(doc.positionAt(edit.span.start), doc.positionAt(edit.span.end));
  const ok = await editor.edit((b) => b.replace(range, edit.newText));
  if (!ok) return false;
  const end = doc.positionAt(edit.span.start + edit.newText.replace(/\s+$/, '').length);
  editor.selection = new vscode.Selection(end, end);
  editor.revealRange(new vscode.Range(range.start, end), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}

/** Makes the target's editor the active one again (a page or the sidebar may have the focus). */
async function focus(target: Target): Promise<void> {
  if (target.kind === 'notebook') {
    if (vscode.window.activeNotebookEditor !== target.editor) {
      await vscode.window.showNotebookDocument(target.editor.notebook, { viewColumn: target.editor.viewColumn, selections: target.editor.selections });
    }
  } else if (vscode.window.activeTextEditor !== target.editor) {
    await vscode.window.showTextDocument(target.editor.document, { viewColumn: target.editor.viewColumn, selection: target.editor.selection });
  }
}

async function inNotebook(target: Target, command: string, arg?: unknown): Promise<unknown> {
  await focus(target);
  return vscode.commands.executeCommand(command, arg);
}

/** The editor to work in after a possible focus change (showTextDocument may hand back a new object). */
async function textEditorOf(target: Extract<Target, { kind: 'text' }>): Promise<vscode.TextEditor> {
  await focus(target);
  const active = vscode.window.activeTextEditor;
  return active && active.document === target.editor.document ? active : target.editor;
}

// ── insert a deugd ──────────────────────────────────────────────────────────────────────────────

export async function insertDeugd(arg?: unknown): Promise<boolean | unknown> {
  const target = currentTarget();
  if (!target) return noJournal();
  const name = deugdArg(arg) ?? (await pickDeugd());
  if (!name) return undefined;
  if (target.kind === 'notebook') return inNotebook(target, 'goedwerk.notebook.insertDeugd', name);
  const editor = await textEditorOf(target);
  const c = cursorOf(editor);
  return applyInEditor(editor, deugdEditAt(c.text, c.offset, name, c.fallback));
}

// ── add an element (or another section) ─────────────────────────────────────────────────────────

export async function addElement(arg?: unknown): Promise<boolean | unknown> {
  const target = currentTarget();
  if (!target) return noJournal();
  const given = sectionArg(arg);
  if (given === 'drie-e') return add3e();
  if (target.kind === 'notebook') {
    if (given && !isElement(given)) {
      await focus(target);
      return notebookAddSection(given);
    }
    return inNotebook(target, 'goedwerk.notebook.addElement', given);
  }
  const editor = await textEditorOf(target);
  let kind: KnownSection | undefined = given;
  if (!kind) {
    const c = cursorOf(editor);
    const at = atCursor(c.text, c.offset, c.fallback);
    kind = await pickSection(new Set(at.outline.beelden[at.beeld]?.sections.map((s) => s.kind) ?? []));
    if (!kind) return undefined;
  }
  const c = cursorOf(editor);
  const result = sectionEditAt(c.text, c.offset, kind, c.fallback);
  if ('existing' in result) {
    const pos = editor.document.positionAt(result.existing);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    void vscode.window.showInformationMessage(vscode.l10n.t('This beeld already has {0}.', sectionLabel(kind, uiLang())));
    return false;
  }
  return applyInEditor(editor, result.edit);
}

// ── the 3E check ────────────────────────────────────────────────────────────────────────────────

export async function add3e(): Promise<boolean | unknown> {
  const target = currentTarget();
  if (!target) return noJournal();
  if (target.kind === 'notebook') return inNotebook(target, 'goedwerk.notebook.add3e');
  const editor = await textEditorOf(target);
  const c = cursorOf(editor);
  const edit = drieEEditAt(c.text, c.offset, c.fallback);
  if (edit.newText === '' && edit.span.start === edit.span.end) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This beeld already has the complete 3E check.'));
    return false;
  }
  return applyInEditor(editor, edit);
}

// ── a beeld ─────────────────────────────────────────────────────────────────────────────────────

/** Adds a new beeld (title and every section) after the beeld at the cursor. */
export async function addBeeld(arg?: unknown): Promise<boolean | unknown> {
  const target = currentTarget();
  if (!target) return noJournal();
  const given = titleArg(arg);
  // The title is asked, never a placeholder written; left empty, the beeld gets an empty heading.
  const titel = given ?? (await askTitle());
  if (titel === undefined) return undefined;
  if (target.kind === 'notebook') return inNotebook(target, 'goedwerk.notebook.addBeeld', { titel });
  const editor = await textEditorOf(target);
  const c = cursorOf(editor);
  return applyInEditor(editor, beeldEditAt(c.text, c.offset, c.fallback, titel));
}

// ── a situation ─────────────────────────────────────────────────────────────────────────────────

/** Inserts a situation as a quoted reminder on its own lines at the cursor. */
export async function insertSituation(arg?: unknown): Promise<boolean | unknown> {
  const target = currentTarget();
  if (!target) return noJournal();
  let id = situationArg(arg);
  if (!id) {
    const picked = await pickSituation(vscode.l10n.t('Insert a critical situation'), false);
    if (!picked) return undefined;
    id = picked.id;
  }
  const s = await catalog().find(id);
  if (!s) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No known situation has the id "{0}".', id));
    return undefined;
  }
  if (target.kind === 'notebook') return inNotebook(target, 'goedwerk.notebook.insertSituation', s.id);
  const editor = await textEditorOf(target);
  const c = cursorOf(editor);
  if (!s.team) {
    const edit = situationEditAt(c.text, c.offset, s.id, c.fallback);
    return edit ? applyInEditor(editor, edit) : undefined;
  }
  const at = atCursor(c.text, c.offset, c.fallback);
  return applyInEditor(editor, blockAtCursor(c.text, c.offset, teamSituationBlock(s.title, s.summary, at.lang, at.eol), at.eol));
}
