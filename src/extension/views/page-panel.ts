// Shows a page (a situation, a guide) in one reusable webview panel: our own HTML, no script,
// command links limited to the page's own actions, images only from media/icons.
import * as vscode from 'vscode';
import { makeNonce } from '../../core/html';
import { pageCommands, renderPage, type PageIcon, type PageModel } from './page-html';

export class PagePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private current: PageModel | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** The page on show, for tests and for a reopened panel. */
  get page(): PageModel | undefined {
    return this.panel ? this.current : undefined;
  }

  get html(): string | undefined {
    return this.panel?.webview.html;
  }

  show(page: PageModel): void {
    const icons = vscode.Uri.joinPath(this.extensionUri, 'media', 'icons');
    const options: vscode.WebviewOptions = { enableScripts: false, enableCommandUris: pageCommands(page), localResourceRoots: [icons] };
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('goedwerk.page', page.title,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, { ...options, enableFindWidget: true });
      this.panel.iconPath = {
        light: vscode.Uri.joinPath(icons, 'goedwerk-light.svg'),
        dark: vscode.Uri.joinPath(icons, 'goedwerk-dark.svg'),
      };
      this.panel.onDidDispose(() => { this.panel = undefined; });
    } else {
      this.panel.webview.options = options;
      this.panel.reveal(undefined, false);
    }
    this.current = page;
    this.panel.title = page.title;
    const webview = this.panel.webview;
    const icon = (name: PageIcon) => ({
      light: webview.asWebviewUri(vscode.Uri.joinPath(icons, `${name}-light.svg`)).toString(),
      dark: webview.asWebviewUri(vscode.Uri.joinPath(icons, `${name}-dark.svg`)).toString(),
    });
    webview.html = renderPage(page, { cspSource: webview.cspSource, nonce: makeNonce(), icon });
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
