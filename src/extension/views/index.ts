import * as vscode from 'vscode';

/** Registers the sidebar views. */
export function registerViews(context: vscode.ExtensionContext): void {
  void context;
}
