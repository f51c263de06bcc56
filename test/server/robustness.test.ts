// Bad input never kills the server: binary, huge, broken YAML, a broken team config, random bytes.
// And a big journal re-checks only the beeld that changed.
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { LspClient, codes, fileUri, useServer } from './lsp';

function bigJournal(beelden: number): string {
  const parts: string[] = ['---', 'situatie: paniek-bij-oma', '---', '', 'Vooraf.', ''];
  for (let i = 0; i < beelden; i++) {
    parts.push(`# Beeld ${i}`, '', '## Kenmerkende ervaring', '', `Ervaring ${i} `.repeat(20), '', '## Handelingen', '', '- een', '- twee', '',
      '## Kennis', '', 'Kennis.', '', '## Deugden', '', '- Moed', '- Geduld', '', '## Uitwerking', '', 'Zo.', '');
  }
  return parts.join('\n');
}

describe('server: robustness', function () {
  this.timeout(60000);
  const server = useServer('robust', { initializationOptions: { settings: { workspaceDiagnostics: false, maxFileSize: 0.5 } } });

  it('gives a binary document one clear diagnostic and stays up', async () => {
    const d = await server.client.open(fileUri(join(server.root, 'bin.goedwerk.md')), 'PNG\u0000\u0001\u0002\u0000');
    assert.deepEqual(codes(d), ['bestand-binair']);
    assert.ok(server.client.alive);
  });

  it('gives a document above goedwerk.maxFileSize one information diagnostic', async () => {
    const huge = bigJournal(2500);
    assert.ok(huge.length > 512 * 1024);
    const uri = fileUri(join(server.root, 'huge.goedwerk.md'));
    const d = await server.client.open(uri, huge);
    assert.deepEqual(codes(d), ['bestand-te-groot']);
    assert.equal(d[0].severity, 3);
    // Completion and hover stay quiet rather than slow.
    const items = await server.client.request<unknown[]>('textDocument/completion', { textDocument: { uri }, position: { line: 10, character: 3 } });
    assert.deepEqual(items, []);
  });

  it('reports broken YAML and still checks the rest', async () => {
    const d = await server.client.open(fileUri(join(server.root, 'yaml.goedwerk.md')), '---\nsituatie: [oeps\n---\n# T\n');
    assert.ok(codes(d).includes('frontmatter-ongeldig'));
    assert.ok(codes(d).includes('element-ontbreekt'));
  });

  it('reports a broken .goedwerk.json on the file itself and with a message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-badconfig-'));
    writeFileSync(join(dir, '.goedwerk.json'), '{ "rules": { "privacy": "loud" }, ');
    const c = await LspClient.start({ root: dir, initializationOptions: { settings: { workspaceDiagnostics: false } } });
    try {
      const configUri = fileUri(join(dir, '.goedwerk.json'));
      const onConfig = c.waitForDiagnostics(configUri, (d) => d.length > 0);
      const d = await c.open(fileUri(join(dir, 'j.goedwerk.md')), '# T\n');
      assert.ok(codes(d).includes('element-ontbreekt'), 'the journal is still checked');
      const configDiagnostics = await onConfig;
      assert.ok(configDiagnostics.every((x) => x.code === 'config-ongeldig' && x.severity === 1));
      assert.equal(c.messages.length, 1);
      assert.match(c.messages[0].message, /\.goedwerk\.json/);
      // Fixing the file clears its diagnostics at once.
      writeFileSync(join(dir, '.goedwerk.json'), '{ "rules": { "privacy": "off" } }');
      const cleared = c.waitForDiagnostics(configUri, (x) => x.length === 0);
      await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      await cleared;
    } finally {
      await c.stop();
    }
  });

  it('survives arbitrary text, and every range stays inside the document', async () => {
    let version = 1;
    const uri = fileUri(join(server.root, 'fuzz.goedwerk.md'));
    await server.client.open(uri, '');
    const pieces = fc.constantFrom('# ', '## ', 'Kennis', 'Deugden', '- [x] ', '- ', '---\n', '```\n', '\r\n', '\n', '<!--', '-->', 'é', '\u0000', ':', '\ufeff', '  ', 'x');
    await fc.assert(fc.asyncProperty(fc.array(pieces, { maxLength: 60 }), async (parts) => {
      const text = parts.join('');
      const d = await server.client.change(uri, text, ++version);
      const lines = text.split(/\r\n|\r|\n/);
      for (const x of d) {
        assert.ok(x.range.start.line < lines.length && x.range.end.line < lines.length, JSON.stringify({ text, x }));
      }
      assert.ok(server.client.alive);
    }), { numRuns: 60 });
  });

  it('re-parses only the beeld that changed in a big journal', async () => {
    const c = await LspClient.start({ root: server.root, initializationOptions: { settings: { workspaceDiagnostics: false } } });
    try {
      const text = bigJournal(300);
      const uri = fileUri(join(server.root, 'groot.goedwerk.md'));
      const first = await c.open(uri, text);
      let counts = await c.request<{ parsedBeelden: number }>('goedwerk/debug/counts', { uri });
      assert.ok(counts.parsedBeelden > 300, `first check parses all: ${counts.parsedBeelden}`);
      const changed = text.replace('# Beeld 150\n', '# Beeld 150\n\nExtra regel.\n');
      const second = await c.change(uri, changed, 2);
      counts = await c.request<{ parsedBeelden: number }>('goedwerk/debug/counts', { uri });
      assert.equal(counts.parsedBeelden, 1);
      // Same findings as before, shifted by the two new lines after beeld 150.
      assert.equal(second.length, first.length);
      const shifted = first.map((x) => x.range.start.line > text.split('\n').indexOf('# Beeld 150') ? x.range.start.line + 2 : x.range.start.line);
      assert.deepEqual(second.map((x) => x.range.start.line), shifted);
    } finally {
      await c.stop();
    }
  });
});
