// The commit guard in real git repositories (temp folders): `goedwerk guard` on the index, and
// `goedwerk hook install` as a real pre-commit hook that a real `git commit` runs.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist', 'cli.js');

interface Run { code: number; stdout: string; stderr: string }

function sh(cwd: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const base: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
  delete base.GOEDWERK_LANG;
  const r = spawnSync(cmd, args, { cwd, env: { ...base, ...env }, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
const git = (cwd: string, ...args: string[]) => sh(cwd, 'git', args);
const goedwerk = (cwd: string, ...args: string[]) => sh(cwd, process.execPath, [CLI, ...args]);

const LEAKY = '# Een beeld\n\n## Kenmerkende ervaring\n\nIk sprak met Kelly de Jong over haar BSN 111222333 en haar school, basisschool De Regenboog.\n';
const CLEAN = '# Een beeld\n\n## Kenmerkende ervaring\n\nIk sprak met de jongere over school.\n';
const VALUES = ['Kelly', 'Jong', '111222333', 'Regenboog'];

describe('goedwerk guard and hook (real git)', function () {
  this.timeout(120_000);
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'goedwerk-guard-'));
    assert.equal(git(dir, 'init', '-q').code, 0);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('checks the staged content, not the working file, and never prints the value', () => {
    writeFileSync(join(dir, 'a.goedwerk.md'), LEAKY);
    git(dir, 'add', 'a.goedwerk.md');
    writeFileSync(join(dir, 'a.goedwerk.md'), CLEAN); // fixed on disk, but not staged
    const r = goedwerk(dir, '--lang', 'en', 'guard');
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /^a\.goedwerk\.md:5:\d+: blocks privacy naam/m);
    assert.match(r.stderr, /^a\.goedwerk\.md:5:\d+: blocks privacy bsn/m);
    assert.match(r.stderr, /Commit stopped: 2 item/);
    for (const v of VALUES) assert.ok(!(r.stdout + r.stderr).includes(v), `output repeats ${v}`);
    git(dir, 'add', 'a.goedwerk.md');
    writeFileSync(join(dir, 'a.goedwerk.md'), LEAKY); // leaky on disk, clean in the index
    const ok = goedwerk(dir, '--lang', 'en', 'guard');
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /1 journal\(s\) checked, nothing found/);
  });

  it('blocks only the kinds the team lists, and leaves off what it turns off', () => {
    writeFileSync(join(dir, '.goedwerk.json'), JSON.stringify({ privacy: { blokkeren: ['bsn'], uit: ['instelling'] } }));
    writeFileSync(join(dir, 'a.goedwerk.md'), LEAKY.replace(' BSN 111222333', ''));
    git(dir, 'add', '.');
    const r = goedwerk(dir, '--lang', 'en', 'guard');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /note privacy naam/);
    assert.ok(!/instelling/.test(r.stdout + r.stderr));
    // A name the team allows is no finding; an institution warns but does not block by default.
    writeFileSync(join(dir, '.goedwerk.json'), JSON.stringify({ privacy: { namen: ['Kelly de Jong'] } }));
    git(dir, 'add', '.goedwerk.json');
    const allowed = goedwerk(dir, '--lang', 'en', 'guard');
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.match(allowed.stdout, /note privacy instelling/);
    assert.ok(!/naam/.test(allowed.stdout + allowed.stderr));
  });

  it('reads the team settings as staged: an unstaged or untracked change to .goedwerk.json lets nothing more through', () => {
    const blocksNothing = JSON.stringify({ privacy: { blokkeren: [], namen: ['Kelly de Jong'] } });
    writeFileSync(join(dir, 'a.goedwerk.md'), LEAKY);
    writeFileSync(join(dir, '.goedwerk.json'), blocksNothing); // untracked: not part of the commit
    git(dir, 'add', 'a.goedwerk.md');
    const untracked = goedwerk(dir, '--lang', 'en', 'guard');
    assert.equal(untracked.code, 1, untracked.stdout);
    assert.match(untracked.stderr, /blocks privacy naam/);
    git(dir, 'add', '.goedwerk.json');
    const staged = goedwerk(dir, '--lang', 'en', 'guard');
    assert.equal(staged.code, 0, staged.stderr);
    assert.ok(!/naam/.test(staged.stdout), 'the staged config allows the name');
    // Staged as permissive, then made strict on disk only: the index decides, both ways.
    writeFileSync(join(dir, '.goedwerk.json'), '{ // strict again, not staged\n "privacy": { "blokkeren": ["bsn"] } }');
    assert.equal(goedwerk(dir, '--lang', 'en', 'guard').code, 0);
    git(dir, 'add', '.goedwerk.json');
    const strict = goedwerk(dir, '--lang', 'en', 'guard');
    assert.equal(strict.code, 1, strict.stdout);
    assert.match(strict.stderr, /blocks privacy bsn/);
    for (const v of VALUES) assert.ok(!(strict.stdout + strict.stderr).includes(v), `output repeats ${v}`);
  });

  it('checks the feedback threads beside the journals too, with the team\'s names, and never prints the value', () => {
    const journal = '---\nauteur: Medewerker Vijf (fictief)\n---\n\n# Een beeld\n\n## Kennis\n\nIk wist wie bereikbaar was.\n';
    const thread = (body: string) => `---\ngoedwerk-feedback: 1\ndraad: "k1x2"\njournaal: "team/a.goedwerk.md"\nbeeld: "Een beeld"\nbeeldnummer: 1\nsectie: kennis\n---\n\n`
      + `# Feedback: Een beeld › Kennis\n\n<!-- reactie k1x2-aa -->\n**Coach (fictief)** · 2024-03-05 10:12 +01:00\n\n${body}\n<!-- /reactie k1x2-aa -->\n`;
    const file = '.goedwerk/feedback/a-k1x2.md';
    mkdirSync(join(dir, 'team'), { recursive: true });
    mkdirSync(join(dir, '.goedwerk', 'feedback'), { recursive: true });
    writeFileSync(join(dir, 'team', 'a.goedwerk.md'), journal);
    writeFileSync(join(dir, file), thread('Sprak je Kelly de Jong daarna nog? Haar BSN 111222333 hoort hier niet.'));
    git(dir, 'add', '.');
    const stopped = goedwerk(dir, '--lang', 'en', 'guard');
    assert.equal(stopped.code, 1, stopped.stderr);
    assert.match(stopped.stderr, /Commit stopped: 2 item/);
    assert.match(stopped.stderr, /^\.goedwerk\/feedback\/a-k1x2\.md:15:\d+: blocks privacy naam/m);
    assert.match(stopped.stderr, /^\.goedwerk\/feedback\/a-k1x2\.md:15:\d+: blocks privacy bsn/m);
    for (const v of VALUES) assert.ok(!(stopped.stdout + stopped.stderr).includes(v), `output repeats ${v}`);
    // Fixed on disk but not staged: still stopped. Staged: passes, the writer of the journal named freely.
    writeFileSync(join(dir, file), thread('Dank je, Medewerker Vijf. Sprak je de jongere daarna nog?'));
    assert.equal(goedwerk(dir, '--lang', 'en', 'guard').code, 1);
    git(dir, 'add', '.');
    const passed = goedwerk(dir, '--lang', 'en', 'guard');
    assert.equal(passed.code, 0, passed.stderr);
    assert.match(passed.stdout, /1 journal\(s\) and 1 feedback thread\(s\) checked, nothing found/);
    // A name the team allows (next to the journal, in team/) is fine in feedback as in the journal.
    writeFileSync(join(dir, file), thread('Sprak je Kelly de Jong daarna nog?'));
    git(dir, 'add', '.');
    assert.equal(goedwerk(dir, '--lang', 'en', 'guard').code, 1);
    writeFileSync(join(dir, 'team', '.goedwerk.json'), JSON.stringify({ privacy: { namen: ['Kelly de Jong'] } }));
    git(dir, 'add', 'team/.goedwerk.json');
    const allowed = goedwerk(dir, '--lang', 'nl', 'guard');
    assert.equal(allowed.code, 0, allowed.stderr);
    assert.match(allowed.stdout, /1 journaal\/journalen en 1 feedbackdraad\/-draden gecontroleerd, niets gevonden/);
    // Through the installed hook, a commit of only a feedback file with a number in it is stopped.
    assert.equal(git(dir, 'commit', '-qm', 'journal and feedback').code, 0);
    assert.equal(goedwerk(dir, 'hook', 'install').code, 0);
    writeFileSync(join(dir, file), thread('Bel haar op 06-12345678.'));
    git(dir, 'add', file);
    const hook = git(dir, 'commit', '-m', 'leak in feedback');
    assert.notEqual(hook.code, 0, 'the commit must be stopped');
    assert.match(hook.stderr, /privacy telefoon/);
    assert.ok(!(hook.stdout + hook.stderr).includes('12345678'), 'hook output repeats the number');
  });

  it('says so when it is not in a git repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'goedwerk-nogit-'));
    try {
      const r = goedwerk(outside, '--lang', 'en', 'guard');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /not a git repository/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('installs a pre-commit hook that stops a real commit, keeping and running an existing hook', () => {
    const hooks = join(dir, '.git', 'hooks');
    writeFileSync(join(hooks, 'pre-commit'), '#!/bin/sh\necho "the team\'s own hook ran"\n');
    chmodSync(join(hooks, 'pre-commit'), 0o755);
    const install = goedwerk(dir, '--lang', 'en', 'hook', 'install');
    assert.equal(install.code, 0, install.stderr);
    assert.match(install.stdout, /kept as .*pre-commit\.goedwerk-vorige/);
    writeFileSync(join(dir, 'a.goedwerk.md'), LEAKY);
    git(dir, 'add', '.');
    const stopped = git(dir, 'commit', '-m', 'leak');
    assert.notEqual(stopped.code, 0, 'the commit must be stopped');
    assert.match(stopped.stdout + stopped.stderr, /the team's own hook ran/);
    assert.match(stopped.stderr, /Commit (stopped|gestopt)/);
    for (const v of VALUES) assert.ok(!(stopped.stdout + stopped.stderr).includes(v), `hook output repeats ${v}`);
    assert.notEqual(git(dir, 'rev-parse', 'HEAD').code, 0, 'nothing was committed');
    writeFileSync(join(dir, 'a.goedwerk.md'), CLEAN);
    git(dir, 'add', '.');
    assert.equal(git(dir, 'commit', '-qm', 'clean').code, 0);
    // Installing again keeps one copy of the old hook; uninstalling puts it back.
    assert.equal(goedwerk(dir, 'hook', 'install').code, 0);
    assert.equal(goedwerk(dir, 'hook', 'uninstall').code, 0);
    assert.match(readFileSync(join(hooks, 'pre-commit'), 'utf8'), /the team's own hook ran/);
    assert.ok(!existsSync(join(hooks, 'pre-commit.goedwerk-vorige')));
  });

  it('refuses the commit with a clear message when the program it runs is gone', () => {
    const install = goedwerk(dir, '--lang', 'en', 'hook', 'install', '--runtime', '/nonexistent/node', '--cli', '/nonexistent/cli.js');
    assert.equal(install.code, 0, install.stderr);
    writeFileSync(join(dir, 'a.goedwerk.md'), CLEAN);
    git(dir, 'add', '.');
    const r = sh(dir, 'git', ['commit', '-m', 'x'], { PATH: '/usr/bin:/bin' });
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /privacy check cannot start/);
  });

  it('honours core.hooksPath', () => {
    git(dir, 'config', 'core.hooksPath', 'team-hooks');
    assert.equal(goedwerk(dir, 'hook', 'install').code, 0);
    assert.ok(existsSync(join(dir, 'team-hooks', 'pre-commit')));
  });
});
