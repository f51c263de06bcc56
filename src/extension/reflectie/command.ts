// "Goed Werk: Reflectieverslag voor de SKJ": asks for the period, whose record (when the journals are
// by several people) and the format, warns first when the privacy scanner masked something, then writes
// the PDF or HTML file and opens it. The language server gathers the record; the renderer is a lazy chunk.
import * as vscode from 'vscode';
import type { ReflectieRecord } from '../../core/reflectie/types';
import type * as Render from '../../core/reflectie/render';
import { REFLECTIE_REQUEST, type ReflectieParams, type ReflectieResult } from '../../protocol';
import { getClient } from '../language/index';
import { lazy } from '../lazy';
import { fileUri } from '../overview/open';
import { uiLang } from '../views/ui-lang';
import { OPEN_FILE_COMMAND, ReflectiePanel } from './panel';
import { reportingFailure } from '../report-failure';

const renderer = lazy<typeof Render>('reflectie');

export type ReflectieFormat = 'pdf' | 'html';

/** Arguments for scripts and tests; with `target` set no dialog is shown. */
export interface ReflectieArgs {
  folder?: string | vscode.Uri;
  van?: string;
  tot?: string;
  auteur?: string;
  format?: ReflectieFormat;
  target?: string | vscode.Uri;
}

export interface ReflectieOutcome {
  uri: vscode.Uri;
  format: ReflectieFormat;
  sessions: number;
  minutes: number;
  privacyMasked: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** YYYY-MM-DD for what a person types: 2024-03-01, 1-3-2024, 01/03/2024. */
export function readDay(text: string): string | undefined {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const parts = m ? [m[1], m[2], m[3]] : (m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s)) ? [m[3], m[2], m[1]] : undefined;
  if (!parts) return undefined;
  const [y, mo, d] = parts.map(Number);
  const date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? day(date) : undefined;
}

async function askDay(title: string, value: string): Promise<string | undefined> {
  const typed = await vscode.window.showInputBox({
    title, value, prompt: vscode.l10n.t('A date such as 2024-03-01 or 1-3-2024'),
    validateInput: (v) => (readDay(v) ? undefined : vscode.l10n.t('Write a date such as 2024-03-01 or 1-3-2024.')),
  });
  return typed === undefined ? undefined : readDay(typed);
}

async function pickPeriod(): Promise<{ van: string; tot: string } | undefined> {
  const now = new Date();
  const fiveBack = new Date(now.getFullYear() - 5, now.getMonth(), now.getDate() + 1);
  const items = [
    { label: vscode.l10n.t('The last five years'), detail: vscode.l10n.t('The SKJ re-registers every five years; check your own period in Mijn SKJ.'), van: day(fiveBack), tot: day(now) },
    { label: vscode.l10n.t('This year'), van: `${now.getFullYear()}-01-01`, tot: day(now) },
    { label: vscode.l10n.t('Last year'), van: `${now.getFullYear() - 1}-01-01`, tot: `${now.getFullYear() - 1}-12-31` },
    { label: vscode.l10n.t('Choose the dates…'), van: '', tot: '' },
  ].map((i) => ({ ...i, description: i.van ? `${i.van} – ${i.tot}` : undefined }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Reflection record: which period?'), placeHolder: vscode.l10n.t('Which period should the record cover?') });
  if (!picked) return undefined;
  if (picked.van) return { van: picked.van, tot: picked.tot };
  const van = await askDay(vscode.l10n.t('First day of the period'), day(fiveBack));
  const tot = van && await askDay(vscode.l10n.t('Last day of the period'), day(now));
  if (!van || !tot) return undefined;
  return van <= tot ? { van, tot } : { van: tot, tot: van };
}

async function pickAuthor(authors: string[]): Promise<string | undefined> {
  return vscode.window.showQuickPick(authors, {
    title: vscode.l10n.t('Reflection record: whose?'),
    placeHolder: vscode.l10n.t('These journals are by several people. Whose record is it? Other people\'s journals stay out.'),
  });
}

async function pickFormat(): Promise<ReflectieFormat | undefined> {
  const items = [
    { label: vscode.l10n.t('PDF'), detail: vscode.l10n.t('To print or to upload in Mijn SKJ'), value: 'pdf' as const },
    { label: vscode.l10n.t('Web page (HTML)'), detail: vscode.l10n.t('To read in a browser or copy from'), value: 'html' as const },
  ];
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Reflection record: which format?'), placeHolder: vscode.l10n.t('Save the record as PDF or as a web page?') }))?.value;
}

async function requestRecord(params: ReflectieParams, quiet: boolean): Promise<ReflectieRecord | undefined> {
  const client = await getClient();
  if (!client) throw new Error(vscode.l10n.t('The Goed Werk language server is not running.'));
  let result = await client.sendRequest<ReflectieResult>(REFLECTIE_REQUEST, params);
  if (!result.record && result.authors.length > 1) {
    if (quiet) throw new Error(vscode.l10n.t('These journals are by several people: give "auteur" to say whose record it is.'));
    const auteur = await pickAuthor(result.authors);
    if (!auteur) return undefined;
    result = await client.sendRequest<ReflectieResult>(REFLECTIE_REQUEST, { ...params, auteur });
  }
  return result.record;
}

/** Asks before anything is written when the privacy scanner masked passages. */
async function privacyFirst(record: ReflectieRecord, quiet: boolean): Promise<boolean> {
  if (!record.privacyMasked) return true;
  const message = vscode.l10n.t('{0} passage(s) in your journals may identify a person (the privacy rule). They are left out of the record and shown as […]. Remove them from the journals too.', record.privacyMasked);
  if (quiet) {
    void vscode.window.showWarningMessage(message);
    return true;
  }
  const go = vscode.l10n.t('Make the record');
  return await vscode.window.showWarningMessage(message, { modal: true }, go) === go;
}

function defaultTarget(record: ReflectieRecord, format: ReflectieFormat, folder: vscode.Uri | undefined): vscode.Uri | undefined {
  const base = folder ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  return base && vscode.Uri.joinPath(base, `reflectieverslag-${record.van}-${record.tot}.${format}`);
}

async function chooseTarget(record: ReflectieRecord, format: ReflectieFormat, folder: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  return vscode.window.showSaveDialog({
    defaultUri: defaultTarget(record, format, folder),
    filters: format === 'pdf' ? { PDF: ['pdf'] } : { [vscode.l10n.t('Web page')]: ['html', 'htm'] },
    title: vscode.l10n.t('Save the reflection record'),
  });
}

async function render(record: ReflectieRecord, format: ReflectieFormat): Promise<Uint8Array> {
  const r = renderer();
  const made = day(new Date());
  if (format === 'pdf') return r.renderRecordPdf(record, uiLang(), { made });
  return new TextEncoder().encode(r.renderRecordHtml(record, uiLang(), { made }));
}

function toUri(value: string | vscode.Uri): vscode.Uri {
  return typeof value === 'string' ? fileUri(value) : value;
}

/** Runs the command; resolves to what was written, or undefined when the user stopped. */
export async function reflectieCommand(arg?: ReflectieArgs | vscode.Uri): Promise<ReflectieOutcome | undefined> {
  const args: ReflectieArgs = arg instanceof vscode.Uri ? { folder: arg } : arg ?? {};
  const quiet = args.target !== undefined;
  const folder = args.folder === undefined ? undefined : toUri(args.folder);
  const period = args.van || args.tot || quiet ? { van: args.van ?? '', tot: args.tot ?? '' } : await pickPeriod();
  if (!period) return undefined;
  const record = await requestRecord({ folder: folder?.toString(), van: period.van || undefined, tot: period.tot || undefined, auteur: args.auteur }, quiet);
  if (!record) return undefined;
  if (!record.series.length && !record.apart.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No reflection sessions between {0} and {1}. A journal counts as a session when its frontmatter names a form (vorm), duration (duur), facilitator, series or conversation.', record.van, record.tot));
    return undefined;
  }
  const format = args.format ?? (quiet ? 'pdf' : await pickFormat());
  if (!format || !await privacyFirst(record, quiet)) return undefined;
  const target = args.target !== undefined ? toUri(args.target) : await chooseTarget(record, format, folder);
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, await render(record, format));
  ReflectiePanel.show(target, (nonce) => renderer().renderRecordHtml(record, uiLang(), { made: day(new Date()), nonce }));
  return { uri: target, format, sessions: record.totals.sessions, minutes: record.totals.minutes, privacyMasked: record.privacyMasked };
}

/** Registers the command, the panel's "open the file" link and the test hook. */
export function registerReflectie(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('goedwerk.reflectie', reportingFailure((arg?: ReflectieArgs | vscode.Uri) => reflectieCommand(arg),
      (reason) => vscode.l10n.t('The reflection record could not be made: {0}', reason))),
    vscode.commands.registerCommand(OPEN_FILE_COMMAND, (file: string) => vscode.env.openExternal(vscode.Uri.parse(file))),
    // Not in the palette: lets scripts and tests see what the record panel shows.
    vscode.commands.registerCommand('goedwerk.reflectie.state', () => ReflectiePanel.state()),
    { dispose: () => ReflectiePanel.dispose() },
  );
}
