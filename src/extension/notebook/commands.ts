// The notebook toolbar: add an element, the 3E check or a beeld; insert a situation or a deugd.
// Each command takes an optional argument (element id, situation id, deugd name) that skips its
// QuickPick, so the sidebar's commands and the tests can call them directly. Each returns the index
// of the cell it added or changed, or undefined when nothing happened.
import * as vscode from 'vscode';
import { SECTION_ORDER, type Lang, type TextEdit } from '../../core/model';
import { composeValue, splitTail, textToCells } from '../../core/cells';
import type { BeeldInfo } from '../../core/cellsOutline';
import { applyEdits, complete3eEdit, insertDeugdEdit } from '../../core/edits';
import { outline } from '../../core/scan';
import { SECTION_HEADINGS, type KnownSection } from '../../core/sections';
import { beeldSkeleton, sectionSkeleton, situationBlock } from '../../core/template';
import { findSituation } from '../../core/content/index';
import { deugdArg, sectionArg, situationArg, titleArg } from '../commands/args';
import { deugdIn, pickDeugd, pickSection, pickSituation } from '../commands/pickers';
import { teamSituationBlock } from '../commands/text-edits';
import { catalog } from '../views/catalog';
import type { SituationView } from '../views/situations-data';
import { newMarkupCell, uiLang } from './cellData';
import { askTitle } from '../commands/ask';
import { isInvitation, startJournal } from './start';
import { activeContext, editCell, insertCells, reveal, type Ctx } from './cell-edits';

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
  const ctx = activeContext();
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
  const ctx = activeContext();
  if (!ctx) return undefined;
  const present = new Set(Object.keys(ctx.beeld?.sections ?? {}));
  const kind = sectionArg(arg) ?? await pickSection(present);
  return kind && addSectionIn(ctx, kind);
}

// ── the 3E check ────────────────────────────────────────────────────────────────────────────────

/** Adds the 3E check to the current beeld; when it is there already, adds the E's it lacks. */
export async function add3e(): Promise<number | undefined> {
  const ctx = activeContext();
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
  const ctx = activeContext();
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
  const ctx = activeContext();
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
  const ctx = activeContext();
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
