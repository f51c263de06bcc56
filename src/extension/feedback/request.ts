// "Ask for feedback": the writer marks a beeld, or the whole journal, as ready for feedback. It is the
// one change to a journal the feedback code makes, and only when the writer asks for it: the key
// `feedback` in the frontmatter (docs/format.md), in the text editor, the notebook or the closed file.
import * as vscode from 'vscode';
import { journalLang } from '../../core/edits';
import { isMarked, readFeedbackMark, setFeedbackMarkEdit } from '../../core/feedback/mark';
import { NOTEBOOK_TYPE, isJournalPath } from '../../core/names';
import type { TextEdit } from '../../core/model';
import { outline } from '../../core/scan';
import { openNotebook, openTextDocument, viewOf } from './views';

export interface RequestArgs {
  /** The journal (URI string or Uri); default: the active editor's. */
  uri?: string | vscode.Uri;
  /** Only this beeld (its index); default: the beeld at the cursor when the journal has several, else all. */
  beeld?: number;
  /** Set (true) or clear (false); default: toggle. */
  on?: boolean;
}

function activeJournal(): { uri: vscode.Uri; beeld?: number } | undefined {
  const nb = vscode.window.activeNotebookEditor;
  if (nb?.notebook.notebookType === NOTEBOOK_TYPE) return { uri: nb.notebook.uri };
  const ed = vscode.window.activeTextEditor;
  if (ed && isJournalPath(ed.document.uri.path)) {
    const o = outline(ed.document.getText());
    const offset = ed.document.offsetAt(ed.selection.active);
    const b = o.beelden.find((x) => x.span.start <= offset && offset < x.span.end);
    return { uri: ed.document.uri, beeld: b?.index };
  }
  return undefined;
}

/** The titles the mark should name after the change; 'all' or null (no mark) when that is simpler. */
function nextMark(text: string, beeld: number | undefined, on: boolean | undefined): { mark: 'all' | string[] | null; now: boolean } {
  const o = outline(text);
  const mark = readFeedbackMark(text, o);
  const titles = o.beelden.map((b) => b.title);
  if (beeld === undefined || o.beelden.length <= 1) {
    const was = !!mark && titles.every((t) => isMarked(mark, t));
    const now = on ?? !was;
    return { mark: now ? 'all' : null, now };
  }
  const marked = new Set(titles.map((t, i) => (isMarked(mark, t) ? i : -1)).filter((i) => i >= 0));
  const now = on ?? !marked.has(beeld);
  if (now) marked.add(beeld); else marked.delete(beeld);
  if (marked.size === titles.length) return { mark: 'all', now };
  const list = [...marked].sort((a, b) => a - b).map((i) => titles[i]).filter((t): t is string => !!t);
  return { mark: list.length ? list : null, now };
}

async function applyToNotebook(nb: vscode.NotebookDocument, edit: TextEdit): Promise<boolean> {
  const first = nb.cellCount ? nb.cellAt(0) : undefined;
  const yaml = first && first.kind === vscode.NotebookCellKind.Code && first.document.languageId === 'yaml' ? first : undefined;
  const we = new vscode.WorkspaceEdit();
  if (yaml) {
    // The view wraps the frontmatter cell in its fences: `---\n` stands before the cell's own text.
    const doc = yaml.document;
    const shift = 4;
    const clamp = (o: number) => Math.max(0, Math.min(doc.getText().length, o - shift));
    let newText = edit.newText;
    if (edit.span.start - shift >= doc.getText().length && newText.endsWith('\n')) newText = (doc.getText().endsWith('\n') ? '' : '\n') + newText.replace(/\n$/, '');
    we.replace(doc.uri, new vscode.Range(doc.positionAt(clamp(edit.span.start)), doc.positionAt(clamp(edit.span.end))), newText);
  } else {
    const value = edit.newText.replace(/^---\r?\n/, '').replace(/\r?\n---\r?\n$/, '');
    we.set(nb.uri, [vscode.NotebookEdit.insertCells(0, [new vscode.NotebookCellData(vscode.NotebookCellKind.Code, value, 'yaml')])]);
  }
  return vscode.workspace.applyEdit(we);
}

/** Toggles (or sets) the mark; returns whether the beeld or journal asks for feedback afterwards. */
export async function requestFeedback(args: RequestArgs = {}): Promise<boolean | undefined> {
  const target = args.uri ? { uri: typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri, beeld: args.beeld } : activeJournal();
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a journal first, then ask for feedback on it.'));
    return undefined;
  }
  const beeld = args.beeld ?? target.beeld;
  const view = await viewOf(target.uri);
  if (!view) return undefined;
  const { mark, now } = nextMark(view.text, beeld, args.on);
  const edit = setFeedbackMarkEdit(view.text, mark, journalLang(view.text, 'nl') === 'en' ? 'requested' : 'gevraagd');
  if (edit) {
    const nb = openNotebook(target.uri);
    if (nb) {
      if (!(await applyToNotebook(nb, edit))) return undefined;
    } else {
      const wasOpen = !!openTextDocument(target.uri);
      const doc = await vscode.workspace.openTextDocument(target.uri);
      const we = new vscode.WorkspaceEdit();
      we.replace(doc.uri, new vscode.Range(doc.positionAt(edit.span.start), doc.positionAt(edit.span.end)), edit.newText);
      if (!(await vscode.workspace.applyEdit(we))) return undefined;
      // A journal nobody had open is saved at once: the writer asked for this one change.
      if (!wasOpen) await doc.save();
    }
  }
  void vscode.window.setStatusBarMessage(now ? vscode.l10n.t('Asked for feedback.') : vscode.l10n.t('No longer asking for feedback.'), 4000);
  return now;
}
