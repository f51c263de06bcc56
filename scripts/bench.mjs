#!/usr/bin/env node
// npm run bench: times `goedwerk check` against the I/O floor and against markdownlint-cli2 on the same
// generated corpus, in one run, and prints the ratios next to the aims. Results also go to
// bench-results.json (git-ignored). Other areas add sections without touching this file: every
// scripts/bench-<name>.mjs (other than bench-corpus.mjs) that exports `async function run(ctx)` is loaded
// and its rows are printed and saved with the rest (see `ctx` below for what it gets). A row is
// { name, value, unit?, cpu?, aim?, ok?, note?, digits? }.
//
// Comparisons alternate their commands run by run, so load from elsewhere weighs on both sides alike;
// CPU time (user + sys of all threads) is reported next to wall time because it suffers less from it.
//
// Options: --quick (one run of everything, for trying it out), --only <section,...> (core, or a plugin's
// file name without bench- and .mjs), env BENCH_RUNS (runs per measurement, default 3).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureCorpus } from './bench-corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const only = onlyArg ? new Set(onlyArg.split(',')) : undefined;
const RUNS = quick ? 1 : Math.max(1, Number(process.env.BENCH_RUNS) || 3);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
/** The worker threads `goedwerk check` starts for 10k files on this machine (src/cli/engine.ts). */
const WORKERS = Math.max(1, Math.min(4, availableParallelism()));

const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);

export function median(values) {
  const v = [...values].sort((a, b) => a - b);
  if (!v.length) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/**
 * Runs a command once and returns wall seconds, CPU seconds (user + sys, all threads) and peak RSS in MB
 * of the child, measured by /usr/bin/time -f when present (else wall time only). Output is discarded.
 */
function runOnce(cmd, cmdArgs, { cwd = root, env = {} } = {}) {
  const out = join(tmpdir(), `goedwerk-bench-time-${process.pid}.txt`);
  const full = TIME ? [TIME, ['-f', '%e %U %S %M', '-o', out, cmd, ...cmdArgs]] : [cmd, cmdArgs];
  const started = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const wallHr = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.error) throw r.error;
  const wall = wallHr;
  let cpu = NaN;
  let rssMB = NaN;
  if (TIME && existsSync(out)) {
    const last = readFileSync(out, 'utf8').trim().split('\n').pop() ?? '';
    const [e, u, s, m] = last.split(/\s+/).map(Number);
    // The wall time stays our own (finer than time's 10 ms); CPU and memory come from the kernel.
    if (Number.isFinite(e)) { cpu = u + s; rssMB = m / 1024; }
    rmSync(out, { force: true });
  }
  return { wall, cpu, rssMB, code: r.status, stderr: String(r.stderr ?? '').slice(0, 2000) };
}

function summarize(label, samples) {
  const result = {
    label,
    runs: samples.length,
    wall: median(samples.map((s) => s.wall)),
    cpu: median(samples.map((s) => s.cpu)),
    rssMB: Math.max(...samples.map((s) => s.rssMB)),
    samples: samples.map((s) => +s.wall.toFixed(3)),
  };
  log(`${label}: ${result.wall.toFixed(2)} s wall, ${result.cpu.toFixed(2)} s cpu, ${result.rssMB.toFixed(0)} MB (runs: ${result.samples.join(', ')})`);
  return result;
}

/**
 * Runs each job `runs` times, alternating between them (A, B, A, B, …) so that both see the same
 * machine, and stops early once another round would overrun the time budget. Returns per job the
 * medians of wall and CPU time and the highest peak RSS.
 */
function measureRounds(jobs, { runs = RUNS, budget = 60 } = {}) {
  const samples = jobs.map(() => []);
  let spent = 0;
  for (let i = 0; i < runs; i++) {
    let round = 0;
    jobs.forEach((job, j) => {
      const s = runOnce(job.cmd, job.args, job);
      if (!(job.expectCodes ?? [0, 1]).includes(s.code)) throw new Error(`${job.label}: exit code ${s.code}\n${s.stderr}`);
      samples[j].push(s);
      round += s.wall;
    });
    spent += round;
    // A comparison always gets two rounds (A B A B), however busy the machine: one turn each says little.
    if (spent + round > budget && (jobs.length < 2 || i >= 1)) break;
  }
  return jobs.map((job, j) => summarize(job.label, samples[j]));
}

/** One command, `runs` times (fewer when the time budget runs out). */
function measure(label, cmd, args, opts = {}) {
  return measureRounds([{ label, cmd, args, ...opts }], opts)[0];
}

// The I/O floor: list every journal, read it, count its lines. A separate node process, like the others,
// so start-up is in every number.
const FLOOR = `
const fs = require('fs'), path = require('path');
let files = 0, lines = 0;
function visit(p) {
  const st = fs.statSync(p);
  if (st.isDirectory()) { for (const e of fs.readdirSync(p)) visit(path.join(p, e)); return; }
  if (!p.endsWith('.goedwerk.md')) return;
  const b = fs.readFileSync(p); files++;
  for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) lines++;
}
visit(process.argv[1]);
console.log(files, lines);
`;

/**
 * A private copy of the built CLI, so a rebuild in the checkout during the run (the cache trusts only
 * the exact bundle that wrote it) cannot turn a warm measurement into a cold one.
 */
function snapshotCli() {
  const dir = mkdtempSync(join(tmpdir(), 'goedwerk-bench-cli-'));
  for (const f of ['cli.js', 'cli-worker.js']) copyFileSync(join(root, 'dist', f), join(dir, f));
  return { dir, cli: join(dir, 'cli.js') };
}

function makeContext(corpus, cli) {
  const node = process.execPath;
  const mdl = join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
  // Job descriptions, for ctx.measure (one) and ctx.measureRounds (several, alternating).
  const jobs = {
    /** The I/O floor for a folder or file. */
    floor: (label, target) => ({ label, cmd: node, args: ['-e', FLOOR, target] }),
    /** goedwerk (a snapshot of dist/cli.js) with these arguments; cwd = the corpus folder, so paths print short. */
    goedwerk: (label, cliArgs) => ({ label, cmd: node, args: [cli, ...cliArgs], cwd: corpus.base }),
    /** markdownlint-cli2 with only its default rules, on a glob relative to the corpus folder. */
    markdownlint: (label, glob) => ({ label, cmd: node, args: [mdl, glob], cwd: corpus.base }),
  };
  return {
    root, corpus, runs: RUNS, quick, node, cli, log, median, jobs, measureRounds,
    measure: (label, cmd, args, opts) => measure(label, cmd, args, opts),
    floor: (label, target, opts) => measureRounds([jobs.floor(label, target)], opts)[0],
    goedwerk: (label, cliArgs, opts) => measureRounds([jobs.goedwerk(label, cliArgs)], opts)[0],
    markdownlint: (label, glob, opts) => measureRounds([jobs.markdownlint(label, glob)], opts)[0],
    /** Times an in-process async function: median milliseconds over `runs` calls (after one warm-up). */
    async timeIt(label, fn, { runs = RUNS, warmup = 1 } = {}) {
      for (let i = 0; i < warmup; i++) await fn();
      const ms = [];
      for (let i = 0; i < runs; i++) {
        const t0 = process.hrtime.bigint();
        await fn();
        ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      const result = { label, ms: median(ms), samples: ms };
      log(`${label}: ${result.ms.toFixed(1)} ms (median of ${ms.length})`);
      return result;
    },
  };
}

function ratio(a, b) {
  return a / b;
}

async function core(ctx) {
  const { corpus, jobs: j } = ctx;
  const m = {};
  const cacheDir = mkdtempSync(join(tmpdir(), 'goedwerk-bench-cache-'));
  const cached = (set) => ['check', '--cache-location', join(cacheDir, set), set];
  const one = (job, opts) => measureRounds([job], opts)[0];
  try {
    // Each comparison alternates its two commands, so a busy machine weighs on both alike.
    [m.cold1k, m.mdl1k] = measureRounds([j.goedwerk('goedwerk check, 1k cold', ['check', 'j1k']), j.markdownlint('markdownlint-cli2, 1k', 'j1k/**/*.goedwerk.md')]);
    m.cold1kSingle = one(j.goedwerk('goedwerk check --jobs 0, 1k cold (one thread)', ['check', '--jobs', '0', 'j1k']));
    // The default runs 1k files in one thread and 10k on workers: memory is compared within one mode.
    m.cold1kWorkers = one(j.goedwerk(`goedwerk check --jobs ${WORKERS}, 1k cold (the workers 10k gets)`, ['check', '--jobs', String(WORKERS), 'j1k']));
    [m.cold10k, m.mdl10k] = measureRounds([
      j.goedwerk(`goedwerk check, 10k cold (${WORKERS} workers)`, ['check', 'j10k']),
      j.markdownlint('markdownlint-cli2, 10k', 'j10k/**/*.goedwerk.md'),
    ], { budget: 200 });
    m.cold10kSingle = one(j.goedwerk('goedwerk check --jobs 0, 10k cold (one thread)', ['check', '--jobs', '0', 'j10k']), { runs: 1 });

    m.prime10k = one(j.goedwerk('goedwerk check --cache, 10k first run (fills the cache)', cached('j10k')), { runs: 1 });
    [m.warm10k, m.floor10k] = measureRounds([j.goedwerk('goedwerk check --cache, 10k warm', cached('j10k')), j.floor('I/O floor, 10k', corpus.j10k)]);
    one(j.goedwerk('goedwerk check --cache, 1k first run', cached('j1k')), { runs: 1 });
    [m.warm1k, m.floor1k] = measureRounds([j.goedwerk('goedwerk check --cache, 1k warm', cached('j1k')), j.floor('I/O floor, 1k', corpus.j1k)]);

    m.floorBig = one(j.floor('I/O floor, 5 MB', corpus.big));
    [m.coldBig, m.mdlBig] = measureRounds([
      j.goedwerk('goedwerk check, 5 MB cold', ['check', 'big/groot.goedwerk.md']),
      j.markdownlint('markdownlint-cli2, 5 MB', 'big/groot.goedwerk.md'),
    ], { budget: 120 });
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  // The aims of issue #18; the cpu column is the same ratio in CPU time (it suffers less from load).
  const aims = [
    { aim: '1k journals cold ≤ 0.1× markdownlint-cli2', measured: ratio(m.cold1k.wall, m.mdl1k.wall), limit: 0.1, cpu: ratio(m.cold1k.cpu, m.mdl1k.cpu) },
    { aim: '10k journals cold ≤ 0.1× markdownlint-cli2', measured: ratio(m.cold10k.wall, m.mdl10k.wall), limit: 0.1, cpu: ratio(m.cold10k.cpu, m.mdl10k.cpu) },
    { aim: '5 MB journal cold ≤ 0.1× markdownlint-cli2', measured: ratio(m.coldBig.wall, m.mdlBig.wall), limit: 0.1, cpu: ratio(m.coldBig.cpu, m.mdlBig.cpu) },
    { aim: '10k journals warm (--cache) ≤ 2× I/O floor', measured: ratio(m.warm10k.wall, m.floor10k.wall), limit: 2, cpu: ratio(m.warm10k.cpu, m.floor10k.cpu) },
    { aim: '1k journals warm (--cache) ≤ 2× I/O floor', measured: ratio(m.warm1k.wall, m.floor1k.wall), limit: 2, cpu: ratio(m.warm1k.cpu, m.floor1k.cpu) },
    // Flat: ten times the files may not cost much more memory (the pipeline holds a window of files),
    // compared in the same mode: one thread at both sizes, and the same workers at both sizes.
    { aim: 'peak memory flat, one thread: 10k / 1k cold (--jobs 0) ≤ 1.5×', measured: ratio(m.cold10kSingle.rssMB, m.cold1kSingle.rssMB), limit: 1.5, note: `${m.cold1kSingle.rssMB.toFixed(0)} → ${m.cold10kSingle.rssMB.toFixed(0)} MB` },
    { aim: `peak memory flat, ${WORKERS} workers: 10k / 1k cold ≤ 1.5×`, measured: ratio(m.cold10k.rssMB, m.cold1kWorkers.rssMB), limit: 1.5, note: `${m.cold1kWorkers.rssMB.toFixed(0)} → ${m.cold10k.rssMB.toFixed(0)} MB` },
    { aim: 'peak memory, 10k journals cold < 300 MB', measured: m.cold10k.rssMB, limit: 300, unit: 'MB', strict: true },
  ].map((a) => ({ ...a, ok: a.strict ? a.measured < a.limit : a.measured <= a.limit }));
  const extra = [
    { aim: '1k journals cold, one thread, vs markdownlint-cli2 (for reference)', measured: ratio(m.cold1kSingle.wall, m.mdl1k.wall), cpu: ratio(m.cold1kSingle.cpu, m.mdl1k.cpu) },
    { aim: 'peak memory, 10k cold (workers) / 1k cold (one thread): the defaults, two modes (for reference)', measured: ratio(m.cold10k.rssMB, m.cold1k.rssMB) },
  ];
  return { measurements: m, aims, extra };
}

async function plugins(ctx) {
  const files = readdirSync(join(root, 'scripts'))
    .filter((f) => /^bench-.+\.mjs$/.test(f) && f !== 'bench-corpus.mjs')
    .sort();
  const sections = [];
  for (const file of files) {
    const name = file.replace(/^bench-|\.mjs$/g, '');
    if (only && !only.has(name)) continue;
    log(`section ${name} (${file})`);
    try {
      const mod = await import(pathToFileURL(join(root, 'scripts', file)).href);
      if (typeof mod.run !== 'function') continue;
      const rows = (await mod.run(ctx)) ?? [];
      sections.push({ name, file, rows: Array.isArray(rows) ? rows : [rows] });
    } catch (e) {
      log(`section ${name} failed: ${e?.stack ?? e}`);
      sections.push({ name, file, error: String(e?.message ?? e), rows: [] });
    }
  }
  return sections;
}

const fmt = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

function markdown(result) {
  const lines = [];
  const { env } = result;
  lines.push('## Goed Werk benchmark', '');
  lines.push(`${env.date} · node ${env.node} · ${env.cpus} × ${env.cpuModel} · load average ${env.loadBefore.map((l) => l.toFixed(1)).join(' / ')} before, ${env.loadAfter.map((l) => l.toFixed(1)).join(' / ')} after · runs per measurement: up to ${env.runs} (median)`);
  lines.push('', `Corpus: 1,000 and 10,000 journals of 2–6 KB (a fifth CRLF, about a third with sections missing) and one journal of ${env.bigMB.toFixed(1)} MB with ${env.bigBeelden} beelden.`);
  if (result.core) {
    lines.push('', '| measurement | wall s (median) | cpu s | peak RSS MB | runs |', '|---|---:|---:|---:|---:|');
    for (const m of Object.values(result.core.measurements)) {
      lines.push(`| ${m.label} | ${fmt(m.wall)} | ${fmt(m.cpu)} | ${fmt(m.rssMB, 0)} | ${m.runs} |`);
    }
    lines.push('', '| aim | measured (wall) | cpu-time ratio | verdict |', '|---|---:|---:|---|');
    for (const a of result.core.aims) {
      lines.push(`| ${a.aim} | ${a.unit === 'MB' ? `${fmt(a.measured, 0)} MB` : `${fmt(a.measured)}×`}${a.note ? ` (${a.note})` : ''} | ${a.cpu === undefined ? '' : `${fmt(a.cpu)}×`} | ${a.ok ? 'met' : 'NOT met'} |`);
    }
    for (const a of result.core.extra) lines.push(`| ${a.aim} | ${fmt(a.measured)}× | ${a.cpu === undefined ? '' : `${fmt(a.cpu)}×`} | |`);
  }
  for (const s of result.sections) {
    lines.push('', `### ${s.name}`, '');
    if (s.error) { lines.push(`failed: ${s.error}`); continue; }
    lines.push('| measurement | value | cpu | aim | verdict | note |', '|---|---:|---:|---|---|---|');
    for (const r of s.rows) {
      const num = (v) => (typeof v === 'number' ? `${fmt(v, r.digits ?? 1)} ${r.unit ?? ''}`.trim() : String(v ?? ''));
      const verdict = r.ok === undefined ? '' : r.ok ? 'met' : 'NOT met';
      lines.push(`| ${r.name ?? ''} | ${num(r.value)} | ${r.cpu === undefined ? '' : num(r.cpu)} | ${r.aim ?? ''} | ${verdict} | ${r.note ?? ''} |`);
    }
  }
  return lines.join('\n') + '\n';
}

async function main() {
  if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const started = Date.now();
  const loadBefore = loadavg();
  const corpus = ensureCorpus(root, { log });
  const snapshot = snapshotCli();
  const ctx = makeContext(corpus, snapshot.cli);
  const result = {
    env: {
      date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model?.trim() ?? '?',
      runs: RUNS, loadBefore, loadAfter: [], bigMB: corpus.bigBytes / 1048576, bigBeelden: corpus.bigBeelden,
    },
    core: undefined,
    sections: [],
  };
  try {
    if (!only || only.has('core')) result.core = await core(ctx);
    result.sections = await plugins(ctx);
  } finally {
    rmSync(snapshot.dir, { recursive: true, force: true });
  }
  result.env.loadAfter = loadavg();
  result.env.seconds = (Date.now() - started) / 1000;
  writeFileSync(join(root, 'bench-results.json'), JSON.stringify(result, null, 2) + '\n');
  process.stdout.write(markdown(result));
  log(`done in ${result.env.seconds.toFixed(0)} s; results in bench-results.json`);
}

main().catch((e) => {
  console.error(e?.stack ?? e);
  process.exit(1);
});
