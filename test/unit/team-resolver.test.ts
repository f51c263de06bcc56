// The one team resolver (src/core/team/) over its hosts: locations, the journal walk, config with
// comments, team situations in either place, and the same answers over a synchronous host, an
// asynchronous one and a virtual file system named by URIs.
import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runAsync, runSync, type AsyncFileHost, type DirEntry, type FileHost } from '../../src/core/host/files';
import { baseName, isInside, joinLocation, parentOf } from '../../src/core/host/locations';
import { nodeAsyncFileHost, nodeFileHost } from '../../src/core/host/node';
import { isJournalName, listJournalsTask } from '../../src/core/team/journals';
import { AsyncTeamResolver, TeamResolver } from '../../src/core/team/resolver';

const FIXTURE = resolve(__dirname, '../../../test/fixtures/team-gelijk');

describe('team resolver: locations', () => {
  it('walks up and joins paths and URIs, each with its own separator', () => {
    assert.equal(parentOf('/a/b/c.goedwerk.md'), '/a/b');
    assert.equal(parentOf('/'), '/');
    assert.equal(parentOf('C:\\team\\a.goedwerk.md'), 'C:\\team');
    assert.equal(parentOf('C:\\'), 'C:\\');
    assert.equal(parentOf('vscode-vfs://github/team/repo/a.md'), 'vscode-vfs://github/team/repo');
    assert.equal(parentOf('vscode-vfs://github/'), 'vscode-vfs://github/');
    assert.equal(parentOf('memfs:/workspace'), 'memfs:/');
    assert.equal(joinLocation('/a/b', '../c/./d'), '/a/c/d');
    assert.equal(joinLocation('/a/b', '/abs'), '/abs');
    assert.equal(joinLocation('C:\\team', 'sit\\eigen'), 'C:\\team\\sit\\eigen');
    assert.equal(joinLocation('memfs:/workspace/team', '../.goedwerk/situaties'), 'memfs:/workspace/.goedwerk/situaties');
    assert.equal(joinLocation('vscode-vfs://github/o/r', '/elders'), 'vscode-vfs://github/elders');
    assert.equal(baseName('memfs:/w/B.GOEDWERK.MD'), 'B.GOEDWERK.MD');
    assert.ok(isInside('memfs:/w/a/b', 'memfs:/w'));
    assert.ok(!isInside('memfs:/wx/a', 'memfs:/w'));
    assert.ok(!isInside('/w', '/w/a'));
  });

  it('knows a journal by its suffix in any case', () => {
    assert.ok(isJournalName('a.goedwerk.md'));
    assert.ok(isJournalName('B.GOEDWERK.MD'));
    assert.ok(isJournalName('memfs:/w/c.GoedWerk.Md'));
    assert.ok(!isJournalName('a.md'));
  });
});

/** An in-memory file system named by URIs, as a virtual workspace (github.dev, memfs) is. */
function memoryHost(files: Record<string, string>): AsyncFileHost & FileHost {
  const enc = new TextEncoder();
  const dirs = new Map<string, Map<string, DirEntry>>();
  const add = (loc: string, kind: 'file' | 'directory') => {
    const parent = parentOf(loc);
    if (parent === loc) return;
    if (!dirs.has(parent)) { dirs.set(parent, new Map()); add(parent, 'directory'); }
    dirs.get(parent)!.set(baseName(loc), { name: baseName(loc), kind, symlink: false });
  };
  for (const loc of Object.keys(files)) add(loc, 'file');
  const sync: FileHost = {
    readFile(loc) {
      if (!(loc in files)) throw new Error(`not found: ${loc}`);
      return enc.encode(files[loc]);
    },
    readDir: (loc) => (dirs.has(loc) ? [...dirs.get(loc)!.values()] : undefined),
    stat: (loc) => (loc in files ? { kind: 'file', size: files[loc].length, mtime: 1 } : dirs.has(loc) ? { kind: 'directory', size: 0, mtime: 1 } : undefined),
  };
  return {
    readFile: sync.readFile,
    readDir: sync.readDir,
    stat: sync.stat,
  } as AsyncFileHost & FileHost;
}

describe('team resolver: the folder walk and the team of a folder', () => {
  let root: string;
  let team: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'goedwerk-team-'));
    team = join(root, 'team-gelijk');
    cpSync(FIXTURE, team, { recursive: true, verbatimSymlinks: true });
    mkdirSync(join(team, 'lus'));
    symlinkSync('..', join(team, 'lus', 'terug'));
    mkdirSync(join(team, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(team, 'node_modules', 'x', 'niet.goedwerk.md'), '# niet\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds journals in any case and through a link to a file, never through a linked folder', () => {
    const found = runSync(listJournalsTask(team), nodeFileHost).map((p) => p.slice(team.length + 1)).sort();
    assert.deepEqual(found, ['HOOFDLETTERS.GOEDWERK.MD', 'eigen-situatie.goedwerk.md', 'gekoppeld.goedwerk.md']);
  });

  it('reads a config with comments: the team deugden, and the situations beside it', () => {
    const r = new TeamResolver(nodeFileHost).forFile(join(team, 'eigen-situatie.goedwerk.md'));
    assert.equal(r.path, join(team, '.goedwerk.json'));
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.config?.deugden, ['Vindingrijkheid']);
    assert.equal(r.situationDir, join(team, '.goedwerk', 'situaties'));
    assert.deepEqual(r.situaties.map((s) => [s.id, s.title]), [['wachtkamer', 'Lang wachten in de wachtkamer']]);
  });

  it('takes the folder the config names, and a workspace folder\'s own when there is no config', () => {
    mkdirSync(join(root, 'elders', 'sit'), { recursive: true });
    writeFileSync(join(root, 'elders', 'sit', 'Eigen Keuze.md'), '# Een eigen keuze\n\nVerhaal.\n');
    writeFileSync(join(team, '.goedwerk.json'), '{ "situaties": "../elders/sit" } // trailing comment');
    const named = new TeamResolver(nodeFileHost).forDir(team);
    assert.deepEqual(named.situaties.map((s) => s.id), ['eigen-keuze']);
    const loose = join(root, 'los');
    mkdirSync(join(root, '.goedwerk', 'situaties'), { recursive: true });
    mkdirSync(loose);
    writeFileSync(join(root, '.goedwerk', 'situaties', 'a.md'), '# A\n');
    const none = new TeamResolver(nodeFileHost, { roots: () => [root] }).forDir(loose);
    assert.equal(none.path, undefined);
    assert.deepEqual(none.situaties.map((s) => s.id), ['a']);
    assert.deepEqual(new TeamResolver(nodeFileHost).forDir(loose).situaties, [], 'outside any workspace folder: none');
  });

  it('reports a broken config with its range and keeps the rest', () => {
    writeFileSync(join(team, '.goedwerk.json'), '{ "deugden": ["Vindingrijkheid"], "rules": {"privacy": "luid"} }');
    const r = new TeamResolver(nodeFileHost).forDir(team);
    assert.equal(r.errors.length, 1);
    assert.deepEqual(r.config?.deugden, ['Vindingrijkheid']);
  });

  it('answers the same over a synchronous host, an asynchronous one and a virtual file system', async () => {
    const sync = new TeamResolver(nodeFileHost, { roots: () => [root] }).forDir(team);
    const asyncR = await new AsyncTeamResolver(nodeAsyncFileHost, { roots: () => [root] }).forDir(team);
    assert.deepEqual(asyncR, sync);
    const mem = memoryHost({
      'memfs:/w/team/.goedwerk.json': '// ons team\n{"deugden": ["Vindingrijkheid"]}',
      'memfs:/w/team/.goedwerk/situaties/wachtkamer.md': '---\nid: wachtkamer\n---\n# Lang wachten in de wachtkamer\n\nEen gezin wacht al weken op een plek, en de spanning thuis loopt op.\n',
      'memfs:/w/team/B.GOEDWERK.MD': '# b\n',
      'memfs:/w/team/sub/a.goedwerk.md': '# a\n',
    });
    const virtual = await new AsyncTeamResolver(mem).forFile('memfs:/w/team/sub/a.goedwerk.md');
    assert.deepEqual(virtual.config, sync.config);
    assert.deepEqual(virtual.situaties.map((s) => [s.id, s.title, s.summary]), sync.situaties.map((s) => [s.id, s.title, s.summary]));
    assert.deepEqual(await runAsync(listJournalsTask('memfs:/w'), mem), ['memfs:/w/team/B.GOEDWERK.MD', 'memfs:/w/team/sub/a.goedwerk.md']);
  });

  it('looks a folder up once, and again after clear()', () => {
    let stats = 0;
    const counting: FileHost = { ...nodeFileHost, stat: (loc) => { stats++; return nodeFileHost.stat(loc); } };
    const r = new TeamResolver(counting);
    r.forFile(join(team, 'a.goedwerk.md'));
    const first = stats;
    r.forFile(join(team, 'b.goedwerk.md'));
    r.forFile(join(team, 'bron', 'c.goedwerk.md'));
    assert.equal(stats, first + 1, 'one more stat for the new folder, none for the known one');
    r.clear();
    r.forFile(join(team, 'a.goedwerk.md'));
    assert.ok(stats > first + 1);
  });
});
