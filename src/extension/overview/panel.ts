// The overview's webview panel: the core's page with VS Code's theme, data from the language server,
// refreshed (debounced) when journals change on disk, and a row click opens the beeld. It never waits in
// silence: the journals show as the server reads them, the status bar says how far it is, a request
// that hears nothing for a while is asked again, a failure says so with a way to try again, and a
// restarted server brings a fresh read.
import * as vscode from 'vscode';
import { makeNonce } from '../../core/html';
import { findSituation } from '../../core/content/situations';
import type { Lang } from '../../core/model';
import { langFromLocale } from '../../core/i18n';
import type * as OverviewHtml from '../../core/overview-html';
import type { OverviewData } from '../../core/overview-html';
import type { TeamStats } from '../../core/stats';
import { lazy } from '../lazy';
import { openBeeld } from './open';
import type { StatsProgress } from '../../protocol';
import { Cancelled, onServerRunning, requestStats, runningClient } from './stats';
import { CONFIG_FILE, JOURNAL_SUFFIX } from '../../core/names';
import { feedbackApi } from '../feedback/index';
import { Debounce, Rerun } from '../rerun';
import { PageSync } from './page-sync';

// The page renderer (the core's overview, the same page the CLI writes) loads with the first overview.
const renderer = lazy<typeof OverviewHtml>('overview');

const VIEW_TYPE = 'goedwerk.overview';
const REFRESH_DELAY_MS = 400;
const WATCH_GLOB = `**/{*${JOURNAL_SUFFIX},${CONFIG_FILE}}`;
/** Without an answer or news of progress for this long, the request is taken as lost and asked again. */
const SILENCE_MS = 20_000;
const ATTEMPTS = 3;

export function overviewTitle(): string {
  return vscode.l10n.t('Goed Werk: Overview');
}

export interface OverviewSummary {
  journals: number;
  beelden: number;
  folder?: string;
  /** How many times fresh stats arrived since the panel opened (the live refresh shows here). */
  updates: number;
  /** The last of those the page itself said it shows (0 until its script runs). */
  shown: number;
  /** Open feedback threads on the beelden shown. */
  feedback: number;
  title: string;
}

export class OverviewPanel implements vscode.Disposable {
  private static current: OverviewPanel | undefined;

  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private watcher: vscode.FileSystemWatcher | undefined;
  private data: OverviewData | undefined;
  private readonly later = new Debounce(() => { void this.refresh(); });
  private readonly reading = new Rerun(() => vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Goed Werk: reading the journals') },
    (progress) => this.fetch((p) => progress.report({ message: vscode.l10n.t('{0} of {1}', p.done, p.total) })),
  ), () => !this.disposed);
  /** What the page holds and hears: data posted before its script listens is kept, not lost. */
  private readonly sync: PageSync;
  /** Said on the page while a read fails or waits long, with a button to try again. */
  private notice: { text: string; retry?: string } | undefined;
  private updates = 0;
  /** The data on show is what the server had read so far; more is coming. */
  private partial = false;

  /** Opens (or reveals) the overview of `folder` (default: the whole workspace) once its data is there. */
  static async show(extensionUri: vscode.Uri, folder: vscode.Uri | undefined): Promise<OverviewSummary> {
    let view = OverviewPanel.current;
    // A panel closed a moment ago may not have heard of it yet; without its tab it is gone.
    if (view && (view.disposed || !view.hasTab())) {
      view.dispose();
      view = undefined;
    }
    if (view && view.folder?.toString() !== folder?.toString()) {
      view.dispose();
      view = undefined;
    }
    if (!view) view = OverviewPanel.current = new OverviewPanel(extensionUri, folder);
    else view.panel.reveal();
    await view.refresh();
    return view.summary();
  }

  /** What the open overview shows, or undefined when none is open. */
  static currentSummary(): OverviewSummary | undefined {
    return OverviewPanel.current?.summary();
  }

  static disposeCurrent(): void {
    OverviewPanel.current?.dispose();
  }

  private constructor(private readonly extensionUri: vscode.Uri, readonly folder: vscode.Uri | undefined) {
    const scripts = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, overviewTitle(), vscode.ViewColumn.Active, {
      enableScripts: true,
      localResourceRoots: [scripts],
      enableFindWidget: true,
    });
    this.panel.iconPath = {
      light: vscode.Uri.joinPath(extensionUri, 'media', 'icons', 'goedwerk-light.svg'),
      dark: vscode.Uri.joinPath(extensionUri, 'media', 'icons', 'goedwerk-dark.svg'),
    };
    this.sync = new PageSync((msg) => void this.panel.webview.postMessage(msg));
    this.panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    // A hidden webview is rebuilt from its HTML when it shows again: renew the HTML as it hides.
    this.panel.onDidChangeViewState(() => {
      if (this.panel.visible) return;
      this.sync.hidden();
      if (this.sync.shows < this.updates) this.render();
    }, undefined, this.disposables);
    this.panel.webview.onDidReceiveMessage((msg) => this.onMessage(msg), undefined, this.disposables);
    this.watch();
    feedbackApi()?.onDidChange(() => this.scheduleRefresh(), undefined, this.disposables);
    this.render();
    void onServerRunning(() => this.scheduleRefresh()).then((d) => {
      if (d && this.disposed) d.dispose();
      else if (d) this.disposables.push(d);
    });
  }

  private hasTab(): boolean {
    return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) =>
      t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(VIEW_TYPE)));
  }

  private get lang(): Lang {
    return langFromLocale(vscode.env.language);
  }

  private watch(): void {
    const pattern = this.folder ? new vscode.RelativePattern(this.folder, WATCH_GLOB) : WATCH_GLOB;
    this.watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const later = () => this.scheduleRefresh();
    this.watcher.onDidChange(later, undefined, this.disposables);
    this.watcher.onDidCreate(later, undefined, this.disposables);
    this.watcher.onDidDelete(later, undefined, this.disposables);
    this.disposables.push(this.watcher);
  }

  private scheduleRefresh(): void {
    this.later.schedule(REFRESH_DELAY_MS);
  }

  /** Asks for fresh stats; a change while a request runs gets one more request after it. */
  async refresh(): Promise<void> {
    await this.reading.run();
  }

  /** One read of the stats, shown as it comes in; asked again when the server stays silent too long. */
  private async fetch(report: (p: StatsProgress) => void): Promise<void> {
    try {
      await runningClient();
    } catch (e) {
      this.failed(e);
      return;
    }
    for (let attempt = 1; attempt <= ATTEMPTS && !this.disposed; attempt++) {
      const cancel = new vscode.CancellationTokenSource();
      let heard = Date.now();
      const watchdog = setInterval(() => { if (Date.now() - heard > SILENCE_MS) cancel.cancel(); }, 1000);
      try {
        const stats = await requestStats(this.folder, (p) => {
          heard = Date.now();
          report(p);
          this.update(p.stats, true);
        }, cancel.token);
        this.setNotice(undefined);
        this.update(stats, false);
        return;
      } catch (e) {
        if (e instanceof Cancelled && attempt < ATTEMPTS) {
          this.setNotice({ text: vscode.l10n.t('The language server is slow to answer; the overview asks again.'), retry: undefined });
          continue;
        }
        this.failed(e);
        return;
      } finally {
        clearInterval(watchdog);
        cancel.dispose();
      }
    }
  }

  private failed(e: unknown): void {
    if (this.disposed) return;
    const reason = e instanceof Cancelled ? vscode.l10n.t('the language server did not answer') : (e as Error)?.message ?? String(e);
    const retry = vscode.l10n.t('Try again');
    const text = vscode.l10n.t('The overview could not read the journals: {0}', reason);
    this.setNotice({ text, retry });
    void vscode.window.showErrorMessage(text, retry)
      .then((choice) => { if (choice === retry) void this.refresh(); });
  }

  /** Shows (or, undefined, clears) the notice on the page, which keeps it until the next read is done. */
  private setNotice(notice: { text: string; retry?: string } | undefined): void {
    if (this.disposed || (!notice && !this.notice)) return;
    this.notice = notice;
    this.sync.offer({ type: 'notice', text: notice?.text ?? '', retry: notice?.retry ?? '' });
  }

  private disposed = false;

  private update(read: TeamStats, partial: boolean): void {
    if (this.disposed) return;
    // Feedback lives beside the journals, in the extension; the server's stats know nothing of it.
    const stats = feedbackApi()?.withFeedback(read) ?? read;
    this.partial = partial;
    const lang = this.lang;
    const root = this.folder ?? (vscode.workspace.workspaceFolders?.length === 1 ? vscode.workspace.workspaceFolders[0].uri : undefined);
    const first = !this.data;
    this.updates++;
    this.data = renderer().toOverviewData(stats, lang, {
      // The stats name a journal by its path on a disk, in a browser by its URI.
      root: root && (root.scheme === 'file' ? root.fsPath : root.toString()),
      scope: root ? root.path.split('/').filter(Boolean).pop() : vscode.workspace.name,
      situationTitle: (id) => findSituation(id)?.title[lang],
    });
    if (first || !this.panel.visible) this.render();
    // The page on show takes the new data by message and keeps its scroll position and filters.
    else this.sync.offer({ type: 'data', data: renderer().packOverview(this.data), loading: partial }, this.updates);
  }

  private render(): void {
    const webview = this.panel.webview;
    const script = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'overview.js');
    const data = this.data ?? { lang: this.lang, journals: 0, rows: [], knownDeugden: [], unusedDeugden: [] };
    const page = this.sync.rendered(this.updates);
    webview.html = renderer().renderOverviewPage(data, {
      mode: 'webview',
      nonce: makeNonce(),
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(script).toString(),
      loading: !this.data || this.partial,
      page,
      notice: this.notice,
    });
  }

  private onMessage(msg: unknown): void {
    const m = msg as { type?: unknown; file?: unknown; line?: unknown; beeld?: unknown; page?: unknown; version?: unknown };
    if (m?.type === 'ready') return this.sync.ready(m.page);
    if (m?.type === 'shown') return this.sync.shown(m.page, m.version);
    if (m?.type === 'retry') return void this.refresh();
    if (m?.type !== 'open' || typeof m.file !== 'string') return;
    // Only files the overview itself listed can be opened from the page.
    if (!this.data?.rows.some((r) => r.file === m.file)) return;
    const line = typeof m.line === 'number' && m.line >= 0 ? Math.floor(m.line) : 0;
    const beeld = typeof m.beeld === 'number' ? Math.floor(m.beeld) : -1;
    openBeeld(m.file, line, beeld).then(undefined, (e) =>
      vscode.window.showErrorMessage(vscode.l10n.t('Could not open {0}: {1}', m.file as string, (e as Error).message)));
  }

  summary(): OverviewSummary {
    return {
      journals: this.data?.journals ?? 0,
      beelden: this.data?.rows.filter((r) => r.beeld >= 0).length ?? 0,
      folder: this.folder?.fsPath,
      updates: this.updates,
      shown: this.sync.shows,
      feedback: this.data?.rows.reduce((n, r) => n + r.feedback, 0) ?? 0,
      title: this.panel.title,
    };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (OverviewPanel.current === this) OverviewPanel.current = undefined;
    this.later.dispose();
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
