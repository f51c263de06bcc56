// The Goed Werk language server: wires documents, notebooks, the workspace pass and the features to
// one LSP connection. Every handler is guarded: a document the server cannot make sense of gets a
// diagnostic, never a crash.
import { basename, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind, DidChangeConfigurationNotification, ProgressType, DidChangeWatchedFilesNotification, FileChangeType, NotebookDocuments, TextDocuments, TextDocumentSyncKind,
  type CodeAction, type Connection, type Diagnostic, type InitializeParams, type InitializeResult, type Range,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ContentCache, cacheFile, defaultCacheDir } from '../core/cache';
import { CONFIG_FILE, NOTEBOOK_TYPE, isDefaultSituationsDir, isJournalPath, isTeamSituationPath } from '../core/names';
import { langFromLocale, t } from '../core/i18n';
import type { Lang } from '../core/model';
import { positionAt } from '../core/text';
import { analyzeText, checkOptions, type AnalyzeContext } from './analyze';
import { IncrementalChecker } from './checker';
import { FIX_ALL_KIND, fixAll, quickFixes, type ActionContext } from './codeActions';
import { TRIGGER_CHARACTERS, complete } from './completion';
import { fileDiagnostic } from './diagnostics';
import { hover } from './hover';
import { M } from './messages';
import {
  DEBUG_COUNTS_REQUEST, EXPORT_BEELD_REQUEST, REFLECTIE_REQUEST, STATS_REQUEST, type ExportBeeldParams, type ReflectieParams, type InitOptions, type ServerSettings, type StatsParams, type StatsProgress,
} from '../protocol';
import { handleExportBeeld } from './requests/exportBeeld';
import { StatsRequest } from './requests/stats';
import { handleReflectie } from './requests/reflectie';
import { registerPrivacyRequests } from './privacyActions';
import { DEFAULT_SETTINGS, maxBytes, readSettings } from './settings';
import { documentSymbols, foldingRanges } from './symbols';
import { TeamConfigs, type ResolvedConfig } from './teamConfig';
import { NotebookView, TextView, type JournalView } from './views';
import { Throttle } from './throttle';
import { pathOf, rootOf } from './uri';
import { listJournals } from './walk';
import { WorkspaceJournals } from './workspace';

/** Bumped when the server's findings for the same bytes could change, so old caches are not trusted. */
const CACHE_VERSION = 'server-1';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const notebooks = new NotebookDocuments(TextDocument);
  const configs = new TeamConfigs(() => roots, (dir) => watchSituationFolder(dir));
  const checkers = new Map<string, IncrementalChecker>();
  /** Per open journal: its last diagnostics (journal positions) and the documents they went to. */
  const last = new Map<string, { text: string; diagnostics: Diagnostic[]; targets: string[] }>();
  const throttle = new Throttle();
  const stats = new StatsRequest();
  /** Config files whose problems are on show, with the text of what was reported. */
  const configReports = new Map<string, string>();
  let lang: Lang = 'nl';
  let docBase: string | undefined;
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let roots: string[] = [];
  let canPullConfig = false;
  let canWatchFolders = false;
  let canWatchFiles: false | 'glob' | 'relative' = false;
  /** Situation folders to watch once the client is ready for registrations (until then, queued). */
  let folderQueue: string[] | undefined = [];
  let workspace: WorkspaceJournals;

  const log = (message: string) => connection.console.log(message);
  const logError = (where: string, e: unknown) => connection.console.error(`${where}: ${(e as Error)?.stack ?? String(e)}`);

  function guard<A extends unknown[], R>(where: string, fallback: R, fn: (...args: A) => R): (...args: A) => R {
    return (...args: A) => {
      try {
        return fn(...args);
      } catch (e) {
        logError(where, e);
        return fallback;
      }
    };
  }

  // ---- journals and their views -------------------------------------------------------------

  function journalOf(docUri: string): string {
    return notebooks.findNotebookDocumentForCell(docUri)?.uri ?? docUri;
  }

  function viewFor(journalUri: string): JournalView | undefined {
    const notebook = notebooks.getNotebookDocument(journalUri);
    if (notebook) return new NotebookView(journalUri, notebook, (uri) => notebooks.getCellTextDocument({ document: uri, kind: 1 }));
    const doc = documents.get(journalUri);
    return doc ? new TextView(journalUri, doc.getText()) : undefined;
  }

  function openJournalUris(): string[] {
    const uris = documents.keys().filter((uri) => !notebooks.findNotebookDocumentForCell(uri));
    return [...uris, ...openNotebookUris()];
  }

  const notebookUris = new Set<string>();
  function openNotebookUris(): string[] {
    return [...notebookUris];
  }

  function isOpenPath(path: string): boolean {
    return openJournalUris().some((uri) => pathOf(uri) === path);
  }

  function openTextOfPath(path: string): string | undefined {
    const uri = openJournalUris().find((u) => pathOf(u) === path);
    return uri ? viewFor(uri)?.text : undefined;
  }

  // ---- team configs -------------------------------------------------------------------------

  function resolveConfig(file: string | undefined): ResolvedConfig {
    // An untitled journal answers to the team of the first workspace folder.
    const resolved = file ? configs.forFile(file) : roots[0] ? configs.forDir(roots[0]) : configs.forFile(undefined);
    reportConfig(resolved);
    return resolved;
  }

  function reportConfig(resolved: ResolvedConfig): void {
    if (!resolved.path) return;
    const uri = pathToFileURL(resolved.path).toString();
    const signature = JSON.stringify(resolved.errors);
    if (configReports.get(resolved.path) === signature) return;
    if (resolved.errors.length === 0) {
      if (configReports.delete(resolved.path)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    configReports.set(resolved.path, signature);
    const diagnostics = resolved.errors.map((e) => fileDiagnostic('config-ongeldig', 'error', t(lang, M.configInvalid, t(lang, e.message)), e.range));
    void connection.sendDiagnostics({ uri, diagnostics });
    void connection.window.showWarningMessage(t(lang, M.configMessage, resolved.path));
  }

  function analyzeContext(file: string | undefined): AnalyzeContext {
    return { lang, settings, docBase, config: resolveConfig(file) };
  }

  // ---- checking open journals ---------------------------------------------------------------

  function checkNow(journalUri: string): void {
    const view = viewFor(journalUri);
    if (!view) return;
    let checker = checkers.get(journalUri);
    if (!checker) checkers.set(journalUri, (checker = new IncrementalChecker()));
    const diagnostics = analyzeText(view.text, analyzeContext(pathOf(journalUri)), checker);
    const byDoc = view.distribute(diagnostics);
    const previous = last.get(journalUri)?.targets ?? [];
    for (const uri of previous) if (!byDoc.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const [uri, list] of byDoc) void connection.sendDiagnostics({ uri, diagnostics: list });
    last.set(journalUri, { text: view.text, diagnostics, targets: [...byDoc.keys()] });
  }

  const schedule = (journalUri: string) => throttle.schedule(journalUri, guard('check', undefined, () => checkNow(journalUri)));

  function recheckOpen(): void {
    for (const uri of openJournalUris()) checkNow(uri);
  }

  function closeJournal(journalUri: string): void {
    const previous = last.get(journalUri);
    for (const uri of previous?.targets ?? []) void connection.sendDiagnostics({ uri, diagnostics: [] });
    last.delete(journalUri);
    checkers.delete(journalUri);
    throttle.forget(journalUri);
    const path = pathOf(journalUri);
    if (path && isJournalPath(path)) workspace?.closed(path);
  }

  /** The journal's current diagnostics, checked now if the text moved on since the last check. */
  function currentDiagnostics(journalUri: string, view: JournalView): Diagnostic[] {
    const known = last.get(journalUri);
    if (known && known.text === view.text) return known.diagnostics;
    checkNow(journalUri);
    return last.get(journalUri)?.diagnostics ?? [];
  }

  /**
   * The client watches `.goedwerk/situaties/*.md` from the start (its own file watcher); a folder a
   * `.goedwerk.json` names elsewhere gets a watcher of its own, so a situation added there counts at once.
   */
  function watchSituationFolder(dir: string): void {
    if (isDefaultSituationsDir(dir) || !canWatchFiles) return;
    if (folderQueue) { folderQueue.push(dir); return; }
    const globPattern = canWatchFiles === 'relative'
      ? { baseUri: pathToFileURL(dir).toString(), pattern: '*.md' }
      : `${dir.replace(/\\/g, '/')}/*.md`;
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern }] })
      .catch((e: unknown) => logError('watch situation folder', e));
  }

  // ---- lifecycle ----------------------------------------------------------------------------

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitOptions;
    lang = langFromLocale(init.language ?? params.locale);
    docBase = init.rulesDocBase;
    settings = readSettings(init.settings);
    canPullConfig = !!params.capabilities.workspace?.configuration;
    canWatchFolders = !!params.capabilities.workspace?.workspaceFolders;
    const watched = params.capabilities.workspace?.didChangeWatchedFiles;
    canWatchFiles = !watched?.dynamicRegistration ? false : watched.relativePatternSupport ? 'relative' : 'glob';
    roots = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri)).filter((p): p is string => !!p);
    if (roots.length === 0 && params.rootUri) {
      const root = pathOf(params.rootUri);
      if (root) roots = [root];
    }
    const cacheDir = init.storagePath ?? defaultCacheDir();
    const cache = ContentCache.open<Diagnostic[]>(cacheFile(cacheDir, 'server', roots.join('\n')), CACHE_VERSION);
    workspace = new WorkspaceJournals({
      isOpen: isOpenPath,
      context: (path) => analyzeContext(path),
      publish: (path, diagnostics) => void connection.sendDiagnostics({ uri: pathToFileURL(path).toString(), diagnostics }),
      log,
      busy: () => throttle.busy,
    }, settings.workspaceDiagnostics, cache, CACHE_VERSION);
    return {
      capabilities: {
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
      },
      serverInfo: { name: 'goedwerk-language-server' },
    };
  });

  connection.onInitialized(() => {
    const queued = folderQueue ?? [];
    folderQueue = undefined;
    queued.forEach(watchSituationFolder);
    if (canPullConfig) {
      void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    }
    if (canWatchFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(guard('folders', undefined, (event) => {
        for (const removed of event.removed) {
          const p = pathOf(removed.uri);
          if (p) roots = roots.filter((r) => r !== p);
        }
        const added = event.added.map((f) => pathOf(f.uri)).filter((p): p is string => !!p);
        roots.push(...added);
        if (added.length) workspace.start(added);
      }));
    }
    workspace.start(roots);
  });

  connection.onShutdown(() => {
    workspace?.stop();
    workspace?.flush();
  });

  connection.onDidChangeConfiguration(guard('configuration', undefined, (params) => {
    const pushed = (params.settings as { goedwerk?: unknown } | null | undefined)?.goedwerk;
    const apply = (raw: unknown) => {
      settings = readSettings(raw, settings);
      recheckOpen();
      workspace.setEnabled(settings.workspaceDiagnostics);
      workspace.recheck();
    };
    if (pushed !== undefined) apply(pushed);
    else if (canPullConfig) {
      connection.workspace.getConfiguration('goedwerk').then(apply, (e) => logError('configuration', e));
    }
  }));

  connection.onDidChangeWatchedFiles(guard('watched files', undefined, (params) => {
    let configChanged = false;
    for (const change of params.changes) {
      const path = pathOf(change.uri);
      if (!path) continue;
      if ((isTeamSituationPath(path) || configs.isSituationFile(path)) && !isJournalPath(path)) {
        configChanged = true;
        workspace.recheck();
        continue;
      }
      if (basename(path) === CONFIG_FILE) {
        configChanged = true;
        if (change.type === FileChangeType.Deleted && configReports.delete(path)) {
          void connection.sendDiagnostics({ uri: change.uri, diagnostics: [] });
        }
        workspace.recheck(dirname(path));
        continue;
      }
      if (!isJournalPath(path)) continue;
      if (change.type === FileChangeType.Deleted) workspace.deleted(path);
      else if (change.type === FileChangeType.Created) workspace.created(path);
      else workspace.changed(path);
    }
    if (configChanged) {
      configs.clear();
      for (const change of params.changes) {
        const path = pathOf(change.uri);
        if (path && basename(path) === CONFIG_FILE && change.type !== FileChangeType.Deleted) reportConfig(configs.forDir(dirname(path)));
      }
      recheckOpen();
    }
  }));

  // ---- documents and notebooks --------------------------------------------------------------

  documents.onDidOpen(guard('open', undefined, (e) => {
    const path = pathOf(e.document.uri);
    if (path) workspace?.opened(path);
    schedule(e.document.uri);
  }));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose(guard('close', undefined, (e) => closeJournal(e.document.uri)));

  notebooks.onDidOpen(guard('notebook open', undefined, (nb) => {
    notebookUris.add(nb.uri);
    const path = pathOf(nb.uri);
    if (path) {
      workspace?.opened(path);
      // The notebook's cells carry its diagnostics now; the file's own would show them twice.
      void connection.sendDiagnostics({ uri: nb.uri, diagnostics: [] });
    }
    schedule(nb.uri);
  }));
  notebooks.onDidChange((e) => schedule(e.notebookDocument.uri));
  notebooks.onDidClose(guard('notebook close', undefined, (nb) => {
    notebookUris.delete(nb.uri);
    closeJournal(nb.uri);
  }));

  // ---- features -----------------------------------------------------------------------------

  /** The view and journal offset for a position in a text document or cell. */
  function locate(docUri: string, pos: { line: number; character: number }) {
    const journalUri = journalOf(docUri);
    const view = viewFor(journalUri);
    const offset = view?.offsetOf(docUri, pos);
    return view && offset !== undefined ? { journalUri, view, offset } : undefined;
  }

  function tooBigToServe(view: JournalView): boolean {
    return view.text.length > maxBytes(settings);
  }

  connection.onCompletion(guard('completion', [], (params) => {
    const at = locate(params.textDocument.uri, params.position);
    if (!at || tooBigToServe(at.view)) return [];
    const team = resolveConfig(pathOf(at.journalUri));
    const items = complete(at.view.text, at.offset, { lang, teamDeugden: team.config?.deugden ?? [], teamSituaties: team.situaties });
    for (const item of items) {
      const edit = item.textEdit;
      if (edit && 'range' in edit) {
        const local = at.view.toLocal(edit.range);
        if (local) edit.range = local.range;
      }
    }
    return items;
  }));

  connection.onHover(guard('hover', null, (params) => {
    const at = locate(params.textDocument.uri, params.position);
    if (!at || tooBigToServe(at.view)) return null;
    const team = resolveConfig(pathOf(at.journalUri));
    const h = hover(at.view.text, at.offset, lang, team.config?.deugden ?? [], team.situaties);
    if (h?.range) h.range = at.view.toLocal(h.range)?.range;
    return h;
  }));

  connection.onDocumentSymbol(guard('symbols', [], (params) => {
    const uri = params.textDocument.uri;
    const journalUri = journalOf(uri);
    const view = viewFor(journalUri);
    if (!view || view.text.length > 4 * maxBytes(settings)) return [];
    const symbols = documentSymbols(view.text, lang);
    if (view.kind === 'text') return symbols;
    // In a notebook, each cell lists the titles and headings it holds.
    const flat = symbols.flatMap(function all(s): typeof symbols { return [{ ...s, children: undefined }, ...(s.children ?? []).flatMap(all)]; });
    return flat.flatMap((s) => {
      const sel = view.toLocal(s.selectionRange);
      if (!sel || sel.uri !== uri) return [];
      return [{ ...s, range: sel.range, selectionRange: sel.range }];
    });
  }));

  connection.onFoldingRanges(guard('folding', [], (params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc || notebooks.findNotebookDocumentForCell(params.textDocument.uri)) return [];
    return foldingRanges(doc.getText());
  }));

  connection.onCodeAction(guard('code actions', [] as CodeAction[], (params) => {
    const docUri = params.textDocument.uri;
    const journalUri = journalOf(docUri);
    const view = viewFor(journalUri);
    if (!view || tooBigToServe(view)) return [];
    const path = pathOf(journalUri);
    const config = resolveConfig(path);
    const ctx: ActionContext = {
      view, uri: docUri, lang, file: path, configPath: config.path,
      root: path ? rootOf(path, roots) : roots[0],
    };
    const all = currentDiagnostics(journalUri, view);
    const only = params.context.only;
    const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) && k.startsWith(CodeActionKind.Source));
    if (wantsFixAll) return fixAll(ctx, all);
    if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix))) return [];
    const asked = params.context.diagnostics.map((d) => toJournal(view, docUri, d));
    return quickFixes(ctx, asked, all);
  }));

  /** A diagnostic from the editor (document positions) in journal positions. */
  function toJournal(view: JournalView, docUri: string, d: Diagnostic): Diagnostic {
    if (view.kind === 'text') return d;
    const map = (p: { line: number; character: number }) => positionAt(view.lineStarts, view.offsetOf(docUri, p) ?? 0);
    const range: Range = { start: map(d.range.start), end: map(d.range.end) };
    return { ...d, range };
  }

  const statsProgress = new ProgressType<StatsProgress>();
  connection.onRequest(STATS_REQUEST, async (params: StatsParams | undefined, token) => {
    const partial = params?.partialResultToken;
    try {
      return await stats.handle(params, {
        journals: (folder, t) => workspace.journals(folder, t),
        openText: openTextOfPath,
        options: (path) => checkOptions(analyzeContext(path)),
        maxBytes: maxBytes(settings),
        progress: partial === undefined ? undefined : (done, total, so) =>
          void connection.sendProgress(statsProgress, partial, { done, total, stats: so } satisfies StatsProgress),
      }, token);
    } catch (e) {
      logError('stats', e);
      throw e;
    }
  });

  connection.onRequest(EXPORT_BEELD_REQUEST, (params: ExportBeeldParams) => handleExportBeeld(params, {
    openText: (uri) => viewFor(journalOf(uri))?.text,
    checkOptions: (uri) => checkOptions(analyzeContext(pathOf(uri))).opts,
  }));

  connection.onRequest(REFLECTIE_REQUEST, async (params: ReflectieParams | undefined, token) => {
    try {
      return await handleReflectie(params, {
        journals: (folder, t) => workspace.journals(folder, t),
        list: (dir, t) => listJournals(dir, t),
        openText: openTextOfPath,
        options: (path) => checkOptions(analyzeContext(path)),
        roots,
        maxBytes: maxBytes(settings),
      }, token);
    } catch (e) {
      logError('reflectie', e);
      throw e;
    }
  });

  registerPrivacyRequests(connection, {
    view: (uri) => viewFor(journalOf(uri)),
    allowedNames: (uri) => resolveConfig(pathOf(journalOf(uri))).config?.privacy?.namen ?? [],
  });

  // For tests and the bench: how much work the incremental paths did (no timing involved).
  connection.onRequest(DEBUG_COUNTS_REQUEST, async (params: { uri?: string } | undefined) => {
    if (!params?.uri) await workspace.ready();
    return {
      ...workspace.counts,
      parsedBeelden: params?.uri ? checkers.get(journalOf(params.uri))?.parsedLastTime ?? -1 : -1,
    };
  });

  documents.listen(connection);
  notebooks.listen(connection);
}
