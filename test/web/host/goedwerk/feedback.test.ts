// Feedback on a beeld in VS Code for the web: a thread is started, answered and resolved on a journal of
// the memfs workspace, kept in .goedwerk/feedback/ through vscode.workspace.fs, and the privacy check
// (its detectors bundled into the web build) marks a thread that holds a phone number, never repeating it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, diagnosticsFor, workspaceUri } from '../rig';

interface Shown { id: string; uri: string; line: number; status: string; comments: { author: string; body: string }[] }

const snapshot = () => vscode.commands.executeCommand<Shown[]>('goedwerk.feedback.snapshot');
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

async function until<T>(get: () => Promise<T | undefined>, what: string, timeout = 30_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await get();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    // Polling a command's answer: no event tells when the feedback store has read its files again.
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function threadFile(id: string): Promise<vscode.Uri> {
  const dir = workspaceUri('.goedwerk/feedback');
  const name = await until(async () => (await vscode.workspace.fs.readDirectory(dir).then((l) => l, () => []))
    .map(([n]) => n).find((n) => n.endsWith(`-${id}.md`)), `the file of thread ${id}`);
  return vscode.Uri.joinPath(dir, name);
}

describe('feedback in VS Code for the web (in the worker extension host)', function () {
  this.timeout(120_000);
  const journal = () => workspaceUri('volledig.goedwerk.md');

  before(() => vscode.workspace.getConfiguration('goedwerk').update('auteur', 'Coach (fictief)', vscode.ConfigurationTarget.Global));
  after(async () => {
    await vscode.workspace.getConfiguration('goedwerk').update('auteur', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  it('starts a thread on a section, answers and resolves it, kept beside the journal and never in it', async () => {
    const before = await read(journal());
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(journal()));
    const line = before.split('\n').findIndex((l) => l.startsWith('Het plan loslaten'));
    const id = await vscode.commands.executeCommand<string>('goedwerk.feedback.add', { uri: journal().toString(), line, character: 2, body: 'Wat maakte dat je het plan losliet?' });
    assert.match(id ?? '', /^[0-9a-z]{8}$/);
    const first = await until(async () => (await snapshot()).find((s) => s.id === id), `thread ${id}`);
    assert.equal(first.line, before.split('\n').indexOf('## Handelingen'), 'on the section heading');
    assert.deepEqual(first.comments, [{ author: 'Coach (fictief)', body: 'Wat maakte dat je het plan losliet?' }]);

    await vscode.commands.executeCommand('goedwerk.feedback.reply', { id, text: 'Ze keek weg toen ik het papier pakte.' });
    await vscode.commands.executeCommand('goedwerk.feedback.resolve', { id });
    await until(async () => (await snapshot()).find((s) => s.id === id && s.status === 'resolved'), 'the thread resolved');
    const stored = await read(await threadFile(id));
    assert.match(stored, /Wat maakte dat je het plan losliet\?/);
    assert.match(stored, /Ze keek weg toen ik het papier pakte\./);
    assert.equal(await read(journal()), before, 'the journal itself is never written');
  });

  it('marks a thread that holds a phone number in Problems, by its kind only', async () => {
    const title = (await read(journal())).split('\n').findIndex((l) => l.startsWith('# '));
    const id = await vscode.commands.executeCommand<string>('goedwerk.feedback.add', { uri: journal().toString(), line: title, character: 2, body: 'Bel me op 06-12345678.' });
    const file = await threadFile(id!);
    const list = await diagnosticsFor(file, (d) => d.some((x) => String(typeof x.code === 'object' ? x.code.value : x.code) === 'privacy'), 60_000);
    assert.ok(list.every((d) => !d.message.includes('12345678')), 'the number is never repeated');
  });
});
