#!/usr/bin/env node
// The coach's overview on 5,000 journals (about 10,000 beelden): rendering the page from the stats (what
// the CLI and the extension do), then in headless Chromium the first paint, the moment the table answers
// (filters, sorting, virtualized body ready) and a scroll through the whole table, frame by frame.
// Aims (issue 7): first paint under 1 s after the data is there; scrolling smooth (a frame's work well
// under 16 ms). Browser times are wall clock: on a busy machine (see the load average) they grow.
//
//   node scripts/bench-overview.mjs     prints the rows; `npm run bench` loads run() with the others.
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const JOURNALS = 5000;
const RUNS = 5;

async function loadCore() {
  const outfile = join(root, 'out', 'bench', 'overview-core.cjs');
  mkdirSync(dirname(outfile), { recursive: true });
  const entry = `export { renderOverviewHtml } from './src/core/overview-html'; export { fakeTeam } from './test/unit/overview-fixture';`;
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', outfile, logLevel: 'warning', absWorkingDir: root,
  });
  return createRequire(import.meta.url)(outfile);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeRender(core, stats) {
  core.renderOverviewHtml(stats, 'nl', { root: '/team' }); // warm-up
  const wall = [], cpu = [];
  let html = '';
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage(), t0 = performance.now();
    html = core.renderOverviewHtml(stats, 'nl', { root: '/team' });
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { html, wall: median(wall), cpu: median(cpu) };
}

async function timeBrowser(file) {
  const { chromium } = createRequire(import.meta.url)('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const paint = [], ready = [], frames = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`file://${file}`);
      await page.locator('body[data-rows]').waitFor({ state: 'attached', timeout: 180_000 });
      const t = await page.evaluate(() => ({
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        ready: performance.getEntriesByName('goedwerk-ready')[0]?.startTime ?? NaN,
      }));
      paint.push(t.paint);
      ready.push(t.ready);
      // Scroll the whole table a screen at a time. The page renders the new rows in an animation frame;
      // our frame callback runs right after it, forces the layout and reads how long the frame took so far.
      frames.push(await page.evaluate(async () => {
        const el = document.getElementById('table-scroll');
        const step = el.clientHeight;
        const times = [];
        while (el.scrollTop + el.clientHeight < el.scrollHeight - 1) {
          el.scrollTop += step;
          el.dispatchEvent(new Event('scroll'));
          times.push(await new Promise((done) => requestAnimationFrame((frameStart) => {
            void el.offsetHeight;
            done(performance.now() - frameStart);
          })));
        }
        times.sort((a, b) => a - b);
        return { median: times[times.length >> 1], p95: times[Math.floor(times.length * 0.95)], steps: times.length };
      }));
      await page.close();
    }
    return {
      paint: median(paint), ready: median(ready),
      frame: median(frames.map((f) => f.median)), frame95: median(frames.map((f) => f.p95)), steps: frames[0].steps,
    };
  } finally {
    await browser.close();
  }
}

export async function run(ctx = { log: console.error }) {
  const { loadavg } = await import('node:os');
  const load = loadavg()[0];
  if (!existsSync(join(root, 'dist', 'webview', 'overview.js'))) throw new Error('build first: dist/webview/overview.js is missing');
  const core = await loadCore();
  const stats = core.fakeTeam(JOURNALS);
  const beelden = stats.journals.reduce((n, j) => n + j.beelden.length, 0);
  const r = timeRender(core, stats);
  ctx.log?.(`overview: render ${r.wall.toFixed(0)} ms, ${(r.html.length / 1048576).toFixed(2)} MB`);
  const dir = mkdtempSync(join(tmpdir(), 'goedwerk-bench-overview-'));
  try {
    const file = join(dir, 'overzicht.html');
    writeFileSync(file, r.html);
    const b = await timeBrowser(file);
    const note = `${JOURNALS} journals, ${beelden} beelden, page ${(r.html.length / 1048576).toFixed(1)} MB, load average ${load.toFixed(1)}`;
    return [
      { name: 'render the page from the stats (node)', value: r.wall, cpu: r.cpu, unit: 'ms', digits: 0, note },
      { name: 'first contentful paint (Chromium)', value: b.paint, unit: 'ms', digits: 0, aim: '< 1000 ms', ok: b.paint < 1000 },
      { name: 'table ready: filters, sorting, virtual rows', value: b.ready, unit: 'ms', digits: 0, aim: '< 1000 ms', ok: b.ready < 1000 },
      { name: 'scroll one screen (median frame)', value: b.frame, unit: 'ms', digits: 1, aim: '< 16 ms', ok: b.frame < 16, note: `${b.steps} steps through the table` },
      { name: 'scroll one screen (95th percentile)', value: b.frame95, unit: 'ms', digits: 1 },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = await run();
  for (const row of rows) {
    console.log(`${row.name}: ${row.value.toFixed(row.digits ?? 1)} ${row.unit ?? ''}${row.cpu !== undefined ? ` (cpu ${row.cpu.toFixed(0)} ms)` : ''}${row.aim ? ` (aim ${row.aim}: ${row.ok ? 'met' : 'NOT met'})` : ''}${row.note ? ` – ${row.note}` : ''}`);
  }
}
