// Two people add feedback at the same time on two branches; git merges them. Real git, real files.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FEEDBACK_DIR, type FeedbackAnchor } from '../../../src/core/feedback/model';
import { addEntry, loadThreads, startThread } from '../../../src/core/feedback/store';
import { diskHost, JOURNAL } from './helpers';

const hasGit = spawnSync('git', ['--version']).status === 0;

function git(cwd: string, ...args: string[]): { code: number; out: string } {
  const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0' },
  });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

const ANCHOR: FeedbackAnchor = { journal: 'paniek.goedwerk.md', beeld: 'Paniek bij oma', beeldIndex: 0, section: 'kennis', heading: 'Kennis' };

(hasGit ? describe : describe.skip)('feedback: a git merge of two people adding at once', function () {
  this.timeout(60_000);
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gw-merge-'));
    assert.equal(git(dir, 'init', '-q', '-b', 'main').code, 0);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function base(withAttributes: boolean): Promise<string> {
    writeFileSync(join(dir, 'paniek.goedwerk.md'), JOURNAL);
    const host = diskHost(dir);
    const t = await startThread(host, ANCHOR, { author: 'Coach', body: 'Waarom zo?', date: new Date('2024-03-05T09:00:00Z') });
    if (!withAttributes) rmSync(join(dir, FEEDBACK_DIR, '.gitattributes'));
    assert.equal(git(dir, 'add', '-A').code, 0);
    assert.equal(git(dir, 'commit', '-q', '-m', 'base').code, 0);
    return t.file;
  }

  async function twoSides(file: string, withAttributes = true): Promise<void> {
    const host = diskHost(dir);
    const drop = () => { if (!withAttributes) rmSync(join(dir, FEEDBACK_DIR, '.gitattributes'), { force: true }); };
    const id = (await loadThreads(host)).threads[0].id;
    git(dir, 'checkout', '-q', '-b', 'writer');
    await addEntry(host, file, id, { author: 'Medewerker 7', body: 'Omdat het nacht was.', date: new Date('2024-03-05T10:00:00Z') });
    await startThread(host, { ...ANCHOR, section: 'deugden', heading: 'Deugden' }, { author: 'Medewerker 7', body: 'Klopt Moed hier?', date: new Date('2024-03-05T10:05:00Z') });
    drop();
    git(dir, 'add', '-A');
    assert.equal(git(dir, 'commit', '-q', '-m', 'writer').code, 0);
    git(dir, 'checkout', '-q', 'main');
    await addEntry(host, file, id, { author: 'Coach', body: 'En wat deed je daarna?', date: new Date('2024-03-05T10:01:00Z') });
    await addEntry(host, file, id, { author: 'Coach', kind: 'afgerond', body: '', date: new Date('2024-03-05T10:02:00Z') });
    await startThread(host, { ...ANCHOR, section: 'ervaring', heading: 'Kenmerkende ervaring' }, { author: 'Coach', body: 'Sterk begin.', date: new Date('2024-03-05T10:03:00Z') });
    drop();
    git(dir, 'add', '-A');
    assert.equal(git(dir, 'commit', '-q', '-m', 'coach').code, 0);
  }

  it('merges without a conflict, and every thread and reply of both sides is there', async () => {
    const file = await base(true);
    await twoSides(file);
    const merged = git(dir, 'merge', '--no-edit', 'writer');
    assert.equal(merged.code, 0, merged.out);
    assert.doesNotMatch(merged.out, /CONFLICT/);
    assert.equal(git(dir, 'status', '--porcelain').out.trim(), '', 'nothing left to resolve');
    assert.doesNotMatch(readFileSync(join(dir, file), 'utf8'), /^(?:<{7}|={7}|>{7})/m);
    const { threads } = await loadThreads(diskHost(dir));
    assert.equal(threads.length, 3);
    const first = threads.find((t) => t.file === file)!;
    assert.deepEqual(first.entries.map((e) => [e.author, e.kind, e.body]), [
      ['Coach', 'reactie', 'Waarom zo?'],
      ['Medewerker 7', 'reactie', 'Omdat het nacht was.'],
      ['Coach', 'reactie', 'En wat deed je daarna?'],
      ['Coach', 'afgerond', ''],
    ]);
    assert.equal(first.status, 'resolved');
    assert.deepEqual(first.problems, []);
    assert.equal(readFileSync(join(dir, 'paniek.goedwerk.md'), 'utf8'), JOURNAL, 'the journal is never touched');
  });

  it('without the .gitattributes git marks a conflict, and the file still reads as both sides', async () => {
    const file = await base(false);
    await twoSides(file, false);
    const merged = git(dir, 'merge', '--no-edit', 'writer');
    assert.notEqual(merged.code, 0);
    assert.match(merged.out, /CONFLICT/);
    const { threads } = await loadThreads(diskHost(dir));
    const first = threads.find((t) => t.file === file)!;
    assert.deepEqual(first.entries.map((e) => e.body), ['Waarom zo?', 'Omdat het nacht was.', 'En wat deed je daarna?', '']);
    assert.equal(threads.length, 3, 'new threads are new files: never a conflict');
  });

  it('keeps both replies when both sides end their comment with the same line', async () => {
    const file = await base(true);
    const host = diskHost(dir);
    const id = (await loadThreads(host)).threads[0].id;
    git(dir, 'checkout', '-q', '-b', 'other');
    await addEntry(host, file, id, { author: 'A', body: 'Eerste gedachte.\n\nGroet', date: new Date('2024-03-06T10:00:00Z') });
    git(dir, 'commit', '-qam', 'a');
    git(dir, 'checkout', '-q', 'main');
    await addEntry(host, file, id, { author: 'B', body: 'Tweede gedachte.\n\nGroet', date: new Date('2024-03-06T11:00:00Z') });
    git(dir, 'commit', '-qam', 'b');
    assert.equal(git(dir, 'merge', '--no-edit', 'other').code, 0);
    const t = (await loadThreads(host)).threads[0];
    assert.deepEqual(t.entries.slice(1).map((e) => e.body), ['Eerste gedachte.\n\nGroet', 'Tweede gedachte.\n\nGroet']);
  });
});
