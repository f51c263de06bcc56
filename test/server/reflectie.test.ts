// The reflection record over the wire: goedwerk/reflectie on a workspace of journals (an open journal
// with its unsaved text), the session keys in completion and hover, and sessie-ongeldig published.
import * as assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { CompletionItem, CompletionList, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import type { ReflectieResult } from '../../src/protocol';
import { ROOT, codes, fileUri, useServer } from './lsp';

const items = (r: CompletionItem[] | CompletionList | null): CompletionItem[] => (!r ? [] : Array.isArray(r) ? r : r.items);

describe('server: the reflection record', function () {
  this.timeout(60000);
  const server = useServer('reflectie', {}, (root) => cpSync(join(ROOT, 'test', 'fixtures', 'reflectie'), join(root, 'journaal'), { recursive: true }));

  it('asks whose record when the journals are by several people, and never mixes them', async () => {
    const open = await server.client.request<ReflectieResult>('goedwerk/reflectie', { van: '2023-06-01', tot: '2024-12-31' });
    assert.equal(open.record, undefined);
    assert.deepEqual(open.authors, ['A. Collega', 'S. de Vries']);
    const mine = await server.client.request<ReflectieResult>('goedwerk/reflectie', { van: '2023-06-01', tot: '2024-12-31', auteur: 'S. de Vries' });
    const r = mine.record!;
    assert.equal(r.totals.sessions, 6);
    assert.equal(r.totals.minutes, 480);
    assert.equal(r.skipped.otherAuthors, 1);
    assert.equal(r.privacyMasked, 1);
    assert.ok(r.series.every((s) => s.sessions.every((x) => x.file.startsWith('journaal/'))), 'files inside the workspace');
    assert.ok(!JSON.stringify(r).includes('Collega'));
  });

  it('takes an open journal with its unsaved text, and limits to a folder', async () => {
    const uri = fileUri(join(server.root, 'journaal', '2024-05-14-supervisie.goedwerk.md'));
    await server.client.open(uri, '---\ndatum: 2024-05-14\nauteur: S. de Vries\nvorm: supervisie\nduur: 2 uur\nreeks: Supervisie 2024\n---\n\n# Niet alles hoeft vandaag\n');
    const r = (await server.client.request<ReflectieResult>('goedwerk/reflectie', { van: '2024-01-01', tot: '2024-12-31', auteur: 'S. de Vries' })).record!;
    assert.equal(r.series.find((s) => s.name === 'Supervisie 2024')?.minutes, 120);
    await server.client.close(uri);
    const none = await server.client.request<ReflectieResult>('goedwerk/reflectie', { folder: fileUri(join(server.root, 'elders')), van: '2024-01-01', tot: '2024-12-31' });
    assert.deepEqual([none.authors, none.record?.totals.sessions], [[], 0]);
  });

  it('completes the forms after vorm:, explains the keys and reads duur in a hover, and reports impossible values', async () => {
    const uri = fileUri(join(server.root, 'sessie.goedwerk.md'));
    const text = '---\ndatum: 2024-03-01\nvorm: \nduur: 1u30\ndeelnemers: veel\n\n---\n\n# Beeld\n';
    const diags = await server.client.open(uri, text);
    assert.deepEqual(codes(diags).filter((c) => c === 'sessie-ongeldig'), ['sessie-ongeldig']);
    assert.equal(diags.find((d) => d.code === 'sessie-ongeldig')!.range.start.line, 4);
    const list = items(await server.client.request('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 6 } }));
    assert.deepEqual(list.map((i) => i.label), ['intervisie', 'supervisie', 'moreel-beraad', 'coaching', 'casuistiek', 'zelf']);
    const keys = items(await server.client.request('textDocument/completion', { textDocument: { uri }, position: { line: 5, character: 0 } })).map((i) => i.label);
    for (const k of ['vorm', 'duur', 'begeleider', 'deelnemers', 'reeks']) assert.ok(keys.includes(k), `${k} in ${keys}`);
    const hover = await server.client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 2 } });
    assert.match((hover!.contents as MarkupContent).value, /Het verslag leest: \*\*1 uur 30 min\*\*/);
    await server.client.close(uri);
  });
});
