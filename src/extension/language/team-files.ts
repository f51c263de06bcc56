// For the language server in a browser, which has no disk: the team's files (every .goedwerk.json, and
// the situation folders the team resolver finds for them and for each workspace folder), read with
// vscode.workspace.fs and sent to the server, again whenever one changes. The server's team resolver
// then reads them as the desktop server reads the disk (../../server/file-host.browser.ts).
import * as vscode from 'vscode';
import { DidChangeWatchedFilesNotification, FileChangeType, type BaseLanguageClient } from 'vscode-languageclient/node';
import { parentOf } from '../../core/host/locations';
import { CONFIG_FILE, TEAM_SITUATIONS_DIR } from '../../core/names';
import { AsyncTeamResolver } from '../../core/team/resolver';
import { TEAM_FILES_NOTIFICATION } from '../../protocol';
import { locationOf, uriOf, workspaceFileHost } from '../fs-host';

const EXCLUDE = '{**/node_modules/**,**/.git/**}';
const MAX_FILES = 500;

async function text(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Every team file of the workspace, by the URI string the language client uses for documents. */
export async function readTeamFiles(): Promise<{ files: Record<string, string>; configs: string[] }> {
  const roots = (vscode.workspace.workspaceFolders ?? []).map((f) => locationOf(f.uri));
  const configs = roots.length ? await vscode.workspace.findFiles(`**/${CONFIG_FILE}`, EXCLUDE, 50) : [];
  const resolver = new AsyncTeamResolver(workspaceFileHost, { roots: () => roots });
  const teams = await Promise.all([...roots, ...configs.map((u) => parentOf(locationOf(u)))].map((d) => resolver.forDir(d)));
  const files: Record<string, string> = {};
  for (const uri of configs) {
    const t = await text(uri);
    if (t !== undefined) files[uri.toString()] = t;
  }
  for (const t of teams) for (const s of t.situaties.slice(0, MAX_FILES)) {
    const uri = uriOf(s.file);
    const body = await text(uri);
    if (body !== undefined) files[uri.toString()] = body;
  }
  return { files, configs: configs.map((u) => u.toString()) };
}

/** Sends the team's files now and after every change to one, and makes the server look again. */
export function syncTeamFiles(client: BaseLanguageClient): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = async () => {
    const { files, configs } = await readTeamFiles();
    await client.sendNotification(TEAM_FILES_NOTIFICATION, { files });
    // The server forgets what it resolved when a config changes: tell it one did, now that it has the files.
    const changed = configs.length ? configs : Object.keys(files).slice(0, 1);
    if (changed.length) await client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: changed.map((uri) => ({ uri, type: FileChangeType.Changed })) });
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => { timer = undefined; void send().catch(() => undefined); }, 150);
  };
  const watcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE},${TEAM_SITUATIONS_DIR}/*.md}`);
  const subs = [watcher, watcher.onDidCreate(later), watcher.onDidChange(later), watcher.onDidDelete(later), vscode.workspace.onDidChangeWorkspaceFolders(later)];
  void send().catch(() => undefined);
  return { dispose: () => { if (timer) clearTimeout(timer); subs.forEach((s) => s.dispose()); } };
}
