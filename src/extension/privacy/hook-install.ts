// Runs `goedwerk hook install` with VS Code's own runtime, so it works without a Node.js of one's own.
import { execFile } from 'node:child_process';
import * as vscode from 'vscode';

export function runHookInstall(context: vscode.ExtensionContext, folder: vscode.Uri, lang: string): Promise<{ code: number; out: string } | undefined> {
  // The installer is a program started in the repository: not in a folder the user has not trusted.
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Goed Werk installs the privacy check only in a folder you trust: it starts a program in the repository. Choose "Trust" in the Restricted Mode banner, then try again.'));
    return Promise.resolve(undefined);
  }
  const cli = vscode.Uri.joinPath(context.extensionUri, 'dist', 'cli.js').fsPath;
  const runtime = process.execPath;
  const args = [cli, '--lang', lang, 'hook', 'install', '--runtime', runtime, '--cli', cli];
  return new Promise((resolve) => {
    execFile(runtime, args, { cwd: folder.fsPath, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 2) : 0, out: `${stdout}${stderr}`.trim() });
    });
  });
}
