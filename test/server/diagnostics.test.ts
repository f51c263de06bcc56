// The built server over real JSON-RPC: open, change, diagnostics with rule codes and links.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LspClient, codes, fileUri, useServer } from './lsp';
import { COMPLETE } from '../fixtures/journals';

describe('server: diagnostics', function () {
  this.timeout(60000);
  const server = useServer('ws', { initializationOptions: { rulesDocBase: 'file:///ext/docs/rules/' } });

  it('answers initialize with the features it offers', () => {
    const caps = server.client.capabilities;
    assert.ok(caps.completionProvider);
    assert.equal(caps.hoverProvider, true);
    assert.equal(caps.documentSymbolProvider, true);
    assert.equal(caps.foldingRangeProvider, true);
    assert.ok(caps.codeActionProvider);
    assert.ok(caps.notebookDocumentSync);
  });

  it('publishes no findings for a complete beeld', async () => {
    const uri = fileUri(join(server.root, 'compleet.goedwerk.md'));
    const d = await server.client.open(uri, COMPLETE);
    assert.deepEqual(codes(d), []);
  });

  it('publishes rule ids as codes, with goedwerk as source and a link to the rule page', async () => {
    const uri = fileUri(join(server.root, 'leeg.goedwerk.md'));
    const d = await server.client.open(uri, '## Kennis\n\nIets.\n');
    assert.ok(codes(d).includes('titel-ontbreekt'));
    assert.ok(codes(d).includes('element-ontbreekt'));
    assert.ok(codes(d).includes('3e-onvolledig'));
    for (const x of d) {
      assert.equal(x.source, 'goedwerk');
      assert.equal(x.codeDescription?.href, `file:///ext/docs/rules/${x.code}.md`);
    }
    const title = d.find((x) => x.code === 'titel-ontbreekt')!;
    assert.equal(title.severity, 2);
    assert.equal(title.range.start.line, 0);
  });

  it('re-checks on change and publishes the new findings', async () => {
    const uri = fileUri(join(server.root, 'wijzig.goedwerk.md'));
    const before = await server.client.open(uri, COMPLETE);
    assert.deepEqual(codes(before), []);
    const after = await server.client.change(uri, COMPLETE.replace('## Kennis', '## Notities'), 2);
    const element = after.filter((x) => x.code === 'element-ontbreekt');
    assert.equal(element.length, 1);
    assert.match(String(element[0].message), /Kennis/);
  });

  it('writes messages in the language the client asked for', async () => {
    const en = await LspClient.start({ root: server.root, initializationOptions: { language: 'en-US' } });
    try {
      const d = await en.open(fileUri(join(server.root, 'en.goedwerk.md')), '# T\n');
      assert.match(String(d.find((x) => x.code === 'element-ontbreekt')!.message), /has not been looked at yet/);
    } finally {
      await en.stop();
    }
    const d = await server.client.open(fileUri(join(server.root, 'nl.goedwerk.md')), '# T\n');
    assert.match(String(d.find((x) => x.code === 'element-ontbreekt')!.message), /nog niet bekeken/);
  });

  it('applies the user settings, and the team config wins over them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-settings-'));
    const s = await LspClient.start({ root: dir, initializationOptions: { settings: { rules: { 'titel-ontbreekt': 'off', 'element-ontbreekt': 'error' } } } });
    try {
      const uri = fileUri(join(dir, 'a.goedwerk.md'));
      let d = await s.open(uri, '## Kennis\n\nx\n');
      assert.ok(!codes(d).includes('titel-ontbreekt'));
      // Four elements are missing; every() over none would hold even if the setting switched the rule off.
      const elements = d.filter((x) => x.code === 'element-ontbreekt');
      assert.equal(elements.length, 4, String(codes(d)));
      assert.ok(elements.every((x) => x.severity === 1));
      writeFileSync(join(dir, '.goedwerk.json'), JSON.stringify({ rules: { 'element-ontbreekt': 'hint' } }));
      const next = s.waitForDiagnostics(uri, (x) => x.some((y) => y.code === 'element-ontbreekt' && y.severity === 4));
      await s.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(join(dir, '.goedwerk.json')), type: 1 }] });
      d = await next;
      assert.ok(d.filter((x) => x.code === 'element-ontbreekt').every((x) => x.severity === 4));
      // A settings change re-checks at once too.
      const again = s.waitForDiagnostics(uri, (x) => codes(x).includes('titel-ontbreekt'));
      await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: { goedwerk: { rules: { 'titel-ontbreekt': 'warning' } } } });
      await again;
    } finally {
      await s.stop();
    }
  });

  it('knows the team\'s own situations in .goedwerk/situaties/', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-teamsit-'));
    mkdirSync(join(dir, '.goedwerk', 'situaties'), { recursive: true });
    writeFileSync(join(dir, '.goedwerk', 'situaties', 'wachtlijst.md'), '# Te lang op de wachtlijst\n\nEen gezin wacht al maanden.\n');
    const s = await LspClient.start({ root: dir, initializationOptions: { settings: { workspaceDiagnostics: false } } });
    try {
      const uri = fileUri(join(dir, 'j.goedwerk.md'));
      const d = await s.open(uri, '---\nsituatie: wachtlijst\n---\n# T\n');
      assert.ok(!codes(d).includes('situatie-onbekend'), String(codes(d)));
      const items = await s.request<{ label: string; detail?: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 10 } });
      assert.ok(items.some((i) => i.label === 'wachtlijst' && /wachtlijst/i.test(i.detail ?? '')));
      // A situation that is neither the booklet's nor the team's is still reported.
      const other = await s.change(uri, '---\nsituatie: iets-anders\n---\n# T\n', 2);
      assert.ok(codes(other).includes('situatie-onbekend'));
    } finally {
      await s.stop();
    }
  });
});
