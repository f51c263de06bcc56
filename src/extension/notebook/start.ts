// A blank journal is an invitation: one click starts the first beeld, from a critical situation or
// blank. The writer is asked the title (never a placeholder), may note the date and the kind of
// conversation, and the journal fills with the details, the situation as a reminder and the beeld.
import * as vscode from 'vscode';
import { textToCells } from '../../core/cells';
import { cellsOutline } from '../../core/cellsOutline';
import { journalTemplate, type JournalFields } from '../../core/template';
import { askTitle, authorName, pickConversation } from '../commands/ask';
import { isoDate } from '../commands/journal-file';
import { journalState } from '../commands/new-journal';
import { pickSituation } from '../commands/pickers';
import { teamSituationBlock } from '../commands/text-edits';
import { templateLang } from '../views/ui-lang';
import { toCellData, uiLang } from './cellData';
import { reveal } from './cell-edits';
import { journalViews } from './view';

/** True while the notebook shows nothing but the invitation of a blank journal. */
export function isInvitation(nb: vscode.NotebookDocument): boolean {
  if (nb.cellCount !== 1) return false;
  const meta = nb.cellAt(0).metadata?.goedwerk as { placeholder?: unknown } | undefined;
  return typeof meta?.placeholder === 'string' && nb.cellAt(0).document.getText() === meta.placeholder;
}

/** Fills a blank journal with its first beeld. Resolves false when the writer cancels. */
export async function startJournal(editor: vscode.NotebookEditor, from: 'situation' | 'blank'): Promise<boolean> {
  const nb = editor.notebook;
  let situation: Awaited<ReturnType<typeof pickSituation>> = null;
  if (from === 'situation') {
    situation = await pickSituation(vscode.l10n.t('Start from a critical situation'), false);
    if (!situation) return false;
  }
  const titel = await askTitle();
  if (titel === undefined) return false;
  const gesprek = await pickConversation();
  const folder = vscode.workspace.getWorkspaceFolder(nb.uri);
  const fields: JournalFields = {
    titel, situatie: situation?.id, datum: isoDate(), gesprek,
    auteur: await authorName(journalState(), folder?.uri.fsPath),
  };
  const lang = templateLang(nb.uri);
  let text = journalTemplate(lang, fields);
  if (situation?.team) {
    // A team's own situation is no built-in one: its reminder goes after the details by hand.
    const end = text.indexOf('\n---\n') + 5;
    text = text.slice(0, end) + '\n' + teamSituationBlock(situation.title, situation.summary, lang, '\n') + text.slice(end);
  }
  const cells = textToCells(text);
  const views = journalViews(cellsOutline(cells), (i) => cells[i].value, uiLang());
  const edit = new vscode.WorkspaceEdit();
  edit.set(nb.uri, [vscode.NotebookEdit.replaceCells(new vscode.NotebookRange(0, nb.cellCount), cells.map((c, i) => toCellData(c, views.get(i))))]);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  const first = cells.findIndex((c) => c.section === 'ervaring');
  reveal(editor, Math.max(0, first));
  return true;
}
