import * as vscode from 'vscode';
import { DEUGDEN } from '../../core/content/deugden';
import type { Catalog } from './catalog';
import { deugdRows, type DeugdRow } from './deugden-data';
import { iconPath } from './icons';
import { uiLang } from './ui-lang';

export class DeugdenTree implements vscode.TreeDataProvider<DeugdRow> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private filterText = '';
  private redraw: ReturnType<typeof setTimeout> | undefined;
  view: vscode.TreeView<DeugdRow> | undefined;

  constructor(private readonly catalog: Catalog, private readonly extensionUri: vscode.Uri) {
    catalog.onDidChange(() => this.changed.fire());
  }

  get filter(): string {
    return this.filterText;
  }

  /** Sets the filter; the tree redraws once typing pauses, so a click never lands on a row being replaced. */
  setFilter(text: string): void {
    this.filterText = text.trim();
    if (this.redraw) clearTimeout(this.redraw);
    this.redraw = setTimeout(() => {
      this.redraw = undefined;
      void vscode.commands.executeCommand('setContext', 'goedwerk.deugdenFiltered', this.filterText.length > 0);
      if (this.view) this.view.description = this.filterText ? `“${this.filterText}”` : undefined;
      this.changed.fire();
    }, 150);
  }

  async rows(): Promise<DeugdRow[]> {
    return deugdRows(DEUGDEN, await this.catalog.teamDeugden(), uiLang(), this.filterText);
  }

  async getChildren(row?: DeugdRow): Promise<DeugdRow[]> {
    if (row) return [];
    const rows = await this.rows();
    if (this.view) {
      this.view.message = rows.length === 0 && this.filterText
        ? vscode.l10n.t('No deugd matches “{0}”.', this.filterText)
        : undefined;
    }
    return rows;
  }

  getTreeItem(row: DeugdRow): vscode.TreeItem {
    const item = new vscode.TreeItem(row.label);
    item.id = `deugd:${row.name}`;
    item.description = row.mean;
    item.contextValue = 'deugd';
    item.iconPath = row.team ? new vscode.ThemeIcon('organization') : iconPath(this.extensionUri, 'deugden');
    const md = new vscode.MarkdownString();
    md.appendMarkdown('**').appendText(row.label).appendMarkdown('**');
    if (row.label !== row.name) md.appendText(` (${row.name})`);
    if (row.description) md.appendMarkdown('\n\n').appendText(row.description);
    if (row.tooLittle || row.tooMuch) {
      md.appendMarkdown('\n\n');
      if (row.tooLittle) md.appendText(`${vscode.l10n.t('Too little')}: ${row.tooLittle}  `).appendMarkdown('\n\n');
      if (row.tooMuch) md.appendText(`${vscode.l10n.t('Too much')}: ${row.tooMuch}`);
    }
    if (row.team) md.appendMarkdown('\n\n').appendText(vscode.l10n.t("The team's own deugd, from .goedwerk.json."));
    md.appendMarkdown('\n\n').appendText(vscode.l10n.t('Click to add it to the Deugden section of the current beeld.'));
    item.tooltip = md;
    item.command = { command: 'goedwerk.insertDeugd', title: vscode.l10n.t('Insert into the Current Beeld'), arguments: [row.name] };
    return item;
  }
}
