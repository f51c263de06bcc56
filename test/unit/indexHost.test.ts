// The guard's file host over git's index, in a real repository: folders and files as staged, not as
// on the disk.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indexFileHost } from '../../src/cli/indexHost';

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
}

describe('indexFileHost', function () {
  this.timeout(60_000);
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'goedwerk-index-'));
    git(dir, 'init', '-q');
    for (const p of ['a.md', 'team/b.md', 'team/deep/c.md', 'team/deep/d.md', 'other/e.md', 'loose/f.md']) {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), p);
    }
    git(dir, 'add', 'a.md', 'team', 'other');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lists each staged folder with its files and subfolders, and no folder that holds nothing staged', () => {
    const host = indexFileHost(dir);
    const names = (p: string) => host.readDir(join(dir, p))?.map((e) => `${e.name}:${e.kind}`).sort();
    assert.deepEqual(names(''), ['a.md:file', 'other:directory', 'team:directory']);
    assert.deepEqual(names('team'), ['b.md:file', 'deep:directory']);
    assert.deepEqual(names('team/deep'), ['c.md:file', 'd.md:file']);
    assert.equal(names('loose'), undefined, 'on the disk but not staged');
    assert.equal(names('team/b.md'), undefined, 'a file is no folder');
  });

  it('stats a staged folder, a staged file and nothing else', () => {
    const host = indexFileHost(dir);
    assert.equal(host.stat(join(dir, 'team/deep'))?.kind, 'directory');
    assert.deepEqual(host.stat(join(dir, 'team/deep/c.md')), { kind: 'file', size: 'team/deep/c.md'.length, mtime: 0 });
    assert.equal(host.stat(join(dir, 'loose')), undefined);
    assert.equal(host.stat(join(dir, 'tea')), undefined, 'a prefix of a folder is not one');
    assert.equal(String(host.readFile(join(dir, 'other/e.md'))), 'other/e.md');
  });
});
