/**
 * UI test harness: a person's view of Goed Werk in a real VS Code (code-server 4.100.3 in headless
 * Debian Chromium, driven by playwright-core). Run with `npm run test:ui` (or as part of `npm test`):
 * scripts/ui-test.mjs packages the extension, installs the .vsix into a fresh profile, starts one
 * code-server for all UI suites and passes its address to this harness through the environment.
 *
 * Usage, in test/ui/<area>.test.ts:
 *
 *   import * as assert from 'node:assert/strict';
 *   import { useWorkbench } from './harness';
 *
 *   describe('my area', function () {
 *     const wb = useWorkbench();               // before: browser + fresh workspace copy; after: close
 *     it('does the thing', async () => {
 *       await wb.openAsText('onvolledig.goedwerk.md');  // openFile() gives the default: the notebook
 *       await wb.runCommand('Goed Werk: Add 3E Check');  // the English UI: category, colon, title
 *       await wb.waitForEditorText('3E-check');
 *       await wb.screenshot('add-3e-check');
 *     });
 *   });
 *
 * useWorkbench(options?)      options.files: extra files { 'a/b.goedwerk.md': 'text' } written into the
 *                             workspace copy; options.fixture: another folder to copy instead of
 *                             test/fixtures/workspace/. Each describe gets its own copy and page.
 *                             options.url: another code-server (e.g. one without Goed Werk, with
 *                             options.extensionInstalled: false; see test/ui/install.test.ts).
 * Workbench members (all wait with a timeout, never sleep; those a web workbench has too come from
 * WorkbenchPage in test/ui/page-actions.ts, shared with test/web/ui/harness.ts):
 *   page, folder, path(rel)   the Playwright page; the workspace copy on disk; a file in it
 *   readFile(rel)             the file's text on disk (to check what a save wrote)
 *   openFile(rel, {editor?})  opens it from the Explorer (expanding folders): double-click opens the
 *                             default editor (a journal opens as the Goed Werk notebook); with editor,
 *                             right-click > Open With... > that editor (e.g. 'Text Editor')
 *   openAsText(rel)           openFile with the Text Editor, and focuses it
 *   editor                    Locator of the active text editor's lines
 *   editorText()              the visible lines of the active editor (Monaco renders only those)
 *   waitForEditorText(text)   until the active text editor shows text (string or RegExp)
 *   waitForText(text)         until text is visible anywhere, webviews (notebook cells) included
 *   runCommand(title)         F1, type the title, pick the row whose label is exactly title
 *   palette(text)             F1 and type text; resolves with the Locator of the listed rows
 *   pick(label, filter?)      choose a row in an open quick pick (optionally typing filter first)
 *   type(text), press(key)    keyboard input into whatever has focus (e.g. 'Control+End')
 *   save()                    File: Save for a changed editor, then waits until its tab is clean
 *   waitForFile(rel, pred)    until the file on disk satisfies pred (event-driven); resolves with its text
 *   waitForNotification(text) the toast's Locator; notifications() the texts of visible toasts
 *   problems()                { errors, warnings, infos } from the status bar
 *   waitForProblems(pred)     until pred(problems()) holds; resolves with the counts
 *   problemsPanel(filter?)    opens the Problems panel (filtered, e.g. by file name); Locator of its rows
 *   problemsInFile(name)      the count the open panel shows for that file (waits for its row)
 *   squiggles(kind?)          number of 'error' | 'warning' | 'info' | 'hint' squiggles in the editor
 *   openSidebar(label)        clicks the activity bar item whose label starts with label
 *   sideBarView(title)        Locator of a view pane (header + body) in the sidebar
 *   expandRow(row)            clicks a tree row until it is expanded
 *   widenSidebar(px)          drags the sidebar's sash, as for a screenshot that must read
 *   waitFor(selector, opts)   page.locator(selector).waitFor with the harness timeout
 *   screenshot(name)          test-results/screenshots/<name>.png; with GOEDWERK_UPDATE_SCREENSHOTS=1
 *                             also media/screenshots/<name>.png (the README's images)
 * open() waits until the Explorer lists the workspace and the Goed Werk activity-bar item is there
 * (the workbench has read the extension's manifest); the extension itself activates on its own events.
 * On a failed test: test-results/failures/<test>.png, <test>.console.log (browser console) and
 * code-server.log (the server, extension host included) so a red run explains itself.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { applyEdits, modify } from 'jsonc-parser';
import { CHROMIUM_ARGS, WorkbenchPage, escapeRe, slug } from './page-actions';

export type { ProblemCounts } from './page-actions';

const repoRoot = path.resolve(__dirname, '..', '..', '..'); // out/test/ui -> repo
const results = process.env.GOEDWERK_UI_RESULTS ?? path.join(repoRoot, 'test-results');
const TIMEOUT = Number(process.env.GOEDWERK_UI_TIMEOUT) || 30_000; // ms per wait; raise on a slow machine

/** Selectors for VS Code 1.100's workbench, in one place for when they change. */
export const SELECTORS = {
  workbench: '.monaco-workbench',
  explorerRow: '.explorer-folders-view .monaco-list-row',
  activeTab: '.tabs-container .tab.active',
  editor: '.editor-instance .monaco-editor',
  // A text editor lives in the editor pane; a notebook draws its cells in an overlay above it.
  openEditor: '.editor-group-container.active .editor-instance .monaco-editor, .notebookOverlay .monaco-list-rows',
  contextMenuItem: '.monaco-menu .action-label',
  editorLines: '.editor-instance .monaco-editor .view-lines',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  quickRow: '.quick-input-widget .quick-input-list .monaco-list-row',
  toast: '.notifications-toasts .notification-toast',
  problems: '#status\\.problems',
  problemRow: '.markers-panel .monaco-list-row',
  problemsFilter: '.part.panel .viewpane-filter input',
  activityItem: '.part.activitybar .action-item a.action-label',
  sideBar: '.part.sidebar',
  sideBarTitle: '.part.sidebar .composite.title .title-label',
  viewPane: '.part.sidebar .pane',
  // Our view container in the activity bar: once it shows, the workbench has read the extension's manifest.
  extensionReady: '.part.activitybar .action-item a.action-label[aria-label^="Goed Werk"]',
} as const;

export interface WorkbenchOptions {
  fixture?: string;
  files?: Record<string, string>;
  /** Another code-server's address, read at open() (default: GOEDWERK_UI_URL, the run's shared one). */
  url?: () => string;
  /** false for a profile without Goed Werk (as before installing it): open() does not wait for it. */
  extensionInstalled?: boolean;
}

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run UI suites with \`npm run test:ui\` (scripts/ui-test.mjs)`);
  return value;
}

export class Workbench extends WorkbenchPage {
  folder!: string;
  private browser?: Browser;
  private consoleLines: string[] = [];

  constructor(private readonly options: WorkbenchOptions = {}) {
    super(SELECTORS, TIMEOUT);
  }

  /** Launches Chromium and opens a fresh copy of the workspace; resolves when the Explorer lists it. */
  async open(): Promise<void> {
    const url = this.options.url?.() ?? env('GOEDWERK_UI_URL');
    this.folder = fs.mkdtempSync(path.join(os.tmpdir(), 'goedwerk-ui-'));
    const source = this.options.fixture ?? process.env.GOEDWERK_UI_FIXTURE ?? path.join(repoRoot, 'test', 'fixtures', 'workspace');
    fs.cpSync(source, this.folder, { recursive: true });
    for (const [rel, text] of Object.entries(this.options.files ?? {})) {
      fs.mkdirSync(path.dirname(this.path(rel)), { recursive: true });
      fs.writeFileSync(this.path(rel), text);
    }
    this.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
      args: CHROMIUM_ARGS,
    });
    this.page = await this.browser.newPage({ viewport: { width: 1280, height: 800 } });
    this.page.setDefaultTimeout(TIMEOUT);
    this.page.on('console', (m) => this.consoleLines.push(`[${m.type()}] ${m.text()}`));
    this.page.on('pageerror', (e) => this.consoleLines.push(`[pageerror] ${e.stack ?? e.message}`));
    let query = `folder=${encodeURIComponent(this.folder)}`;
    const devPath = process.env.GOEDWERK_UI_DEV_PATH; // run from source instead of the installed .vsix
    if (devPath) query += `&payload=${encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', `vscode-remote://remote${devPath}`]]))}`;
    await this.page.goto(`${url}/?${query}`, { waitUntil: 'domcontentloaded', timeout: 4 * TIMEOUT });
    await this.page.locator(SELECTORS.workbench).waitFor();
    await this.page.locator(SELECTORS.explorerRow).first().waitFor({ timeout: 4 * TIMEOUT });
    if (this.options.extensionInstalled !== false) await this.page.locator(SELECTORS.extensionReady).waitFor({ timeout: 4 * TIMEOUT });
  }

  async close(): Promise<void> {
    await this.browser?.close().catch(() => {});
    if (this.folder) fs.rmSync(this.folder, { recursive: true, force: true });
  }

  path(rel: string): string {
    return path.join(this.folder, ...rel.split('/'));
  }

  readFile(rel: string): string {
    return fs.readFileSync(this.path(rel), 'utf8');
  }

  waitFor(selector: string, opts: { hasText?: string | RegExp; state?: 'attached' | 'visible' | 'hidden'; timeout?: number } = {}): Promise<void> {
    return this.page.locator(selector, opts.hasText ? { hasText: opts.hasText } : {}).first()
      .waitFor({ state: opts.state ?? 'visible', timeout: opts.timeout ?? TIMEOUT });
  }

  // ---- Explorer and editor ----

  /**
   * Opens a file from the Explorer the way a person does: double-click for the default editor
   * (for a journal that is the Goed Werk notebook), or right-click > Open With... > opts.editor.
   */
  async openFile(rel: string, opts: { editor?: string } = {}): Promise<void> {
    const row = await this.explorerRow(rel);
    if (opts.editor) {
      await this.openWith(row, opts.editor);
    } else {
      await row.dblclick(); // double-click pins the editor, like a person would
    }
    const name = rel.split('/').pop()!;
    await this.page.locator(SELECTORS.activeTab, { hasText: name }).waitFor();
    await this.page.locator(SELECTORS.openEditor).filter({ visible: true }).first().waitFor();
  }

  /** Right-click > Open With... > editor. */
  private async openWith(row: Locator, editor: string): Promise<void> {
    await this.contextMenu(row, /^Open With/, this.page.locator(SELECTORS.quickInputBox));
    await this.pick(editor);
  }

  /** Opens a file in the plain text editor (Open With... > Text Editor) and gives it the focus. */
  async openAsText(rel: string): Promise<void> {
    await this.openFile(rel, { editor: 'Text Editor' });
    await this.page.locator(`${SELECTORS.editor}.focused`).waitFor();
  }

  /** The Explorer row of rel, expanding the folders on its way. */
  private async explorerRow(rel: string): Promise<Locator> {
    await this.showExplorer();
    return this.explorerRowOf(rel);
  }

  private async showExplorer(): Promise<void> {
    if (await this.page.locator(SELECTORS.explorerRow).first().isVisible()) return;
    await this.page.locator(`${SELECTORS.activityItem}[aria-label^="Explorer"]`).click();
    await this.page.locator(SELECTORS.explorerRow).first().waitFor();
  }

  get editor(): Locator {
    return this.page.locator(SELECTORS.editorLines).first();
  }

  /** File: Save for an editor with unsaved changes; resolves once its tab is clean again. */
  async save(): Promise<void> {
    await this.saveWith(() => this.runCommand('File: Save'));
  }

  /**
   * Until the file's text on disk satisfies pred (the workbench may report a save a moment before
   * the server's write lands); resolves with the text. Event-driven: re-checks on fs.watch events.
   */
  async waitForFile(rel: string, pred: (text: string) => boolean, timeout = TIMEOUT): Promise<string> {
    const file = this.path(rel);
    const read = () => { try { return fs.readFileSync(file, 'utf8'); } catch { return undefined; } };
    return new Promise((resolve, reject) => {
      const check = () => {
        const text = read();
        if (text === undefined || !pred(text)) return false;
        clearTimeout(timer); watcher.close(); resolve(text);
        return true;
      };
      const watcher = fs.watch(path.dirname(file), () => { check(); });
      const timer = setTimeout(() => {
        watcher.close();
        reject(new Error(`timed out after ${timeout} ms waiting for ${rel} on disk; it reads:\n${read()}`));
      }, timeout);
      check();
    });
  }

  // ---- Quick picks and settings (the palette and commands: WorkbenchPage) ----

  async pick(label: string, filter?: string): Promise<void> {
    const input = this.page.locator(SELECTORS.quickInputBox);
    await input.waitFor();
    if (filter !== undefined) await input.fill(filter);
    await this.clickRow(label);
  }

  /**
   * Sets a user setting of this code-server (undefined removes it) by editing its settings.json, as a
   * person would; VS Code reads the file again. Suites of one language share a code-server: a suite that
   * changes a setting puts it back, so the next one meets the window as a new user does.
   */
  userSetting(key: string, value: unknown): void {
    const file = process.env.GOEDWERK_UI_SETTINGS;
    if (!file) throw new Error('GOEDWERK_UI_SETTINGS is not set (run through scripts/ui-test.mjs)');
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '{}';
    fs.writeFileSync(file, applyEdits(text, modify(text, [key], value, { formattingOptions: { insertSpaces: true, tabSize: 2 } })));
  }

  // ---- Notifications, problems, squiggles (waitForNotification, problems(), waitForProblems: WorkbenchPage) ----

  async notifications(): Promise<string[]> {
    return this.page.locator(SELECTORS.toast).allInnerTexts();
  }

  /** Opens the Problems panel, filtered by text if given (e.g. a file name); resolves with the Locator of its rows. */
  async problemsPanel(filter?: string): Promise<Locator> {
    await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    if (filter !== undefined) await this.page.locator(SELECTORS.problemsFilter).fill(filter);
    return this.page.locator(SELECTORS.problemRow);
  }

  /** How many problems the open Problems panel lists for the file named name; waits for its row. */
  async problemsInFile(name: string, timeout = TIMEOUT): Promise<number> {
    const row = this.page.locator(`${SELECTORS.problemRow}[aria-label*=" in file ${name} of "]`).first();
    await row.waitFor({ timeout });
    const m = /^(\d+) problems? in file /.exec((await row.getAttribute('aria-label')) ?? '');
    if (!m) throw new Error(`cannot read the count of ${name} in the Problems panel`);
    return Number(m[1]);
  }

  async squiggles(kind?: 'error' | 'warning' | 'info' | 'hint'): Promise<number> {
    const sel = kind ? `.squiggly-${kind}` : '[class*="squiggly-"]';
    return this.page.locator(`${SELECTORS.editor} ${sel}`).count();
  }

  // ---- Sidebar ----

  async openSidebar(label: string): Promise<void> {
    await this.page.locator(`${SELECTORS.activityItem}[aria-label^="${label}"]`).click();
    await this.page.locator(SELECTORS.sideBarTitle, { hasText: new RegExp(escapeRe(label), 'i') }).waitFor();
  }

  /**
   * Expands a tree row. A click that lands while the tree redraws (its data arrives in steps) can be
   * lost, so click until the row says it is expanded.
   */
  async expandRow(row: Locator, attempts = 5): Promise<void> {
    for (let attempt = 0; (await row.getAttribute('aria-expanded')) !== 'true'; attempt++) {
      if (attempt === attempts) throw new Error(`the row ${await row.innerText()} did not expand`);
      await row.click();
      await row.and(this.page.locator('[aria-expanded="true"]')).waitFor({ timeout: 5_000 }).catch(() => {});
    }
  }

  /** Drags the sidebar's sash by px, as a person widens it, and moves the mouse off so it is not highlighted. */
  async widenSidebar(px: number): Promise<void> {
    const box = await this.page.locator(SELECTORS.sideBar).boundingBox();
    if (!box) return;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + box.width + 1, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width + px, y, { steps: 5 });
    await this.page.mouse.up();
    await this.page.mouse.move(box.x + box.width + px + 320, y);
  }

  sideBarView(title: string): Locator {
    return this.page.locator(SELECTORS.viewPane, { has: this.page.locator('.pane-header', { hasText: new RegExp(escapeRe(title), 'i') }) }).first();
  }

  // ---- Evidence ----

  async screenshot(name: string): Promise<string> {
    const file = path.join(results, 'screenshots', `${slug(name)}.png`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file });
    if (process.env.GOEDWERK_UPDATE_SCREENSHOTS === '1') {
      const readme = path.join(repoRoot, 'media', 'screenshots', `${slug(name)}.png`);
      fs.mkdirSync(path.dirname(readme), { recursive: true });
      fs.copyFileSync(file, readme);
    }
    return file;
  }

  async keepEvidence(title: string): Promise<void> {
    const dir = path.join(results, 'failures');
    fs.mkdirSync(dir, { recursive: true });
    const base = path.join(dir, slug(title));
    await this.page?.screenshot({ path: `${base}.png` }).catch(() => {});
    fs.writeFileSync(`${base}.console.log`, this.consoleLines.join('\n') + '\n');
    const serverLog = process.env.GOEDWERK_UI_SERVER_LOG;
    if (serverLog && fs.existsSync(serverLog)) fs.copyFileSync(serverLog, path.join(dir, 'code-server.log'));
    console.error(`    evidence: ${base}.png, ${base}.console.log, ${path.join(dir, 'code-server.log')}`);
  }
}

/** Registers before/afterEach/after hooks on the current describe and returns its Workbench. */
export function useWorkbench(options: WorkbenchOptions = {}): Workbench {
  const wb = new Workbench(options);
  before(async function () {
    this.timeout(120_000);
    await wb.open();
  });
  afterEach(async function () {
    const test = this.currentTest;
    if (test?.state === 'failed') await wb.keepEvidence(test.fullTitle());
  });
  after(async () => wb.close());
  return wb;
}
