// What a person does on a VS Code workbench page, shared by the two UI harnesses: code-server's
// (test/ui/harness.ts) and the web workbench's (test/web/ui/harness.ts). Each function takes the
// Playwright page and waits with the timeout it is given, never sleeps.
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
  quickInputBox: string;
  quickRow: string;
  toast: string;
  problems: string;
}

/**
 * Until text is visible anywhere, webviews included (a notebook renders its Markdown cells in one; so
 * do the overview and pages). Waits on every frame at once, in slices so that frames created meanwhile
 * are searched too.
 */
export async function waitForTextInFrames(page: Page, text: string | RegExp, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const slice = Math.min(2_000, deadline - Date.now());
    if (slice <= 0) throw new Error(`timed out after ${timeout} ms waiting for the text ${text} on the page or in a webview`);
    try {
      await Promise.any(page.frames().map((f) => f.getByText(text).filter({ visible: true }).first().waitFor({ timeout: slice })));
      return;
    } catch { /* not yet: search again, including new frames */ }
  }
}

/** Opens the command palette (F1) filtered by text; resolves with the Locator of its rows. */
export async function openPalette(page: Page, sel: PageSelectors, text: string, timeout: number): Promise<Locator> {
  const input = page.locator(sel.quickInputBox);
  // A key pressed while the workbench is busy moving focus can be lost; press again if nothing came.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    try { await input.waitFor({ timeout: attempt === 3 ? timeout : 5_000 }); break; } catch (e) { if (attempt === 3) throw e; }
  }
  await input.fill(`>${text}`); // F1 pre-fills '>', fill() replaces it
  return page.locator(sel.quickRow);
}

/** Clicks the quick pick's row whose label is exactly label. */
export async function clickQuickRow(page: Page, sel: PageSelectors, label: string): Promise<void> {
  const exact = page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRe(label)}\\s*$`) });
  await page.locator(sel.quickRow, { has: exact }).first().click();
}

export async function waitForToast(page: Page, sel: PageSelectors, text: string | RegExp, timeout: number): Promise<Locator> {
  const toast = page.locator(sel.toast, { hasText: text }).first();
  await toast.waitFor({ timeout });
  return toast;
}

/** Reads the status bar's problems entry: an icon per severity followed by its count. */
export async function problemCounts(page: Page, sel: PageSelectors): Promise<ProblemCounts> {
  return page.locator(sel.problems).evaluate((el) => {
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
export async function waitForProblemCounts(
  page: Page, sel: PageSelectors, pred: (p: ProblemCounts) => boolean, timeout: number,
): Promise<ProblemCounts> {
  const deadline = Date.now() + timeout;
  // The entry re-renders on every marker change; wait for its DOM to change rather than polling blindly.
  for (;;) {
    const p = await problemCounts(page, sel);
    if (pred(p)) return p;
    if (Date.now() > deadline) throw new Error(`problem counts stayed ${JSON.stringify(p)} for ${timeout} ms`);
    const before = await page.locator(sel.problems).innerText();
    await page.waitForFunction(
      ([s, text]) => document.querySelector(s)?.textContent !== text,
      [sel.problems, before] as const,
      { timeout: Math.max(1, deadline - Date.now()) },
    ).catch(() => {});
  }
}

/** Saves the active editor with `save` and waits until its tab, dirty first, is clean again. */
export async function saveActiveEditor(page: Page, activeTab: string, save: () => Promise<void>): Promise<void> {
  const dirty = page.locator(`${activeTab}.dirty`);
  await dirty.waitFor({ state: 'attached' }); // the workbench has seen the change
  await save();
  await dirty.waitFor({ state: 'detached' });
}
