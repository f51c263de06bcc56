// The CLI as a package of its own: `npm pack` of the project, installed from the tarball into an empty
// folder with npm working offline (the CLI has no runtime dependencies, so nothing needs fetching),
// then run with `npx goedwerk` as a coach's CI would. The tarball must not carry the extension's test rig.
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(__dirname, '../../..');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function sh(cmd: string, args: string[], opts: SpawnSyncOptions & { env: NodeJS.ProcessEnv }) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 180_000, ...opts });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
}

describe('CLI: the npm package', function () {
  this.timeout(10 * 60_000);
  let tmp = '';
  let env: NodeJS.ProcessEnv = {};
  let tarball = '';
  let files: string[] = [];

  before(() => {
    assert.ok(existsSync(join(ROOT, 'dist', 'cli.js')), 'dist/ is built');
    tmp = mkdtempSync(join(tmpdir(), 'goedwerk-pack-'));
    // A cache of its own and no registry to reach: what installs here installs on a machine without network.
    env = { ...process.env, npm_config_cache: join(tmp, 'npm-cache'), npm_config_offline: 'true', npm_config_audit: 'false',
      npm_config_fund: 'false', npm_config_update_notifier: 'false', npm_config_registry: 'http://127.0.0.1:9/', LANG: 'C.UTF-8' };
    delete env.GOEDWERK_LANG;
    const packed = sh(NPM, ['pack', '--json', '--pack-destination', tmp], { cwd: ROOT, env });
    assert.equal(packed.code, 0, packed.stderr);
    const info = JSON.parse(packed.stdout)[0] as { filename: string; size: number; unpackedSize: number; files: Array<{ path: string }> };
    tarball = join(tmp, info.filename);
    files = info.files.map((f) => f.path);
    console.log(`      ${info.filename}: ${(info.size / 1024).toFixed(0)} KB packed, ${(info.unpackedSize / 1024).toFixed(0)} KB unpacked, ${files.length} files`);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('holds the CLI, its worker, the overview script and the rule pages, and no test rig', () => {
    for (const f of ['package.json', 'README.md', 'LICENSE', 'dist/cli.js', 'dist/cli-worker.js', 'dist/webview/overview.js']) {
      assert.ok(files.includes(f), `${f} is in the package`);
    }
    for (const id of ['titel-ontbreekt', 'privacy']) assert.ok(files.includes(`docs/rules/${id}.md`));
    const leaked = files.filter((f) => /^(src|test|out|scripts|samples|node_modules|\.vscode-test|test-results|bench-corpus|\.ci|docs\/dev)\//.test(f) || /\.(map|ts|vsix)$/.test(f));
    assert.deepEqual(leaked, []);
    assert.equal(PKG.dependencies, undefined, 'no runtime dependencies to fetch');
    assert.equal(PKG.bin.goedwerk, 'dist/cli.js');
  });

  it('installs offline from the tarball into an empty folder and runs with npx goedwerk', () => {
    const project = join(tmp, 'coach-repo');
    const journals = join(project, 'journaal');
    mkdirSync(journals, { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'coach-repo', version: '1.0.0', private: true }));
    writeFileSync(join(journals, 'een.goedwerk.md'), '# Rust\n\n## Kenmerkende ervaring\n\nOma belde laat.\n');
    const install = sh(NPM, ['install', '--no-save', tarball], { cwd: project, env });
    assert.equal(install.code, 0, install.stderr);
    const installed = join(project, 'node_modules', 'goedwerk');
    assert.ok(statSync(join(installed, 'dist', 'cli.js')).isFile());
    assert.deepEqual(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.')), ['goedwerk'], 'nothing else came along');

    const version = sh(NPX, ['--offline', 'goedwerk', '--version'], { cwd: project, env });
    assert.equal(version.code, 0, version.stderr);
    assert.equal(version.stdout.trim(), PKG.version);

    const check = sh(NPX, ['--offline', 'goedwerk', 'check', '--lang', 'en'], { cwd: project, env });
    assert.equal(check.code, 1, 'the journal lacks elements: warnings');
    assert.match(check.stdout, /^journaal\/een\.goedwerk\.md:1:1: warning element-ontbreekt /m);

    const sarif = sh(NPX, ['--offline', 'goedwerk', 'check', '--format', 'sarif'], { cwd: project, env });
    const rules = JSON.parse(sarif.stdout).runs[0].tool.driver.rules as Array<{ id: string; helpUri?: string }>;
    const page = rules.find((r) => r.id === 'element-ontbreekt')?.helpUri;
    assert.ok(page && existsSync(fileURLToPath(page)), 'the help pages come with the package');
    assert.ok(fileURLToPath(page).startsWith(installed));

    const html = sh(NPX, ['--offline', 'goedwerk', 'stats', '--format', 'html'], { cwd: project, env });
    assert.equal(html.code, 0, html.stderr);
    assert.match(html.stdout, /<script nonce="[^"]+">.{1000,}/s, 'the overview page carries its script');
  });
});
