// The questions a writer answers instead of typing YAML: a beeld's title, who writes, what kind of
// conversation it came from and when. Each resolves with undefined when the writer cancels.
import * as vscode from 'vscode';
import { gitUserName } from './git-name';
import { isoDate } from './journal-file';

/** The pakkende titel; '' when the writer prefers to write it later (the beeld then has an empty title). */
export async function askTitle(value?: string): Promise<string | undefined> {
  const title = await vscode.window.showInputBox({
    title: vscode.l10n.t('Catchy title'),
    prompt: vscode.l10n.t('A short, telling phrase; you may leave it empty and write it last.'),
    placeHolder: vscode.l10n.t('e.g. First listen, then plan'),
    value,
    ignoreFocusOut: true,
  });
  return title === undefined ? undefined : title.replace(/\s+/g, ' ').trim();
}

const ASKED_KEY = 'goedwerk.auteurAsked';

/**
 * Who writes: the `goedwerk.auteur` setting. The first time it is not set, asks once (proposing git's
 * user.name) and keeps the answer in the user's settings; after that it never asks again.
 */
export async function authorName(state: vscode.Memento | undefined, cwd?: string): Promise<string | undefined> {
  const config = vscode.workspace.getConfiguration('goedwerk');
  const set = config.get<string>('auteur')?.trim();
  if (set) return set;
  if (!state || state.get<boolean>(ASKED_KEY)) return undefined;
  // git is a program started in the workspace: not before the user trusts it (Restricted Mode).
  const proposal = vscode.workspace.isTrusted ? await gitUserName(cwd) : undefined;
  const name = await vscode.window.showInputBox({
    title: vscode.l10n.t('Who writes this journal?'),
    prompt: vscode.l10n.t('Your name as it goes into each new journal (goedwerk.auteur). Asked once; change it in the settings at any time.'),
    placeHolder: vscode.l10n.t('e.g. Sam de Vries'),
    value: proposal,
    ignoreFocusOut: true,
  });
  await state.update(ASKED_KEY, true);
  const clean = name?.trim();
  if (clean) await config.update('auteur', clean, vscode.ConfigurationTarget.Global);
  return clean || undefined;
}

export type Conversation = 'alleen' | 'een-op-een' | 'groep';

export function conversationLabel(c: string | undefined): string {
  if (c === 'een-op-een') return vscode.l10n.t('in a one-to-one conversation');
  if (c === 'groep') return vscode.l10n.t('in a group conversation');
  if (c === 'alleen') return vscode.l10n.t('on my own');
  return vscode.l10n.t('not said');
}

export async function pickConversation(current?: string): Promise<Conversation | undefined> {
  const items: (vscode.QuickPickItem & { id: Conversation })[] = [
    { id: 'alleen', label: `$(person) ${vscode.l10n.t('On my own')}`, description: current === 'alleen' ? vscode.l10n.t('chosen') : undefined },
    { id: 'een-op-een', label: `$(comment-discussion) ${vscode.l10n.t('In a one-to-one conversation')}`, description: current === 'een-op-een' ? vscode.l10n.t('chosen') : undefined },
    { id: 'groep', label: `$(organization) ${vscode.l10n.t('In a group conversation')}`, description: current === 'groep' ? vscode.l10n.t('chosen') : undefined },
  ];
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('How did this beeld come about?'), ignoreFocusOut: true });
  return picked?.id;
}

/** A date as YYYY-MM-DD: today's by default; `vandaag`/`today` and `gisteren`/`yesterday` work too. */
export async function pickDate(current?: string): Promise<string | undefined> {
  const answer = await vscode.window.showInputBox({
    title: vscode.l10n.t('Date'),
    prompt: vscode.l10n.t('The day of the experience or the conversation, as YYYY-MM-DD.'),
    value: current ?? isoDate(),
    ignoreFocusOut: true,
    validateInput: (v) => (readDate(v) ? undefined : vscode.l10n.t('Write the date as YYYY-MM-DD, for example {0}.', isoDate())),
  });
  return answer === undefined ? undefined : readDate(answer);
}

export function readDate(v: string): string | undefined {
  const s = v.trim().toLowerCase();
  if (s === '' || s === 'vandaag' || s === 'today') return isoDate();
  if (s === 'gisteren' || s === 'yesterday') return isoDate(new Date(Date.now() - 86_400_000));
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getMonth() === Number(m[2]) - 1 ? isoDate(d) : undefined;
}
