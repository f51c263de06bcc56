import * as vscode from 'vscode';
import { exportBeeldCommand, type ExportArgs } from './export';
import { fileUri } from './open';
import { OverviewPanel, type OverviewSummary } from './panel';
import { reportingFailure } from '../report-failure';

/** Which folder the overview covers: the argument, else the workspace (asking when there are several). */
async function chooseFolder(arg: unknown): Promise<vscode.Uri | undefined | null> {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg) return fileUri(arg);
  const folder = (arg as { folder?: unknown } | undefined)?.folder;
  if (typeof folder === 'string' && folder) return fileUri(folder);
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 1) return undefined;
  const other = { label: vscode.l10n.t('Choose another folder…'), uri: null as vscode.Uri | null };
  const items = [
    ...(folders.length ? [{ label: vscode.l10n.t('The whole workspace'), uri: undefined as vscode.Uri | undefined | null }] : []),
    ...folders.map((f) => ({ label: f.name, description: f.uri.fsPath, uri: f.uri as vscode.Uri | undefined | null })),
    other,
  ];
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Show the overview of which journals?') });
  if (!picked) return null;
  if (picked !== other) return picked.uri;
  const chosen = await vscode.window.showOpenDialog({
    canSelectFolders: true, canSelectFiles: false, canSelectMany: false,
    openLabel: vscode.l10n.t('Show overview'),
  });
  return chosen?.[0] ?? null;
}

/** Registers the coach's overview and the beeld export. */
export function registerOverview(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('goedwerk.overview', async (arg?: unknown): Promise<OverviewSummary | undefined> => {
      const folder = await chooseFolder(arg);
      if (folder === null) return undefined;
      return OverviewPanel.show(context.extensionUri, folder);
    }),
    vscode.commands.registerCommand('goedwerk.exportBeeld', reportingFailure((arg?: ExportArgs | vscode.Uri) => exportBeeldCommand(arg),
      (reason) => vscode.l10n.t('The beeld could not be exported: {0}', reason))),
    // Not in the palette: lets scripts and tests ask what the open overview shows.
    vscode.commands.registerCommand('goedwerk.overview.state', () => OverviewPanel.currentSummary()),
    { dispose: () => OverviewPanel.disposeCurrent() },
  );
}
