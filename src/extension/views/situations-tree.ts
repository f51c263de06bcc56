import * as vscode from 'vscode';
import { t } from '../../core/i18n';
import { ELEMENT_INFO } from '../../core/content/elements';
import type { Catalog } from './catalog';
import { oneLine, situationChildren, situationRoots, type SituationNode } from './situations-data';
import { iconPath } from './icons';
import { uiLang } from './ui-lang';

export class SituationsTree implements vscode.TreeDataProvider<SituationNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly catalog: Catalog, private readonly extensionUri: vscode.Uri) {
    catalog.onDidChange(() => this.changed.fire());
  }

  refresh(): void {
    this.catalog.reload();
  }

  async getChildren(node?: SituationNode): Promise<SituationNode[]> {
    return node ? situationChildren(node) : situationRoots(await this.catalog.situations());
  }

  getTreeItem(node: SituationNode): vscode.TreeItem {
    const lang = uiLang();
    const s = node.situation;
    switch (node.kind) {
      case 'situatie': {
        const item = new vscode.TreeItem(s.title, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `situatie:${s.id}`;
        item.contextValue = s.team ? 'situatie-team' : 'situatie';
        item.description = s.team ? vscode.l10n.t('team') : oneLine(s.summary, 60);
        item.iconPath = s.team ? new vscode.ThemeIcon('organization') : iconPath(this.extensionUri, 'goedwerk');
        const md = new vscode.MarkdownString(undefined, true);
        md.appendMarkdown(`**${escapeMd(s.title)}**${s.team ? ` · ${vscode.l10n.t("the team's own situation")}` : ''}\n\n`);
        md.appendText(s.summary);
        if (s.dilemma) md.appendMarkdown('\n\n*').appendText(s.dilemma).appendMarkdown('*');
        item.tooltip = md;
        item.accessibilityInformation = { label: `${s.title}. ${s.summary}` };
        return item;
      }
      case 'summary':
      case 'dilemma': {
        const item = new vscode.TreeItem(oneLine(node.text));
        item.id = `situatie:${s.id}:${node.kind}`;
        item.iconPath = new vscode.ThemeIcon(node.kind === 'summary' ? 'note' : 'question');
        item.tooltip = node.text;
        item.command = { command: 'goedwerk.openPage', title: vscode.l10n.t('Open as Page'), arguments: [{ situatie: s.id }] };
        return item;
      }
      case 'element': {
        const item = new vscode.TreeItem(t(lang, ELEMENT_INFO[node.element].name), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `situatie:${s.id}:${node.element}`;
        item.iconPath = iconPath(this.extensionUri, node.element);
        item.description = vscode.l10n.t('{0} prompts', node.prompts.length);
        item.tooltip = t(lang, ELEMENT_INFO[node.element].question);
        item.contextValue = 'situatie-element';
        return item;
      }
      case 'prompt': {
        const item = new vscode.TreeItem(node.text);
        item.tooltip = node.text;
        item.iconPath = new vscode.ThemeIcon('comment');
        return item;
      }
    }
  }

  getParent(node: SituationNode): SituationNode | undefined {
    if (node.kind === 'situatie') return undefined;
    if (node.kind === 'prompt') {
      const prompts = node.situation.prompts[node.element] ?? [];
      return { kind: 'element', situation: node.situation, element: node.element, prompts };
    }
    return { kind: 'situatie', situation: node.situation };
  }
}

export function escapeMd(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
