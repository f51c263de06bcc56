// The privacy commands: replace a person's name everywhere in a journal (from the quick fix on a name, or
// for the whole journal from the palette), and install the commit guard as the repository's pre-commit
// hook. The server finds the people and computes the edit; this side asks the user and applies it as one
// edit, so one undo takes it back, in the text editor and in the notebook alike.
import * as vscode from 'vscode';
import {
  PEOPLE_REQUEST, PSEUDONYMISE_REQUEST, type PeopleResult, type PersonInfo, type PseudonymiseResult, type ReplacementMode,
} from '../../protocol';
import { getClient } from '../language/index';
import { uiLang } from '../views/ui-lang';
import { isJournalPath } from '../../core/names';
import { runHookInstall } from './hook-install';

interface Target { uri: vscode.Uri; offset?: number }

/** What a caller (a test, a keybinding) may pass to skip the pickers: the person by name, the replacement. */
interface Choice { person?: string; mode?: ReplacementMode; replacement?: string }


/** The journal the user is in: the argument of a quick fix, else the active notebook or text editor. */
function target(arg: unknown): Target | undefined {
  const a = arg as { uri?: string; offset?: number } | undefined;
  if (a && typeof a.uri === 'string') return { uri: vscode.Uri.parse(a.uri), offset: a.offset };
  const nb = vscode.window.activeNotebookEditor;
  if (nb && isJournalPath(nb.notebook.uri.path)) return { uri: nb.notebook.uri };
  const ed = vscode.window.activeTextEditor;
  if (ed && isJournalPath(ed.document.uri.path)) {
    const cellOf = vscode.workspace.notebookDocuments.find((n) => n.getCells().some((c) => c.document === ed.document));
    if (cellOf) return { uri: cellOf.uri };
    return { uri: ed.document.uri, offset: ed.document.offsetAt(ed.selection.active) };
  }
  return undefined;
}

async function pickPerson(people: PersonInfo[]): Promise<PersonInfo | undefined> {
  const items = people.map((p) => ({
    label: p.label,
    description: vscode.l10n.t('named {0} time(s)', p.count),
    person: p,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Replace a name in this journal'),
    placeHolder: vscode.l10n.t('Whose name do you want to replace?'),
  });
  return picked?.person;
}

async function pickReplacement(person: PersonInfo): Promise<{ mode: ReplacementMode; replacement?: string } | undefined> {
  const initial = `${person.label.replace(/^(?:\p{Lu}\.\s*)+/u, '').charAt(0).toUpperCase()}.`;
  const items: (vscode.QuickPickItem & { mode: ReplacementMode })[] = [
    { mode: 'rol', label: vscode.l10n.t('A role'), description: vscode.l10n.t('for example "the young person", "mother", "the mentor"') },
    { mode: 'initiaal', label: vscode.l10n.t('An initial'), description: initial },
    { mode: 'pseudoniem', label: vscode.l10n.t('An invented name'), description: vscode.l10n.t('the same invented name in every place') },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Replace "{0}" everywhere in this journal with…', person.label),
  });
  if (!picked) return undefined;
  if (picked.mode === 'initiaal') return { mode: 'initiaal' };
  const replacement = await vscode.window.showInputBox({
    title: picked.mode === 'rol' ? vscode.l10n.t('Which role?') : vscode.l10n.t('Which invented name?'),
    placeHolder: picked.mode === 'rol' ? vscode.l10n.t('the young person') : vscode.l10n.t('for example Lisa Bos'),
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Type what should stand in place of the name.')),
  });
  return replacement ? { mode: picked.mode, replacement } : undefined;
}

/** Replace one person's name everywhere; `wholeJournal` always lets the user pick the person. */
export async function pseudonymise(arg?: unknown, wholeJournal = false): Promise<number | undefined> {
  const where = target(arg);
  if (!where) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a journal (.goedwerk.md) to replace names in it.'));
    return undefined;
  }
  const client = await getClient();
  if (!client) throw new Error(vscode.l10n.t('The Goed Werk language server is not running.'));
  const uri = where.uri.toString();
  const found = await client.sendRequest<PeopleResult>(PEOPLE_REQUEST, { uri, offset: wholeJournal ? undefined : where.offset });
  if (found.people.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No names of people found in this journal.'));
    return 0;
  }
  const given = (arg ?? {}) as Choice;
  const named = given.person ? found.people.find((p) => p.label === given.person) : undefined;
  const person = named ?? found.people.find((p) => p.id === found.at)
    ?? (found.people.length === 1 && !wholeJournal ? found.people[0] : await pickPerson(found.people));
  if (!person) return undefined;
  const choice = given.mode ? { mode: given.mode, replacement: given.replacement } : await pickReplacement(person);
  if (!choice) return undefined;
  const result = await client.sendRequest<PseudonymiseResult>(PSEUDONYMISE_REQUEST, { uri, person: person.id, ...choice });
  if (!result.edit) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The name could not be replaced in one go here; open the journal as text and try again.'));
    return 0;
  }
  const converted = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit as Parameters<typeof client.protocol2CodeConverter.asWorkspaceEdit>[0]);
  const notebook = vscode.workspace.notebookDocuments.find((n) => n.uri.toString() === uri);
  const edit = notebook && converted ? asCellReplacements(notebook, converted) : converted;
  if (!edit || !(await vscode.workspace.applyEdit(edit))) return 0;
  void vscode.window.showInformationMessage(vscode.l10n.t('Replaced in {0} place(s). Undo takes it back in one step.', result.count));
  return result.count;
}

/**
 * In a notebook, text edits in several cells would be as many undo steps, one per cell. Replacing the
 * changed cells (kind, language and metadata kept) is one notebook edit: one undo takes it all back.
 */
function asCellReplacements(notebook: vscode.NotebookDocument, edit: vscode.WorkspaceEdit): vscode.WorkspaceEdit {
  const out = new vscode.WorkspaceEdit();
  const cells = notebook.getCells();
  const changes: vscode.NotebookEdit[] = [];
  for (const [docUri, textEdits] of edit.entries()) {
    const index = cells.findIndex((c) => c.document.uri.toString() === docUri.toString());
    if (index === -1) return edit;
    const cell = cells[index];
    const doc = cell.document;
    let text = doc.getText();
    const sorted = [...textEdits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
    for (const e of sorted) text = text.slice(0, doc.offsetAt(e.range.start)) + e.newText + text.slice(doc.offsetAt(e.range.end));
    const data = new vscode.NotebookCellData(cell.kind, text, doc.languageId);
    data.metadata = cell.metadata;
    changes.push(vscode.NotebookEdit.replaceCells(new vscode.NotebookRange(index, index + 1), [data]));
  }
  out.set(notebook.uri, changes.sort((a, b) => b.range.start - a.range.start));
  return out;
}

/** Installs the commit guard with VS Code's own runtime, so it works without a Node.js of one's own. */
export async function installCommitGuard(context: vscode.ExtensionContext, arg?: unknown): Promise<string | undefined> {
  const folder = folderOf(arg);
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open the folder of the shared repository first.'));
    return undefined;
  }
  const result = await runHookInstall(context, folder, uiLang());
  if (!result) return undefined;
  if (result.code === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The privacy check now runs before every commit in this repository. It stops a commit that holds personal data and says where.'));
  } else {
    void vscode.window.showErrorMessage(vscode.l10n.t('The privacy check could not be installed: {0}', result.out || String(result.code)));
  }
  return result.out;
}

function folderOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const active = vscode.window.activeNotebookEditor?.notebook.uri ?? vscode.window.activeTextEditor?.document.uri;
  const inFolder = active && vscode.workspace.getWorkspaceFolder(active);
  return inFolder?.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
}

export function registerPrivacyCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('goedwerk.pseudonymise', (arg?: unknown) => pseudonymise(arg)),
    vscode.commands.registerCommand('goedwerk.pseudonymiseJournal', (arg?: unknown) => pseudonymise(arg instanceof vscode.Uri ? { uri: arg.toString() } : arg, true)),
    vscode.commands.registerCommand('goedwerk.installCommitGuard', (arg?: unknown) => installCommitGuard(context, arg)),
  );
}
