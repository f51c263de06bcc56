// Whether a file the extension wrote can be opened in the user's web browser (vscode.env.openExternal):
// only a file on this computer from the desktop app. In VS Code for the web, or for a remote or virtual
// folder, there is no browser that can reach it, so a button offering it would only fail.
import * as vscode from 'vscode';

export function opensOutside(file: vscode.Uri): boolean {
  return file.scheme === 'file' && vscode.env.uiKind === vscode.UIKind.Desktop;
}
