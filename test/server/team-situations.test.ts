// The team's own situations reach the `situatie-onbekend` rule over real JSON-RPC: from the default
// `.goedwerk/situaties/` and from the folder a `.goedwerk.json` names, for open journals and for the
// workspace pass, and a situation file added later counts at once.
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, codes, fileUri, useServer } from './lsp';

const journal = (situatie: string) => `---\nsituatie: ${situatie}\n---\n# T\n`;
const unknown = (d: Diagnostic[]) => codes(d).includes('situatie-onbekend');

/** The diagnostics a journal nobody opened got from the workspace pass (already, or when they come). */
function published(client: LspClient, uri: string): Promise<Diagnostic[]> {
  const now = client.diagnostics.get(uri);
  return now?.length ? Promise.resolve(now) : client.waitForDiagnostics(uri, (d) => d.length > 0);
}

describe('server: team situations', function () {
  this.timeout(60000);

  describe('in the folder .goedwerk.json names', () => {
    let root: string;
    let team: string;
    let client: LspClient;
    const server = useServer('teamfolder', {}, (dir) => {
      root = dir;
      team = join(root, 'afspraken', 'situaties');
      mkdirSync(team, { recursive: true });
      mkdirSync(join(root, 'journaal'), { recursive: true });
      writeFileSync(join(root, '.goedwerk.json'), JSON.stringify({ situaties: 'afspraken/situaties' }));
      // The id comes from the frontmatter (read with yaml), not from the file name.
      writeFileSync(join(team, 'Nachtdienst.md'), '---\nid: alleen-in-de-nacht\n---\n# Alleen in de nacht\n\nEen verhaal.\n');
      writeFileSync(join(team, 'wachtlijst.md'), '# Wachtlijst\n\nEen gezin wacht.\n');
      // Closed journals the workspace pass checks.
      writeFileSync(join(root, 'journaal', 'dicht-team.goedwerk.md'), journal('alleen-in-de-nacht'));
      writeFileSync(join(root, 'journaal', 'dicht-onbekend.goedwerk.md'), journal('niet-bestaand'));
    });
    before(() => { client = server.client; });

    it('knows the ids of an open journal, from the frontmatter or the file name', async () => {
      const uri = fileUri(join(root, 'journaal', 'open.goedwerk.md'));
      let version = 1;
      // Known and unknown ids take turns, so each step waits for the check of its own text.
      const check = async (situatie: string, known: boolean) => {
        const next = client.waitForDiagnostics(uri, (d) => unknown(d) !== known);
        if (version === 1) await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'goedwerk', version, text: journal(situatie) } });
        else await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: journal(situatie) }] });
        version++;
        await next;
      };
      await check('alleen-in-de-nacht', true);
      // The file name is no id when the frontmatter gives one.
      await check('nachtdienst', false);
      await check('wachtlijst', true);
      await check('iets-anders', false);
      // The booklet's own situations still count.
      await check('paniek-bij-oma', true);
      await client.close(uri);
    });

    it('knows them in the workspace pass over closed journals', async () => {
      const known = await published(client, fileUri(join(root, 'journaal', 'dicht-team.goedwerk.md')));
      assert.ok(!unknown(known), String(codes(known)));
      const other = await published(client, fileUri(join(root, 'journaal', 'dicht-onbekend.goedwerk.md')));
      assert.ok(unknown(other), String(codes(other)));
    });

    it('counts a situation file added later as soon as the watcher reports it', async () => {
      // The editor's own watcher covers .goedwerk/situaties/ only: the server asks it to watch this folder.
      const watchers = client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles')
        .flatMap((r) => (r.registerOptions as { watchers: { globPattern: unknown }[] }).watchers.map((w) => JSON.stringify(w.globPattern)));
      assert.ok(watchers.some((w) => w.includes('afspraken/situaties')), `watchers: ${watchers.join(', ')}`);
      const uri = fileUri(join(root, 'journaal', 'later.goedwerk.md'));
      assert.ok(unknown(await client.open(uri, journal('ruzie-op-de-groep'))));
      const file = join(team, 'Ruzie op de groep.md');
      writeFileSync(file, '# Ruzie op de groep\n\nTwee jongeren.\n');
      const next = client.waitForDiagnostics(uri, (d) => !unknown(d));
      await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(file), type: 1 }] });
      await next;
      await client.close(uri);
    });
  });

  describe('in .goedwerk/situaties/ of the workspace folder (no .goedwerk.json)', () => {
    let root: string;
    let client: LspClient;
    const server = useServer('teamdefault', { initializationOptions: { settings: { workspaceDiagnostics: false } } }, (dir) => {
      root = dir;
      mkdirSync(join(root, '.goedwerk', 'situaties'), { recursive: true });
      mkdirSync(join(root, 'sub', 'dieper'), { recursive: true });
      writeFileSync(join(root, '.goedwerk', 'situaties', 'overdracht.md'), '---\ntitel: De overdracht\n---\nTekst.\n');
    });
    before(() => { client = server.client; });

    it('knows them for a journal anywhere below the folder', async () => {
      const uri = fileUri(join(root, 'sub', 'dieper', 'j.goedwerk.md'));
      assert.ok(!unknown(await client.open(uri, journal('overdracht'))));
      const next = client.waitForDiagnostics(uri, unknown);
      await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: journal('overdrachtt') }] });
      await next;
    });
  });
});
