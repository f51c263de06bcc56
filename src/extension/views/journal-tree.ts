import * as vscode from 'vscode';
import type { Lang } from '../../core/model';
import { t } from '../../core/i18n';
import { ELEMENT_INFO } from '../../core/content/elements';
import { DRIE_E } from '../../core/content/guides';
import type { DrieEAnswer } from '../../core/drie-e';
import { journalStem } from '../../core/names';
import { SECTION_HEADINGS } from '../../core/sections';
import type { Catalog } from './catalog';
import type { JournalStore } from './journal-store';
import { groupJournals, type BeeldSummary, type GroupBy, type JournalGroup, type JournalSummary, type RequiredSection } from './journal-data';
import { uiLang } from './ui-lang';
import { feedbackApi } from '../feedback/index';
import { feedbackLong, feedbackOf, feedbackShort } from '../feedback/tree-labels';

export type JournalNode =
  | { kind: 'group'; group: JournalGroup; by: GroupBy }
  | { kind: 'journal'; journal: JournalSummary }
  | { kind: 'beeld'; journal: JournalSummary; beeld: BeeldSummary };

const GROUP_KEY = 'goedwerk.journaalGroup';

export function sectionName(kind: RequiredSection, lang: Lang): string {
  return kind === 'ervaring' || kind === 'uitwerking' ? SECTION_HEADINGS[kind][lang] : t(lang, ELEMENT_INFO[kind].name);
}

/** An answer of the 3E check in words, in the UI's language. */
function answerWord(answer: DrieEAnswer): string {
  switch (answer) {
    case 'ja': return vscode.l10n.t('yes');
    case 'nee': return vscode.l10n.t('no');
    case 'deels': return vscode.l10n.t('partly');
    default: return vscode.l10n.t('open');
  }
}

/** Each E's answer, short: "3E: ja · nee · open" (Excellent, Ethisch, Energiek in that order). */
export function drieEShort(b: BeeldSummary): string | undefined {
  if (!b.drieE.present) return undefined;
  return vscode.l10n.t('3E: {0}', DRIE_E.map((e) => answerWord(b.drieE.answers[e.id])).join(' · '));
}

/** Each E by name with its answer, one line each, for the tooltip. */
export function drieELong(b: BeeldSummary, lang: Lang): string[] {
  if (!b.drieE.present) return [vscode.l10n.t('No 3E check yet.')];
  return DRIE_E.map((e) => `${t(lang, e.name)}: ${answerWord(b.drieE.answers[e.id])}`);
}

/** The description of a beeld in the tree: complete, or each E's answer and what it still lacks. */
export function beeldStatus(b: BeeldSummary, lang: Lang): string {
  const answers = drieEShort(b);
  if (b.complete) return [vscode.l10n.t('complete'), answers].filter(Boolean).join(' · ');
  const missing = b.missing.map((k) => sectionName(k, lang));
  if (b.title === null) missing.unshift(vscode.l10n.t('title'));
  if (!b.drieE.present) missing.push(vscode.l10n.t('3E check'));
  // The answers first: a long list of what is missing would push them out of sight.
  const parts = missing.length ? [vscode.l10n.t('missing: {0}', missing.join(', '))] : [];
  return [answers, ...parts].filter(Boolean).join(' · ');
}

export class JournalTree implements vscode.TreeDataProvider<JournalNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    private readonly store: JournalStore,
    private readonly catalog: Catalog,
    private readonly state: vscode.Memento,
  ) {
    store.onDidChange(() => this.changed.fire());
    catalog.onDidChange(() => this.changed.fire());
    feedbackApi()?.onDidChange(() => this.changed.fire());
    void vscode.commands.executeCommand('setContext', GROUP_KEY, this.groupBy);
  }

  get groupBy(): GroupBy {
    return this.state.get<GroupBy>(GROUP_KEY) === 'situatie' ? 'situatie' : 'auteur';
  }

  async setGroupBy(by: GroupBy): Promise<void> {
    await this.state.update(GROUP_KEY, by);
    await vscode.commands.executeCommand('setContext', GROUP_KEY, by);
    this.changed.fire();
  }

  refresh(): void {
    this.store.refresh();
  }

  async groups(): Promise<JournalGroup[]> {
    const journals = await this.store.all();
    const by = this.groupBy;
    const titles = new Map((await this.catalog.situations()).map((s) => [s.id, s.title]));
    return groupJournals(journals, by, (key) => {
      if (key === undefined) return by === 'auteur' ? vscode.l10n.t('Without author') : vscode.l10n.t('Without situation');
      return by === 'situatie' ? titles.get(key) ?? key : key;
    });
  }

  async getChildren(node?: JournalNode): Promise<JournalNode[]> {
    if (!node) {
      const by = this.groupBy;
      return (await this.groups()).map((group) => ({ kind: 'group', group, by }));
    }
    if (node.kind === 'group') return node.group.journals.map((journal) => ({ kind: 'journal', journal }));
    if (node.kind === 'journal') return node.journal.beelden.map((beeld) => ({ kind: 'beeld', journal: node.journal, beeld }));
    return [];
  }

  getTreeItem(node: JournalNode): vscode.TreeItem {
    const lang = uiLang();
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.group.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.by}:${node.group.key ?? ''}`;
      item.iconPath = new vscode.ThemeIcon(node.by === 'auteur' ? 'person' : 'bookmark');
      const beelden = node.group.journals.reduce((n, j) => n + j.beelden.length, 0);
      item.description = vscode.l10n.t('{0} journals, {1} beelden', node.group.journals.length, beelden);
      item.contextValue = 'journal-group';
      return item;
    }
    const uri = vscode.Uri.parse(node.journal.file);
    if (node.kind === 'journal') {
      const j = node.journal;
      const name = journalStem(uri.path.replace(/^.*\//, ''));
      const item = new vscode.TreeItem(name, j.beelden.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.id = `journal:${j.file}`;
      item.resourceUri = uri;
      const done = j.beelden.filter((b) => b.complete).length;
      item.description = [j.datum, vscode.l10n.t('{0}/{1} complete', done, j.beelden.length)].filter(Boolean).join(' · ');
      const problem = j.problem === 'binary' ? vscode.l10n.t('This file is not text.')
        : j.problem === 'encoding' ? vscode.l10n.t('This file is not valid UTF-8.')
          : j.problem === 'yaml' ? vscode.l10n.t('The frontmatter does not parse.') : undefined;
      item.iconPath = problem ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon('book');
      item.tooltip = [vscode.workspace.asRelativePath(uri), j.auteur && `${vscode.l10n.t('Author')}: ${j.auteur}`,
        j.situatie && `${vscode.l10n.t('Situation')}: ${j.situatie}`, problem].filter(Boolean).join('\n');
      item.contextValue = 'journal';
      item.command = { command: 'goedwerk.openBeeld', title: vscode.l10n.t('Open Beeld'), arguments: [j.file] };
      return item;
    }
    const b = node.beeld;
    const item = new vscode.TreeItem(b.title ?? vscode.l10n.t('(untitled beeld)'));
    item.id = `beeld:${node.journal.file}:${b.index}`;
    const fb = feedbackOf(node.journal, b);
    item.description = [feedbackShort(fb), beeldStatus(b, lang)].filter(Boolean).join(' · ');
    item.iconPath = b.complete
      ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'))
      : new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('list.warningForeground'));
    const md = new vscode.MarkdownString();
    md.appendMarkdown('**').appendText(b.title ?? vscode.l10n.t('(untitled beeld)')).appendMarkdown('**\n\n');
    md.appendText(b.complete ? vscode.l10n.t('Complete: every element looked at and all three questions of the 3E check answered.') : beeldStatus(b, lang));
    md.appendMarkdown('\n');
    for (const line of drieELong(b, lang)) md.appendMarkdown('  \n').appendText(line);
    const fbLine = feedbackLong(fb);
    if (fbLine) md.appendMarkdown('\n\n').appendText(fbLine);
    item.tooltip = md;
    item.contextValue = (b.complete ? 'beeld-complete' : 'beeld-incomplete') + (fb.open ? ' feedback-open' : '') + (fb.requested ? ' feedback-requested' : '');
    item.command = { command: 'goedwerk.openBeeld', title: vscode.l10n.t('Open Beeld'), arguments: [node.journal.file, b.index, b.line] };
    return item;
  }
}
