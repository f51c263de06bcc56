#!/usr/bin/env node
// A real VS Code for tests and `npm start`: code-server 4.100.3 (= VS Code 1.100.3, the last release
// whose engines allow Node 20). Installed on first use into .vscode-test/code-server/ (ignored by git,
// like test-electron's download cache), never by `npm ci`.
//
// CLI:  node scripts/code-server.mjs setup      install (idempotent) and print the version
// API:  ensureCodeServer(), startCodeServer(opts), installVsix(vsix, profile), launchChromium(),
//       freePort(), CHROMIUM_ARGS
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, readFileSync, rmSync, copyFileSync, mkdtempSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CS_VERSION = process.env.CODE_SERVER_VERSION || '4.100.3';
export const csDir = join(root, '.vscode-test', 'code-server');
export const csBin = join(csDir, 'node_modules', '.bin', 'code-server');
const rgInstalled = join(csDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
const marker = join(csDir, 'installed.json');

/** Debian packages the real-editor suites need: the browser, the kerberos headers, and rg. */
export const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'ripgrep'];
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/**
 * Tests behave like desktop VS Code: VS Code in a browser saves files a second after each edit by
 * default, the desktop doesn't, so a test that means to save has to say so (and an unsaved edit stays unsaved).
 */
export const DESKTOP_SETTINGS = { 'files.autoSave': 'off' };

/** Quiet defaults so the workbench looks the same on every run and never reaches for the network. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'window.dialogStyle': 'custom',
};

const log = (...a) => console.log('[code-server]', ...a);

export function isInstalled() {
  if (!existsSync(csBin) || !existsSync(rgInstalled) || !existsSync(marker)) return false;
  try { return JSON.parse(readFileSync(marker, 'utf8')).version === CS_VERSION; } catch { return false; }
}

function missingAptPackages() {
  return APT_PACKAGES.filter((p) => spawnSync('dpkg', ['-s', p], { stdio: 'ignore' }).status !== 0);
}

/**
 * Installs the Debian packages when missing (only as root). Without root, a missing build dependency
 * is an error that says what to run; a missing browser only matters to the tests, which say so then.
 */
export function ensureAptPackages() {
  const need = missingAptPackages();
  if (need.length === 0) return;
  if (process.getuid?.() !== 0) {
    const hint = `sudo apt-get install -y ${need.join(' ')}`;
    if (need.some((p) => p !== 'chromium')) throw new Error(`missing Debian packages: ${need.join(' ')}; run: ${hint}`);
    log(`chromium is not installed; the UI and in-host tests need it (${hint})`);
    return;
  }
  log(`installing Debian packages: ${need.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...need]]) {
    const r = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`);
  }
}

// @vscode/ripgrep's postinstall downloads rg from GitHub, which is unreachable here; it looks in its
// download cache first, so we put Debian's rg there under the name it expects.
function seedRipgrepCache() {
  const cache = join(tmpdir(), 'vscode-ripgrep-cache-1.15.11');
  const tarball = join(cache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (existsSync(tarball)) return;
  mkdirSync(cache, { recursive: true });
  const stage = mkdtempSync(join(tmpdir(), 'rg-'));
  copyFileSync('/usr/bin/rg', join(stage, 'rg'));
  const r = spawnSync('tar', ['czf', tarball + '.part', '-C', stage, 'rg'], { stdio: 'inherit' });
  rmSync(stage, { recursive: true, force: true });
  if (r.status !== 0) throw new Error('could not seed the ripgrep cache');
  spawnSync('mv', [tarball + '.part', tarball]);
}

// Several test runs may start at once in one checkout; the first installs, the others wait.
async function withLock(fn) {
  const lock = join(root, '.vscode-test', 'code-server.lock');
  mkdirSync(dirname(lock), { recursive: true });
  for (let waited = 0; ; waited += 1) {
    try { mkdirSync(lock); break; } catch {
      let owner = 0;
      try { owner = Number(readFileSync(join(lock, 'pid'), 'utf8')); } catch {}
      const alive = owner > 0 && (() => { try { process.kill(owner, 0); return true; } catch { return false; } })();
      if (!alive && waited > 4) { rmSync(lock, { recursive: true, force: true }); continue; }
      if (waited === 0) log('another process is installing code-server; waiting');
      if (waited > 900) throw new Error(`timed out waiting for ${lock}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  writeFileSync(join(lock, 'pid'), String(process.pid));
  try { return await fn(); } finally { rmSync(lock, { recursive: true, force: true }); }
}

/**
 * Installs code-server into .vscode-test/code-server/ unless it is already there; resolves with the
 * binary. quiet: npm's output goes to .vscode-test/code-server-install.log (shown on failure), so the
 * install can run next to other work, as `npm test` does while the unit suites run.
 */
export async function ensureCodeServer({ quiet = false } = {}) {
  if (isInstalled()) return csBin;
  ensureAptPackages();
  return withLock(async () => {
    if (isInstalled()) return csBin;
    const started = Date.now();
    log(`installing code-server ${CS_VERSION} into ${csDir} (about a minute, once)`);
    seedRipgrepCache();
    mkdirSync(csDir, { recursive: true });
    writeFileSync(join(csDir, 'package.json'), JSON.stringify({ name: 'goedwerk-code-server', private: true }, null, 2) + '\n');
    const env = {
      ...process.env,
      npm_config_unsafe_perm: 'true', // as root code-server's postinstall refuses to run otherwise
      npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`, which aborts without a TTY
      npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false',
    };
    const logFile = join(root, '.vscode-test', 'code-server-install.log');
    const out = quiet ? createWriteStream(logFile) : undefined;
    const child = spawn('npm', ['install', '--no-save', '--loglevel=error', `code-server@${CS_VERSION}`],
      { cwd: csDir, env, stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'] });
    child.stdout?.pipe(out, { end: false });
    child.stderr?.pipe(out, { end: false });
    const status = await new Promise((r) => child.once('close', r));
    if (out) await new Promise((r) => out.end(r));
    if (status !== 0 || !existsSync(csBin) || !existsSync(rgInstalled)) {
      const tail = quiet ? '\n' + readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n') : '';
      throw new Error(`code-server ${CS_VERSION} did not install (npm exit ${status})${tail}`);
    }
    writeFileSync(marker, JSON.stringify({ version: CS_VERSION }) + '\n');
    log(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return csBin;
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** The directories that make up one VS Code profile (settings, state, extensions). */
export function profileDirs(base) {
  return { userDataDir: join(base, 'data'), extensionsDir: join(base, 'extensions'), config: join(base, 'config.yaml') };
}

// Always pass --config: without it even `code-server --version` writes into the home folder.
function baseArgs(profile) {
  return ['--config', profile.config, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

// A profile's settings are written once; later edits (e.g. in the `npm start` profile) are the user's.
function ensureProfile(profile) {
  mkdirSync(join(profile.userDataDir, 'User'), { recursive: true });
  mkdirSync(profile.extensionsDir, { recursive: true });
  if (!existsSync(profile.config)) writeFileSync(profile.config, 'auth: none\n');
}

function writeSettings(profile, settings) {
  ensureProfile(profile);
  const file = join(profile.userDataDir, 'User', 'settings.json');
  if (!existsSync(file)) writeFileSync(file, JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2) + '\n');
}

/**
 * Lets VS Code run in `locale` without its language pack, which only the marketplace has. VS Code
 * takes a locale on only when a language pack for it is registered in languagepacks.json; we register
 * one whose translations are empty. The workbench then keeps its English words, but VS Code's language
 * is `locale`: extensions get it as vscode.env.language and their package.nls.<locale>.json and
 * l10n bundles apply, which is what the Dutch suites need to see.
 */
function registerLocale(profile, locale) {
  const translations = join(profile.userDataDir, `stub-${locale}.i18n.json`);
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const pack = { hash: `goedwerk-stub-${locale}`, label: locale, translations: { vscode: translations },
    extensions: [{ extensionIdentifier: { id: `goedwerk-test.stub-${locale}` }, version: '0.0.0' }] };
  writeFileSync(join(profile.userDataDir, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}

/** Installs a packaged extension into a profile (replacing an older copy). */
export function installVsix(vsix, profile) {
  ensureProfile(profile);
  const r = spawnSync(csBin, [...baseArgs(profile), '--force', '--install-extension', vsix], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`installing ${vsix} failed:\n${r.stdout}${r.stderr}`);
  const list = spawnSync(csBin, [...baseArgs(profile), '--list-extensions', '--show-versions'], { encoding: 'utf8' });
  return list.stdout.trim().split('\n').filter(Boolean);
}

/**
 * Starts code-server on 127.0.0.1 (a free port, no auth: loopback only) and waits until it answers.
 * opts: { profile: profileDirs(...), settings?, env?, logFile?, port?, locale? (VS Code's display language) }.
 * Returns { url, port, pid, log(): string, stop(): Promise<void> }.
 */
export async function startCodeServer({ profile, settings = {}, env = {}, logFile, port, locale }) {
  writeSettings(profile, settings);
  if (locale && !locale.startsWith('en')) registerLocale(profile, locale);
  port ??= await freePort();
  const args = [...baseArgs(profile), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'];
  if (locale) args.push('--locale', locale);
  // detached: code-server forks a watcher and the extension hosts; we stop the whole process group.
  const child = spawn(csBin, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let text = '';
  const file = logFile ? (mkdirSync(dirname(logFile), { recursive: true }), createWriteStream(logFile)) : undefined;
  const onData = (d) => { text += d; file?.write(d); };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = false;
  const exitedPromise = new Promise((r) => child.once('exit', () => { exited = true; r(); }));
  const kill = (sig) => { try { process.kill(-child.pid, sig); } catch {} };
  const onExit = () => kill('SIGKILL');
  process.on('exit', onExit);
  const stop = async () => {
    process.off('exit', onExit);
    if (!exited) {
      kill('SIGTERM');
      const t = setTimeout(() => kill('SIGKILL'), 5000);
      await exitedPromise;
      clearTimeout(t);
    }
    kill('SIGKILL'); // stray grandchildren (extension hosts) of the group
    await new Promise((r) => (file ? file.end(r) : r()));
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited at startup:\n${text}`);
    try { if ((await fetch(url + '/healthz')).ok) break; } catch {}
    if (Date.now() > deadline) { await stop(); throw new Error(`code-server did not answer within 60 s:\n${text}`); }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, port, pid: child.pid, log: () => text, stop, exited: exitedPromise };
}

/** Headless Debian Chromium through playwright-core. */
export async function launchChromium() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found; install the Debian package chromium`);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** code-server addresses files of its own machine through the literal remote authority "remote". */
export const remoteUri = (absPath) => 'vscode-remote://remote' + absPath;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const cmd = process.argv[2] || 'setup';
  if (cmd !== 'setup') { console.error('usage: node scripts/code-server.mjs setup'); process.exit(2); }
  ensureCodeServer().then((bin) => {
    const tmp = mkdtempSync(join(tmpdir(), 'cs-version-'));
    const v = spawnSync(bin, ['--config', join(tmp, 'c.yaml'), '--user-data-dir', tmp, '--version'], { encoding: 'utf8' });
    rmSync(tmp, { recursive: true, force: true });
    console.log(`code-server ready: ${bin}\n${v.stdout.trim()}`);
  }).catch((e) => { console.error(e.message || e); process.exit(1); });
}
