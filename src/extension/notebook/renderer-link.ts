// The extension's side of the renderer (src/renderer/): it keeps what the rendered cells show about the
// journal as a whole current (a message per change, only for the cells whose view changed), and does
// what a click in a rendered cell asks: answer an E, open or add a part, start writing, edit the
// journal's details, start a blank journal.
import * as vscode from 'vscode';
import type { DrieEId } from '../../core/content/guides';
import { DRIE_E_IDS, type DrieEAnswer } from '../../core/drie-e';
import { answerDrieEEdit, drieEAnswerIn } from '../../core/drie-e-edit';
import { addTitleEdit } from '../../core/edits';
import type { KnownSection } from '../../core/sections';
import { SECTION_ORDER } from '../../core/model';
import { RENDERER_ID, isRendererMessage, type RendererMessage, type StatusMessage } from '../../renderer/protocol';
import { askTitle } from '../commands/ask';
import { analyze } from './analysis';
import { NOTEBOOK_TYPE, uiLang, viewOf } from './cellData';
import { addSectionIn } from './commands';
import { contextFor, editAt, editCell, reveal } from './cell-edits';
import { editDetails } from './details';
import { startJournal } from './start';
import { journalViews } from './view';

export class RendererLink implements vscode.Disposable {
  private readonly messaging = vscode.notebooks.createRendererMessaging(RENDERER_ID);
  /** Per notebook: what each cell id was last sent (JSON), so only changes go out. */
  private readonly sent = new WeakMap<vscode.NotebookDocument, Map<string, string>>();
  private readonly timers = new Map<vscode.NotebookDocument, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Told when a cell was drawn again, i.e. left edit mode (see CellSync.leftCell). */
  onRendered: ((nb: vscode.NotebookDocument, doc: vscode.TextDocument) => void) | undefined;

  constructor() {
    this.subscriptions.push(
      this.messaging.onDidReceiveMessage((e) => { void this.receive(e.editor, e.message); }),
      vscode.workspace.onDidChangeNotebookDocument((e) => { if (e.notebook.notebookType === NOTEBOOK_TYPE) this.refresh(e.notebook); }),
      // Changes made while a notebook was out of sight were not sent: send what differs now.
      vscode.window.onDidChangeVisibleNotebookEditors((editors) => {
        for (const e of editors) if (e.notebook.notebookType === NOTEBOOK_TYPE) this.refresh(e.notebook, 0);
      }),
    );
  }

  /** Sends the changed views soon (a burst of keystrokes makes one message). */
  refresh(nb: vscode.NotebookDocument, delay = 120): void {
    if (this.timers.has(nb)) return;
    this.timers.set(nb, setTimeout(() => { this.timers.delete(nb); this.send(nb); }, delay));
  }

  private send(nb: vscode.NotebookDocument, all = false, only?: vscode.NotebookEditor): void {
    // Nobody to tell: a renderer that shows the notebook later asks for everything ('ready').
    if (nb.isClosed || !vscode.window.visibleNotebookEditors.some((e) => e.notebook === nb)) return;
    const a = analyze(nb, true);
    const views = journalViews(a, (i) => nb.cellAt(i).document.getText(), uiLang());
    const sent = all ? new Map<string, string>() : this.sent.get(nb) ?? new Map<string, string>();
    const out: StatusMessage['cells'] = {};
    const seen = new Set<string>();
    nb.getCells().forEach((cell, i) => {
      const view = viewOf(cell);
      if (!view) return;
      seen.add(view.id);
      const v = views.get(i) ?? {};
      const next = { beeld: v.beeld ?? null, card: v.card ?? null };
      const json = JSON.stringify(next);
      if (sent.get(view.id) !== json) { out[view.id] = next; sent.set(view.id, json); }
    });
    for (const id of sent.keys()) if (!seen.has(id)) sent.delete(id);
    this.sent.set(nb, sent);
    if (Object.keys(out).length === 0) return;
    const message: StatusMessage = { type: 'status', cells: out };
    for (const editor of vscode.window.visibleNotebookEditors) {
      if (editor.notebook === nb && (!only || only === editor)) void this.messaging.postMessage(message, editor);
    }
  }

  private cellIndex(editor: vscode.NotebookEditor, id: string): number {
    return editor.notebook.getCells().findIndex((c) => viewOf(c)?.id === id);
  }

  async receive(editor: vscode.NotebookEditor, message: unknown): Promise<void> {
    if (!isRendererMessage(message) || editor.notebook.notebookType !== NOTEBOOK_TYPE) return;
    if (message.type === 'ready') { this.send(editor.notebook, true, editor); return; }
    const index = this.cellIndex(editor, message.cell);
    if (index < 0) return;
    if (message.type === 'rendered') { this.onRendered?.(editor.notebook, editor.notebook.cellAt(index).document); return; }
    await this.act(editor, index, message);
  }

  private async act(editor: vscode.NotebookEditor, index: number, m: Exclude<RendererMessage, { type: 'ready' | 'rendered' }>): Promise<void> {
    switch (m.type) {
      case 'answer': return this.answer(editor, index, m.e, m.answer);
      case 'explain': return this.explain(editor, index, m.e);
      case 'part': return this.part(editor, index, m.part);
      case 'edit': return editAt(editor, index);
      case 'image': return this.image(editor, index);
      case 'details': return editDetails(editor);
      case 'start': { await startJournal(editor, m.from); return; }
    }
  }

  /** Clicking the answer the E has already leaves it open again. */
  private async answer(editor: vscode.NotebookEditor, index: number, e: string, answer: DrieEAnswer): Promise<void> {
    if (!DRIE_E_IDS.includes(e as DrieEId) || !['ja', 'nee', 'deels'].includes(answer)) return;
    const ctx = contextFor(editor, index);
    const text = editor.notebook.cellAt(index).document.getText();
    const next = drieEAnswerIn(text, e as DrieEId) === answer ? 'open' : answer;
    const edit = answerDrieEEdit(text, e as DrieEId, next, ctx.lang);
    if (edit) await editCell(ctx, index, edit);
  }

  private async explain(editor: vscode.NotebookEditor, index: number, e: string): Promise<void> {
    if (!DRIE_E_IDS.includes(e as DrieEId)) return;
    const ctx = contextFor(editor, index);
    const text = editor.notebook.cellAt(index).document.getText();
    let answer = drieEAnswerIn(text, e as DrieEId);
    if (answer === 'open') {
      // An explanation needs an answer first: unticked words of one's own would read as "no".
      const items = (['ja', 'nee', 'deels'] as const).map((a) => ({ a, label: answerLabel(a) }));
      const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Does the beeld pass this test?'), ignoreFocusOut: true });
      if (!picked) return;
      answer = picked.a;
    }
    const why = await vscode.window.showInputBox({
      title: vscode.l10n.t('Why?'), prompt: vscode.l10n.t('A few words on why; an honest no helps you further.'), ignoreFocusOut: true,
    });
    if (why === undefined) return;
    const edit = answerDrieEEdit(editor.notebook.cellAt(index).document.getText(), e as DrieEId, answer, ctx.lang, why);
    if (edit) await editCell(contextFor(editor, index), index, edit);
  }

  /** A part of the beeld from its status: open it for writing, or add it where it belongs. */
  private async part(editor: vscode.NotebookEditor, index: number, part: string): Promise<void> {
    const ctx = contextFor(editor, index);
    const b = ctx.beeld;
    if (!b) return;
    if (part === 'titel') {
      const titel = await askTitle();
      if (!titel) return;
      const first = b.firstCell;
      const text = editor.notebook.cellAt(first).document.getText();
      // addTitleEdit works on a journal's text: the beeld's first cell is one, beeld 0 of it.
      await editCell(ctx, first, addTitleEdit(text, 0, ctx.lang, titel));
      return;
    }
    if (!(SECTION_ORDER as readonly string[]).includes(part)) return;
    const kind = part as KnownSection;
    const at = b.sections[kind];
    if (at !== undefined) { await editAt(editor, at); return; }
    const added = await addSectionIn(ctx, kind);
    if (added !== undefined) {
      reveal(editor, added);
      if (kind !== 'drie-e') await editAt(editor, added);
    }
  }

  /** A picture for the afbeelding: chosen from disk, written as Markdown with a path next to the journal. */
  private async image(editor: vscode.NotebookEditor, index: number): Promise<void> {
    const nb = editor.notebook;
    const folder = vscode.Uri.joinPath(nb.uri, '..');
    const [file] = await vscode.window.showOpenDialog({
      title: vscode.l10n.t('Choose a picture'), defaultUri: folder, canSelectMany: false,
      filters: { [vscode.l10n.t('Pictures')]: ['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp'] },
    }) ?? [];
    if (!file) return;
    const alt = await vscode.window.showInputBox({
      title: vscode.l10n.t('What does the picture show?'),
      prompt: vscode.l10n.t('A few words for whoever cannot see it; no names of clients.'), ignoreFocusOut: true,
    });
    if (alt === undefined) return;
    const path = relativePath(folder.path, file.path);
    const text = nb.cellAt(index).document.getText();
    const markdown = `![${alt.replace(/[[\]\r\n]/g, ' ').trim()}](${encodeURI(path).replace(/[()]/g, (c) => encodeURIComponent(c))})`;
    await editCell(contextFor(editor, index), index, { span: { start: text.length, end: text.length }, newText: `\n\n${markdown}` });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    for (const s of this.subscriptions) s.dispose();
  }
}

function answerLabel(a: 'ja' | 'nee' | 'deels'): string {
  return a === 'ja' ? vscode.l10n.t('Yes') : a === 'nee' ? vscode.l10n.t('No') : vscode.l10n.t('Partly');
}

/** `to` relative to the folder `from` (both URI paths), with `/` separators. */
export function relativePath(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...Array(a.length - i).fill('..'), ...b.slice(i)].join('/');
}
