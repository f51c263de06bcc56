// No output repeats a matched value: the CLI's text and JSON, its cache file, the stats (JSON and the
// HTML page a coach opens), the commit guard. Values are planted in a journal; every output is searched.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LEAKY, leaks } from './privacy-planted';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist', 'cli.js');

function run(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', ...env }, timeout: 60_000 });
  if (r.error) throw r.error;
  return `${r.stdout}\n${r.stderr}`;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}

describe('privacy: no output repeats a value', function () {
  this.timeout(120_000);
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'goedwerk-leak-'));
    writeFileSync(join(dir, 'a.goedwerk.md'), LEAKY);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds every planted value (so the searches below mean something)', () => {
    const out = run(dir, ['check', '--format', 'json']);
    const kinds = (JSON.parse(out.split('\n\n')[0] || out) as { rule: string; message: string }[]).filter((f) => f.rule === 'privacy');
    assert.ok(kinds.length >= 9, `found only ${kinds.length}`);
  });

  for (const [name, args] of [
    ['check (text, Dutch)', ['--lang', 'nl', 'check']],
    ['check (text, English)', ['--lang', 'en', 'check']],
    ['check (JSON)', ['check', '--format', 'json']],
    ['stats (text)', ['stats']],
    ['stats (JSON)', ['stats', '--format', 'json']],
    ['stats (HTML page)', ['stats', '--format', 'html']],
  ] as const) {
    it(`goedwerk ${name}`, () => assert.deepEqual(leaks(run(dir, [...args])), []));
  }

  it('the cache file of goedwerk check --cache', () => {
    const cache = join(dir, '.cache');
    run(dir, ['check', '--cache', '--cache-location', cache]);
    run(dir, ['check', '--cache', '--cache-location', cache]);
    const files = allFiles(cache);
    assert.ok(files.length > 0);
    for (const f of files) assert.deepEqual(leaks(readFileSync(f, 'utf8')), [], f);
  });

  it('the commit guard', () => {
    spawnSync('git', ['init', '-q'], { cwd: dir });
    spawnSync('git', ['add', 'a.goedwerk.md'], { cwd: dir });
    const out = run(dir, ['guard']);
    assert.match(out, /privacy/);
    assert.deepEqual(leaks(out), []);
  });
});
