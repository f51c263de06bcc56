// What VS Code for the web (vscode.dev, github.dev) cannot do for Goed Werk, said once per session and
// in the user's language, instead of a command that fails with a technical error.
import * as vscode from 'vscode';

export type BrowserGap = 'commitGuard' | 'gitName';

const told = new Set<BrowserGap>();

function message(gap: BrowserGap): string {
  switch (gap) {
    case 'commitGuard':
      return vscode.l10n.t('In the browser Goed Werk cannot run its command-line tool or a git hook, so the privacy check before each commit works only in VS Code on your computer. The privacy findings in the editor do work here.');
    case 'gitName':
      return vscode.l10n.t('In the browser Goed Werk cannot read your name from git. Type it once; it is kept in your settings.');
  }
}

/** Tells the user once that `gap` is not available here; later calls stay quiet. Resolves at once. */
export function notInBrowser(gap: BrowserGap): void {
  if (told.has(gap)) return;
  told.add(gap);
  void vscode.window.showInformationMessage(message(gap));
}

/** For tests: which gaps were told so far. */
export function toldGaps(): BrowserGap[] {
  return [...told];
}
