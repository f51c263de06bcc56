// The stats request never answers too early or in silence: asked before the workspace walk began it
// waits for the walk instead of saying "no journals", and while it reads it reports the stats so far as
// partial results, so the overview can fill as the journals come in.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TeamStats } from '../../src/core/stats';
import type { StatsProgress } from '../../src/protocol';
import { WorkspaceJournals, type WorkspaceHost } from '../../src/server/workspace';
import { useServer } from './lsp';

const JOURNAL = (i: number) => `---\nauteur: Medewerker ${i}\n---\n\n# Beeld ${i}\n\n## Kenmerkende ervaring\n\nIets gebeurde.\n`;

function fill(root: string, n: number): void {
  for (let i = 0; i < n; i++) writeFileSync(join(root, `j${String(i).padStart(3, '0')}.goedwerk.md`), JOURNAL(i));
}

function folderOf(n: number): string {
  const root = mkdtempSync(join(tmpdir(), 'gw-stats-'));
  fill(root, n);
  return root;
}

describe('server: the stats request', function () {
  this.timeout(120_000);

  it('waits for the workspace walk when asked before it began, instead of answering "no journals"', async () => {
    const root = folderOf(3);
    try {
      const host: WorkspaceHost = { isOpen: () => false, context: () => { throw new Error('not checked here'); }, publish: () => {}, log: () => {} };
      const workspace = new WorkspaceJournals(host, false, undefined, 'test');
      const asked = workspace.journals();
      // The walk starts a moment later, as when a request is handled right behind `initialized`.
      await new Promise((resolve) => setImmediate(resolve));
      workspace.start([root]);
      assert.equal((await asked).length, 3);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  describe('with a server on 60 journals', () => {
    const server = useServer('stats', {}, (root) => fill(root, 60));

    it('reports the stats so far while it reads, then answers with all of them', async () => {
      const { client } = server;
      const partials: StatsProgress[] = [];
      client.conn.onNotification('$/progress', (p: { token: string; value: StatsProgress }) => {
        if (p.token === 'overzicht-1') partials.push(p.value);
      });
      const stats = await client.request<TeamStats>('goedwerk/stats', { partialResultToken: 'overzicht-1' });
      assert.equal(stats.totals.journals, 60);
      assert.ok(partials.length >= 1, 'at least the first journal is reported before the answer');
      for (const p of partials) {
        assert.equal(p.total, 60);
        assert.ok(p.done >= 1 && p.done < 60);
        assert.equal(p.stats.totals.journals, p.done, 'the stats so far are those of the journals read so far');
      }
      const plain = await client.request<TeamStats>('goedwerk/stats', {});
      assert.deepEqual(plain.totals, stats.totals, 'without a token: the same answer, no progress');
    });
  });

  describe('with a server on 3 journals', () => {
    const server = useServer('stats-new', {}, (root) => fill(root, 3));

    it('counts a journal written after the walk whose watcher news has not come yet', async () => {
      // The overview asks when its own watcher sees a new journal; the server's news of it (the client's
      // didChangeWatchedFiles) comes in its own time, on a busy machine after the question. This client
      // never sends it: the answer must hold the journal anyway, as the disk does.
      const { client, root } = server;
      assert.equal((await client.request<TeamStats>('goedwerk/stats', {})).totals.journals, 3);
      writeFileSync(join(root, 'nieuw.goedwerk.md'), JOURNAL(9));
      rmSync(join(root, 'j000.goedwerk.md'));
      const after = await client.request<TeamStats>('goedwerk/stats', {});
      assert.equal(after.totals.journals, 3, 'one added, one gone');
      assert.ok(after.journals.some((j) => j.file.endsWith('nieuw.goedwerk.md')), 'the new journal counts');
      assert.ok(!after.journals.some((j) => j.file.endsWith('j000.goedwerk.md')), 'the removed one does not');
      assert.equal((await client.request<TeamStats>('goedwerk/stats', { folder: root })).totals.journals, 3, 'the same for the folder');
    });
  });
});
