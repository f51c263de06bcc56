import * as vscode from 'vscode';
import { registerLanguage } from './language/index';
import { registerNotebook } from './notebook/index';
import { registerViews } from './views/index';
import { registerCommands } from './commands/index';
import { registerOverview } from './overview/index';

// Each area registers itself; activation stays cheap because the heavy parsing lives in the server.
export function activate(context: vscode.ExtensionContext): void {
  registerLanguage(context);
  registerNotebook(context);
  registerViews(context);
  registerCommands(context);
  registerOverview(context);
}

export function deactivate(): void {}
