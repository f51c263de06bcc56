import * as vscode from 'vscode';
import { cellsOutline } from '../../core/cellsOutline';
import { fromCell } from '../notebook/cellData';
import { catalog } from './catalog';
import { DeugdenTree } from './deugden-tree';
import { GuidesTree } from './guides-tree';
import { guideArg, situationArg } from '../commands/args';
import { JournalStore } from './journal-store';
import { JournalTree, type JournalNode } from './journal-tree';
import { PagePanel } from './page-panel';
import { guidePage, situationPage } from './pages-data';
import { SituationsTree } from './situations-tree';
import type { DeugdRow } from './deugden-data';
import { uiLang } from './ui-lang';

/** Registers the sidebar: the four views, the readable pages and the commands behind their buttons. */
export function registerViews(context: vscode.ExtensionContext): void {
  const shared = catalog(context);
  const store = new JournalStore();
  const pages = new PagePanel(context.extensionUri);
  context.subscriptions.push(store, pages);

  const situaties = new SituationsTree(shared, context.extensionUri);
  const deugden = new DeugdenTree(shared, context.extensionUri);
  const guides = new GuidesTree(context.extensionUri);
  const journaal = new JournalTree(store, shared, context.workspaceState);

  const situatiesView = vscode.window.createTreeView('goedwerk.situaties', { treeDataProvider: situaties, showCollapseAll: true });
  const deugdenView = vscode.window.createTreeView('goedwerk.deugden', { treeDataProvider: deugden });
  const guidesView = vscode.window.createTreeView('goedwerk.handreikingen', { treeDataProvider: guides, showCollapseAll: true });
  const journaalView = vscode.window.createTreeView('goedwerk.journaal', { treeDataProvider: journaal, showCollapseAll: true });
  deugden.view = deugdenView;
  // A slow read says so where the journals will show, rather than leaving the view blank.
  store.onDidChangeSlow((slow) => {
    journaalView.message = slow ? vscode.l10n.t('Still looking for journals in the workspace…') : undefined;
  }, undefined, context.subscriptions);
  context.subscriptions.push(situatiesView, deugdenView, guidesView, journaalView);
  void vscode.commands.executeCommand('setContext', 'goedwerk.deugdenFiltered', false);

  const openPage = async (arg?: unknown): Promise<string | undefined> => {
    const guide = guideArg(arg);
    const lang = uiLang();
    if (guide) {
      pages.show(guidePage(guide, lang));
      return `guide:${guide}`;
    }
    const id = situationArg(arg);
    if (!id) return undefined;
    const all = await shared.situations();
    const s = all.find((x) => x.id === id);
    if (!s) {
      void vscode.window.showWarningMessage(vscode.l10n.t('No known situation has the id "{0}".', id));
      return undefined;
    }
    pages.show(situationPage(s, lang, all.filter((x) => !x.team).length));
    return `situatie:${id}`;
  };

  const filterDeugden = async (arg?: unknown): Promise<void> => {
    if (typeof arg === 'string') { deugden.setFilter(arg); return; }
    const before = deugden.filter;
    const box = vscode.window.createInputBox();
    box.title = vscode.l10n.t('Filter deugden');
    box.placeholder = vscode.l10n.t('Part of a name or of its too little / too much, e.g. moed');
    box.value = before;
    box.onDidChangeValue((v) => deugden.setFilter(v));
    let accepted = false;
    box.onDidAccept(() => { accepted = true; box.hide(); });
    box.onDidHide(() => { if (!accepted) deugden.setFilter(before); box.dispose(); });
    box.show();
  };

  const commands: Record<string, (...args: unknown[]) => unknown> = {
    'goedwerk.openPage': openPage,
    'goedwerk.situatie.newBeeld': (node) => vscode.commands.executeCommand('goedwerk.newBeeld', { situatie: situationArg(node) }),
    'goedwerk.situatie.insert': (node) => vscode.commands.executeCommand('goedwerk.insertSituation', situationArg(node)),
    'goedwerk.deugd.insert': (row) => vscode.commands.executeCommand('goedwerk.insertDeugd', (row as DeugdRow | undefined)?.name ?? row),
    'goedwerk.deugden.filter': filterDeugden,
    'goedwerk.deugden.clearFilter': () => deugden.setFilter(''),
    'goedwerk.journaal.groupByAuthor': () => journaal.setGroupBy('auteur'),
    'goedwerk.journaal.groupBySituation': () => journaal.setGroupBy('situatie'),
    'goedwerk.journaal.refresh': () => journaal.refresh(),
    'goedwerk.situaties.refresh': () => situaties.refresh(),
    'goedwerk.openBeeld': (file, index, line) => openBeeld(file as string | JournalNode | vscode.Uri, index as number | undefined, line as number | undefined),
    // Not in the palette: what the views hold right now, for the real-editor tests to read.
    'goedwerk.sidebar.snapshot': async () => ({
      situaties: await labels(situaties, 2),
      deugden: (await deugden.rows()).map((r) => r.label),
      handreikingen: await labels(guides, 2),
      journaal: await labels(journaal, 3),
      journaalGroup: journaal.groupBy,
      deugdenFilter: deugden.filter,
      page: pages.page?.id,
      pageHtml: pages.html,
    }),
  };
  for (const [id, run] of Object.entries(commands)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, run));
  }
}

interface LabelTree { label: string; description?: string; children?: LabelTree[] }

/** The visible labels of a tree down to `depth` levels, as the user would read them. */
async function labels<T>(provider: vscode.TreeDataProvider<T>, depth: number, node?: T): Promise<LabelTree[]> {
  const children = (await provider.getChildren(node)) ?? [];
  return Promise.all(children.map(async (child) => {
    const item = await provider.getTreeItem(child);
    const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
    const description = typeof item.description === 'string' ? item.description : undefined;
    const out: LabelTree = { label, description };
    if (depth > 1 && item.collapsibleState !== vscode.TreeItemCollapsibleState.None) {
      out.children = await labels(provider, depth - 1, child);
    }
    return out;
  }));
}

/** Opens a journal in the user's default editor for it, at a beeld (a cell in the notebook, a line in text). */
async function openBeeld(file: string | JournalNode | vscode.Uri, index?: number, line?: number): Promise<void> {
  if (file && typeof file === 'object' && 'kind' in file) {
    const node = file;
    if (node.kind === 'group') return;
    return openBeeld(node.journal.file, node.kind === 'beeld' ? node.beeld.index : undefined, node.kind === 'beeld' ? node.beeld.line : undefined);
  }
  const uri = typeof file === 'string' ? vscode.Uri.parse(file) : file;
  const key = uri.toString();
  const open = vscode.workspace.notebookDocuments.find((d) => d.uri.toString() === key);
  if (open) {
    const editor = await vscode.window.showNotebookDocument(open);
    if (index !== undefined) revealBeeldCell(editor, index);
    return;
  }
  const selection = line !== undefined ? new vscode.Range(line, 0, line, 0) : undefined;
  await vscode.commands.executeCommand('vscode.open', uri, { preview: false, selection });
  const nb = vscode.window.activeNotebookEditor;
  if (nb && nb.notebook.uri.toString() === key) {
    if (index !== undefined) revealBeeldCell(nb, index);
    return;
  }
  const text = vscode.window.activeTextEditor;
  if (text && text.document.uri.toString() === key && line !== undefined) {
    const pos = new vscode.Position(Math.min(line, text.document.lineCount - 1), 0);
    text.selection = new vscode.Selection(pos, pos);
    text.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

/** Selects the cell where beeld `index` starts. */
function revealBeeldCell(editor: vscode.NotebookEditor, index: number): void {
  const cells = editor.notebook.getCells();
  const first = cellsOutline(cells.map(fromCell)).beelden[index]?.firstCell;
  if (first === undefined || first >= cells.length) return;
  const range = new vscode.NotebookRange(first, first + 1);
  editor.selections = [range];
  editor.revealRange(range, vscode.NotebookEditorRevealType.AtTop);
}
