// New journals: a blank beeld or one from a situation, a one-to-one or a group conversation, or the
// questions per element. The file goes into `goedwerk.journalFolder` under `goedwerk.fileNamePattern`
// and opens in the user's default editor for journals (the notebook, unless they chose otherwise).
import * as vscode from 'vscode';
import { uriExists } from '../fs-host';
import { t } from '../../core/i18n';
import { LANGUAGE_ID } from '../../core/names';
import type { JournalFields } from '../../core/template';
import { catalog } from '../views/catalog';
import type { SituationView } from '../views/situations-data';
import { templateLang, uiLang } from '../views/ui-lang';
import { guideTitle } from '../views/guides-data';
import { newJournalArg, type NewJournalArg } from './args';
import { askTitle, authorName, conversationLabel, pickConversation, pickDate } from './ask';
import { freeName, isoDate, journalFileName } from './journal-file';
import { journalText, type JournalKind } from './layouts';
import { pickSituation } from './pickers';
import { currentTarget } from './target';

export type { JournalKind } from './layouts';

let state: vscode.Memento | undefined;

/** Where "asked once" is remembered (the extension's global state). */
export function setJournalState(memento: vscode.Memento): void {
  state = memento;
}

export function journalState(): vscode.Memento | undefined {
  return state;
}

/**
 * The details a new beeld starts with, shown before it is made: Enter makes it, a row changes it.
 * Resolves false when the writer cancels.
 */
async function reviewDetails(fields: JournalFields): Promise<boolean> {
  type Item = vscode.QuickPickItem & { id: 'go' | 'datum' | 'gesprek' };
  for (;;) {
    const items: Item[] = [
      { id: 'go', label: `$(check) ${vscode.l10n.t('Make the beeld')}`, description: fields.titel ? `“${fields.titel}”` : vscode.l10n.t('title still to write') },
      { id: 'datum', label: `$(calendar) ${vscode.l10n.t('Date')}`, description: fields.datum },
      { id: 'gesprek', label: `$(comment-discussion) ${vscode.l10n.t('Conversation')}`, description: conversationLabel(fields.gesprek) },
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('New beeld: anything else to note?'),
      placeHolder: vscode.l10n.t('Enter makes the beeld; pick a row to change it'),
      ignoreFocusOut: true,
    });
    if (!picked) return false;
    if (picked.id === 'go') return true;
    if (picked.id === 'datum') fields.datum = (await pickDate(fields.datum)) ?? fields.datum;
    if (picked.id === 'gesprek') fields.gesprek = (await pickConversation(fields.gesprek)) ?? fields.gesprek;
  }
}

/** The workspace folder new journals belong to: the active file's, else the first. */
function workspaceFolder(): vscode.WorkspaceFolder | undefined {
  const target = currentTarget();
  const uri = target?.kind === 'text' ? target.editor.document.uri : target?.editor.notebook.uri;
  return (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
}

/** Where a new journal named after `vars` goes; undefined without a workspace folder. */
export async function newJournalUri(vars: { titel: string; situatie?: string }): Promise<vscode.Uri | undefined> {
  const folder = workspaceFolder();
  if (!folder) return undefined;
  const config = vscode.workspace.getConfiguration('goedwerk', folder.uri);
  const dirSetting = (config.get<string>('journalFolder') ?? 'journaal').trim();
  const dir = !dirSetting || dirSetting === '.' ? folder.uri
    : /^([a-z]:)?[\\/]/i.test(dirSetting) ? vscode.Uri.file(dirSetting)
      : vscode.Uri.joinPath(folder.uri, ...dirSetting.split(/[\\/]+/).filter((s) => s && s !== '..' && s !== '.'));
  const name = journalFileName(config.get<string>('fileNamePattern'), { datum: isoDate(), ...vars });
  const free = await freeName(name, (candidate) => uriExists(vscode.Uri.joinPath(dir, ...candidate.split('/'))));
  return vscode.Uri.joinPath(dir, ...free.split('/'));
}

/**
 * Creates a journal and opens it. Returns its URI (an untitled document without a workspace folder),
 * or undefined when the user cancelled.
 */
export async function createJournal(kind: JournalKind, arg: unknown): Promise<vscode.Uri | undefined> {
  const a: NewJournalArg = newJournalArg(arg);
  let situation: SituationView | null | undefined;
  if (a.situatie === undefined) {
    const title = kind === 'beeld' ? vscode.l10n.t('New beeld') : guideTitle(kind === 'vragen' ? 'vragen' : kind, uiLang());
    situation = await pickSituation(title, true);
    if (situation === undefined) return undefined;
  } else if (a.situatie !== null) {
    situation = await catalog().find(a.situatie);
    if (!situation) {
      void vscode.window.showWarningMessage(vscode.l10n.t('No known situation has the id "{0}".', a.situatie));
      return undefined;
    }
  }
  // A person choosing (the palette, the sidebar, a page) is asked; a caller that passes a title or a
  // bare situation id (a test, a keybinding) is not.
  const interactive = a.titel === undefined && typeof arg !== 'string';
  let titel = a.titel;
  if (titel === undefined && interactive && kind === 'beeld') {
    titel = await askTitle();
    if (titel === undefined) return undefined;
  }
  // Never the placeholder title: an empty one is written as an empty heading, with its prompt under it.
  const fields: JournalFields = { titel: titel?.trim() ?? '', situatie: situation?.id, auteur: a.auteur, datum: isoDate() };
  if (interactive && kind === 'beeld' && !(await reviewDetails(fields))) return undefined;
  const folder = workspaceFolder();
  fields.auteur ??= interactive ? await authorName(state, folder?.uri.fsPath) : vscode.workspace.getConfiguration('goedwerk').get<string>('auteur')?.trim() || undefined;
  const uri = await newJournalUri({
    titel: fields.titel || situation?.title || fallbackName(kind),
    situatie: situation?.id,
  });
  const lang = templateLang(uri ?? folder?.uri);
  const text = journalText(kind, lang, fields, situation ?? undefined);
  if (!uri) {
    const doc = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: text });
    await vscode.window.showTextDocument(doc);
    return doc.uri;
  }
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  await vscode.commands.executeCommand('vscode.open', uri);
  return uri;
}

function fallbackName(kind: JournalKind): string {
  const lang = uiLang();
  const names: Record<JournalKind, { nl: string; en: string }> = {
    beeld: { nl: 'beeld', en: 'beeld' },
    'een-op-een': { nl: 'een-op-een-gesprek', en: 'one-to-one' },
    groep: { nl: 'groepsgesprek', en: 'group-conversation' },
    vragen: { nl: 'vragen-per-element', en: 'questions-per-element' },
  };
  return t(lang, names[kind]);
}
