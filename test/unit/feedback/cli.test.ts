// `goedwerk feedback` and `goedwerk stats` on a fixture repository, as a user runs them (the built CLI).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const CLI = join(ROOT, 'dist', 'cli.js');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'feedback-repo');
const GOLDEN = join(ROOT, 'test', 'fixtures', 'feedback-repo.golden.json');

function run(cwd: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  delete env.GOEDWERK_LANG;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('goedwerk feedback (CLI)', function () {
  this.timeout(60_000);
  let dir = '';
  before(() => {
    // A copy, so nothing the CLI might write could land in the repository (it writes nothing).
    dir = mkdtempSync(join(tmpdir(), 'gw-fb-cli-'));
    cpSync(FIXTURE, dir, { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every thread as the golden JSON says (placed, moved, detached, waiting, privacy)', () => {
    const r = run(dir, ['feedback', '--all', '--format', 'json']);
    assert.equal(r.stderr, '');
    assert.equal(r.code, 1, 'a phone number in a comment makes the run fail, like a privacy finding in a journal');
    if (process.env.GOEDWERK_UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, r.stdout);
    assert.deepEqual(JSON.parse(r.stdout), JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('never repeats the personal data it found', () => {
    for (const args of [['feedback'], ['feedback', '--all', '--format', 'json'], ['--lang', 'en', 'feedback']]) {
      const r = run(dir, args);
      assert.doesNotMatch(r.stdout + r.stderr, /12345678/);
    }
  });

  it('shows only open and detached threads by default, in Dutch or English', () => {
    const nl = run(dir, ['feedback']).stdout;
    assert.match(nl, /^Open feedback: 2 draden$/m);
    assert.match(nl, /Paniek bij oma › Wat ik wist {2}\[verplaatst\]/);
    assert.doesNotMatch(nl, /› Deugden/);
    assert.match(nl, /^Losgeraakt \(beeld niet meer gevonden\): 1 draad$/m);
    assert.match(nl, /^Wacht op feedback: 2 beelden$/m);
    const en = run(dir, ['--lang', 'en', 'feedback']).stdout;
    assert.match(en, /^Detached \(beeld not found any more\): 1 thread$/m);
  });

  it('counts the threads in goedwerk stats', () => {
    const stats = JSON.parse(run(dir, ['stats', '--format', 'json']).stdout);
    assert.deepEqual(stats.totals.feedback, { requested: 3, waiting: 2, open: 2, resolved: 1, detached: 1 });
    const paniek = stats.journals.find((j: { file: string }) => j.file === 'team/paniek.goedwerk.md');
    assert.deepEqual(paniek.beelden.map((b: { feedback: unknown }) => b.feedback), [
      { requested: true, open: 1, resolved: 1, waiting: true },
      { requested: true, open: 0, resolved: 0, waiting: true },
    ]);
    assert.match(run(dir, ['stats']).stdout, /^Feedback: gevraagd bij 3 beelden, waarvan 2 wachten; draden: 2 open, 1 afgerond, 1 losgeraakt$/m);
  });

  it('follows the team\'s privacy choices in .goedwerk.json beside the journal', () => {
    const config = join(dir, 'team', '.goedwerk.json');
    try {
      writeFileSync(config, JSON.stringify({ privacy: { uit: ['telefoon'] } }));
      const off = run(dir, ['feedback', '--all', '--format', 'json']);
      assert.equal(off.code, 0, 'the team left phone numbers off');
      assert.deepEqual(JSON.parse(off.stdout).privacy, []);
      writeFileSync(config, JSON.stringify({ rules: { privacy: 'error' } }));
      const error = JSON.parse(run(dir, ['feedback', '--all', '--format', 'json']).stdout);
      assert.deepEqual(error.privacy.map((f: { kind: string; severity: string }) => [f.kind, f.severity]), [['telefoon', 'error']]);
    } finally {
      rmSync(config, { force: true });
    }
  });

  it('limits itself to the journals named, and a journal without feedback has none', () => {
    const one = JSON.parse(run(dir, ['feedback', '--all', '--format', 'json', 'team/loslaten.goedwerk.md']).stdout);
    assert.deepEqual(one.threads.map((t: { id: string }) => t.id), ['cccc3333']);
    const empty = mkdtempSync(join(tmpdir(), 'gw-fb-none-'));
    try {
      writeFileSync(join(empty, 'a.goedwerk.md'), '# Titel\n');
      const r = run(empty, ['feedback']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^Geen open feedback\.$/m);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
