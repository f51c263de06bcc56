// `npm start` as a person runs it: it prints an address, that address is a VS Code with Goed Werk and
// the samples open, and Ctrl-C stops everything it started. Uses the .vsix the UI run just packaged
// and a throw-away profile, so the developer's own .vscode-test/profile/ is left alone.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { SELECTORS } from './harness';

const root = path.resolve(__dirname, '..', '..', '..');

/** Resolves with the first stdout line matching re (the child's output so far on failure). */
function waitForLine(child: ChildProcess, re: RegExp, timeout: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no line matching ${re} within ${timeout} ms; output:\n${out}`)), timeout);
    const onData = (d: Buffer) => {
      out += d;
      const m = out.match(re);
      if (m) { clearTimeout(timer); resolve(m); }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => { out += d; });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`npm start exited (${code}) early; output:\n${out}`)); });
  });
}

describe('npm start (UI)', function () {
  let child: ChildProcess | undefined;
  let browser: Browser | undefined;
  let tmp = '';

  before(function () {
    if (!process.env.GOEDWERK_UI_VSIX) this.skip(); // --dev runs have no packaged extension to start
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'goedwerk-start-'));
  });

  after(async () => {
    await browser?.close();
    if (child && child.exitCode === null) child.kill('SIGKILL');
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('serves a VS Code with Goed Werk and the samples, and stops on Ctrl-C', async () => {
    child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs'), '--vsix', process.env.GOEDWERK_UI_VSIX!,
      '--profile', path.join(tmp, 'profile')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const [url] = await waitForLine(child, /http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+/, 120_000);
    assert.match(decodeURIComponent(url), /samples$/);

    browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.locator(SELECTORS.explorerRow, { hasText: 'paniek-bij-oma.goedwerk.md' }).waitFor({ timeout: 60_000 });
    await page.locator(SELECTORS.extensionReady).waitFor({ timeout: 60_000 });
    await browser.close();
    browser = undefined;

    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child.kill('SIGINT');
    assert.equal(await exited, 0);
    await assert.rejects(fetch(url), 'nothing answers at the address once it has stopped');
  });
});
