// The Goed Werk language server: the wiring of one LSP connection. The open journals and their checks
// live in openJournals.ts, the team's configs and the watcher's news in teamReports.ts, the closed
// journals in workspace.ts, the features in features.ts (handlers.ts) and the own requests in
// requests/register.ts; here they meet the client's lifecycle: initialize, settings, folders, shutdown.
import {
  CodeActionKind, DidChangeConfigurationNotification, TextDocumentSyncKind,
  type Connection, type Diagnostic, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { ContentCache, cacheFile, defaultCacheDir } from '../core/cache';
import { langFromLocale } from '../core/i18n';
import { NOTEBOOK_TYPE } from '../core/names';
import type { InitOptions } from '../protocol';
import type { AnalyzeContext } from './analyze';
import { FIX_ALL_KIND } from './codeActions';
import { serverJournalFiles } from './journal-files';
import { TRIGGER_CHARACTERS } from './completion';
import { registerFeatures } from './features';
import { OpenJournals } from './openJournals';
import { registerRequests } from './requests/register';
import { newSession, type Session } from './session';
import { readSettings } from './settings';
import { TeamReports } from './teamReports';
import { pathOf } from './uri';
import { WorkspaceJournals } from './workspace';

/** Bumped when the server's findings for the same bytes could change, so old caches are not trusted. */
const CACHE_VERSION = 'server-1';

const CAPABILITIES: InitializeResult['capabilities'] = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  notebookDocumentSync: {
    notebookSelector: [{ notebook: { notebookType: NOTEBOOK_TYPE }, cells: [{ language: 'markdown' }, { language: 'yaml' }] }],
  },
  completionProvider: { triggerCharacters: TRIGGER_CHARACTERS },
  hoverProvider: true,
  documentSymbolProvider: true,
  foldingRangeProvider: true,
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.SourceFixAll] },
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

function rootsOf(params: InitializeParams): string[] {
  const roots = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri)).filter((p): p is string => !!p);
  const root = roots.length === 0 && params.rootUri ? pathOf(params.rootUri) : undefined;
  return root ? [root] : roots;
}

export function startServer(connection: Connection): void {
  const session: Session = newSession(connection);
  const publish = (uri: string, diagnostics: Diagnostic[]) => void connection.sendDiagnostics({ uri, diagnostics });
  const team = new TeamReports(session, connection);
  const context = (path: string | undefined): AnalyzeContext =>
    ({ lang: session.lang, settings: session.settings, docBase: session.docBase, config: team.resolve(path) });
  let workspace: WorkspaceJournals | undefined;
  const open = new OpenJournals(session, {
    publish, context, opened: (path) => workspace?.opened(path), closed: (path) => workspace?.closed(path),
  });
  let canPullConfig = false;
  let canWatchFolders = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitOptions;
    session.lang = langFromLocale(init.language ?? params.locale);
    session.docBase = init.rulesDocBase;
    session.settings = readSettings(init.settings);
    session.roots = rootsOf(params);
    canPullConfig = !!params.capabilities.workspace?.configuration;
    canWatchFolders = !!params.capabilities.workspace?.workspaceFolders;
    const watched = params.capabilities.workspace?.didChangeWatchedFiles;
    team.watching = !watched?.dynamicRegistration ? false : watched.relativePatternSupport ? 'relative' : 'glob';
    const cacheDir = init.storagePath ?? defaultCacheDir();
    // An empty storage path: no disk to keep a cache on (the browser).
    const cache = cacheDir ? ContentCache.open<Diagnostic[]>(cacheFile(cacheDir, 'server', session.roots.join('\n')), CACHE_VERSION) : undefined;
    workspace = new WorkspaceJournals({
      isOpen: (path) => open.isOpenPath(path),
      context,
      publish: (path, diagnostics) => publish(serverJournalFiles.uriOf(path), diagnostics),
      log: (message) => connection.console.log(message),
      busy: () => open.throttle.busy,
      typedAt: () => open.throttle.lastScheduled,
    }, session.settings.workspaceDiagnostics, cache, CACHE_VERSION);
    return { capabilities: CAPABILITIES, serverInfo: { name: 'goedwerk-language-server' } };
  });

  connection.onInitialized(() => {
    team.ready();
    if (canPullConfig) void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    if (canWatchFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(session.guard('folders', undefined, (event) => {
        const removed = new Set(event.removed.map((f) => pathOf(f.uri)));
        const added = event.added.map((f) => pathOf(f.uri)).filter((p): p is string => !!p);
        session.roots = [...session.roots.filter((r) => !removed.has(r)), ...added];
        if (added.length) workspace!.start(added);
      }));
    }
    workspace!.start(session.roots);
  });

  connection.onShutdown(() => {
    workspace?.stop();
    workspace?.flush();
  });

  connection.onDidChangeConfiguration(session.guard('configuration', undefined, (params) => {
    const pushed = (params.settings as { goedwerk?: unknown } | null | undefined)?.goedwerk;
    const apply = (raw: unknown) => {
      session.settings = readSettings(raw, session.settings);
      open.recheckAll();
      workspace!.setEnabled(session.settings.workspaceDiagnostics);
      workspace!.recheck();
    };
    if (pushed !== undefined) apply(pushed);
    else if (canPullConfig) connection.workspace.getConfiguration('goedwerk').then(apply, (e) => session.logError('configuration', e));
  }));

  connection.onDidChangeWatchedFiles(session.guard('watched files', undefined, (params) => {
    if (team.changed(params, workspace!)) open.recheckAll();
  }));

  registerFeatures(connection, session, open, team);
  registerRequests(connection, { session, open, team, context, workspace: () => workspace! });
  open.listen(connection);
}
