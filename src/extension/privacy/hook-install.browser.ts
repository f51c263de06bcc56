// A browser has no git and no processes: the commit guard cannot be installed from here (the web
// build takes this file for ./hook-install.ts).
import type * as vscode from 'vscode';
import { notInBrowser } from '../web/not-in-browser';

export function runHookInstall(_context: vscode.ExtensionContext, _folder: vscode.Uri, _lang: string): Promise<undefined> {
  notInBrowser('commitGuard');
  return Promise.resolve(undefined);
}
