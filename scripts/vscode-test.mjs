#!/usr/bin/env node
// Runs the in-host suites (out/test/vscode/index.js, built from test/vscode/) inside a real VS Code
// extension host, with the @vscode/test-electron contract: extensionDevelopmentPath = the repo,
// extensionTestsPath = a module exporting run().
//
//   node scripts/vscode-test.mjs             in code-server 4.100.3 (VS Code 1.100.3) + headless Chromium
//   node scripts/vscode-test.mjs --electron  through @vscode/test-electron (downloads VS Code; needs internet)
//   options: --grep <regexp>  --timeout <seconds, default 900 or VSCODE_TEST_TIMEOUT>  --workspace <folder to copy and open>
//   GOEDWERK_TRACE_BROWSER=1  also prints the page's console and its webview requests, timed (docs/dev/webview-stall.md)
//
// Build first (`node scripts/build.mjs --tests`); `npm run test:vscode` does both.
// On failure: a screenshot, the code-server log and VS Code's own logs go to test-results/vscode/.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { fileURLToPath } from 'node:url';
import { DESKTOP_SETTINGS, ensureCodeServer, launchChromium, profileDirs, remoteUri, root, startCodeServer } from './code-server.mjs';

export const defaults = {
  extensionDevelopmentPath: root,
  extensionTestsPath: join(root, 'out', 'test', 'vscode', 'index.js'),
  workspace: join(root, 'test', 'fixtures', 'workspace'),
  artifacts: join(root, 'test-results', 'vscode'),
};

// Workbench chatter that says nothing about our tests (VERBOSE=1 shows it anyway).
const NOISE = /^(Resolving|Resolved|Creating a socket|Updating additional|\[Service Worker\]|ChatSessionStore|\[ChatModelSelection\]|\[AgentHost|\[AccountPolicyGate\]|\[reconnection-grace|getaddrinfo ENOTFOUND|%c(TRACE|DEBUG|INFO))/;

function freshWorkspace(source, tmp) {
  const ws = join(tmp, 'workspace');
  if (existsSync(source)) cpSync(source, ws, { recursive: true });
  else mkdirSync(ws, { recursive: true });
  return ws;
}

function readResults(file) {
  try { return JSON.parse(readFileSync(file, 'utf8')); } catch { return null; }
}

/**
 * Runs the in-host suites in code-server. Never throws for test failures; resolves with
 * { ran, tests, passes, failures, pending, failed: [{title, error}], error? }.
 * ran=false means the suites never reported (load error, crash, timeout): the caller must treat it as red.
 */
export async function runInCodeServer(opts = {}) {
  const o = { ...defaults, timeout: Number(process.env.VSCODE_TEST_TIMEOUT) || 900, ...opts };
  const tmp = mkdtempSync(join(tmpdir(), 'goedwerk-vscode-test-'));
  const resultsFile = join(tmp, 'results.json');
  const workspace = freshWorkspace(o.workspace, tmp);
  const profile = profileDirs(join(tmp, 'profile'));
  let server, browser, page, outcome, timer;
  try {
    if (!existsSync(o.extensionTestsPath)) throw new Error(`${o.extensionTestsPath} does not exist (run node scripts/build.mjs --tests)`);
    await ensureCodeServer();
    // The extension host inherits code-server's environment: that is how run() finds the results file.
    const env = { VSCODE_TEST_RESULTS_FILE: resultsFile, GOEDWERK_TEST: '1' };
    if (o.grep) env.VSCODE_TEST_GREP = o.grep;
    server = await startCodeServer({ profile, env, settings: DESKTOP_SETTINGS, logFile: join(tmp, 'code-server.log') });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let settle;
    const settled = new Promise((r) => (settle = r));
    // VS Code's smoke-test driver hooks: the extension host's console, and run()'s outcome.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      if (!process.env.VERBOSE && NOISE.test(line)) return;
      (type === 'error' ? console.error : console.log)(line);
    });
    if (process.env.GOEDWERK_TRACE_BROWSER) traceBrowser(page);
    await page.exposeFunction('codeAutomationExit', (code) => settle({ code }));
    page.on('crash', () => settle({ code: 'crash', error: 'the browser page crashed' }));
    server.exited.then(() => settle({ code: 'exit', error: 'code-server exited during the run' }));
    const payload = [['extensionDevelopmentPath', remoteUri(o.extensionDevelopmentPath)],
      ['extensionTestsPath', remoteUri(o.extensionTestsPath)]];
    timer = setTimeout(() => settle({ code: 'timeout', error: `no result within ${o.timeout} s` }), o.timeout * 1000);
    // The overall timer bounds the run; the page's own load event can take long on a busy machine.
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
      { waitUntil: 'commit', timeout: o.timeout * 1000 });
    outcome = await settled;
  } catch (e) {
    outcome = { code: 'error', error: e.message || String(e) };
  } finally {
    clearTimeout(timer);
  }
  const results = readResults(resultsFile);
  const ran = !!results && !results.loadError && !results.partial && outcome.code !== 'timeout';
  const red = outcome.code !== 0 || !ran || results.failures > 0;
  if (red) await keepEvidence(o.artifacts, { page, server, profile, tmp, outcome, results });
  await browser?.close().catch(() => {});
  await server?.stop();
  rmSync(tmp, { recursive: true, force: true });
  const summary = { ran, tests: 0, passes: 0, failures: 0, pending: 0, failed: [], ...(results || {}) };
  if (outcome.error) summary.error = outcome.error;
  else if (results?.loadError) summary.error = results.loadError;
  else if (!results) summary.error = `the in-host run ended (exit ${outcome.code}) without writing results`;
  if (!ran && summary.failures === 0) summary.failures = 1; // a suite that did not run is a failure
  if (outcome.code !== 0 && ran && summary.failures === 0) { summary.failures = 1; summary.error ??= `run() exited with ${outcome.code}`; }
  return summary;
}

/**
 * What the extension host cannot see: webview requests (start, end, duration) and the workbench's and
 * webviews' console, with seconds since the page opened. A gap here explains a slow in-host test.
 */
function traceBrowser(page) {
  const t0 = Date.now();
  const at = () => ((Date.now() - t0) / 1000).toFixed(2);
  const started = new WeakMap();
  const webview = (r) => /vscode-cdn\.net|\/webview\//.test(r.url());
  const done = (how) => (r) => {
    if (webview(r) || how !== 'ok') console.log(`[browser ${at()}] ${how} ${Date.now() - (started.get(r) ?? Date.now())} ms ${r.url().slice(0, 200)}`);
  };
  const ctx = page.context();
  ctx.on('request', (r) => { started.set(r, Date.now()); if (webview(r)) console.log(`[browser ${at()}] get ${r.url().slice(0, 200)}`); });
  ctx.on('requestfinished', done('ok'));
  ctx.on('requestfailed', (r) => done(`failed ${r.failure()?.errorText ?? ''}`)(r));
  page.on('console', (m) => { if (!m.text().includes('%c')) console.log(`[browser ${at()}] ${m.type()} ${m.text().slice(0, 300)}`); });
}

async function keepEvidence(dir, { page, server, profile, tmp, outcome, results }) {
  rmSync(dir, { recursive: true, force: true }); // evidence of an older run would only mislead
  mkdirSync(dir, { recursive: true });
  await page?.screenshot({ path: join(dir, 'failure.png') }).catch(() => {});
  if (server) writeFileSync(join(dir, 'code-server.log'), server.log());
  const logs = join(profile.userDataDir, 'logs');
  if (existsSync(logs)) cpSync(logs, join(dir, 'vscode-logs'), { recursive: true });
  writeFileSync(join(dir, 'outcome.json'), JSON.stringify({ outcome, results }, null, 2));
  void tmp;
  console.error(`evidence kept in ${dir} (failure.png, code-server.log, vscode-logs/)`);
}

/** The same suites through @vscode/test-electron (needs to download VS Code). */
export async function runInElectron(opts = {}) {
  const o = { ...defaults, ...opts };
  const { runTests } = await import('@vscode/test-electron');
  const tmp = mkdtempSync(join(tmpdir(), 'goedwerk-electron-test-'));
  const resultsFile = join(tmp, 'results.json');
  const workspace = freshWorkspace(o.workspace, tmp);
  let error;
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || '1.100.3',
      extensionDevelopmentPath: o.extensionDevelopmentPath,
      extensionTestsPath: o.extensionTestsPath,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: { VSCODE_TEST_RESULTS_FILE: resultsFile, GOEDWERK_TEST: '1', ...(o.grep ? { VSCODE_TEST_GREP: o.grep } : {}) },
    });
  } catch (e) { error = e.message || String(e); }
  const results = readResults(resultsFile);
  rmSync(tmp, { recursive: true, force: true });
  const summary = { ran: !!results && !results.loadError, tests: 0, passes: 0, failures: 0, pending: 0, failed: [], ...(results || {}) };
  if (error) summary.error = error;
  if (!summary.ran && summary.failures === 0) summary.failures = 1;
  return summary;
}

export function countsLine(r) {
  return `${r.passes} passed, ${r.failures} failed` + (r.pending ? `, ${r.pending} skipped` : '');
}

function parseArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--electron') o.electron = true;
    else if (a === '--grep') o.grep = argv[++i];
    else if (a === '--timeout') o.timeout = Number(argv[++i]);
    else if (a === '--workspace') o.workspace = resolve(argv[++i]);
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const o = parseArgs(process.argv.slice(2));
  const r = await (o.electron ? runInElectron(o) : runInCodeServer(o));
  if (r.error) console.error(`in-host run: ${r.error}`);
  console.log(countsLine(r));
  process.exit(r.ran && r.failures === 0 ? 0 : 1);
}
