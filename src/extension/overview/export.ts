// "Goed Werk: Exporteer beeld": one beeld as a printable HTML page for intervisie. The server renders it
// (remark lives there); here we find which beeld is meant, ask about the frontmatter and where to save,
// and stop to ask when the privacy rule found something in what would be shared.
import * as vscode from 'vscode';
import { cellsOutline } from '../../core/cellsOutline';
import { slugify } from '../../core/content/situations';
import { beeldAt, outline } from '../../core/scan';
import { EXPORT_BEELD_REQUEST, type ExportBeeldParams, type ExportBeeldResult } from '../../protocol';
import { getClient } from '../language/index';
import { fromCell } from '../notebook/cellData';
import { fileUri } from './open';
import { isJournalPath, journalStem } from '../../core/names';
import { opensOutside } from '../web/open-outside';

/** Arguments for scripts and tests; with `target` set no dialog is shown. */
export interface ExportArgs {
  uri?: string | vscode.Uri;
  beeld?: number;
  withFrontmatter?: boolean;
  target?: string | vscode.Uri;
}

function toUri(value: string | vscode.Uri): vscode.Uri {
  return typeof value === 'string' ? fileUri(value) : value;
}

/** The journal the command is about, and the beeld under the cursor when the editor tells us. */
function fromEditors(): { uri: vscode.Uri; beeld?: number } | undefined {
  const nb = vscode.window.activeNotebookEditor;
  if (nb && isJournalPath(nb.notebook.uri.path)) {
    const cell = nb.selection?.start ?? 0;
    return { uri: nb.notebook.uri, beeld: cellsOutline(nb.notebook.getCells().map(fromCell)).cells[cell]?.beeld };
  }
  const ed = vscode.window.activeTextEditor;
  if (ed && isJournalPath(ed.document.uri.path)) {
    const text = ed.document.getText();
    return { uri: ed.document.uri, beeld: beeldAt(outline(text), ed.document.offsetAt(ed.selection.active))?.index };
  }
  return undefined;
}

async function readText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function pickBeeld(titles: (string | null)[]): Promise<number | undefined> {
  if (titles.length <= 1) return 0;
  const items = titles.map((t, i) => ({ label: t?.trim() || vscode.l10n.t('Beeld {0} (untitled)', i + 1), index: i }));
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Which beeld do you want to export?') }))?.index;
}

async function pickFrontmatter(): Promise<boolean | undefined> {
  const without = { label: vscode.l10n.t('Without frontmatter'), detail: vscode.l10n.t('Title and beeld only: no author, date or tags (best for sharing)'), value: false };
  const withIt = { label: vscode.l10n.t('With frontmatter'), detail: vscode.l10n.t('Also situation, date, author, role, conversation and tags'), value: true };
  return (await vscode.window.showQuickPick([without, withIt], { placeHolder: vscode.l10n.t('Export the beeld with or without its frontmatter?') }))?.value;
}

function defaultTarget(journal: vscode.Uri, title: string | null, several: boolean): vscode.Uri {
  const base = journalStem(journal.path.split('/').pop()!);
  const slug = several && title ? `-${slugify(title).slice(0, 40)}` : '';
  return vscode.Uri.joinPath(journal, '..', `${base}${slug}.html`);
}

/** Runs the export; resolves to the written file, or undefined when the user stopped. */
export async function exportBeeldCommand(arg?: ExportArgs | vscode.Uri): Promise<vscode.Uri | undefined> {
  const args: ExportArgs = arg instanceof vscode.Uri ? { uri: arg } : arg ?? {};
  const quiet = args.target !== undefined;
  const here = args.uri ? undefined : fromEditors();
  const uri = args.uri ? toUri(args.uri) : here?.uri;
  if (!uri) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a journal (.goedwerk.md) to export one of its beelden.'));
    return undefined;
  }
  const o = outline(await readText(uri));
  if (o.beelden.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('This journal has no beeld yet.'));
    return undefined;
  }
  const beeld = args.beeld ?? here?.beeld ?? (quiet ? 0 : await pickBeeld(o.beelden.map((b) => b.title)));
  if (beeld === undefined) return undefined;
  const withFrontmatter = args.withFrontmatter ?? (quiet ? false : await pickFrontmatter());
  if (withFrontmatter === undefined) return undefined;

  const client = await getClient();
  if (!client) throw new Error(vscode.l10n.t('The Goed Werk language server is not running.'));
  const params: ExportBeeldParams = { uri: uri.toString(), beeld, withFrontmatter };
  const result = await client.sendRequest<ExportBeeldResult>(EXPORT_BEELD_REQUEST, params);

  if (result.privacyFindings > 0) {
    const message = vscode.l10n.t('This beeld contains {0} passage(s) that may identify a person (the privacy rule). Check them before you share the page.', result.privacyFindings);
    if (quiet) {
      void vscode.window.showWarningMessage(message);
    } else {
      const go = vscode.l10n.t('Export anyway');
      if (await vscode.window.showWarningMessage(message, { modal: true }, go) !== go) return undefined;
    }
  }

  const target = args.target !== undefined ? toUri(args.target) : await vscode.window.showSaveDialog({
    defaultUri: defaultTarget(uri, o.beelden[beeld]?.title ?? null, o.beelden.length > 1),
    filters: { [vscode.l10n.t('Web page')]: ['html', 'htm'] },
    title: vscode.l10n.t('Save the beeld as a web page'),
  });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.html));
  tellExported(target);
  return target;
}

/**
 * Says where the page went. A file on this computer opens in the web browser; in VS Code for the web
 * (or a remote folder) no browser can open it from there, so the message points to the Explorer's
 * Download instead of offering a button that would fail.
 */
function tellExported(target: vscode.Uri): void {
  const where = vscode.workspace.asRelativePath(target);
  if (opensOutside(target)) {
    const open = vscode.l10n.t('Open in browser');
    const shown = vscode.window.showInformationMessage(vscode.l10n.t('Beeld exported to {0}.', where), open);
    void shown.then((choice) => (choice === open ? vscode.env.openExternal(target) : undefined));
    return;
  }
  const show = vscode.l10n.t('Show in the Explorer');
  const shown = vscode.window.showInformationMessage(vscode.l10n.t('Beeld exported to {0}. To print it, right-click it in the Explorer, choose Download… and open the file in your browser.', where), show);
  void shown.then((choice) => (choice === show ? vscode.commands.executeCommand('revealInExplorer', target) : undefined));
}
