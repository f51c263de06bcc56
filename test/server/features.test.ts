// Completion, hover, document symbols and folding over the wire.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import type { CompletionItem, CompletionList, DocumentSymbol, FoldingRange, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { LspClient, fileUri, useServer } from './lsp';

const TEXT = [
  '---',              // 0
  'situatie: paniek-bij-oma', // 1
  'gesprek: ',        // 2
  '---',              // 3
  '',                 // 4
  '# Rust brengen',   // 5
  '',                 // 6
  '## Handelingen',   // 7
  '',                 // 8
  'Ik ging erheen.',  // 9
  '',                 // 10
  '## Deugden',       // 11
  '',                 // 12
  '- Moed: ik ging',  // 13
  '- Ged',            // 14
  '',                 // 15
  '## ',              // 16
  '',                 // 17
  '# Tweede beeld',   // 18
  '',                 // 19
  '## Kennis',        // 20
  '',                 // 21
  'Iets.',            // 22
  '',
].join('\n');

function items(r: CompletionItem[] | CompletionList | null): CompletionItem[] {
  return !r ? [] : Array.isArray(r) ? r : r.items;
}

describe('server: completion, hover, symbols, folding', function () {
  this.timeout(60000);
  const server = useServer('features', { initializationOptions: { settings: { workspaceDiagnostics: false } } });
  let client: LspClient;
  let uri: string;

  before(async () => {
    client = server.client;
    uri = fileUri(join(server.root, 'features.goedwerk.md'));
    await client.open(uri, TEXT);
  });

  const complete = async (line: number, character: number) =>
    items(await client.request('textDocument/completion', { textDocument: { uri }, position: { line, character } }));
  const hover = (line: number, character: number) =>
    client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });

  it('completes section headings after ## , the missing ones first', async () => {
    const list = await complete(16, 3);
    const labels = list.map((i) => i.label);
    for (const name of ['Kenmerkende ervaring', 'Kennis', 'Identiteit', 'Vrijheid', 'Uitwerking', '3E-check', 'Skills']) assert.ok(labels.includes(name), name);
    const sorted = [...list].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.equal(sorted[0].label, 'Kenmerkende ervaring');
    // Handelingen is in this beeld already: it sorts after the missing ones.
    assert.ok(sorted.findIndex((i) => i.label === 'Handelingen') > sorted.findIndex((i) => i.label === 'Vrijheid'));
    const edit = list[0].textEdit as TextEdit;
    assert.deepEqual(edit.range.start, { line: 16, character: 3 });
  });

  it('completes deugden in a Deugden section, with the golden mean as documentation', async () => {
    const list = await complete(14, 5);
    const geduld = list.find((i) => i.label === 'Geduld');
    assert.ok(geduld, 'Geduld is offered');
    const doc = (geduld.documentation as MarkupContent).value;
    assert.match(doc, /te weinig/i);
    assert.match(doc, /te veel/i);
    assert.deepEqual((geduld.textEdit as TextEdit).range, { start: { line: 14, character: 2 }, end: { line: 14, character: 5 } });
    assert.equal((geduld.textEdit as TextEdit).newText, 'Geduld');
  });

  it('completes situation ids and conversation kinds in the frontmatter', async () => {
    const situations = await complete(1, 10);
    assert.ok(situations.some((i) => i.label === 'paniek-bij-oma'));
    assert.ok(situations.length >= 9);
    const kinds = (await complete(2, 9)).map((i) => i.label);
    assert.deepEqual(kinds, ['een-op-een', 'groep', 'zelf']);
  });

  it('offers nothing in plain prose', async () => {
    assert.deepEqual(await complete(9, 3), []);
  });

  it('hovers an element heading with its guiding questions', async () => {
    const h = await hover(7, 5);
    const value = (h!.contents as MarkupContent).value;
    assert.match(value, /Handelingen/);
    assert.match(value, /\?/);
    // The journal names a situation, so its prompts for this element come along.
    assert.match(value, /Paniek bij oma/i);
  });

  it('hovers a deugd with too little and too much', async () => {
    const value = ((await hover(13, 3))!.contents as MarkupContent).value;
    assert.match(value, /Moed/);
    assert.match(value, /te weinig/i);
  });

  it('hovers the situatie value with the situation summary', async () => {
    const value = ((await hover(1, 12))!.contents as MarkupContent).value;
    assert.match(value, /paniek-bij-oma/);
    assert.ok(value.length > 100);
  });

  it('has no hover on prose', async () => {
    assert.equal(await hover(9, 2), null);
  });

  it('lists beelden and their sections as document symbols', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const beelden = symbols.filter((s) => s.name !== 'Frontmatter');
    assert.deepEqual(beelden.map((s) => s.name), ['Rust brengen', 'Tweede beeld']);
    assert.deepEqual(beelden[0].children!.map((s) => s.name).slice(0, 2), ['Handelingen', 'Deugden']);
    assert.equal(beelden[1].selectionRange.start.line, 18);
  });

  it('folds each beeld, each section and the frontmatter', async () => {
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    const starts = folds.map((f) => f.startLine);
    for (const line of [0, 5, 7, 11, 18, 20]) assert.ok(starts.includes(line), `a fold at ${line}: ${starts}`);
    const first = folds.find((f) => f.startLine === 5)!;
    assert.equal(first.endLine, 16);
  });
});
