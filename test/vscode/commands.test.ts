// The sidebar's commands inside a real VS Code, each run with an argument that skips its QuickPick,
// checked by the text they leave in the document or the file they create.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SITUATIONS } from '../../src/core/content/situations';
import { GROUP_GUIDE } from '../../src/core/content/guides';
import { activeExtension, closeAllEditors, fixtureUri, openJournal, waitFor } from './helpers';

const COMMANDS = ['goedwerk.newBeeld', 'goedwerk.addBeeld', 'goedwerk.insertSituation', 'goedwerk.insertDeugd', 'goedwerk.addElement',
  'goedwerk.add3e', 'goedwerk.startOneToOne', 'goedwerk.startGroup', 'goedwerk.stopTimer', 'goedwerk.openPage', 'goedwerk.startFromGuide',
  'goedwerk.situatie.newBeeld', 'goedwerk.situatie.insert', 'goedwerk.deugd.insert', 'goedwerk.deugden.filter', 'goedwerk.deugden.clearFilter',
  'goedwerk.journaal.groupByAuthor', 'goedwerk.journaal.groupBySituation', 'goedwerk.journaal.refresh', 'goedwerk.situaties.refresh', 'goedwerk.openBeeld'];

const read = async (uri: vscode.Uri): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

/** A fresh copy of a fixture, so each test edits its own file. */
async function copy(name: string, as: string): Promise<vscode.Uri> {
  const target = fixtureUri(as);
  await vscode.workspace.fs.writeFile(target, await vscode.workspace.fs.readFile(fixtureUri(name)));
  return target;
}

/** Opens a copy in the text editor with the cursor on the first line containing `at`. */
async function editAt(name: string, as: string, at: string): Promise<vscode.TextEditor> {
  await copy(name, as);
  const editor = await openJournal(as);
  const line = editor.document.getText().split(/\r?\n/).findIndex((l) => l.includes(at));
  assert.ok(line >= 0, at);
  const pos = new vscode.Position(line, 0);
  editor.selection = new vscode.Selection(pos, pos);
  return editor;
}

async function withSettings<T>(values: Record<string, unknown>, run: () => Thenable<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration('goedwerk');
  for (const [k, v] of Object.entries(values)) await config.update(k, v, vscode.ConfigurationTarget.Workspace);
  try {
    return await run();
  } finally {
    for (const k of Object.keys(values)) await vscode.workspace.getConfiguration('goedwerk').update(k, undefined, vscode.ConfigurationTarget.Workspace);
  }
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('Sidebar commands (in VS Code)', function () {
  this.timeout(60_000);
  before(async () => { await activeExtension(); });
  afterEach(closeAllEditors);

  it('registers every command the sidebar contributes', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    for (const id of COMMANDS) assert.ok(all.has(id), id);
    const pkg = (await activeExtension()).packageJSON as { contributes: { commands: { command: string }[] } };
    const declared = new Set(pkg.contributes.commands.map((c) => c.command));
    for (const id of COMMANDS) assert.ok(declared.has(id), `${id} in package.json`);
  });

  it('new beeld from a situation writes journaal/<date>-<title>.goedwerk.md and opens it', async () => {
    const s = SITUATIONS[3];
    const uri = await vscode.commands.executeCommand<vscode.Uri>('goedwerk.newBeeld', { situatie: s.id, titel: 'Sb eerste titel' });
    assert.ok(uri, 'returns the new file');
    assert.equal(uri.toString(), fixtureUri(`journaal/${today()}-sb-eerste-titel.goedwerk.md`).toString());
    const text = await read(uri);
    assert.match(text, new RegExp(`^---\\n(?:.*\\n)*(situatie|situation): ${s.id}\\n`));
    assert.ok(text.includes('# Sb eerste titel\n'));
    assert.ok(text.includes(`Kritische situatie: ${s.title.nl}`) || text.includes(`Critical situation: ${s.title.en}`));
    await waitFor(() => vscode.window.visibleNotebookEditors.some((e) => e.notebook.uri.toString() === uri.toString())
      || vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === uri.toString()), 'the new journal open');
    const again = await vscode.commands.executeCommand<vscode.Uri>('goedwerk.newBeeld', { situatie: s.id, titel: 'Sb eerste titel' });
    assert.ok(again.path.endsWith(`${today()}-sb-eerste-titel-2.goedwerk.md`), 'never overwrites');
  });

  it('new beeld follows the folder, file name and language settings', async () => {
    const uri = await withSettings({ journalFolder: 'sb-map/diep', fileNamePattern: 'sb-{titel}', templateLanguage: 'en' },
      () => vscode.commands.executeCommand<vscode.Uri>('goedwerk.newBeeld', { blank: true, titel: 'Engels' }));
    assert.equal(uri.toString(), fixtureUri('sb-map/diep/sb-engels.goedwerk.md').toString());
    const text = await read(uri);
    assert.match(text, /\ndate: \d{4}-\d\d-\d\d\n/);
    assert.ok(text.includes('## Characteristic experience') && text.includes('- [ ] Engaging'));
    assert.ok(!text.includes('Kritische situatie'), 'blank: no situation');
  });

  it('starts a one-to-one conversation with its steps before the beeld', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('goedwerk.startOneToOne', { situatie: SITUATIONS[0].id, auteur: 'Schrijver (fictief)' });
    const text = await read(uri);
    assert.match(text, /\n(gesprek|conversation): een-op-een\n/);
    // The beeld's title is still to write: an empty H1 follows the four steps.
    assert.match(text, /\n## 1\. .*\n[\s\S]*\n## 4\. .*\n[\s\S]*\n#( .*)?\n/);
  });

  it('starts a group conversation laid out as kop, romp and staart, with a timer to stop', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('goedwerk.startGroup', { blank: true, auteur: 'Schrijver (fictief)' });
    const text = await read(uri);
    const heads = GROUP_GUIDE.parts.map((p) => Math.max(text.indexOf(`## ${p.title.nl}`), text.indexOf(`## ${p.title.en}`)));
    assert.ok(heads.every((h) => h > 0) && heads[0] < heads[1] && heads[1] < heads[2], 'kop, romp, staart in order');
    for (const q of GROUP_GUIDE.parts[2].questions) assert.ok(text.includes(q.nl) || text.includes(q.en), q.nl);
    const stopped = await vscode.commands.executeCommand<{ minutes: number; seconds: number }>('goedwerk.stopTimer');
    assert.ok(stopped && stopped.minutes === 0 && stopped.seconds >= 0, 'the timer was running');
    assert.equal(await vscode.commands.executeCommand('goedwerk.stopTimer'), undefined, 'and is stopped now');
  });

  it('insert deugd adds it to the Deugden section of the beeld at the cursor, creating the section', async () => {
    const editor = await editAt('sb-bewerken.goedwerk.md', 'sb-edit-deugd.goedwerk.md', 'Terugbellen.');
    assert.equal(await vscode.commands.executeCommand('goedwerk.insertDeugd', 'Moed'), true);
    const text = editor.document.getText();
    assert.ok(text.includes('## Handelingen\n\nTerugbellen.\n\n## Deugden\n\n- Moed\n\n# Het tweede beeld'), text);
  });

  it('insert deugd from the tree still reaches the journal while a page has the focus', async () => {
    const editor = await editAt('sb-bewerken.goedwerk.md', 'sb-edit-tree.goedwerk.md', 'Iets over afronden.');
    await vscode.commands.executeCommand('goedwerk.openPage', { guide: 'vragen' });
    await waitFor(() => vscode.window.activeTextEditor === undefined, 'the page to take the focus');
    await vscode.commands.executeCommand('goedwerk.deugd.insert', { name: 'Geduld', label: 'Geduld', mean: '', team: false });
    await waitFor(() => editor.document.getText().includes('## Deugden\n\n- Geduld\n'), 'the deugd in the second beeld');
    assert.ok(editor.document.getText().indexOf('- Geduld') > editor.document.getText().indexOf('# Het tweede beeld'));
  });

  it('add element adds the section in canonical order, and only once', async () => {
    const editor = await editAt('sb-bewerken.goedwerk.md', 'sb-edit-element.goedwerk.md', 'Terugbellen.');
    assert.equal(await vscode.commands.executeCommand('goedwerk.addElement', 'kennis'), true);
    const text = editor.document.getText();
    const first = text.slice(0, text.indexOf('# Het tweede beeld'));
    assert.ok(first.indexOf('## Handelingen') < first.indexOf('## Kennis'), 'after Handelingen');
    assert.equal(await vscode.commands.executeCommand('goedwerk.addElement', { element: 'kennis' }), false, 'already there');
    assert.equal(editor.document.getText(), text);
  });

  it('add 3E check adds the task list to the beeld at the cursor', async () => {
    const editor = await editAt('sb-bewerken.goedwerk.md', 'sb-edit-3e.goedwerk.md', 'Een jongere vroeg');
    assert.equal(await vscode.commands.executeCommand('goedwerk.add3e'), true);
    const text = editor.document.getText();
    assert.match(text, /## 3E-check\n[\s\S]*- \[ \] Excellent[^\n]*\n- \[ \] Ethisch[^\n]*\n- \[ \] Energiek[^\n]*\n[\s\S]*# Het tweede beeld/);
  });

  it('insert situation puts its reminder at the cursor; add beeld appends a full skeleton', async () => {
    const editor = await editAt('sb-bewerken.goedwerk.md', 'sb-edit-situatie.goedwerk.md', 'Een jongere vroeg');
    const s = SITUATIONS[5];
    assert.equal(await vscode.commands.executeCommand('goedwerk.insertSituation', s.id), true);
    assert.ok(editor.document.getText().includes(`Een jongere vroeg om een extra gesprek.\n\n> **Kritische situatie: ${s.title.nl}**\n`));
    assert.equal(await vscode.commands.executeCommand('goedwerk.addBeeld', { titel: 'Sb derde beeld' }), true);
    const text = editor.document.getText();
    const at = text.indexOf('# Sb derde beeld');
    assert.ok(at > 0 && at < text.indexOf('# Het tweede beeld'), 'after the beeld at the cursor');
    assert.ok(text.slice(at).includes('## Vrijheid'));
  });

  it('keeps CRLF when it edits a CRLF journal', async () => {
    const uri = fixtureUri('sb-edit-crlf.goedwerk.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Crlf\r\n\r\n## Handelingen\r\nIets.\r\n'));
    const editor = await openJournal('sb-edit-crlf.goedwerk.md');
    await vscode.commands.executeCommand('goedwerk.insertDeugd', 'Moed');
    const text = editor.document.getText();
    assert.ok(text.includes('## Deugden\r\n\r\n- Moed\r\n'), JSON.stringify(text));
    assert.ok(!/[^\r]\n/.test(text));
  });

  it('hands over to the notebook when the journal is open as a notebook', async () => {
    const uri = await copy('sb-notebook.goedwerk.md', 'sb-edit-notebook.goedwerk.md');
    await vscode.commands.executeCommand('vscode.openWith', uri, 'goedwerk-notebook');
    const nb = await waitFor(() => (vscode.window.activeNotebookEditor?.notebook.uri.toString() === uri.toString() ? vscode.window.activeNotebookEditor : undefined), 'the notebook');
    nb.selection = new vscode.NotebookRange(nb.notebook.cellCount - 1, nb.notebook.cellCount);
    await vscode.commands.executeCommand('goedwerk.insertDeugd', 'Moed');
    await waitFor(() => nb.notebook.getCells().some((c) => /- Moed/.test(c.document.getText())), 'the deugd in a notebook cell');
    await vscode.commands.executeCommand('goedwerk.addElement', 'vrijheid');
    await waitFor(() => nb.notebook.getCells().some((c) => /^## Vrijheid/m.test(c.document.getText())), 'Vrijheid in a notebook cell');
  });

  it('tells the user to open a journal when none is open, and changes nothing', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri('notities.md')));
    const before = await read(fixtureUri('notities.md'));
    assert.equal(await vscode.commands.executeCommand('goedwerk.insertDeugd', 'Moed'), undefined);
    assert.equal(vscode.window.activeTextEditor?.document.getText(), before);
  });
});
