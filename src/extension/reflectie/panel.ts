// Shows a reflection record just written: the record's own page in a webview (no script), with a line
// on top saying where the file is, a link to open the file itself (the PDF in the system's viewer, the
// HTML in the browser) and one to show it in the Explorer.
import * as vscode from 'vscode';
import { escapeHtml, makeNonce } from '../../core/html';
import { opensOutside } from '../web/open-outside';

export const OPEN_FILE_COMMAND = 'goedwerk.reflectie.openFile';

export interface ReflectiePanelState {
  title: string;
  file: string;
  html: string;
}

const BANNER_CSS = `.saved { position: sticky; top: 0; margin: 0 0 1.2em; padding: 0.6em 0.9em; background: #e8f3ef; border: 1px solid #0b6e4f; border-radius: 6px; }
.saved a { color: #0b6e4f; font-weight: 600; margin-left: 0.8em; }`;

function commandLink(command: string, arg: unknown, label: string): string {
  const href = `command:${command}?${encodeURIComponent(JSON.stringify([arg]))}`;
  return `<a href="${href}">${label}</a>`;
}

/** The record's page with the banner; its CSP already allows styles by nonce, so the banner's style shares it. */
export function withBanner(pageHtml: string, file: vscode.Uri, nonce: string): string {
  const name = file.path.split('/').pop() ?? file.path;
  const banner = `<p class="saved">${escapeHtml(vscode.l10n.t('Saved as {0}', name))}`
    + (opensOutside(file) ? commandLink(OPEN_FILE_COMMAND, file.toString(), escapeHtml(vscode.l10n.t('Open the file'))) : '')
    + commandLink('revealInExplorer', file.toString(), escapeHtml(vscode.l10n.t('Show in the Explorer')))
    + '</p>';
  return pageHtml
    .replace(/<style nonce="[^"]*">/, `<style nonce="${nonce}">${BANNER_CSS}\n`)
    .replace(/'nonce-[^']*'/, `'nonce-${nonce}'`)
    .replace('<main>', `<main>\n${banner}`);
}

export class ReflectiePanel {
  private static current: { panel: vscode.WebviewPanel; state: ReflectiePanelState } | undefined;

  /** Opens (or reuses) the panel with the record of `file`; `render` gives the page for a nonce. */
  static show(file: vscode.Uri, render: (nonce: string) => string): void {
    const title = vscode.l10n.t('Reflection record');
    const nonce = makeNonce();
    const html = withBanner(render(nonce), file, nonce);
    let current = ReflectiePanel.current;
    if (!current) {
      const panel = vscode.window.createWebviewPanel('goedwerk.reflectie', title, { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
        { enableScripts: false, enableCommandUris: [OPEN_FILE_COMMAND, 'revealInExplorer'], localResourceRoots: [], enableFindWidget: true });
      panel.onDidDispose(() => { if (ReflectiePanel.current?.panel === panel) ReflectiePanel.current = undefined; });
      current = { panel, state: { title, file: '', html: '' } };
      ReflectiePanel.current = current;
    } else {
      current.panel.reveal(vscode.ViewColumn.Active, false);
    }
    current.state = { title, file: file.toString(), html };
    current.panel.title = title;
    current.panel.webview.html = html;
  }

  /** What the panel shows, for tests and scripts; undefined when it is closed. */
  static state(): ReflectiePanelState | undefined {
    return ReflectiePanel.current?.state;
  }

  static dispose(): void {
    ReflectiePanel.current?.panel.dispose();
    ReflectiePanel.current = undefined;
  }
}
