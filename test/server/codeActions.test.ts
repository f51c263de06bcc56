// Quick fixes over the wire: each one, applied to the text, makes its finding go away.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, applyTextEdits, codes, editsFor, fileUri, useServer } from './lsp';
import { beeld } from '../fixtures/journals';

// A complete beeld (test/fixtures/journals.ts) whose one deugd a test can misspell or swap.
const ONE_DEUGD = { deugden: '## Deugden\n- Moed\n' };
const BEELD = beeld('Een beeld', { replace: ONE_DEUGD });
const WITHOUT_KENNIS = beeld('Een beeld', { omit: ['kennis'], replace: ONE_DEUGD });

describe('server: code actions', function () {
  this.timeout(60000);
  const server = useServer('actions', { initializationOptions: { settings: { workspaceDiagnostics: false } } });
  let n = 0;

  /** Opens `text`, finds the diagnostic of `rule`, applies the action titled like `title`, returns the new text's diagnostics. */
  async function fix(text: string, rule: string, title: RegExp, pick: (d: Diagnostic) => boolean = () => true) {
    const uri = fileUri(join(server.root, `fix-${++n}.goedwerk.md`));
    const d = await server.client.open(uri, text);
    const target = d.find((x) => x.code === rule && pick(x));
    assert.ok(target, `expected a ${rule} finding, got ${codes(d)}`);
    const actions = await server.client.codeActions(uri, [target]);
    const a = actions.find((x) => title.test(x.title));
    assert.ok(a, `no action like ${title} among ${actions.map((x) => x.title)}`);
    const next = applyTextEdits(text, editsFor(a.edit, uri));
    const after = await server.client.change(uri, next, 2);
    return { text: next, diagnostics: after, action: a, uri };
  }

  it('adds a missing element in the canonical place, with a prompt', async () => {
    const text = WITHOUT_KENNIS;
    const r = await fix(text, 'element-ontbreekt', /Kennis/);
    assert.equal(r.action.isPreferred, true);
    assert.deepEqual(codes(r.diagnostics).filter((c) => c === 'element-ontbreekt'), ['element-ontbreekt']);
    // It stands between Handelingen and Identiteit, still empty (a prompt is not an answer).
    assert.ok(r.text.indexOf('## Handelingen') < r.text.indexOf('## Kennis'));
    assert.ok(r.text.indexOf('## Kennis') < r.text.indexOf('## Identiteit'));
    assert.match(r.text, /## Kennis\n\n<!-- .+ -->\n\n## Identiteit/);
    assert.match(String(r.diagnostics.find((x) => x.code === 'element-ontbreekt')!.message), /nog niet bekeken/);
  });

  it('adds the title', async () => {
    const text = BEELD.replace('# Een beeld\n\n', '');
    const r = await fix(text, 'titel-ontbreekt', /titel/);
    assert.ok(!codes(r.diagnostics).includes('titel-ontbreekt'));
    assert.ok(r.text.startsWith('# '));
  });

  it('completes the 3E check, then asks each open question with yes, no and partly as answers', async () => {
    const text = BEELD.replace('- [x] Ethisch\n', '').replace('- [x] Energiek', '- [ ] Energiek');
    const r = await fix(text, '3e-onvolledig', /Vul de 3E-check aan/);
    assert.match(r.text, /- \[x\] Excellent\n- \[ \] Energiek\n- \[ \] Ethisch: Doet het recht aan iedereen die erbij betrokken is\?/);
    const target = r.diagnostics.find((x) => x.code === '3e-onvolledig')!;
    assert.ok(target, 'open E\'s still count');
    const actions = await server.client.codeActions(r.uri, [target]);
    const titles = actions.map((a) => a.title);
    assert.ok(!titles.some((x) => /Vink/i.test(x)), `no fix ticks for the writer: ${titles}`);
    for (const answer of ['ja', 'nee', 'deels']) {
      assert.ok(titles.includes(`Energiek: Voelt het goed, en geeft het je energie? Antwoord: ${answer}`), `${answer} in ${titles}`);
      assert.ok(titles.includes(`Ethisch: Doet het recht aan iedereen die erbij betrokken is? Antwoord: ${answer}`), `${answer} in ${titles}`);
    }
    assert.ok(!titles.some((x) => x.startsWith('Excellent:')), 'an answered E is not asked again');
    const no = actions.find((a) => a.title.endsWith('energie? Antwoord: nee'))!;
    const once = applyTextEdits(r.text, editsFor(no.edit, r.uri));
    assert.match(once, /- \[ \] Energiek: nee\n/);
    const mid = await server.client.change(r.uri, once, 3);
    const left = mid.find((x) => x.code === '3e-onvolledig')!;
    assert.match(String(left.message), /Ethisch staat nog open/);
    assert.doesNotMatch(String(left.message), /Energiek/, 'an honest no quiets the E');
    const yes = (await server.client.codeActions(r.uri, [left])).find((a) => a.title.endsWith('Antwoord: ja'))!;
    const after = await server.client.change(r.uri, applyTextEdits(once, editsFor(yes.edit, r.uri)), 4);
    assert.ok(!codes(after).includes('3e-onvolledig'));
  });

  it('adds a whole 3E check when there is none', async () => {
    const text = BEELD.slice(0, BEELD.indexOf('## 3E-check'));
    const r = await fix(text, '3e-onvolledig', /3E/);
    assert.match(r.text, /## 3E-check\n/);
    assert.ok(r.diagnostics.some((x) => x.code === '3e-onvolledig'), 'the new check starts with its questions open');
    assert.match(String(r.diagnostics.find((x) => x.code === '3e-onvolledig')!.message), /Excellent staat nog open/);
  });

  it('replaces an unknown deugd with the suggestion', async () => {
    const text = BEELD.replace('- Moed', '- Moedd: ik ging toch');
    const r = await fix(text, 'deugd-onbekend', /Vervang/);
    assert.match(r.text, /- Moed: ik ging toch/);
    assert.ok(!codes(r.diagnostics).includes('deugd-onbekend'));
  });

  it('adds a deugd to the team config, creating .goedwerk.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-team-'));
    const c = await LspClient.start({ root: dir, initializationOptions: { settings: { workspaceDiagnostics: false } } });
    try {
      const uri = fileUri(join(dir, 'team.goedwerk.md'));
      const text = BEELD.replace('- Moed', '- Zorgzaamheid voor elkaar');
      const d = await c.open(uri, text);
      const target = d.find((x) => x.code === 'deugd-onbekend')!;
      const add = (await c.codeActions(uri, [target])).find((a) => /team/.test(a.title))!;
      assert.ok(add, 'offers to add it to the team');
      const changes = add.edit!.documentChanges!;
      assert.equal((changes[0] as { kind: string }).kind, 'create');
      const configUri = fileUri(join(dir, '.goedwerk.json'));
      const content = applyTextEdits('', editsFor(add.edit, configUri));
      assert.deepEqual(JSON.parse(content).deugden, ['Zorgzaamheid voor elkaar']);
      // Write it as the editor would, tell the server, and the finding goes.
      writeFileSync(join(dir, '.goedwerk.json'), content);
      const next = c.waitForDiagnostics(uri, (x) => !codes(x).includes('deugd-onbekend'));
      await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 1 }] });
      await next;
      // With a config in place, the next deugd is appended to its list, formatting kept.
      writeFileSync(join(dir, '.goedwerk.json'), '{\n    "deugden": ["Humor"] // eigen\n}\n');
      const again = c.waitForDiagnostics(uri, (x) => codes(x).includes('deugd-onbekend'));
      await c.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      const d2 = await again;
      const add2 = (await c.codeActions(uri, [d2.find((x) => x.code === 'deugd-onbekend')!])).find((a) => /team/.test(a.title))!;
      const updated = applyTextEdits(readFileSync(join(dir, '.goedwerk.json'), 'utf8'), editsFor(add2.edit, configUri));
      assert.match(updated, /"Humor",\s+"Zorgzaamheid voor elkaar"/);
      assert.match(updated, /\/\/ eigen/);
    } finally {
      await c.stop();
    }
  });

  it('fixes a whole beeld at once, and source.fixAll.goedwerk fixes the journal', async () => {
    const text = '## Kennis\n\nIets.\n\n## Deugden\n\n- Moedd\n';
    const uri = fileUri(join(server.root, 'fixall.goedwerk.md'));
    const d = await server.client.open(uri, text);
    const actions = await server.client.codeActions(uri, [d[0]]);
    const beeld = actions.find((a) => /alles aan/.test(a.title));
    assert.ok(beeld, `offers the beeld fix: ${actions.map((a) => a.title)}`);
    const fixed = applyTextEdits(text, editsFor(beeld.edit, uri));
    const after = await server.client.change(uri, fixed, 2);
    assert.ok(!codes(after).includes('titel-ontbreekt'));
    assert.ok(!after.some((x) => x.code === 'element-ontbreekt' && /ontbreekt/.test(String(x.message))), 'no element is missing any more');
    assert.ok(!codes(after).includes('deugd-onbekend'));
    // The canonical order holds.
    const order = ['# ', '## Kenmerkende ervaring', '## Handelingen', '## Kennis', '## Identiteit', '## Deugden', '## Vrijheid', '## Uitwerking', '## 3E-check'];
    const at = order.map((h) => fixed.indexOf(h));
    assert.deepEqual([...at].sort((a, b) => a - b), at, fixed);

    const two = '# A\n\n## Kennis\n\nx\n\n# B\n\n## Kennis\n\ny\n';
    const uri2 = fileUri(join(server.root, 'fixall2.goedwerk.md'));
    await server.client.open(uri2, two);
    const all: CodeAction[] = await server.client.request('textDocument/codeAction', {
      textDocument: { uri: uri2 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(all.length, 1);
    assert.equal(all[0].kind, 'source.fixAll.goedwerk');
    const fixedAll = applyTextEdits(two, editsFor(all[0].edit, uri2));
    const d2 = await server.client.change(uri2, fixedAll, 2);
    assert.ok(!d2.some((x) => /ontbreekt/.test(String(x.message)) && x.code === 'element-ontbreekt'));
    assert.equal(fixedAll.split('## Handelingen').length, 3, 'each beeld got its own sections');
  });

  it('keeps CRLF line breaks in what it inserts', async () => {
    const text = WITHOUT_KENNIS.replace(/\n/g, '\r\n');
    const uri = fileUri(join(server.root, 'crlf.goedwerk.md'));
    const d = await server.client.open(uri, text);
    const a = (await server.client.codeActions(uri, [d.find((x) => x.code === 'element-ontbreekt')!]))[0];
    const next = applyTextEdits(text, editsFor(a.edit, uri));
    assert.ok(!/[^\r]\n/.test(next), 'no bare LF');
  });
});
