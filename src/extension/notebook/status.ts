// Each cell's status bar says which part of the journal it is, with the element's icon; a beeld's
// first cell also says which parts the beeld still lacks. Read remark-free from the cells' text; the
// precise diagnostics come from the language server.
import * as vscode from 'vscode';
import type { Lang, SectionKind } from '../../core/model';
import { ELEMENTS } from '../../core/model';
import type { BeeldInfo, CellInfo } from '../../core/cellsOutline';
import { SECTION_HEADINGS, type KnownSection } from '../../core/sections';
import { ELEMENT_INFO } from '../../core/content/index';
import { analyze, forget } from './analysis';
import { NOTEBOOK_TYPE } from './cellData';
import { uiLang } from './cellData';

const OTHER_ICONS: Record<Exclude<SectionKind, (typeof ELEMENTS)[number]>, string> = {
  ervaring: 'comment-discussion',
  uitwerking: 'lightbulb',
  afbeelding: 'file-media',
  'drie-e': 'checklist',
  eigen: 'symbol-text',
};

export function sectionIcon(kind: SectionKind): string {
  return (ELEMENTS as readonly string[]).includes(kind) ? ELEMENT_INFO[kind as (typeof ELEMENTS)[number]].icon : OTHER_ICONS[kind as keyof typeof OTHER_ICONS];
}

function partName(kind: KnownSection | 'titel', lang: Lang): string {
  return kind === 'titel' ? vscode.l10n.t('title') : SECTION_HEADINGS[kind][lang];
}

/** The words and icon for what a cell is. */
export function cellLabel(info: CellInfo, lang: Lang): { icon: string; text: string; tooltip: string } | undefined {
  switch (info.role) {
    case 'frontmatter':
      return { icon: 'person', text: vscode.l10n.t('Details of this journal'), tooltip: vscode.l10n.t('The journal’s details (YAML): situation, date, author, role, conversation, tags.') };
    case 'preamble':
      return { icon: 'note', text: vscode.l10n.t('Preamble'), tooltip: vscode.l10n.t('Free text before the first beeld.') };
    case 'titel':
      return { icon: 'bookmark', text: vscode.l10n.t('Title'), tooltip: vscode.l10n.t('The pakkende titel: the H1 that starts a beeld.') };
    case 'section': {
      if (!info.section) return undefined;
      const icon = sectionIcon(info.section);
      const name = info.section === 'eigen' ? vscode.l10n.t('Own heading') : SECTION_HEADINGS[info.section][lang];
      const text = info.heading === false ? vscode.l10n.t('{0} (continued)', name) : name;
      return { icon, text, tooltip: info.section === 'eigen' ? vscode.l10n.t('A heading of your own; Goed Werk leaves it alone.') : text };
    }
    default:
      return undefined;
  }
}

/** The beeld's completeness, for its first cell. */
export function missingLabel(b: BeeldInfo, lang: Lang): { icon: string; text: string; tooltip: string } {
  if (b.missing.length === 0) {
    return { icon: 'pass', text: vscode.l10n.t('Complete'), tooltip: vscode.l10n.t('This beeld has a title, the kenmerkende ervaring, the five elements, the uitwerking and the 3E check.') };
  }
  const names = b.missing.map((k) => partName(k, lang));
  return {
    icon: 'edit',
    text: vscode.l10n.t('Not looked at yet: {0}', names.join(', ')),
    tooltip: vscode.l10n.t('Not written in this beeld yet: {0}. Click a name under the title to write it.', names.join(', ')),
  };
}

export class CellStatusProvider implements vscode.NotebookCellStatusBarItemProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCellStatusBarItems = this.changed.event;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Recomputes after the user pauses, not on every keystroke (a big journal takes a few milliseconds). */
  refresh(notebook: vscode.NotebookDocument): void {
    forget(notebook);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), 250);
  }

  provideCellStatusBarItems(cell: vscode.NotebookCell): vscode.NotebookCellStatusBarItem[] {
    const a = analyze(cell.notebook);
    const info = a.cells[cell.index];
    if (!info) return [];
    const lang = uiLang();
    const items: vscode.NotebookCellStatusBarItem[] = [];
    const label = cellLabel(info, lang);
    if (label) items.push(item(label, vscode.NotebookCellStatusBarAlignment.Left));
    const beeld = a.beelden.find((b) => b.firstCell === cell.index);
    if (beeld) items.push(item(missingLabel(beeld, lang), vscode.NotebookCellStatusBarAlignment.Left));
    return items;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.changed.dispose();
  }
}

function item(l: { icon: string; text: string; tooltip: string }, alignment: vscode.NotebookCellStatusBarAlignment): vscode.NotebookCellStatusBarItem {
  const it = new vscode.NotebookCellStatusBarItem(`$(${l.icon}) ${l.text}`, alignment);
  it.tooltip = l.tooltip;
  return it;
}

export function registerCellStatus(context: vscode.ExtensionContext): CellStatusProvider {
  const provider = new CellStatusProvider();
  context.subscriptions.push(
    provider,
    vscode.notebooks.registerNotebookCellStatusBarItemProvider(NOTEBOOK_TYPE, provider),
    vscode.workspace.onDidChangeNotebookDocument((e) => {
      if (e.notebook.notebookType === NOTEBOOK_TYPE) provider.refresh(e.notebook);
    }),
    // Typing in a cell changes the cell's document; make sure that counts too.
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.scheme !== 'vscode-notebook-cell' || e.contentChanges.length === 0) return;
      const nb = vscode.workspace.notebookDocuments.find((n) => n.notebookType === NOTEBOOK_TYPE && n.uri.path === e.document.uri.path);
      if (nb) provider.refresh(nb);
    }),
  );
  return provider;
}
