// The privacy quick fixes and the pseudonymise requests over a real LSP connection to dist/server.js.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LEAKY, leaks } from '../unit/privacy-planted';
import { LspClient, applyTextEdits, editsFor, fileUri, useServer } from './lsp';

const TEXT = [
  '# Een beeld', '',
  '## Kenmerkende ervaring', '',
  'Kelly de Jong woont bij oma. Haar moeder, mevrouw De Jong, belde. Kelly was stil.',
  'Bel oma op 06-12345678. Haar broertje Sem (7) speelde.', '',
].join('\n');

describe('server: privacy', function () {
  this.timeout(60000);
  const server = useServer('privacy', { initializationOptions: { settings: { workspaceDiagnostics: false } } },
    (root) => writeFileSync(join(root, '.goedwerk.json'), JSON.stringify({ privacy: { namen: ['Sanne Visser'] } })));
  let n = 0;

  async function open(text: string) {
    const uri = fileUri(join(server.root, `p-${++n}.goedwerk.md`));
    const diagnostics = (await server.client.open(uri, text)).filter((d) => d.code === 'privacy');
    return { uri, diagnostics };
  }

  it('reports names and numbers with their kind only, and honours the team\'s allowed names', async () => {
    const { diagnostics } = await open(`${TEXT}Sanne Visser schreef dit.\n`);
    const kinds = diagnostics.map((d) => (d.data as { privacy?: string }).privacy);
    assert.deepEqual(kinds, ['naam', 'naam', 'naam', 'telefoon', 'naam']);
    for (const d of diagnostics) for (const v of ['Kelly', 'Jong', '12345678', 'Sem']) assert.ok(!JSON.stringify(d).includes(v), `diagnostic carries ${v}`);
  });

  it('masks or removes a phone number', async () => {
    const { uri, diagnostics } = await open(TEXT);
    const phone = diagnostics.find((d) => (d.data as { privacy?: string }).privacy === 'telefoon')!;
    const actions = await server.client.codeActions(uri, [phone]);
    assert.deepEqual(actions.map((a) => a.title), ['Vervang dit gegeven door [telefoonnummer]', 'Haal dit gegeven weg']);
    assert.match(applyTextEdits(TEXT, editsFor(actions[0].edit, uri)), /Bel oma op \[telefoonnummer\]\./);
    assert.match(applyTextEdits(TEXT, editsFor(actions[1].edit, uri)), /Bel oma op\./);
  });

  it('masks an address and the postcode beside it with one quick fix, from either finding', async () => {
    const text = `${TEXT}Hij woont op de Vlinderlaan 31b, 4817 KX Dorpshoven.\nEen postcode alleen: 4817 KX.\n`;
    const { uri, diagnostics } = await open(text);
    const of = (kind: string) => diagnostics.filter((d) => (d.data as { privacy?: string }).privacy === kind);
    assert.equal(of('adres').length, 1);
    assert.equal(of('postcode').length, 2);
    for (const d of [of('adres')[0], of('postcode')[0]]) {
      const actions = await server.client.codeActions(uri, [d]);
      assert.equal(actions[0].title, 'Vervang adres en postcode door [adres] en [postcode]');
      assert.match(applyTextEdits(text, editsFor(actions[0].edit, uri)), /woont op de \[adres\], \[postcode\]\.\nEen postcode alleen: 4817 KX\./);
    }
    const alone = await server.client.codeActions(uri, [of('postcode')[1]]);
    assert.equal(alone[0].title, 'Vervang dit gegeven door [postcode]');
  });

  it('offers the pseudonym command on a name, for the person at that place', async () => {
    const { uri, diagnostics } = await open(TEXT);
    const actions = await server.client.codeActions(uri, [diagnostics[0] as Diagnostic]);
    assert.equal(actions[0].command?.command, 'goedwerk.pseudonymise');
    const arg = actions[0].command!.arguments![0] as { uri: string; offset: number };
    const found = await server.client.conn.sendRequest<{ people: { id: number; label: string; count: number }[]; at?: number }>('goedwerk/privacy/people', arg);
    const kelly = found.people.find((p) => p.id === found.at)!;
    assert.equal(kelly.label, 'Kelly de Jong');
    assert.equal(kelly.count, 3, 'the full name, "mevrouw De Jong" and "Kelly"');
    assert.ok(found.people.some((p) => p.label === 'Sem'));
  });

  for (const [mode, replacement, expected] of [
    ['initiaal', undefined, 'K. woont bij oma. Haar moeder, mevrouw J., belde. K. was stil.'],
    ['rol', 'de jongere', 'De jongere woont bij oma. Haar moeder, de jongere, belde. De jongere was stil.'],
    ['pseudoniem', 'Lisa Bos', 'Lisa Bos woont bij oma. Haar moeder, mevrouw Bos, belde. Lisa was stil.'],
  ] as const) {
    it(`replaces one person everywhere in one edit (${mode})`, async () => {
      const { uri } = await open(TEXT);
      const found = await server.client.conn.sendRequest<{ people: { id: number; label: string }[] }>('goedwerk/privacy/people', { uri });
      const kelly = found.people.find((p) => p.label === 'Kelly de Jong')!;
      const r = await server.client.conn.sendRequest<{ edit?: WorkspaceEdit; count: number }>('goedwerk/privacy/pseudonymise', { uri, person: kelly.id, mode, replacement });
      assert.equal(r.count, 3);
      const next = applyTextEdits(TEXT, editsFor(r.edit, uri));
      assert.equal(next.split('\n')[4], expected);
      assert.match(next, /Sem \(7\)/, 'other people stay');
    });
  }

  it('keeps values out of its diagnostics, its log and its cache file (the workspace pass)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'gw-privacy-ws-'));
    writeFileSync(join(folder, 'leaky.goedwerk.md'), LEAKY);
    const ws = await LspClient.start({ root: folder });
    try {
      const diagnostics = await ws.waitForDiagnostics(fileUri(join(folder, 'leaky.goedwerk.md')), (d) => d.some((x) => x.code === 'privacy'));
      assert.ok(diagnostics.filter((d) => d.code === 'privacy').length >= 9);
      assert.deepEqual(leaks(JSON.stringify(diagnostics)), []);
    } finally {
      await ws.stop();
    }
    const cached = readdirSync(ws.storage).map((f) => readFileSync(join(ws.storage, f), 'utf8'));
    assert.ok(cached.length > 0, 'the server wrote its cache');
    for (const c of cached) assert.deepEqual(leaks(c), []);
    assert.deepEqual(leaks(ws.logs.join('\n')), []);
  });
});
