// Who writes the feedback: the setting `goedwerk.auteur` (the same name new journals get). Without it,
// asked once, the git user of the repository proposed (through VS Code's own git extension, so no
// process is started), and kept in that setting: a name under feedback is one the person chose.
import * as vscode from 'vscode';

export const AUTHOR_SETTING = 'auteur';

interface GitRepository { rootUri: vscode.Uri; getConfig(key: string): Promise<string>; getGlobalConfig(key: string): Promise<string> }
interface GitApi { repositories: GitRepository[]; getRepository(uri: vscode.Uri): GitRepository | null }

async function gitUser(uri: vscode.Uri | undefined): Promise<string | undefined> {
  try {
    const ext = vscode.extensions.getExtension<{ getAPI(v: 1): GitApi }>('vscode.git');
    if (!ext) return undefined;
    const api = (ext.isActive ? ext.exports : await ext.activate()).getAPI(1);
    const repo = (uri && api.getRepository(uri)) || api.repositories[0];
    if (!repo) return undefined;
    const name = (await repo.getConfig('user.name').catch(() => '')) || (await repo.getGlobalConfig('user.name').catch(() => ''));
    return name.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The author's name, or undefined when the user would not give one. */
export async function feedbackAuthor(uri: vscode.Uri | undefined): Promise<string | undefined> {
  const config = vscode.workspace.getConfiguration('goedwerk');
  const set = config.get<string>(AUTHOR_SETTING, '').trim();
  if (set) return set;
  const name = (await vscode.window.showInputBox({
    title: vscode.l10n.t('Your name for feedback'),
    value: await gitUser(uri),
    prompt: vscode.l10n.t('Shown with your feedback, for the writer and the team. Kept in the setting goedwerk.auteur.'),
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A name, please.')),
  }))?.trim();
  if (!name) return undefined;
  await config.update(AUTHOR_SETTING, name, vscode.ConfigurationTarget.Global);
  return name;
}
