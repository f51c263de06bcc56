// LSP notebook sync: a journal opened as the `goedwerk-notebook` (cells cut by core/cells) gets its
// diagnostics on the right cells and lines, quick fixes edit the right cell, and edits re-check.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { META_KEY, textToCells } from '../../src/core/cells';
import { LspClient, applyTextEdits, codes, editsFor, fileUri, useServer } from './lsp';

const TEXT = [
  '---',
  'situatie: paniek-bij-omaa',
  '---',
  '',
  '# Rust brengen',
  '',
  '## Kenmerkende ervaring',
  '',
  'Oma belde.',
  '',
  '## Handelingen',
  '',
  'Ik ging.',
  '',
  '## Deugden',
  '',
  '- Moed',
  '- Gedudl',
  '',
].join('\n');

describe('server: notebooks', function () {
  this.timeout(60000);
  const server = useServer('nb', {}, (root) => writeFileSync(join(root, 'nb.goedwerk.md'), TEXT));
  let client: LspClient;
  let path: string;
  let notebookUri: string;
  const cellUris: string[] = [];
  let cells: ReturnType<typeof textToCells>;
  const texts: string[] = [];

  before(async () => {
    client = server.client;
    path = join(server.root, 'nb.goedwerk.md');
    notebookUri = fileUri(path);
    // The workspace pass reports the file first; opening it as a notebook moves that to the cells.
    await client.waitForDiagnostics(notebookUri, (d) => d.length > 0);
    cells = textToCells(TEXT);
    cells.forEach((c, i) => {
      cellUris.push(`vscode-notebook-cell:${path}#cell${i}`);
      texts.push(c.value);
    });
    const waits = [client.waitForDiagnostics(notebookUri, (d) => d.length === 0), ...cellUris.map((u) => client.waitForDiagnostics(u))];
    await client.conn.sendNotification('notebookDocument/didOpen', {
      notebookDocument: {
        uri: notebookUri, notebookType: 'goedwerk-notebook', version: 1,
        cells: cells.map((c, i) => ({ kind: c.kind === 'code' ? 2 : 1, document: cellUris[i], metadata: { [META_KEY]: c.meta } })),
      },
      cellTextDocuments: cells.map((c, i) => ({ uri: cellUris[i], languageId: c.language, version: 1, text: c.value })),
    });
    await Promise.all(waits);
  });

  const cellOf = (role: string, section?: string) => cells.findIndex((c) => c.role === role && (!section || c.section === section));

  it('puts each finding on the cell that holds it, at the cell\'s own line', () => {
    const fm = cellOf('frontmatter');
    const title = cellOf('titel');
    const deugden = cellOf('section', 'deugden');
    const fmDiag = client.diagnostics.get(cellUris[fm])!;
    assert.deepEqual(codes(fmDiag), ['situatie-onbekend']);
    assert.equal(fmDiag[0].range.start.line, 0, 'the cell shows the YAML without its --- fence');
    assert.ok(codes(client.diagnostics.get(cellUris[title])!).includes('element-ontbreekt'));
    const dd = client.diagnostics.get(cellUris[deugden])!;
    assert.deepEqual(codes(dd), ['deugd-onbekend']);
    assert.equal(dd[0].range.start.line, 3);
    assert.equal(texts[deugden].split('\n')[3].slice(dd[0].range.start.character, dd[0].range.end.character), 'Gedudl');
    assert.deepEqual(client.diagnostics.get(notebookUri), [], 'no second copy on the file itself');
  });

  async function apply(cell: number, d: Diagnostic, title: RegExp): Promise<string> {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: cellUris[cell] }, range: d.range, context: { diagnostics: [d] },
    });
    const a = actions.find((x) => title.test(x.title));
    assert.ok(a, `${title} among ${actions.map((x) => x.title)}`);
    assert.deepEqual(Object.keys(a.edit!.changes!), [cellUris[cell]], 'the edit stays in its cell');
    return applyTextEdits(texts[cell], editsFor(a.edit, cellUris[cell]));
  }

  async function changeCell(cell: number, text: string, version: number): Promise<void> {
    texts[cell] = text;
    const next = client.waitForDiagnostics(cellUris[cell]);
    await client.conn.sendNotification('notebookDocument/didChange', {
      notebookDocument: { uri: notebookUri, version },
      change: { cells: { textContent: [{ document: { uri: cellUris[cell], version }, changes: [{ text }] }] } },
    });
    await next;
  }

  it('replaces an unknown deugd inside its cell, and the finding goes', async () => {
    const cell = cellOf('section', 'deugden');
    const d = client.diagnostics.get(cellUris[cell])![0];
    const fixed = await apply(cell, d, /Geduld/);
    assert.match(fixed, /- Geduld$/m);
    await changeCell(cell, fixed, 2);
    assert.deepEqual(client.diagnostics.get(cellUris[cell]), []);
  });

  it('fixes the situation id in the frontmatter cell', async () => {
    const cell = cellOf('frontmatter');
    const d = client.diagnostics.get(cellUris[cell])![0];
    const fixed = await apply(cell, d, /paniek-bij-oma/);
    assert.equal(fixed, 'situatie: paniek-bij-oma');
    await changeCell(cell, fixed, 3);
    assert.deepEqual(client.diagnostics.get(cellUris[cell]), []);
  });

  it('adds a missing element to the cell before its place', async () => {
    const title = cellOf('titel');
    const d = client.diagnostics.get(cellUris[title])!.find((x) => x.code === 'element-ontbreekt' && /Kennis/.test(String(x.message)))!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: cellUris[title] }, range: d.range, context: { diagnostics: [d] },
    });
    const add = actions.find((a) => /Kennis/.test(a.title))!;
    const [uri] = Object.keys(add.edit!.changes!);
    const cell = cellUris.indexOf(uri);
    assert.equal(cells[cell].section, 'handelingen', 'Kennis goes after Handelingen');
    const after = applyTextEdits(texts[cell], editsFor(add.edit, uri));
    assert.match(after, /^## Handelingen\n\nIk ging\.\n\n## Kennis\n\n<!--/);
  });

  it('gives completion and hover inside a cell', async () => {
    const cell = cellOf('section', 'handelingen');
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: cellUris[cell] }, position: { line: 0, character: 4 } });
    assert.match(hover!.contents.value, /Handelingen/);
    const fm = cellOf('frontmatter');
    const items = await client.request<{ label: string; textEdit: { range: { start: { line: number } } } }[]>('textDocument/completion', { textDocument: { uri: cellUris[fm] }, position: { line: 0, character: 10 } });
    assert.ok(items.some((i) => i.label === 'paniek-bij-oma'));
    assert.equal(items[0].textEdit.range.start.line, 0);
  });

  it('hands the file back to the workspace pass when the notebook closes', async () => {
    const back = client.waitForDiagnostics(notebookUri, (d) => d.length > 0);
    const cleared = client.waitForDiagnostics(cellUris[cellOf('titel')], (d) => d.length === 0);
    await client.conn.sendNotification('notebookDocument/didClose', {
      notebookDocument: { uri: notebookUri }, cellTextDocuments: cellUris.map((uri) => ({ uri })),
    });
    await Promise.all([back, cleared]);
  });
});

// The notebook keeps the template's prompts out of the cells' text (core/cells `prompt`): the server
// must map each cell's lines past the hidden prompt under its heading, and never edit inside it.
describe('server: notebooks with hidden prompts', function () {
  this.timeout(60000);
  let client: LspClient;
  let notebookUri: string;
  const cellUris: string[] = [];
  let cells: ReturnType<typeof textToCells>;
  const TEXT_P = [
    '# Rust brengen', '', '<!-- Een korte, typerende zin. -->', '',
    '## Kenmerkende ervaring', '', '<!--', 'Vertel kort over dat ene moment.', '-->', '', 'Oma belde.', '',
    '## Deugden', '', '<!-- Wat weegt voor jou zwaar? -->', '', 'Eerst:', '', '- Moed', '- Gedudl', '',
  ].join('\n');

  const server = useServer('nbp', {}, (root) => writeFileSync(join(root, 'nbp.goedwerk.md'), TEXT_P));

  before(async () => {
    client = server.client;
    const path = join(server.root, 'nbp.goedwerk.md');
    notebookUri = fileUri(path);
    await client.waitForDiagnostics(notebookUri, (d) => d.length > 0);
    cells = textToCells(TEXT_P);
    assert.ok(cells.every((c) => !c.value.includes('<!--')), 'the prompts are out of the values');
    cells.forEach((_, i) => cellUris.push(`vscode-notebook-cell:${path}#p${i}`));
    const waits = cellUris.map((u) => client.waitForDiagnostics(u));
    await client.conn.sendNotification('notebookDocument/didOpen', {
      notebookDocument: {
        uri: notebookUri, notebookType: 'goedwerk-notebook', version: 1,
        cells: cells.map((c, i) => ({ kind: 1, document: cellUris[i], metadata: { [META_KEY]: c.meta } })),
      },
      cellTextDocuments: cells.map((c, i) => ({ uri: cellUris[i], languageId: c.language, version: 1, text: c.value })),
    });
    await Promise.all(waits);
  });

  it('puts a finding below a hidden prompt on the cell line that shows it', () => {
    const deugden = cells.findIndex((c) => c.section === 'deugden');
    const d = client.diagnostics.get(cellUris[deugden])!.find((x) => x.code === 'deugd-onbekend')!;
    const lines = cells[deugden].value.split('\n');
    assert.equal(lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), 'Gedudl');
  });

  it('adds a missing section after a cell whose prompt follows its only line, not inside the prompt', async () => {
    const title = cells.findIndex((c) => c.role === 'titel');
    const d = client.diagnostics.get(cellUris[title])!.find((x) => x.code === 'element-ontbreekt' && /Handelingen/.test(String(x.message)))!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: cellUris[title] }, range: d.range, context: { diagnostics: [d] },
    });
    const add = actions.find((a) => /Handelingen/.test(a.title))!;
    const [uri] = Object.keys(add.edit!.changes!);
    const cell = cellUris.indexOf(uri);
    assert.equal(cells[cell].section, 'ervaring');
    const after = applyTextEdits(cells[cell].value, editsFor(add.edit, uri));
    assert.match(after, /^## Kenmerkende ervaring\n\nOma belde\.\n\n## Handelingen\n/);
  });
});
