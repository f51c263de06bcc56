#!/usr/bin/env node
// The line scanner (src/core/scan.ts) on its own: it runs on every keystroke (the server cuts the journal
// at its titles, the extension reads the outline for the views and the notebook), so its cost is measured
// apart from remark's. Rows: outline() of the 5 MB journal, of a 5 KB journal, and throughput in MB/s.
// Times are medians of several runs in one process (CPU time next to wall time: load disturbs it less).
//
//   node scripts/bench-scan.mjs [--src <path to a scan.ts>]   prints the rows (--src compares another version)
//   `npm run bench` loads run() with the others.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigJournal, journal } from './bench-corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 15;

async function loadScanner(src = join(root, 'src', 'core', 'scan.ts')) {
  const outfile = join(root, 'out', 'bench', `scan-${process.pid}.cjs`);
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [src], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile,
    logLevel: 'warning', absWorkingDir: root, nodePaths: [join(root, 'src', 'core')],
  });
  return createRequire(import.meta.url)(outfile);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function time(fn, runs = RUNS) {
  fn();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

export async function run({ log = console.error } = {}, src) {
  const scan = await loadScanner(src);
  const bigText = bigJournal().text;
  const small = Array.from({ length: 200 }, (_, i) => journal(i));
  const smallBytes = small.reduce((n, s) => n + s.length, 0) / small.length;
  const b = time(() => scan.outline(bigText), 9);
  const s = time(() => { for (const t of small) scan.outline(t); });
  const per = { wall: s.wall / small.length, cpu: s.cpu / small.length };
  log(`outline, ${(bigText.length / 1048576).toFixed(1)} MB journal: ${b.wall.toFixed(1)} ms (cpu ${b.cpu.toFixed(1)} ms)`);
  log(`outline, ${(smallBytes / 1024).toFixed(1)} KB journal: ${(per.wall * 1000).toFixed(0)} µs`);
  return [
    { name: `outline() of the ${(bigText.length / 1048576).toFixed(1)} MB journal`, value: b.wall, cpu: b.cpu, unit: 'ms', digits: 1 },
    { name: `outline() of a ${(smallBytes / 1024).toFixed(1)} KB journal (mean of 200)`, value: per.wall * 1000, cpu: per.cpu * 1000, unit: 'µs', digits: 0 },
    { name: 'scanner throughput (5 MB journal)', value: bigText.length / 1048576 / (b.wall / 1000), unit: 'MB/s', digits: 0 },
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--src');
  const rows = await run({ log: () => {} }, i > 0 ? resolve(process.argv[i + 1]) : undefined);
  for (const r of rows) console.log(`${r.name}: ${r.value.toFixed(r.digits)} ${r.unit}${r.cpu !== undefined ? ` (cpu ${r.cpu.toFixed(r.digits)})` : ''}`);
}
