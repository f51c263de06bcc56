// When the group timer stops, its minutes become the journal's `duur`, so the session counts in the
// reflection record without the writer doing arithmetic. An open notebook or text editor gets an edit
// that is saved when it held no unsaved work of the writer's; a closed file is changed on disk. A
// duration already there is kept.
import * as vscode from 'vscode';
import { META_KEY } from '../../core/cells';
import { fillDurationEdit, fillDurationInYaml } from '../../core/reflectie/fill-duration';
import { decodeBytes } from '../../core/text';

/** Whole minutes for the record: a started minute counts, a session is at least one minute. */
export function recordMinutes(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60));
}

function frontmatterCell(nb: vscode.NotebookDocument): vscode.NotebookCell | undefined {
  const first = nb.cellCount > 0 ? nb.cellAt(0) : undefined;
  const meta = first?.metadata?.[META_KEY] as { head?: string } | undefined;
  return first && first.document.languageId === 'yaml' && meta?.head?.startsWith('---') ? first : undefined;
}

async function replaceAll(doc: vscode.TextDocument, text: string): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  return vscode.workspace.applyEdit(edit);
}

/** The sentence the timer's closing message gets about the duration; '' when there is nothing to say. */
export async function fillDurationNote(journal: vscode.Uri | undefined, seconds: number): Promise<string> {
  const filled = journal ? await fillDuration(journal, recordMinutes(seconds)).catch(() => undefined) : undefined;
  if (!filled) return '';
  return ' ' + ('written' in filled
    ? vscode.l10n.t('Filled in as the duration (duur) of the journal.')
    : vscode.l10n.t('The journal already had a duration ({0}); it was kept.', filled.kept));
}

/** Fills `duur`; resolves to the minutes written, or undefined when nothing was written (and why). */
export async function fillDuration(journal: vscode.Uri, minutes: number): Promise<{ written: number } | { kept: string } | undefined> {
  const nb = vscode.workspace.notebookDocuments.find((d) => d.uri.toString() === journal.toString());
  if (nb) {
    const cell = frontmatterCell(nb);
    if (!cell) return undefined;
    const r = fillDurationInYaml(cell.document.getText(), minutes);
    if ('kept' in r) return r;
    const clean = !nb.isDirty && !nb.isUntitled;
    if (!('yaml' in r) || !await replaceAll(cell.document, r.yaml)) return undefined;
    if (clean) await nb.save();
    return { written: minutes };
  }
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === journal.toString());
  // A closed file keeps its bytes: its BOM stays, and a file that is not clean UTF-8 is left alone.
  const decoded = doc ? undefined : decodeBytes(await vscode.workspace.fs.readFile(journal));
  if (decoded?.problem) return undefined;
  const text = doc ? doc.getText() : decoded!.text;
  const r = fillDurationEdit(text, minutes);
  if (!('edit' in r)) return 'kept' in r ? r : undefined;
  const next = text.slice(0, r.edit.span.start) + r.edit.newText + text.slice(r.edit.span.end);
  if (doc) {
    const clean = !doc.isDirty && !doc.isUntitled;
    if (!await replaceAll(doc, next)) return undefined;
    if (clean) await doc.save();
    return { written: minutes };
  }
  await vscode.workspace.fs.writeFile(journal, new TextEncoder().encode((decoded!.bom ? '\uFEFF' : '') + next));
  return { written: minutes };
}
