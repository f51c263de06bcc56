// The standalone overview (what `goedwerk stats --format html` writes) in headless Chromium: the table,
// the charts, sorting, a filter, the keyboard, and a page of 5,000 journals that keeps only the rows in
// view in the DOM. No code-server needed: the page is a file that must work on its own.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderOverviewHtml } from '../../src/core/overview-html';
import { fakeTeam } from '../unit/overview-fixture';

const root = path.resolve(__dirname, '..', '..', '..'); // out/test/ui -> repo
const results = process.env.GOEDWERK_UI_RESULTS ?? path.join(root, 'test-results');
const TIMEOUT = Number(process.env.GOEDWERK_UI_TIMEOUT) || 30_000;

describe('Overview HTML in Chromium (standalone)', function () {
  this.timeout(120_000);
  let browser: Browser;
  let page: Page;
  let dir: string;
  const errors: string[] = [];

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'goedwerk-overview-'));
    // The real path a coach takes: the CLI over the samples, its output saved as a file.
    const html = execFileSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'stats', '--format', 'html', 'samples'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'nl_NL.UTF-8' } });
    fs.writeFileSync(path.join(dir, 'overzicht.html'), html);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(TIMEOUT);
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    // Nothing may leave the page: any request other than the file itself fails the test.
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith('file://')) return route.continue();
      errors.push(`network request: ${route.request().url()}`);
      return route.abort();
    });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      fs.mkdirSync(path.join(results, 'failures'), { recursive: true });
      await page.screenshot({ path: path.join(results, 'failures', 'overview-html.png'), fullPage: true }).catch(() => {});
    }
    await page.close();
    assert.deepEqual(errors.splice(0), [], 'no script errors, CSP violations or network requests');
  });

  after(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const open = async (file = 'overzicht.html') => {
    await page.goto(`file://${path.join(dir, file)}`);
    await page.locator('body[data-rows]').waitFor({ state: 'attached' }); // set once the script has run
  };
  const titles = () => page.locator('#rows tr.row td.title').allInnerTexts();

  it('shows every beeld of the samples in the table, and the charts', async () => {
    await open();
    assert.equal(await page.locator('#rows tr.row').count(), 7);
    assert.ok((await titles()).includes('Eerst rust, dan pas de psycholoog'));
    assert.match(await page.locator('#summary').innerText(), /^6 journalen, 7 beelden, waarvan 5 compleet$/);
    // Heat grid: six authors plus the team, five elements each.
    assert.equal(await page.locator('#chart-elements rect.heat').count(), 7 * 5);
    // March to November 2024, gaps included.
    assert.equal(await page.locator('#chart-months rect.bar-month').count(), 9);
    // The 3E chart counts answers per E; the table shows each E as a word, never a tick count.
    assert.equal(await page.locator('#chart-drie-e rect.answer-ja[data-e="energiek"]').getAttribute('data-value'), '5');
    assert.equal(await page.locator('#chart-drie-e rect.answer-open[data-e="energiek"]').getAttribute('data-value'), '2');
    assert.match(await page.locator('#chart-drie-e .chart-note').innerText(), /Alle drie beantwoord: 5/);
    const answers = await page.locator('#rows tr.row td.answer').allInnerTexts();
    assert.equal(answers.length, 7 * 3);
    assert.ok(answers.every((a) => ['ja', 'nee', 'deels', 'open'].includes(a)), answers.join());
    assert.equal(await page.locator('#chart-deugden rect.bar-deugd').first().getAttribute('data-key'), 'Samenwerking');
    const box = await page.locator('#chart-months svg').boundingBox();
    assert.ok(box && box.width > 100 && box.height > 100, 'the month chart is drawn');
    fs.mkdirSync(path.join(results, 'screenshots'), { recursive: true });
    await page.screenshot({ path: path.join(results, 'screenshots', 'overview-html.png'), fullPage: true });
  });

  it('sorts by a column header, both ways', async () => {
    await open();
    const header = page.locator('th.title button.sort');
    await header.click();
    await page.locator('th.title[aria-sort="ascending"]').waitFor();
    const up = await titles();
    assert.deepEqual(up, [...up].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })));
    await header.press('Enter'); // the header is a button: the keyboard works too
    await page.locator('th.title[aria-sort="descending"]').waitFor();
    assert.deepEqual(await titles(), [...up].reverse());
  });

  it('filters by author and redraws the charts for what is left', async () => {
    await open();
    await page.selectOption('#f-auteur', 'M. Bakker');
    await page.locator('#shown', { hasText: '2 van 7 beelden' }).waitFor();
    assert.equal(await page.locator('#rows tr.row').count(), 2);
    assert.deepEqual([...new Set(await page.locator('#rows tr.row td.auteur').allInnerTexts())], ['M. Bakker']);
    assert.equal(await page.locator('#chart-elements rect.heat').count(), 2 * 5, 'one author plus the team');
    await page.fill('#f-from', '2024-06-01');
    await page.locator('#shown', { hasText: '0 van 7 beelden' }).waitFor();
    assert.ok(await page.locator('#empty').isVisible());
    await page.click('#f-reset');
    await page.locator('#shown', { hasText: '7 van 7 beelden' }).waitFor();
  });

  it('moves through rows with the keyboard and opens one with Enter', async () => {
    await open();
    await page.locator('#rows tr.row').first().focus();
    await page.keyboard.press('ArrowDown');
    const focused = page.locator('#rows tr.row:focus');
    assert.equal(await focused.getAttribute('aria-rowindex'), '3');
    const title = await focused.locator('td.title').innerText();
    await page.keyboard.press('Enter');
    await page.locator('#detail', { hasText: /samples\/.+\.goedwerk\.md, regel \d+/ }).waitFor();
    assert.equal(await page.locator('#rows tr.row.current td.title').innerText(), title);
  });

  it('keeps only the rows in view in the DOM for 5,000 journals', async () => {
    const stats = fakeTeam(5000);
    const total = stats.journals.reduce((n, j) => n + j.beelden.length, 0);
    fs.writeFileSync(path.join(dir, 'groot.html'), renderOverviewHtml(stats, 'nl', { root: '/team' }));
    await open('groot.html');
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      ready: performance.getEntriesByName('goedwerk-ready')[0]?.startTime,
    }));
    console.log(`      ${total} beelden: first paint ${Math.round(timing.paint ?? -1)} ms, table ready ${Math.round(timing.ready ?? -1)} ms (timing only, see npm run bench)`);
    assert.match(await page.locator('#shown').innerText(), new RegExp(`^${total} van ${total} beelden$`));
    const inDom = await page.locator('#rows tr.row').count();
    assert.ok(inDom > 10 && inDom < 120, `${inDom} rows in the DOM`);
    // Scroll to the end: the last beeld comes into the DOM, the first leaves it.
    await page.locator('#table-scroll').evaluate((el) => { el.scrollTop = el.scrollHeight; });
    await page.locator(`#rows tr.row[aria-rowindex="${total + 1}"]`).waitFor();
    assert.equal(await page.locator('#rows tr.row[aria-rowindex="2"]').count(), 0);
    assert.ok(await page.locator('#rows tr.row').count() < 120);
    // Sorting all of them still answers.
    await page.locator('th.auteur button.sort').click();
    await page.locator('th.auteur[aria-sort="ascending"]').waitFor();
  });

  it('follows a dark colour scheme when there is no VS Code theme', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open();
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, 'rgb(30, 30, 30)');
    await page.screenshot({ path: path.join(results, 'screenshots', 'overview-html-dark.png') });
  });
});
