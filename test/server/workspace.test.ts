// Workspace-wide diagnostics: closed journals are found on disk, kept current as files come and go,
// and a restart over an unchanged workspace answers from the content-hash cache.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TeamStats } from '../../src/core/stats';
import { LspClient, codes, fileUri, useServer } from './lsp';

const INCOMPLETE = '# Half af\n\n## Kennis\n\nIets.\n';

describe('server: workspace diagnostics', function () {
  this.timeout(60000);
  const server = useServer('wsdiag', {}, (root) => {
    mkdirSync(join(root, 'team', 'jan'), { recursive: true });
    mkdirSync(join(root, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(root, 'a.goedwerk.md'), INCOMPLETE);
    writeFileSync(join(root, 'team', 'jan', 'b.goedwerk.md'), INCOMPLETE.replace('# Half af', ''));
    writeFileSync(join(root, 'node_modules', 'x', 'skip.goedwerk.md'), INCOMPLETE);
    writeFileSync(join(root, 'gewoon.md'), '# niet van ons\n');
  });
  let root: string;
  let client: LspClient;
  before(() => { ({ root, client } = server); });

  it('publishes findings for journals nobody opened, skipping node_modules', async () => {
    const a = await client.waitForDiagnostics(fileUri(join(root, 'a.goedwerk.md')), (d) => d.length > 0);
    assert.ok(codes(a).includes('element-ontbreekt'));
    const b = await client.waitForDiagnostics(fileUri(join(root, 'team', 'jan', 'b.goedwerk.md')), (d) => d.length > 0);
    assert.ok(codes(b).includes('titel-ontbreekt'));
    assert.equal(client.diagnostics.get(fileUri(join(root, 'node_modules', 'x', 'skip.goedwerk.md'))), undefined);
    assert.equal(client.diagnostics.get(fileUri(join(root, 'gewoon.md'))), undefined);
  });

  it('checks a journal created on disk', async () => {
    const path = join(root, 'nieuw.goedwerk.md');
    writeFileSync(path, '## Deugden\n\n- Moedd\n');
    const next = client.waitForDiagnostics(fileUri(path), (d) => codes(d).includes('deugd-onbekend'));
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path), type: 1 }] });
    await next;
  });

  it('follows a change on disk, a rename and a delete', async () => {
    const path = join(root, 'a.goedwerk.md');
    writeFileSync(path, INCOMPLETE.replace('# Half af', ''));
    let next = client.waitForDiagnostics(fileUri(path), (d) => codes(d).includes('titel-ontbreekt'));
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path), type: 2 }] });
    await next;
    const moved = join(root, 'team', 'verplaatst.goedwerk.md');
    renameSync(path, moved);
    const cleared = client.waitForDiagnostics(fileUri(path), (d) => d.length === 0);
    next = client.waitForDiagnostics(fileUri(moved), (d) => d.length > 0);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: fileUri(path), type: 3 }, { uri: fileUri(moved), type: 1 }],
    });
    await Promise.all([cleared, next]);
    rmSync(moved);
    const gone = client.waitForDiagnostics(fileUri(moved), (d) => d.length === 0);
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(moved), type: 3 }] });
    await gone;
  });

  it('lets the open text rule while a journal is open, and the disk again once closed', async () => {
    const path = join(root, 'team', 'jan', 'b.goedwerk.md');
    const uri = fileUri(path);
    const open = await client.open(uri, '# Nu met titel\n\n## Kennis\n\nx\n');
    assert.ok(!codes(open).includes('titel-ontbreekt'));
    const back = client.waitForDiagnostics(uri, (d) => codes(d).includes('titel-ontbreekt'));
    await client.close(uri);
    await back;
  });

  it('answers goedwerk/stats over the workspace', async () => {
    const stats = await client.request<TeamStats>('goedwerk/stats', {});
    assert.ok(stats.totals.journals >= 2, JSON.stringify(stats.totals));
    assert.ok(stats.journals.every((j) => j.file.endsWith('.goedwerk.md')));
    assert.ok(!stats.journals.some((j) => j.file.includes('node_modules')));
    const team = await client.request<TeamStats>('goedwerk/stats', { folder: fileUri(join(root, 'team')) });
    // team/jan/b.goedwerk.md is there: an empty answer must not pass as "only the team folder".
    assert.ok(team.journals.length > 0, JSON.stringify(team.totals));
    assert.ok(team.journals.every((j) => j.file.startsWith(join(root, 'team'))));
    assert.ok(team.totals.journals < stats.totals.journals);
  });

  it('can be switched off, which clears the closed journals', async () => {
    const uri = fileUri(join(root, 'nieuw.goedwerk.md'));
    const cleared = client.waitForDiagnostics(uri, (d) => d.length === 0);
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { goedwerk: { workspaceDiagnostics: false } } });
    await cleared;
    const back = client.waitForDiagnostics(uri, (d) => d.length > 0);
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { goedwerk: { workspaceDiagnostics: true } } });
    await back;
  });

  it('answers a restart over an unchanged workspace from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-cache-'));
    for (let i = 0; i < 20; i++) writeFileSync(join(dir, `j${i}.goedwerk.md`), `# Beeld ${i}\n\n## Kennis\n\nx\n`);
    const storagePath = mkdtempSync(join(tmpdir(), 'gw-cache-store-'));
    const first = await LspClient.start({ root: dir, initializationOptions: { storagePath } });
    const all = Array.from({ length: 20 }, (_, i) => first.waitForDiagnostics(fileUri(join(dir, `j${i}.goedwerk.md`)), (d) => d.length > 0));
    const firstDiagnostics = await Promise.all(all);
    await first.stop(); // shutdown writes the cache
    const second = await LspClient.start({ root: dir, initializationOptions: { storagePath } });
    try {
      const again = await Promise.all(Array.from({ length: 20 }, (_, i) => second.waitForDiagnostics(fileUri(join(dir, `j${i}.goedwerk.md`)), (d) => d.length > 0)));
      assert.deepEqual(again, firstDiagnostics);
      const counts = await second.request<{ checked: number; cached: number }>('goedwerk/debug/counts', {});
      assert.equal(counts.cached, 20);
      assert.equal(counts.checked, 0);
    } finally {
      await second.stop();
    }
  });
});
