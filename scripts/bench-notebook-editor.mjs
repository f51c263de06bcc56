// Opening a journal as a notebook in a real VS Code, as a person does (double-click in the Explorer),
// timed in the browser: when the notebook editor opens, when its webview's frame has loaded, when the
// first cell's content shows. Used by bench-notebook.mjs; code-server and Chromium as the tests use them.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, DESKTOP_SETTINGS, isInstalled, launchChromium, profileDirs, startCodeServer } from './code-server.mjs';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const AIM = 300;

const PROBE = JSON.stringify({ cells: [{ cell_type: 'markdown', metadata: {}, source: ['# A notebook of one Markdown cell, to measure VS Code alone'] }], metadata: {}, nbformat: 4, nbformat_minor: 5 });

/** One open: resolves with the milliseconds from the double-click to each moment. */
async function openOnce(page, name) {
  const cmd = async (title) => {
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget .quick-input-box input').fill(`>${title}`);
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title }).first().click();
  };
  await cmd('View: Close All Editors');
  await page.locator('.notebookOverlay').first().waitFor({ state: 'detached' }).catch(() => undefined);
  const at = {};
  let t0 = 0;
  const onDone = (r) => { if (r.url().includes('/webview/browser/pre/fake.html')) at.frame ??= Date.now() - t0; };
  page.on('requestfinished', onDone);
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.waitFor();
  t0 = Date.now();
  await row.dblclick();
  await page.locator('.notebookOverlay .monaco-list-rows').first().waitFor();
  at.editor = Date.now() - t0;
  // The first rendered Markdown cell with text: what a person sees as "the journal is there".
  for (;;) {
    let shown = false;
    for (const f of page.frames()) {
      shown = await f.evaluate(() => [...document.querySelectorAll('.preview')].some((p) => (p.shadowRoot?.textContent ?? '').trim().length > 0)).catch(() => false);
      if (shown) break;
    }
    if (shown) { at.content = Date.now() - t0; break; }
    if (Date.now() - t0 > 60_000) throw new Error(`${name} did not show within a minute`);
    await new Promise((r) => setTimeout(r, 5));
  }
  page.off('requestfinished', onDone);
  return at;
}

export async function openInEditor({ root, journal, log = () => {}, runs = 5 }) {
  if (!isInstalled() || !existsSync(CHROMIUM)) {
    log('notebook: code-server or Chromium not installed, the in-editor measurement is skipped');
    return [];
  }
  const tmp = mkdtempSync(join(tmpdir(), 'goedwerk-bench-nb-'));
  const ws = join(tmp, 'ws');
  const profile = profileDirs(join(tmp, 'profile'));
  let server;
  let browser;
  try {
    writeFileSync(join(tmp, 'keep'), '');
    rmSync(ws, { recursive: true, force: true });
    await import('node:fs').then((fs) => fs.mkdirSync(ws, { recursive: true }));
    writeFileSync(join(ws, 'groot-50kb.goedwerk.md'), journal);
    writeFileSync(join(ws, 'een-cel.ipynb'), PROBE);
    server = await startCodeServer({ profile, settings: { ...DESKTOP_SETTINGS, 'workbench.editor.enablePreview': false } });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const payload = encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', `vscode-remote://remote${root}`]]));
    await page.goto(`${server.url}/?folder=${encodeURIComponent(ws)}&payload=${payload}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 120_000 });
    await page.locator('.part.activitybar .action-item a.action-label[aria-label^="Goed Werk"]').waitFor({ timeout: 120_000 });
    const samples = { journal: [], probe: [] };
    // The first open of each warms VS Code up (renderers loaded, extension activated): not counted.
    for (let i = 0; i <= runs; i++) {
      for (const [key, name] of [['journal', 'groot-50kb.goedwerk.md'], ['probe', 'een-cel.ipynb']]) {
        const at = await openOnce(page, name);
        if (i > 0) samples[key].push(at);
      }
    }
    log(`notebook: in VS Code, journal ${JSON.stringify(samples.journal)}; probe ${JSON.stringify(samples.probe)}`);
    const m = (key, f) => median(samples[key].map(f));
    const after = m('journal', (a) => a.content - a.editor);
    const note = `code-server 4.100.3 in headless Chromium, ${runs} opens each after a warm-up, median`;
    return [
      { bench: 'notebook', name: 'a 50 KB journal in VS Code: content shown after the editor opened', value: after, unit: 'ms', aim: `< ${AIM} ms`, ok: after < AIM, note },
      { bench: 'notebook', name: '  of which: after the notebook webview’s frame had loaded (renderers and first cells)', value: m('journal', (a) => a.content - (a.frame ?? a.editor)), unit: 'ms', note },
      { bench: 'notebook', name: '  for comparison: a one-cell .ipynb, content after the editor opened (VS Code alone)', value: m('probe', (a) => a.content - a.editor), unit: 'ms', note },
      { bench: 'notebook', name: 'a 50 KB journal in VS Code: double-click to content', value: m('journal', (a) => a.content), unit: 'ms', note },
    ];
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}
