import * as vscode from 'vscode';
import { guideChildren, guideRoots, type GuideNode } from './guides-data';
import { iconPath } from './icons';
import { uiLang } from './ui-lang';

const GUIDE_ICONS: Record<string, string> = { 'een-op-een': 'comment-discussion', groep: 'organization' };

export class GuidesTree implements vscode.TreeDataProvider<GuideNode> {
  constructor(private readonly extensionUri: vscode.Uri) {}

  getChildren(node?: GuideNode): GuideNode[] {
    return node ? guideChildren(node, uiLang()) : guideRoots(uiLang());
  }

  getTreeItem(node: GuideNode): vscode.TreeItem {
    if (node.kind === 'guide') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `guide:${node.guide}`;
      item.description = node.description;
      item.tooltip = node.tooltip;
      item.contextValue = `guide-${node.guide}`;
      item.iconPath = node.guide === 'drie-e' ? iconPath(this.extensionUri, 'drie-e')
        : node.guide === 'vragen' ? iconPath(this.extensionUri, 'kennis')
          : new vscode.ThemeIcon(GUIDE_ICONS[node.guide]);
      return item;
    }
    if (node.kind === 'step') {
      const item = new vscode.TreeItem(node.label, node.children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `guide:${node.guide}:${node.element ?? node.drieE ?? node.label}`;
      item.description = node.description;
      item.tooltip = node.tooltip;
      item.iconPath = node.element ? iconPath(this.extensionUri, node.element)
        : node.drieE ? new vscode.ThemeIcon('pass') : new vscode.ThemeIcon('debug-stackframe-dot');
      item.command = { command: 'goedwerk.openPage', title: vscode.l10n.t('Open as Page'), arguments: [{ guide: node.guide }] };
      return item;
    }
    const item = new vscode.TreeItem(node.label);
    item.tooltip = node.label;
    item.iconPath = new vscode.ThemeIcon('comment');
    return item;
  }
}
