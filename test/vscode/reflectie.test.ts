// The reflection record inside a real VS Code: the command, given what it would ask, writes the PDF or
// HTML file and opens the record; the group timer fills the journal's duration when it stops.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, fixtureUri, waitFor } from './helpers';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'reflectie');
const FOLDER = 'rf-journalen';

interface Outcome { uri: vscode.Uri; format: string; sessions: number; minutes: number; privacyMasked: number }
interface PanelState { title: string; file: string; html: string }

const read = async (uri: vscode.Uri) => vscode.workspace.fs.readFile(uri);

describe('reflection record in VS Code', function () {
  this.timeout(90_000);
  const created: vscode.Uri[] = [];

  before(async () => {
    await activeExtension();
    for (const f of fs.readdirSync(FIXTURES).filter((n) => n.endsWith('.goedwerk.md'))) {
      await vscode.workspace.fs.writeFile(fixtureUri(`${FOLDER}/${f}`), fs.readFileSync(path.join(FIXTURES, f)));
    }
    created.push(fixtureUri(FOLDER));
  });

  after(async () => {
    await closeAllEditors();
    for (const uri of created) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
  });

  it('writes the PDF and opens the record, without other people and with the privacy finding masked', async () => {
    const target = fixtureUri('rf-verslag.pdf');
    created.push(target);
    const out = await vscode.commands.executeCommand<Outcome>('goedwerk.reflectie', {
      folder: fixtureUri(FOLDER), van: '2023-06-01', tot: '2024-12-31', auteur: 'S. de Vries', format: 'pdf', target,
    });
    assert.ok(out, 'the command finished');
    assert.equal(out.uri.toString(), target.toString());
    assert.deepEqual([out.sessions, out.minutes, out.privacyMasked], [6, 480, 1]);
    const bytes = await read(target);
    assert.equal(new TextDecoder('latin1').decode(bytes.subarray(0, 5)), '%PDF-');
    const state = await waitFor(() => Promise.resolve(vscode.commands.executeCommand<PanelState | undefined>('goedwerk.reflectie.state')), 'the record panel');
    assert.equal(state.file, target.toString());
    assert.match(state.html, /Uren reflectie die meetellen|Hours of reflection that count/);
    assert.match(state.html, /rf-verslag\.pdf/);
    assert.ok(!state.html.includes('06-12345678') && !state.html.includes('Collega'));
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /reflectie/.test(t.input.viewType));
    assert.ok(tab, 'the record is open in a tab');
  });

  it('writes an HTML page when asked, and says so when the period has no sessions', async () => {
    const target = fixtureUri('rf-verslag.html');
    created.push(target);
    const out = await vscode.commands.executeCommand<Outcome>('goedwerk.reflectie', {
      folder: fixtureUri(FOLDER), van: '2024-01-01', tot: '2024-06-30', auteur: 'S. de Vries', format: 'html', target,
    });
    assert.equal(out?.sessions, 4);
    const html = new TextDecoder().decode(await read(target));
    assert.match(html, /^<!DOCTYPE html>/);
    assert.ok(!/<script/i.test(html));
    const none = await vscode.commands.executeCommand<Outcome | undefined>('goedwerk.reflectie', {
      folder: fixtureUri(FOLDER), van: '2010-01-01', tot: '2010-12-31', format: 'pdf', target: fixtureUri('rf-leeg.pdf'),
    });
    assert.equal(none, undefined);
    assert.ok(!fs.existsSync(fixtureUri('rf-leeg.pdf').fsPath), 'no empty record written');
  });

  it('fills the duration of a group conversation when the timer stops', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('goedwerk.startGroup', { blank: true, auteur: 'Schrijver (fictief)' });
    created.push(uri);
    const before = new TextDecoder().decode(await read(uri));
    assert.match(before, /\n(vorm|form): intervisie\n(duur|duration):\n/);
    const stopped = await vscode.commands.executeCommand<{ seconds: number }>('goedwerk.stopTimer');
    assert.ok(stopped, 'the timer was running');
    const text = await waitFor(async () => {
      const t = new TextDecoder().decode(await read(uri));
      return /\n(duur|duration): \d+\n/.test(t) ? t : undefined;
    }, 'duur in the saved journal');
    assert.match(text, /\n(duur|duration): 1\n/, 'a short test session counts as one minute');
    assert.equal(text.replace(/\n(duur|duration): 1\n/, '\n$1:\n'), before, 'nothing else changed');
  });
});
