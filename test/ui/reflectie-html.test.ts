// The reflection record's HTML page (what `goedwerk reflectie --format html` writes) in headless
// Chromium: it renders without script errors, CSP violations or network requests, shows the totals,
// the sessions per series and the draft marked as such, and prints to A4. A screenshot goes to
// test-results/reflectie/ for a person to look at.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = path.resolve(__dirname, '..', '..', '..'); // out/test/ui -> repo
const results = path.join(process.env.GOEDWERK_UI_RESULTS ?? path.join(root, 'test-results'), 'reflectie');
const TIMEOUT = Number(process.env.GOEDWERK_UI_TIMEOUT) || 30_000;

describe('Reflection record HTML in Chromium', function () {
  this.timeout(120_000);
  let browser: Browser;
  let page: Page;
  let file: string;
  let dir: string;
  const errors: string[] = [];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'goedwerk-reflectie-'));
    file = path.join(dir, 'reflectieverslag.html');
    // The real path: the CLI over the fixture journals, its output saved as a file. Exit 1: a passage was masked.
    try {
      execFileSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'reflectie', '--van', '2023-06-01', '--tot', '2024-12-31',
        '--auteur', 'S. de Vries', '--format', 'html', '-o', file], { cwd: path.join(root, 'test', 'fixtures', 'reflectie'), stdio: 'pipe', env: { ...process.env, LANG: 'nl_NL.UTF-8', GOEDWERK_LANG: '' } });
    } catch (e) {
      if ((e as { status?: number }).status !== 1) throw e;
    }
    fs.mkdirSync(results, { recursive: true });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    page.setDefaultTimeout(TIMEOUT);
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) errors.push(m.text()); });
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith('file://')) return route.continue();
      errors.push(`network request: ${route.request().url()}`);
      return route.abort();
    });
    await page.goto(`file://${file}`);
  });

  after(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows the professional, the period and the hours that count, first', async () => {
    assert.equal(await page.title(), 'Reflectieverslag — S. de Vries');
    const totals = await page.locator('dl.totals').innerText();
    assert.match(totals, /Uren reflectie die meetellen\s+8 uur/);
    assert.match(totals, /Sessies die meetellen\s+6/);
    assert.match(await page.locator('dl.meta').innerText(), /Periode\s+1 juni 2023 tot en met 31 december 2024/);
    const big = await page.locator('dl.totals dd.big').evaluate((e) => getComputedStyle(e).fontWeight);
    assert.equal(big, '700', 'the styles apply under the page\'s CSP');
  });

  it('lists the sessions per series, the draft marked as a draft, and the groups that do not count apart', async () => {
    const series = page.locator('section.series > h2');
    assert.deepEqual(await series.allInnerTexts(), ['Intervisiegroep Noord', 'Supervisie 2024', 'Moreel beraad (zonder reeksnaam)', 'Coaching traject']);
    assert.equal(await page.locator('section.series').first().locator('tbody tr').count(), 3);
    assert.equal(await page.locator('.draft .label').count(), 4);
    assert.match(await page.locator('.draft').first().innerText(), /eigen woorden/);
    assert.deepEqual(await page.locator('section.series > h3').allInnerTexts(), ['Zelfreflectie', 'Casuïstiekbespreking']);
    const text = await page.locator('body').innerText();
    assert.ok(!text.includes('06-12345678') && !text.includes('Collega'), 'no masked value, no other author');
    assert.match(text, /Ruimte maken: reëel, geïnspireerd, één stap/);
    await page.screenshot({ path: path.join(results, 'reflectieverslag-html.png'), fullPage: false });
  });

  it('prints to A4 pages', async () => {
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 2 && pages < 20, `${pages} pages`);
  });

  it('had no script errors, CSP violations or network requests', () => {
    assert.deepEqual(errors, []);
  });
});
