// What a person does on a VS Code workbench page, shared by the two UI harnesses: code-server's
// (test/ui/harness.ts `Workbench`) and the web workbench's (test/web/ui/harness.ts `WebWorkbench`)
// both extend `WorkbenchPage`. Every wait has a timeout and is for a condition, never a sleep.
import type { Locator, Page } from 'playwright-core';

/** The Chromium flags both rigs start with: no sandbox, GPU, sync or network of its own. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A test title or screenshot name as a file name. */
export const slug = (s: string) => s.replace(/[^\w.-]+/g, '-').replace(/^-|-$/g, '').slice(0, 120);

export interface ProblemCounts { errors: number; warnings: number; infos: number }

/** The selectors these actions use; each harness passes its workbench's. */
export interface PageSelectors {
  explorerRow: string;
  activeTab: string;
  editorLines: string;
  quickInputBox: string;
  quickRow: string;
  toast: string;
  problems: string;
  contextMenuItem: string;
}

export abstract class WorkbenchPage {
  page!: Page;

  constructor(private readonly sel: PageSelectors, protected readonly timeout: number) {}

  /** The visible lines of the active editor (Monaco renders only those). */
  async editorText(): Promise<string> {
    return (await this.page.locator(this.sel.editorLines).first().innerText()).replace(/\u00a0/g, ' ');
  }

  async waitForEditorText(text: string | RegExp, timeout = this.timeout): Promise<void> {
    await this.page.locator(this.sel.editorLines, { hasText: text }).first().waitFor({ timeout });
  }

  /**
   * Until text is visible anywhere, webviews included (a notebook renders its Markdown cells in one; so
   * do the overview and pages). Waits on every frame at once, in slices so that frames created meanwhile
   * are searched too.
   */
  async waitForText(text: string | RegExp, timeout = this.timeout): Promise<void> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const slice = Math.min(2_000, deadline - Date.now());
      if (slice <= 0) throw new Error(`timed out after ${timeout} ms waiting for the text ${text} on the page or in a webview`);
      try {
        await Promise.any(this.page.frames().map((f) => f.getByText(text).filter({ visible: true }).first().waitFor({ timeout: slice })));
        return;
      } catch { /* not yet: search again, including new frames */ }
    }
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** F1, the title typed, and the row whose label is exactly the title. */
  async runCommand(title: string): Promise<void> {
    await this.palette(title);
    await this.clickRow(title);
  }

  /** Opens the command palette filtered by text; resolves with the Locator of its rows. */
  async palette(text: string): Promise<Locator> {
    const input = this.page.locator(this.sel.quickInputBox);
    // A key pressed while the workbench is busy moving focus can be lost; press again if nothing came.
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('F1');
      try { await input.waitFor({ timeout: attempt === 3 ? this.timeout : 5_000 }); break; } catch (e) { if (attempt === 3) throw e; }
      console.log(`      [harness] F1 brought no command palette within 5 s (attempt ${attempt} of 3); pressing it again`);
    }
    await input.fill(`>${text}`); // F1 pre-fills '>', fill() replaces it
    return this.page.locator(this.sel.quickRow);
  }

  /** Clicks the quick pick's row whose label is exactly label. */
  protected async clickRow(label: string): Promise<void> {
    const exact = this.page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRe(label)}\\s*$`) });
    await this.page.locator(this.sel.quickRow, { has: exact }).first().click();
  }

  async waitForNotification(text: string | RegExp, timeout = this.timeout): Promise<Locator> {
    const toast = this.page.locator(this.sel.toast, { hasText: text }).first();
    await toast.waitFor({ timeout });
    return toast;
  }

  /** Reads the status bar's problems entry: an icon per severity followed by its count. */
  async problems(): Promise<ProblemCounts> {
    return this.page.locator(this.sel.problems).evaluate((el) => {
      const counts = { errors: 0, warnings: 0, infos: 0 };
      const keyOf: Record<string, keyof typeof counts> = { 'codicon-error': 'errors', 'codicon-warning': 'warnings', 'codicon-info': 'infos' };
      let key: keyof typeof counts | undefined;
      el.querySelector('a')?.childNodes.forEach((node) => {
        if (node instanceof HTMLElement) {
          key = Object.entries(keyOf).find(([cls]) => node.classList.contains(cls))?.[1];
        } else if (key && node.textContent?.trim()) {
          counts[key] = Number(node.textContent.trim()) || 0;
          key = undefined;
        }
      });
      return counts;
    });
  }

  /** Until pred holds for the problem counts, re-reading when the status bar entry changes. */
  async waitForProblems(pred: (p: ProblemCounts) => boolean, timeout = this.timeout): Promise<ProblemCounts> {
    const deadline = Date.now() + timeout;
    // The entry re-renders on every marker change; wait for its DOM to change rather than polling blindly.
    for (;;) {
      const p = await this.problems();
      if (pred(p)) return p;
      if (Date.now() > deadline) throw new Error(`problem counts stayed ${JSON.stringify(p)} for ${timeout} ms`);
      const before = await this.page.locator(this.sel.problems).innerText();
      await this.page.waitForFunction(
        ([s, text]) => document.querySelector(s)?.textContent !== text,
        [this.sel.problems, before] as const,
        { timeout: Math.max(1, deadline - Date.now()) },
      ).catch(() => {});
    }
  }

  /** Saves the active editor with `save` and waits until its tab, dirty first, is clean again. */
  protected async saveWith(save: () => Promise<void>): Promise<void> {
    const dirty = this.page.locator(`${this.sel.activeTab}.dirty`);
    await dirty.waitFor({ state: 'attached' }); // the workbench has seen the change
    await save();
    await dirty.waitFor({ state: 'detached' });
  }

  /**
   * Right-click `target`, choose the menu item `label`, and wait until `shows` is visible. The item is
   * chosen with the keyboard (hover, then Enter), as VS Code's menus ignore a mouse-up that follows their
   * opening too closely, which a test's quick click can be. If `shows` does not appear all the same,
   * close what is open and try again (three times, then the last error stands).
   */
  async contextMenu(target: Locator, label: string | RegExp, shows: Locator): Promise<void> {
    const item = this.page.locator(this.sel.contextMenuItem, { hasText: label }).first();
    for (let attempt = 1; ; attempt++) {
      try {
        await target.click({ button: 'right' });
        await item.hover({ timeout: 5_000 });
        await this.page.keyboard.press('Enter');
        await shows.first().waitFor({ timeout: 10_000 });
        return;
      } catch (e) {
        if (attempt === 3) throw e;
        console.log(`      [harness] the context menu's "${label}" did not act (attempt ${attempt} of 3); closing it and trying again`);
        await this.page.keyboard.press('Escape');
      }
    }
  }

  /** The Explorer row of rel (it must show), expanding the folders on its way. */
  protected async explorerRowOf(rel: string): Promise<Locator> {
    const parts = rel.split('/');
    let row: Locator | undefined;
    for (const [i, name] of parts.entries()) {
      row = this.page.locator(this.sel.explorerRow, { has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRe(name)}$`) }) }).first();
      await row.waitFor();
      if (i < parts.length - 1 && (await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    }
    return row!;
  }
}
