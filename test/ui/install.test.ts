// Installing Goed Werk the way a professional does on a work laptop, with no developer around: the
// .vsix file CI builds, then Extensions › … › Install from VSIX… in VS Code itself. A code-server of
// its own with an empty profile (the run's shared one has Goed Werk installed already), the file in
// Downloads/ of its home folder, no gallery (none is reachable here, and an error about that would
// only clutter the pictures). Each step is a README screenshot (media/screenshots/install-*.png).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SELECTORS, useWorkbench } from './harness';

const root = path.resolve(__dirname, '..', '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsixName = `goedwerk-${pkg.version}.vsix`;

interface CodeServer { url: string; stop(): Promise<void> }
interface CodeServerScript {
  startCodeServer(opts: { profile: unknown; settings?: object; env?: Record<string, string>; logFile?: string }): Promise<CodeServer>;
  profileDirs(base: string): unknown;
  DESKTOP_SETTINGS: object;
}
/** scripts/code-server.mjs is an ES module with import.meta: load it at run time rather than bundle it. */
const codeServerScript = (): Promise<CodeServerScript> => import(pathToFileURL(path.join(root, 'scripts', 'code-server.mjs')).href);

describe('Installing from a VSIX (UI)', function () {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'goedwerk-install-'));
  const home = path.join(stage, 'home');
  const workspace = path.join(stage, 'werk');
  let server: CodeServer | undefined;

  // Registered before useWorkbench's own hooks, so the server is up when the page opens.
  before(async function () {
    this.timeout(120_000);
    const vsix = process.env.GOEDWERK_UI_VSIX;
    if (!vsix) this.skip(); // --dev runs package nothing to install
    fs.mkdirSync(path.join(home, 'Downloads'), { recursive: true });
    fs.copyFileSync(vsix!, path.join(home, 'Downloads', vsixName));
    fs.mkdirSync(path.join(workspace, 'journaal'), { recursive: true });
    fs.copyFileSync(path.join(root, 'samples', 'paniek-bij-oma.goedwerk.md'), path.join(workspace, 'journaal', 'paniek-bij-oma.goedwerk.md'));
    const cs = await codeServerScript();
    const results = process.env.GOEDWERK_UI_RESULTS ?? path.join(root, 'test-results');
    server = await cs.startCodeServer({
      profile: cs.profileDirs(path.join(stage, 'profile')),
      settings: cs.DESKTOP_SETTINGS,
      // HOME: where the file dialog starts; EXTENSIONS_GALLERY: code-server's gallery, here none.
      env: { HOME: home, EXTENSIONS_GALLERY: '{}' },
      logFile: path.join(results, 'ui', 'code-server-install.log'),
    });
  });

  const wb = useWorkbench({ url: () => server!.url, fixture: workspace, extensionInstalled: false });

  after(async () => {
    await server?.stop();
    fs.rmSync(stage, { recursive: true, force: true });
  });

  const sideBar = () => wb.page.locator(SELECTORS.sideBar);
  const goedWerkItem = () => sideBar().locator('.extension-list-item', { hasText: 'Goed Werk' });

  it('1. opens the Extensions view, where Goed Werk is not installed yet', async () => {
    assert.equal(await wb.page.locator(SELECTORS.extensionReady).count(), 0, 'a profile without Goed Werk');
    const item = wb.page.locator(`${SELECTORS.activityItem}[aria-label^="Extensions"]`);
    await item.click();
    await wb.page.locator(SELECTORS.sideBarTitle, { hasText: /extensions/i }).waitFor();
    await sideBar().locator('.pane-header', { hasText: /installed/i }).first().waitFor();
    await item.hover(); // its tooltip says which icon this is
    await wb.page.locator('.monaco-hover, .workbench-hover', { hasText: 'Extensions' }).first().waitFor();
    await wb.screenshot('install-1-extensions');
  });

  it('2. offers Install from VSIX… in the view\'s … menu', async () => {
    const more = sideBar().locator('.composite.title .action-label[aria-label^="Views and More Actions"]');
    const entry = wb.page.locator(SELECTORS.contextMenuItem, { hasText: /^Install from VSIX/ });
    // VS Code's menus can ignore a click that follows their opening too closely: hover, then Enter.
    await more.click();
    await entry.hover();
    await wb.page.locator('.monaco-menu .action-item.focused', { hasText: /^Install from VSIX/ }).waitFor();
    await wb.screenshot('install-2-menu');
    await wb.press('Enter');
    await wb.page.locator(SELECTORS.quickInput, { hasText: 'Install from VSIX' }).waitFor();
  });

  it('3. picks the downloaded file in the file dialog', async () => {
    const input = wb.page.locator(SELECTORS.quickInputBox);
    await input.fill(path.join(home, 'Downloads') + path.sep);
    const file = wb.page.locator(SELECTORS.quickRow, { hasText: vsixName });
    await file.waitFor(); // the dialog lists the folder
    // Clicking the row would install at once; typing its name selects it, as the picture should show.
    await input.fill(path.join(home, 'Downloads', vsixName));
    await wb.page.locator(`${SELECTORS.quickRow}.focused`, { hasText: vsixName }).waitFor();
    await wb.screenshot('install-3-file');
    await wb.page.locator('.quick-input-widget .monaco-button', { hasText: /^Install$/ }).click();
  });

  it('4. installs it: VS Code says so, lists it, and the Goed Werk sidebar appears', async () => {
    await wb.waitForNotification(/Completed installing/, 60_000);
    await goedWerkItem().waitFor();
    await wb.page.locator(SELECTORS.extensionReady).waitFor();
    const dirs = fs.readdirSync(path.join(stage, 'profile', 'extensions'));
    assert.ok(dirs.includes(`${pkg.publisher}.${pkg.name}-${pkg.version}`), `installed: ${dirs.join(', ')}`);
    await wb.screenshot('install-4-installed');
  });

  it('5. shows its page with the README and its pictures, offline', async () => {
    await wb.runCommand('Notifications: Clear All Notifications'); // the toast would cover the page
    await wb.page.locator(SELECTORS.toast).first().waitFor({ state: 'hidden' });
    await goedWerkItem().click();
    await wb.page.locator('.extension-editor').waitFor();
    await wb.waitForText('Installeren vanuit VSIX', 60_000); // the README's install steps, in the page's webview
    const pictures = (fs.readFileSync(path.join(root, 'README.md'), 'utf8').match(/!\[[^\]]*\]\(media\//g) ?? []).length;
    assert.equal(await waitForReadmePictures(pictures), pictures, 'every picture of the README shows');
    await wb.screenshot('install-5-details');
  });

  /**
   * Until `count` pictures in the README's webview have loaded; resolves with how many show. The
   * packaged README carries them as data: URIs (scripts/package.mjs): VS Code's page of an installed
   * extension resolves no relative path.
   */
  async function waitForReadmePictures(count: number): Promise<number> {
    const found = await Promise.all(wb.page.frames().map((f) => f.getByText('Installeren vanuit VSIX').count().catch(() => 0)));
    const frame = wb.page.frames()[found.findIndex((n) => n > 0)];
    if (!frame) throw new Error('no webview frame shows the README');
    const state = () => frame.evaluate(() => [...document.images].map((i) => ({ src: i.src.slice(0, 60), loaded: i.complete && i.naturalWidth > 0 })));
    try {
      await frame.waitForFunction((n) => {
        const shown = [...document.images].filter((i) => i.src.startsWith('data:image/') && i.complete && i.naturalWidth > 0);
        return shown.length >= n;
      }, count);
    } catch (e) {
      throw new Error(`the README's pictures did not load: ${JSON.stringify(await state().catch(() => []))} (${(e as Error).message})`);
    }
    return (await state()).filter((i) => i.loaded && i.src.startsWith('data:image/')).length;
  }
});
