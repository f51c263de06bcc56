// "Gegevens van dit journaal": the frontmatter as a short form, so nobody has to type YAML. Each field
// is one question; the answer changes only that field's value in the YAML (src/core/frontmatter-edit.ts),
// so comments and keys of the writer's own stay. The YAML cell stays for those who like it.
import * as vscode from 'vscode';
import { diffEdit } from '../../core/edits';
import { t } from '../../core/i18n';
import type { DetailKey, DetailValues } from '../../core/frontmatter-edit';
import { findSituation } from '../../core/content/index';
import { lazy } from '../lazy';
import type * as YamlReaders from '../views/yaml-readers';
import { conversationLabel, pickConversation, pickDate } from '../commands/ask';
import { pickSituation } from '../commands/pickers';
import { contextFor, editAt, editCell, insertCells, type Ctx } from './cell-edits';
import { uiLang } from './cellData';

const readers = lazy<typeof YamlReaders>('yaml-readers');

function frontmatterIndex(ctx: Ctx): number {
  return ctx.a.cells.findIndex((c) => c.role === 'frontmatter');
}

function shown(key: DetailKey, v: DetailValues[DetailKey]): string {
  if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return vscode.l10n.t('not filled in yet');
  if (key === 'situatie') { const s = findSituation(String(v)); return s ? t(uiLang(), s.title) : String(v); }
  if (key === 'gesprek') return conversationLabel(String(v));
  return Array.isArray(v) ? v.join(', ') : v;
}

const LABELS: Record<DetailKey, () => string> = {
  situatie: () => vscode.l10n.t('Situation'),
  datum: () => vscode.l10n.t('Date'),
  auteur: () => vscode.l10n.t('Author'),
  rol: () => vscode.l10n.t('Role'),
  gesprek: () => vscode.l10n.t('Conversation'),
  tags: () => vscode.l10n.t('Tags'),
};

const ICONS: Record<DetailKey, string> = { situatie: 'quote', datum: 'calendar', auteur: 'person', rol: 'briefcase', gesprek: 'comment-discussion', tags: 'tag' };

/** Asks the new value of one field; undefined when the writer cancels. */
async function ask(key: DetailKey, current: DetailValues[DetailKey]): Promise<string | string[] | undefined> {
  const now = Array.isArray(current) ? current.join(', ') : current;
  switch (key) {
    case 'situatie': {
      const s = await pickSituation(vscode.l10n.t('Which situation is this journal about?'), false);
      return s === undefined ? undefined : s?.id ?? '';
    }
    case 'datum': return pickDate(now);
    case 'gesprek': return pickConversation(now);
    case 'tags': {
      const v = await vscode.window.showInputBox({ title: LABELS.tags(), prompt: vscode.l10n.t('Words to find this journal by, separated by commas.'), value: now, ignoreFocusOut: true });
      return v === undefined ? undefined : v.split(',').map((x) => x.trim()).filter(Boolean);
    }
    default: {
      const prompts: Record<string, string> = {
        auteur: vscode.l10n.t('Who wrote this journal.'),
        rol: vscode.l10n.t('Your role in this work, for example jeugdconsulent or gezinsvoogd.'),
      };
      return vscode.window.showInputBox({ title: LABELS[key](), prompt: prompts[key], value: now, ignoreFocusOut: true });
    }
  }
}

/** Writes the changed YAML into the frontmatter cell, making that cell when the journal has none. */
async function write(ctx: Ctx, index: number, yaml: string): Promise<void> {
  if (index < 0) {
    await insertCells(ctx, 0, [new vscode.NotebookCellData(vscode.NotebookCellKind.Markup, yaml, 'yaml')]);
    return;
  }
  const before = ctx.notebook.cellAt(index).document.getText();
  await editCell(ctx, index, diffEdit(before, yaml));
}

/** The form: pick a field, answer its question, pick the next; Escape or "Done" ends it. */
export async function editDetails(editor: vscode.NotebookEditor): Promise<void> {
  for (;;) {
    const ctx = contextFor(editor, 0);
    const index = frontmatterIndex(ctx);
    const yaml = index >= 0 ? ctx.notebook.cellAt(index).document.getText() : '';
    const values = readers().readDetails(yaml);
    if (!values) {
      const show = vscode.l10n.t('Show the YAML');
      const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t('The details of this journal are not valid YAML, so the form cannot change them safely. Problems says what is wrong.'), show);
      if (choice === show && index >= 0) await editAt(editor, index);
      return;
    }
    type Item = vscode.QuickPickItem & { key?: DetailKey };
    const items: Item[] = (['situatie', 'datum', 'auteur', 'rol', 'gesprek', 'tags'] as DetailKey[]).map((key) => ({
      key, label: `$(${ICONS[key]}) ${LABELS[key]()}`, description: shown(key, values[key]),
    }));
    items.push({ label: `$(check) ${vscode.l10n.t('Done')}` });
    const picked = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Details of this journal'), placeHolder: vscode.l10n.t('Pick a field to change it'), ignoreFocusOut: true,
    });
    if (!picked?.key) return;
    const value = await ask(picked.key, values[picked.key]);
    if (value === undefined) continue;
    const next = readers().setDetail(yaml, picked.key, value, ctx.lang);
    if (next !== undefined && next !== yaml) await write(ctx, index, next);
  }
}
