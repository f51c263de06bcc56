// Feedback on a beeld inside a real VS Code: threads through the Comments API in the text editor and in
// the notebook's cells, kept in .goedwerk/feedback/, following the writer's edits, counted by the
// Journaal view and the overview, privacy findings in Problems, and the ask-for-feedback mark.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parseThread } from '../../src/core/feedback/format';
import { activeExtension, closeAllEditors, fixtureUri, waitFor } from './helpers';
import { feedbackJournal } from '../fixtures/journals';

interface Shown { id: string; uri: string; line: number; status: string; placement: string; label?: string; comments: { author: string; body: string }[] }
interface LabelTree { label: string; description?: string; children?: LabelTree[] }

const JOURNAL = feedbackJournal();

const snapshot = () => vscode.commands.executeCommand<Shown[]>('goedwerk.feedback.snapshot');
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

async function threadFile(id: string): Promise<vscode.Uri> {
  const dir = fixtureUri('.goedwerk/feedback');
  const names = (await vscode.workspace.fs.readDirectory(dir)).map(([n]) => n);
  const name = names.find((n) => n.endsWith(`-${id}.md`));
  assert.ok(name, `a file for thread ${id} in ${names.join(', ')}`);
  return vscode.Uri.joinPath(dir, name);
}

async function shown(id: string, pred: (s: Shown) => boolean = () => true, what = `thread ${id}`): Promise<Shown> {
  return waitFor(async () => (await snapshot()).find((s) => s.id === id && pred(s)), what, 20_000);
}

describe('feedback (in VS Code)', function () {
  this.timeout(120_000);
  const text = () => fixtureUri('fb-tekst.goedwerk.md');
  const nb = () => fixtureUri('fb-notebook.goedwerk.md');

  before(async () => {
    await activeExtension();
    await vscode.workspace.getConfiguration('goedwerk').update('auteur', 'Coach (fictief)', vscode.ConfigurationTarget.Global);
    await vscode.workspace.fs.writeFile(text(), new TextEncoder().encode(JOURNAL));
    await vscode.workspace.fs.writeFile(nb(), new TextEncoder().encode(JOURNAL.replace('Rust brengen in de nacht', 'Een tweede nacht')));
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.getConfiguration('goedwerk').update('auteur', undefined, vscode.ConfigurationTarget.Global);
    // Only what this suite made: the workspace's .goedwerk/situaties/ belongs to the sidebar's suite.
    for (const uri of [text(), nb(), fixtureUri('.goedwerk/feedback'), fixtureUri('fb-team')]) await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('adds a thread on a section in the text editor, replies, resolves; the file holds it all and the journal is untouched', async () => {
    const doc = await vscode.workspace.openTextDocument(text());
    await vscode.window.showTextDocument(doc);
    const kennis = lineOf(JOURNAL, 'Ik wist welke');
    const id = await vscode.commands.executeCommand<string>('goedwerk.feedback.add', { uri: text().toString(), line: kennis, character: 3, body: 'Hoe wist je dat?' });
    assert.match(id ?? '', /^[0-9a-z]{8}$/);
    const first = await shown(id);
    assert.equal(first.uri, text().toString());
    assert.equal(first.line, lineOf(JOURNAL, '## Kennis'), 'the thread sits on the section heading');
    assert.equal(first.status, 'open');
    assert.match(first.label ?? '', /Kennis · Rust brengen in de nacht/);
    assert.deepEqual(first.comments, [{ author: 'Coach (fictief)', body: 'Hoe wist je dat?' }]);

    await vscode.commands.executeCommand('goedwerk.feedback.reply', { id, text: 'Van de overdracht.' });
    await vscode.commands.executeCommand('goedwerk.feedback.resolve', { id });
    const done = await shown(id, (s) => s.status === 'resolved', 'the thread resolved');
    assert.deepEqual(done.comments.map((c) => c.body), ['Hoe wist je dat?', 'Van de overdracht.', '*resolved*']);

    const file = await threadFile(id);
    const stored = parseThread(await read(file), 'x.md');
    assert.deepEqual(stored.entries.map((e) => [e.kind, e.author, e.body]), [
      ['reactie', 'Coach (fictief)', 'Hoe wist je dat?'], ['reactie', 'Coach (fictief)', 'Van de overdracht.'], ['afgerond', 'Coach (fictief)', ''],
    ]);
    assert.equal(stored.anchor.journal, 'fb-tekst.goedwerk.md');
    assert.equal(stored.anchor.section, 'kennis');
    assert.match(await read(fixtureUri('.goedwerk/feedback/.gitattributes')), /merge=union/);
    assert.equal(await read(text()), JOURNAL, 'the journal itself is never written');
    await vscode.commands.executeCommand('goedwerk.feedback.reopen', { id });
    await shown(id, (s) => s.status === 'open', 'the thread open again');
  });

  it('follows the section when the writer edits above it and renames its heading, and detaches when the beeld goes', async () => {
    const doc = await vscode.workspace.openTextDocument(text());
    const editor = await vscode.window.showTextDocument(doc);
    const [thread] = (await snapshot()).filter((s) => s.uri === text().toString());
    await editor.edit((e) => {
      e.insert(new vscode.Position(lineOf(JOURNAL, '## Kenmerkende'), 0), 'Een extra alinea.\n\nEn nog een.\n\n');
      e.replace(new vscode.Range(lineOf(JOURNAL, '## Kennis'), 0, lineOf(JOURNAL, '## Kennis'), 9), '## Knowledge');
    });
    const moved = await shown(thread.id, (s) => s.line === lineOf(JOURNAL, '## Kennis') + 4, 'the thread on the renamed heading, four lines down');
    assert.equal(moved.placement, 'moved');
    await editor.edit((e) => e.replace(new vscode.Range(0, 0, doc.lineCount, 0), '# Een heel ander beeld\n\n## Handelingen\nIets anders.\n'));
    const detached = await shown(thread.id, (s) => s.placement === 'detached', 'the thread detached');
    assert.match(detached.uri, /\.goedwerk\/feedback\/fb-tekst-[0-9a-z]{8}\.md$/, 'a detached thread shows on its own file');
    assert.equal(detached.comments.length >= 2, true, 'with every comment');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await shown(thread.id, (s) => s.placement === 'attached', 'the thread back on its section after the revert');
  });

  it('adds and answers a thread in a notebook cell', async () => {
    const doc = await vscode.workspace.openNotebookDocument(nb());
    const editor = await vscode.window.showNotebookDocument(doc);
    const cell = doc.getCells().find((c) => c.document.getText().startsWith('## Deugden'));
    assert.ok(cell, 'the Deugden cell');
    const id = await vscode.commands.executeCommand<string>('goedwerk.feedback.add', { uri: cell.document.uri.toString(), line: 1, character: 2, body: 'Waar lag de grens van je geduld?' });
    assert.ok(id);
    const s = await shown(id);
    assert.equal(s.uri, cell.document.uri.toString(), 'on the cell itself');
    assert.equal(s.line, 0, 'at the cell\'s heading');
    await vscode.commands.executeCommand('goedwerk.feedback.reply', { id, text: 'Bij het derde telefoontje.' });
    await shown(id, (x) => x.comments.length === 2, 'the reply in the cell\'s thread');
    const stored = parseThread(await read(await threadFile(id)), 'x.md');
    assert.equal(stored.anchor.beeld, 'Een tweede nacht');
    assert.equal(stored.anchor.section, 'deugden');
    assert.ok(editor);
  });

  it('shows open feedback in the Journaal view and the overview, and what waits for feedback', async () => {
    assert.equal(await vscode.commands.executeCommand('goedwerk.feedback.request', { uri: text().toString(), on: true }), true);
    const doc = await vscode.workspace.openTextDocument(text());
    assert.match(doc.getText(), /^feedback: gevraagd$/m, 'the writer\'s own mark, in the frontmatter of the open editor');
    assert.ok(await doc.save());
    const beeld = async (journal: string) => {
      const snap = await vscode.commands.executeCommand<{ journaal: LabelTree[] }>('goedwerk.sidebar.snapshot');
      return snap.journaal.flatMap((g) => g.children ?? []).find((j) => j.label === journal)?.children?.[0];
    };
    await waitFor(async () => (await beeld('fb-notebook'))?.description?.startsWith('feedback: 1 open'), 'the Journaal view to show the open thread');
    await waitFor(async () => (await beeld('fb-tekst'))?.description?.startsWith('feedback: 1 open'), 'the reopened thread on the text journal');
    const summary = await waitFor(async () => {
      const s = await vscode.commands.executeCommand<{ feedback: number }>('goedwerk.overview');
      return s && s.feedback >= 2 ? s : undefined;
    }, 'the overview to count the open threads');
    assert.equal(summary.feedback, 2);
  });

  it('reports personal data in feedback in Problems, by kind, on the thread\'s file', async () => {
    const id = await vscode.commands.executeCommand<string>('goedwerk.feedback.add', { uri: text().toString(), line: lineOf(JOURNAL, 'Geduld'), body: 'Bel me op 06-12345678.' });
    assert.ok(id);
    const file = await threadFile(id);
    const diags = await waitFor(() => { const d = vscode.languages.getDiagnostics(file); return d.length ? d : undefined; }, 'a privacy finding on the thread file');
    assert.equal(diags[0].code, 'privacy');
    assert.match(diags[0].message, /phone number|telefoonnummer/);
    assert.doesNotMatch(diags[0].message, /12345678/);
  });

  it('follows the team\'s privacy choices in the .goedwerk.json above the journal: allowed names, kinds left off, severity', async () => {
    const journal = fixtureUri('fb-team/fb-team.goedwerk.md');
    const config = fixtureUri('fb-team/.goedwerk.json');
    const write = (uri: vscode.Uri, t: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(t));
    await write(journal, JOURNAL);
    await write(config, JSON.stringify({ rules: { privacy: 'error' }, privacy: { namen: ['Kelly de Jong'] } }));
    const id = await vscode.commands.executeCommand<string>('goedwerk.feedback.add', { uri: journal.toString(), line: lineOf(JOURNAL, 'Ik wist welke'), body: 'Sprak je Kelly de Jong daarna nog? Bel 06-12345678.' });
    assert.ok(id);
    const file = await threadFile(id);
    const diags = await waitFor(() => { const d = vscode.languages.getDiagnostics(file); return d.length ? d : undefined; }, 'a privacy finding on the thread file');
    assert.deepEqual(diags.map((d) => [d.message.includes('telefoonnummer') || d.message.includes('phone number'), d.severity]), [[true, vscode.DiagnosticSeverity.Error]],
      'only the phone number, at the team\'s severity: the name is one the team allows');
    await write(config, JSON.stringify({ privacy: { namen: ['Kelly de Jong'], uit: ['telefoon'] } }));
    await waitFor(() => vscode.languages.getDiagnostics(file).length === 0, 'the finding gone once the team leaves phone numbers off');
  });
});
