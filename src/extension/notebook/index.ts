import * as vscode from 'vscode';

/** Registers the .goedwerk.md notebook. */
export function registerNotebook(context: vscode.ExtensionContext): void {
  void context;
}
