// The team's side of a connection: which `.goedwerk.json` and situations hold for a journal, the
// problems of a config file shown on that file, the situation folders a config names watched, and the
// watcher's news (a journal, a config or a situation changed on disk) sent where it is needed.
import { basename, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, type Connection, type DidChangeWatchedFilesParams } from 'vscode-languageserver/node';
import { t } from '../core/i18n';
import { CONFIG_FILE, isDefaultSituationsDir, isJournalPath, isTeamSituationPath } from '../core/names';
import { fileDiagnostic } from './diagnostics';
import { M } from './messages';
import type { Session } from './session';
import { TeamConfigs, type ResolvedConfig } from './teamConfig';
import { pathOf } from './uri';
import type { WorkspaceJournals } from './workspace';

export type FileWatching = false | 'glob' | 'relative';

export class TeamReports {
  readonly configs: TeamConfigs;
  /** Config files whose problems are on show, with the text of what was reported. */
  private readonly reported = new Map<string, string>();
  /** Situation folders to watch once the client is ready for registrations (until then, queued). */
  private folderQueue: string[] | undefined = [];
  watching: FileWatching = false;

  constructor(
    private readonly session: Session,
    private readonly connection: Pick<Connection, 'sendDiagnostics' | 'window' | 'client'>,
  ) {
    this.configs = new TeamConfigs(() => session.roots, (dir) => this.watchSituationFolder(dir));
  }

  resolve(file: string | undefined): ResolvedConfig {
    const { configs, session } = this;
    // An untitled journal answers to the team of the first workspace folder.
    const resolved = file ? configs.forFile(file) : session.roots[0] ? configs.forDir(session.roots[0]) : configs.forFile(undefined);
    this.report(resolved);
    return resolved;
  }

  private report(resolved: ResolvedConfig): void {
    if (!resolved.path) return;
    const { lang } = this.session;
    const uri = pathToFileURL(resolved.path).toString();
    const signature = JSON.stringify(resolved.errors);
    if (this.reported.get(resolved.path) === signature) return;
    if (resolved.errors.length === 0) {
      if (this.reported.delete(resolved.path)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    this.reported.set(resolved.path, signature);
    const diagnostics = resolved.errors.map((e) => fileDiagnostic('config-ongeldig', 'error', t(lang, M.configInvalid, t(lang, e.message)), e.range));
    void this.connection.sendDiagnostics({ uri, diagnostics });
    void this.connection.window.showWarningMessage(t(lang, M.configMessage, resolved.path));
  }

  /** The client is ready for registrations: the folders queued until now get their watchers. */
  ready(): void {
    const queued = this.folderQueue ?? [];
    this.folderQueue = undefined;
    queued.forEach((dir) => this.watchSituationFolder(dir));
  }

  /**
   * The client watches `.goedwerk/situaties/*.md` from the start (its own file watcher); a folder a
   * `.goedwerk.json` names elsewhere gets a watcher of its own, so a situation added there counts at once.
   */
  private watchSituationFolder(dir: string): void {
    if (isDefaultSituationsDir(dir) || !this.watching) return;
    if (this.folderQueue) { this.folderQueue.push(dir); return; }
    const globPattern = this.watching === 'relative'
      ? { baseUri: pathToFileURL(dir).toString(), pattern: '*.md' }
      : `${dir.replace(/\\/g, '/')}/*.md`;
    void this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern }] })
      .catch((e: unknown) => this.session.logError('watch situation folder', e));
  }

  /** Files changed on disk; true when a team file was among them (the open journals then need a new check). */
  changed(params: DidChangeWatchedFilesParams, workspace: WorkspaceJournals): boolean {
    let teamChanged = false;
    for (const change of params.changes) {
      const path = pathOf(change.uri);
      if (!path) continue;
      if ((isTeamSituationPath(path) || this.configs.isSituationFile(path)) && !isJournalPath(path)) {
        teamChanged = true;
        workspace.recheck();
      } else if (basename(path) === CONFIG_FILE) {
        teamChanged = true;
        if (change.type === FileChangeType.Deleted && this.reported.delete(path)) {
          void this.connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
        }
        workspace.recheck(dirname(path));
      } else if (isJournalPath(path)) {
        if (change.type === FileChangeType.Deleted) workspace.deleted(path);
        else if (change.type === FileChangeType.Created) workspace.created(path);
        else workspace.changed(path);
      }
    }
    if (teamChanged) this.reread(params);
    return teamChanged;
  }

  /** Forgets every config read, and shows at once what a changed config file now holds wrong. */
  private reread(params: DidChangeWatchedFilesParams): void {
    this.configs.clear();
    for (const change of params.changes) {
      const path = pathOf(change.uri);
      if (path && basename(path) === CONFIG_FILE && change.type !== FileChangeType.Deleted) this.report(this.configs.forDir(dirname(path)));
    }
  }
}
