// New journals: a blank beeld or one from a situation, a one-to-one or a group conversation, or the
// questions per element. The file goes into `goedwerk.journalFolder` under `goedwerk.fileNamePattern`
// and opens in the user's default editor for journals (the notebook, unless they chose otherwise).
import * as vscode from 'vscode';
import { t } from '../../core/i18n';
import { LANGUAGE_ID } from '../../core/names';
import type { JournalFields } from '../../core/template';
import { catalog } from '../views/catalog';
import type { SituationView } from '../views/situations-data';
import { templateLang, uiLang } from '../views/ui-lang';
import { guideTitle } from '../views/guides-data';
import { newJournalArg, type NewJournalArg } from './args';
import { freeName, isoDate, journalFileName } from './journal-file';
import { journalText, type JournalKind } from './layouts';
import { currentTarget } from './target';

export type { JournalKind } from './layouts';

export async function pickSituation(title: string, withBlank: boolean): Promise<SituationView | null | undefined> {
  const situations = await catalog().situations();
  type Item = vscode.QuickPickItem & { s?: SituationView | null };
  const items: Item[] = [];
  if (withBlank) {
    items.push({ label: `$(new-file) ${vscode.l10n.t('Blank beeld')}`, detail: vscode.l10n.t('Start from an experience of your own, without an example situation.'), s: null });
    items.push({ label: vscode.l10n.t('Critical situations'), kind: vscode.QuickPickItemKind.Separator });
  }
  for (const s of situations) {
    items.push({ label: s.title, description: s.team ? vscode.l10n.t('team') : s.id, detail: s.summary, s });
  }
  const picked = await vscode.window.showQuickPick(items, {
    title, placeHolder: vscode.l10n.t('Pick a situation that reminds you of your own work'), matchOnDetail: true, matchOnDescription: true,
  });
  return picked ? picked.s ?? null : undefined;
}

async function askTitle(): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Catchy title'),
    prompt: vscode.l10n.t('A short, telling phrase; you may leave it empty and write it last.'),
    placeHolder: vscode.l10n.t('e.g. First listen, then plan'),
  });
}

/** The workspace folder new journals belong to: the active file's, else the first. */
function workspaceFolder(): vscode.WorkspaceFolder | undefined {
  const target = currentTarget();
  const uri = target?.kind === 'text' ? target.editor.document.uri : target?.editor.notebook.uri;
  return (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
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
  const free = await freeName(name, (candidate) => exists(vscode.Uri.joinPath(dir, ...candidate.split('/'))));
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
  let titel = a.titel;
  if (titel === undefined && a.askTitle && kind === 'beeld') {
    titel = await askTitle();
    if (titel === undefined) return undefined;
  }
  const uri = await newJournalUri({
    titel: titel?.trim() || situation?.title || fallbackName(kind),
    situatie: situation?.id,
  });
  const lang = templateLang(uri ?? workspaceFolder()?.uri);
  const fields: JournalFields = { titel: titel?.trim() || undefined, situatie: situation?.id, auteur: a.auteur, datum: isoDate() };
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
