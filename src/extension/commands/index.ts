import * as vscode from 'vscode';

/** Registers the palette commands and the walkthrough. */
export function registerCommands(context: vscode.ExtensionContext): void {
  void context;
}
