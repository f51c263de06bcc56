#!/usr/bin/env node
// The language server as an editor feels it, over real JSON-RPC to the built dist/server.js:
//   - time to the first diagnostics of an opened 5 KB journal (aim < 200 ms)
//   - didChange → publishDiagnostics on a 5 KB journal (aim < 10 ms) and on the 5 MB journal
//     (first check, then later edits: aim < 50 ms, by re-parsing only the changed beeld)
//   - the workspace pass over 5,000 journals: cold, and a restart over the unchanged workspace with the
//     content-hash cache (aim < 3 s), plus the typing latency while the cold pass runs
//   - the extension-host JS (minified, as packaged): the activation bundle (aim < 500 KB), each lazy chunk
//     and the total, and whether remark got in anywhere
//   - the activation bundle's load + activate() time in plain node with a stand-in `vscode` (aim < 50 ms;
//     activation proper needs VS Code: test/vscode/activation.test.ts prints it), then each chunk's load
// Latencies are medians; the server throttles re-checks to twice their cost, so edits are spaced out
// the way typing is (the pause is not part of the measurement).
//
//   node scripts/bench-server.mjs [--quick]   prints the rows; `npm run bench` loads run() with the others.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bigJournal, journal } from './bench-corpus.mjs';
import { EXTENSION_CHUNKS, EXTENSION_ENTRY, vscodeOnce } from './bundles.mjs';
import { privacyDataPlugin } from './privacy-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-languageserver-protocol/node');

const SERVER = join(root, 'dist', 'server.js');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[s.length >> 1] : NaN; };
const round = (x) => Math.round(x * 10) / 10;

/** CPU time (user + system) the process has used so far, in ms, from /proc (Linux); NaN elsewhere. */
function cpuOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

export class Server {
  static async start({ folder, storagePath, settings = {} } = {}) {
    const s = new Server();
    // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server (docs/dev/performance.md).
    const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    s.proc = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    s.conn = createMessageConnection(new StreamMessageReader(s.proc.stdout), new StreamMessageWriter(s.proc.stdin));
    s.waiters = [];
    s.published = 0;
    s.conn.onNotification('textDocument/publishDiagnostics', (p) => {
      s.published++;
      const at = now();
      s.waiters = s.waiters.filter((w) => (w.uri === p.uri ? (w.resolve({ at, diagnostics: p.diagnostics }), false) : true));
    });
    s.conn.onRequest('client/registerCapability', () => null);
    s.conn.onRequest('window/showMessageRequest', () => null);
    s.conn.listen();
    const uri = folder ? pathToFileURL(folder).toString() : null;
    await s.conn.sendRequest('initialize', {
      processId: process.pid, rootUri: uri, workspaceFolders: uri ? [{ uri, name: 'bench' }] : null, capabilities: {},
      initializationOptions: { language: 'nl', storagePath: storagePath ?? mkdtempSync(join(tmpdir(), 'gw-bench-store-')), settings },
    });
    await s.conn.sendNotification('initialized', {});
    return s;
  }
  next(uri) {
    return new Promise((resolve) => this.waiters.push({ uri, resolve }));
  }
  async open(uri, text) {
    const next = this.next(uri);
    const t0 = now();
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'goedwerk', version: 1, text } });
    const r = await next;
    return { ms: r.at - t0, diagnostics: r.diagnostics };
  }
  async change(uri, text, version) {
    const next = this.next(uri);
    const t0 = now();
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    const r = await next;
    return { ms: r.at - t0, diagnostics: r.diagnostics };
  }
  counts(params = {}) {
    return this.conn.sendRequest('goedwerk/debug/counts', params);
  }
  async stop() {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), sleep(5000)]);
      await this.conn.sendNotification('exit');
    } catch { /* gone already */ }
    await Promise.race([new Promise((r) => this.proc.once('exit', r)), sleep(3000)]);
    this.proc.kill();
    this.conn.dispose();
  }
}

/** Where beeld `k` of the text has its title line end: the place a bench edit types a word. */
function titleLineEnd(text, k) {
  let at = -1;
  let from = 0;
  for (let i = 0; i <= k; i++) {
    const next = text.indexOf('\n# ', from);
    if (next === -1) break;
    at = next;
    from = next + 3;
  }
  if (at === -1) return text.length;
  const end = text.indexOf('\n', at + 3);
  return end === -1 ? text.length : end;
}

function positionOf(text, offset) {
  let line = 0;
  let last = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) { line++; last = i + 1; }
  return { line, character: offset - last };
}

/**
 * Types a word at the end of a title line, one beeld after another; `incremental` sends only the
 * inserted range (what VS Code sends), otherwise the whole text.
 */
export async function latency(server, uri, base, { edits, pause, beelden = 1, incremental = false, between, first = 0 }) {
  const ms = [];
  const cpu0 = cpuOf(server.proc.pid);
  let text = base;
  for (let i = first; i < first + edits; i++) {
    const at = titleLineEnd(text, (i * 7) % beelden);
    const word = ` w${i}`;
    const pos = positionOf(text, at);
    text = text.slice(0, at) + word + text.slice(at);
    const change = incremental ? { range: { start: pos, end: pos }, text: word } : { text };
    const next = server.next(uri);
    const t0 = now();
    await server.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [change] });
    ms.push((await next).at - t0);
    // The peer's work on the same text, in turns with ours (A B A B), so load weighs on both alike.
    if (between) between(i, text);
    await sleep(pause);
  }
  // The server's own CPU per edit: a busy machine stretches wall time, much less CPU time.
  ms.cpu = (cpuOf(server.proc.pid) - cpu0) / edits;
  ms.text = text;
  return ms;
}

function writeWorkspace(dir, count) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `team-${String(Math.floor(i / 100)).padStart(2, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `j-${String(i).padStart(5, '0')}.goedwerk.md`), journal(200000 + i));
  }
}

async function workspacePass(folder, storagePath, probe) {
  const t0 = now();
  const s = await Server.start({ folder, storagePath });
  const typing = [];
  let done = false;
  const ready = s.counts().then((c) => { done = true; return c; });
  if (probe) {
    // Typing in an open journal while the pass runs: the pass must yield to it.
    await s.open(probe.uri, probe.text);
    for (let i = 0; !done && i < 40; i++) {
      const at = titleLineEnd(probe.text, 0);
      typing.push((await s.change(probe.uri, probe.text.slice(0, at) + ` w${i}` + probe.text.slice(at), i + 2)).ms);
      await sleep(25);
    }
  }
  const counts = await ready;
  const ms = now() - t0;
  const cpu = cpuOf(s.proc.pid);
  const published = s.published;
  await s.stop();
  return { ms, counts, typing, published, cpu };
}

/** Minified size of a bundle's own output file, and its inputs' shares. */
async function buildMinified(esbuild, entry, outdir) {
  const outfile = join(outdir, basename(entry.out));
  const r = await esbuild.build({
    entryPoints: [join(root, entry.in)], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    external: ['vscode'], mainFields: ['module', 'main'], minify: true, metafile: true, outfile, logLevel: 'silent', absWorkingDir: root,
    plugins: [vscodeOnce, privacyDataPlugin],
  });
  const inputs = Object.entries(Object.values(r.metafile.outputs).find((o) => o.entryPoint)?.inputs ?? {});
  return {
    outfile,
    bytes: readFileSync(outfile).length,
    share: (re) => inputs.filter(([k]) => re.test(k)).reduce((a, [, v]) => a + v.bytesInOutput, 0),
    has: (re) => inputs.some(([k]) => re.test(k)),
  };
}

const CLIENT_LIBS = /node_modules\/(vscode-languageclient|vscode-languageserver-protocol|vscode-jsonrpc|vscode-languageserver-types|semver|minimatch|brace-expansion|balanced-match)\//;
const YAML = /node_modules\/yaml\//;
const REMARK = /node_modules\/(remark|micromark|mdast|unified)/;

/**
 * The extension-host JavaScript as packaged (minified), written to out/bench/extension/ for the load
 * measurement: the activation bundle, each chunk it requires later (scripts/bundles.mjs), and the total.
 */
export async function bundleRows() {
  const rows = [];
  const esbuild = require('esbuild');
  const outdir = join(root, 'out', 'bench', 'extension');
  mkdirSync(outdir, { recursive: true });
  const kb = (bytes) => bytes / 1024;
  const entry = await buildMinified(esbuild, EXTENSION_ENTRY, outdir);
  const chunks = [];
  for (const c of EXTENSION_CHUNKS) chunks.push({ ...c, ...(await buildMinified(esbuild, c, outdir)) });
  rows.push({ bench: 'server', name: 'activation bundle dist/extension.js, minified (as packaged; what activate() loads)', value: kb(entry.bytes), unit: 'KB', digits: 0, aim: '< 500 KB', ok: entry.bytes < 500 * 1024 });
  const heavy = [['vscode-languageclient', entry.share(CLIENT_LIBS)], ['yaml', entry.share(YAML)]].filter(([, b]) => b > 0);
  rows.push({ bench: 'server', name: '… vscode-languageclient or yaml in the activation bundle', value: heavy.length ? heavy.map(([n, b]) => `${n} ${Math.round(kb(b))} KB`).join(', ') : 'no', aim: 'no', ok: !heavy.length });
  for (const c of chunks) {
    rows.push({ bench: 'server', name: `lazy chunk ${c.out}, minified (${c.holds}; required after activation)`, value: kb(c.bytes), unit: 'KB', digits: 0 });
  }
  const total = entry.bytes + chunks.reduce((a, c) => a + c.bytes, 0);
  rows.push({ bench: 'server', name: `all extension-host JS: activation bundle + ${chunks.length} lazy chunks, minified (shared core code counted in each; the server runs in its own process)`, value: kb(total), unit: 'KB', digits: 0 });
  const remark = [entry, ...chunks].some((b) => b.has(REMARK));
  rows.push({ bench: 'server', name: 'remark/micromark in any extension-host bundle', value: remark ? 'yes' : 'no', aim: 'no', ok: !remark });
  rows.push(...activationRows(entry.outfile, chunks.map((c) => basename(c.out))));
  return rows;
}

// Loads a bundle in plain node with a stand-in `vscode` module (every API a no-op, names taken from
// @types/vscode) and calls activate(): what activation costs the extension itself, without VS Code.
// Then requires each lazy chunk, the way first use does later (the stand-in never runs those calls).
const ACTIVATE = `
const Module = require('module');
const fs = require('fs');
const path = require('path');
const [file, types, chunkList] = process.argv.slice(1);
const dts = fs.readFileSync(types, 'utf8');
const names = [...new Set([...dts.matchAll(/^(?:\\t| {4})export (?:namespace|class|enum|const|function|let) (\\w+)/gm)].map((m) => m[1]))];
const handler = {
  get: (t, p) => (p === Symbol.toPrimitive ? () => '' : p === 'then' ? undefined : p === Symbol.iterator ? function* () {} : stub),
  apply: () => stub, construct: () => stub, set: () => true, defineProperty: () => true,
};
const stub = new Proxy(function () {}, handler);
// A plain object with the API's top-level names, as VS Code hands out: the bundle copies it once per
// module that imports it (esbuild's namespace import), and a proxy there would cost far more than the real one.
const api = Object.fromEntries(names.map((n) => [n, stub]));
api.version = '1.100.0';
const load = Module._load;
Module._load = function (req, ...rest) { return req === 'vscode' ? api : load.call(this, req, ...rest); };
const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
const ext = require(file);
const loaded = ms(t0);
const ctx = new Proxy({ subscriptions: [], asAbsolutePath: (p) => p, extensionPath: '/x' }, { get: (t, p) => (p in t ? t[p] : stub) });
let activated = null;
try { const t1 = process.hrtime.bigint(); ext.activate(ctx); activated = ms(t1); } catch (e) { activated = null; }
const c = process.cpuUsage(c0);
const chunks = {};
for (const name of chunkList.split(',').filter(Boolean)) {
  const t2 = process.hrtime.bigint();
  try { require(path.join(path.dirname(file), name)); chunks[name] = ms(t2); } catch (e) { chunks[name] = null; }
}
process.stdout.write(JSON.stringify({ loaded, activated, cpu: (c.user + c.system) / 1000, chunks }));
process.exit(0);`;

function activationRows(file, chunkFiles) {
  const types = join(root, 'node_modules', '@types', 'vscode', 'index.d.ts');
  if (!existsSync(file) || !existsSync(types)) return [];
  const runs = [];
  for (let i = 0; i < 7; i++) {
    const out = require('node:child_process').spawnSync(process.execPath, ['-e', ACTIVATE, file, types, chunkFiles.join(',')], { encoding: 'utf8' });
    try { runs.push(JSON.parse(out.stdout)); } catch { /* a failed run counts for nothing */ }
  }
  if (!runs.length) return [];
  const load = median(runs.map((r) => r.loaded));
  const acts = runs.map((r) => r.activated).filter((x) => typeof x === 'number');
  const act = acts.length ? median(acts) : NaN;
  const total = load + (Number.isFinite(act) ? act : 0);
  const cpu = median(runs.map((r) => r.cpu));
  const rows = [{
    bench: 'server', name: `activation outside VS Code: load the minified activation bundle ${round(load)} ms + activate() ${Number.isFinite(act) ? round(act) : 'n/a'} ms [CPU ${round(cpu)} ms] (stand-in vscode; the language client is required and started after activate() returns)`,
    value: round(total), unit: 'ms', aim: '< 50 ms', ok: total < 50, cpu: round(cpu),
  }];
  for (const name of chunkFiles) {
    const times = runs.map((r) => r.chunks?.[name]).filter((x) => typeof x === 'number');
    rows.push({
      bench: 'server', name: `… then requiring lazy chunk dist/${name} (off the activation path)`,
      value: times.length ? round(median(times)) : 'failed', unit: times.length ? 'ms' : undefined,
    });
  }
  return rows;
}

/**
 * markdownlint (the library markdownlint-cli2 runs, default rules) linting a text once in this process:
 * CPU and wall milliseconds. The peer of one keystroke: it has no incremental mode, so an editor
 * extension lints the whole text again after every change.
 */
let markdownlintSync;
async function loadMarkdownlint() {
  markdownlintSync ??= (await import('markdownlint/sync')).lint;
}
function markdownlintOnce(text) {
  const c0 = process.cpuUsage();
  const t0 = now();
  markdownlintSync({ strings: { journal: text } });
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, ms: now() - t0 };
}

function peerRows(row, rowsOut, label, ours, peer, aim, limit) {
  const peerCpu = median(peer.map((p) => p.cpu));
  rowsOut.push({ bench: 'server', name: `markdownlint lint of the same ${label} text, in process, default rules (median of ${peer.length}, in turns with the edits)`, value: round(median(peer.map((p) => p.ms))), unit: 'ms', cpu: round(peerCpu) });
  const ratio = ours / peerCpu;
  rowsOut.push({ bench: 'server', name: `per keystroke, ${label}: server CPU per edit / markdownlint's CPU per lint of the same text`, value: ratio, unit: '×', digits: 2, aim, ok: ratio <= limit, note: `${round(ours)} ms / ${round(peerCpu)} ms` });
}

// A journal of 5.1 KB from the corpus generator: the "5 KB journal" of the rows below (until 2 Dec 2026
// it was seed 4242, 3.4 KB).
const SMALL_SEED = 4248;
/** Edits (and lints) before the measured ones, so both sides are measured warm (2 Dec 2026: 3 lints, no edits). */
const WARM_EDITS = 30;

async function benchSmall({ work, small, quick, row, rows, shared }) {
  const s = await Server.start({ folder: work, settings: { workspaceDiagnostics: false } });
  const opens = [];
  for (let i = 0; i < (quick ? 3 : 11); i++) opens.push((await s.open(pathToFileURL(join(work, `open-${i}.goedwerk.md`)).href, journal(4300 + i))).ms);
  row(`first diagnostics after didOpen, ${(small.length / 1024).toFixed(1)} KB journal (fresh server)`, opens[0], '< 200 ms', 200);
  row('first diagnostics after didOpen, 5 KB journals (median, server warm)', median(opens.slice(1)), '< 200 ms', 200);
  const uri = pathToFileURL(join(work, 'small.goedwerk.md')).href;
  await s.open(uri, small);
  await loadMarkdownlint();
  // Both warm up alike before the rows count (the JIT): some edits and as many lints of the same texts.
  const warm = await latency(s, uri, small, { edits: WARM_EDITS, pause: 30, incremental: true, between: (i, text) => markdownlintOnce(text) });
  const peer = [];
  const ms = await latency(s, uri, warm.text, { edits: quick ? 10 : 60, pause: 30, incremental: true, first: WARM_EDITS, between: (i, text) => peer.push(markdownlintOnce(text)) });
  row('didChange → diagnostics, 5 KB journal (median)', median(ms), '< 10 ms', 10, undefined, ms.cpu);
  shared.idle = median(ms);
  peerRows(row, rows, `${(small.length / 1024).toFixed(1)} KB`, ms.cpu, peer, '≤ 0.1×', 0.1);
  await s.stop();
}

async function benchBig({ work, quick, row, rows, corpus }) {
  const big = bigJournal();
  const text = corpus?.big && existsSync(corpus.big) ? readFileSync(corpus.big, 'utf8') : big.text;
  const mb = Buffer.byteLength(text) / 1048576;
  // The corpus journal is just over 5 MB, the default limit; raise it so the full path is measured.
  let s = await Server.start({ folder: work, settings: { workspaceDiagnostics: false, maxFileSize: 8 } });
  const uri = pathToFileURL(join(work, 'groot.goedwerk.md')).href;
  const first = await s.open(uri, text);
  row(`didOpen → first diagnostics, ${mb.toFixed(1)} MB journal (${big.beelden} beelden, all parsed)`, first.ms, 'first check: no aim', undefined, `${first.diagnostics.length} diagnostics`);
  await loadMarkdownlint();
  const peer = [];
  const edits = quick ? 5 : 25;
  // markdownlint needs seconds for this text: twice, early and half-way, is enough for a median.
  const between = (i, t) => { if (i === 0 || i === edits >> 1) peer.push(markdownlintOnce(t)); };
  const ms = await latency(s, uri, text, { edits, pause: 250, beelden: big.beelden, incremental: true, between });
  const parsed = (await s.counts({ uri })).parsedBeelden;
  row(`didChange → diagnostics, ${mb.toFixed(1)} MB journal, later edits, incremental sync (median; beelden re-parsed per edit: ${parsed})`, median(ms), '< 50 ms', 50, undefined, ms.cpu);
  peerRows(row, rows, `${mb.toFixed(1)} MB`, ms.cpu, peer, '≤ 0.2×', 0.2);
  const full = await latency(s, uri, text, { edits: quick ? 3 : 9, pause: 250, beelden: big.beelden });
  row('… the same with the whole 5 MB text sent on every change (full sync, for comparison)', median(full), undefined, undefined, undefined, full.cpu);
  await s.stop();
  s = await Server.start({ folder: work, settings: { workspaceDiagnostics: false } });
  const capped = await s.open(uri, text);
  row('didOpen → diagnostics, same journal at the default 5 MB limit (one information diagnostic)', capped.ms, undefined, undefined, String(capped.diagnostics[0]?.code));
  await s.stop();
}

async function benchWorkspace({ work, small, quick, row, rows, shared, log }) {
  const count = quick ? 500 : 5000;
  const ws = join(work, 'ws');
  log(`writing ${count} journals …`);
  writeWorkspace(ws, count);
  const storage = mkdtempSync(join(tmpdir(), 'gw-bench-cache-'));
  try {
    const probe = { uri: pathToFileURL(join(ws, 'open.goedwerk.md')).href, text: small };
    const cold = await workspacePass(ws, storage, probe);
    row(`workspace pass, ${count} journals, cold (checked ${cold.counts.checked}, published ${cold.published}; server CPU ${round(cold.cpu)} ms)`, cold.ms, 'in the background', undefined);
    if (cold.typing.length) {
      row(`didChange → diagnostics on an open 5 KB journal during the cold pass (median of ${cold.typing.length})`, median(cold.typing), '< 10 ms', 10);
      if (shared.idle) {
        const ratio = median(cold.typing) / shared.idle;
        rows.push({ bench: 'server', name: 'diagnostics of the open journal during the cold pass / idle (the didChange median above)', value: ratio, unit: '×', digits: 2, aim: '≤ 2×', ok: ratio <= 2 });
      }
    }
    const warm = await workspacePass(ws, storage);
    row(`workspace pass, ${count} journals, restart over the unchanged workspace (cache hits ${warm.counts.cached}; server CPU ${round(warm.cpu)} ms)`, warm.ms, '< 3000 ms', 3000);
  } finally {
    rmSync(storage, { recursive: true, force: true });
  }
}

export async function run(ctx = {}) {
  const log = ctx.log ?? ((m) => process.stderr.write(`[bench-server] ${m}\n`));
  if (!existsSync(SERVER)) throw new Error('dist/server.js is missing: run `npm run build` first');
  const rows = [];
  const row = (name, ms, aim, limit, note, cpu) => {
    const r = { bench: 'server', name, value: round(ms), unit: 'ms', aim, ok: limit === undefined ? undefined : ms < limit };
    if (Number.isFinite(cpu)) {
      r.cpu = round(cpu);
      r.name = `${name} [server CPU ${round(cpu)} ms per edit]`;
    }
    if (note) r.note = note;
    rows.push(r);
    log(`${r.name}: ${round(ms)} ms`);
  };
  // BENCH_SERVER_PARTS=small,big,workspace,bundle runs only those parts (for trying things out).
  const parts = new Set((process.env.BENCH_SERVER_PARTS || 'small,big,workspace,bundle').split(','));
  const work = mkdtempSync(join(tmpdir(), 'gw-bench-server-'));
  const args = { work, small: journal(SMALL_SEED).replace(/\r\n/g, '\n'), quick: !!ctx.quick, row, rows, shared: {}, log, corpus: ctx.corpus };
  try {
    if (parts.has('small')) await benchSmall(args);
    if (parts.has('big')) await benchBig(args);
    if (parts.has('workspace')) await benchWorkspace(args);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (parts.has('bundle')) rows.push(...(await bundleRows()));
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run({ quick: process.argv.includes('--quick') }).then((rows) => {
    for (const r of rows) console.log(`${r.name}: ${typeof r.value === 'number' ? r.value : r.value} ${r.unit ?? ''}${r.aim ? ` (aim ${r.aim}${r.ok === undefined ? '' : r.ok ? ', met' : ', NOT met'})` : ''}${r.note ? ` — ${r.note}` : ''}`);
  }, (e) => { console.error(e); process.exit(1); });
}
