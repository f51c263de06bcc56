// The .goedwerk.md notebook inside a real VS Code: it opens as cells, saves byte for byte, an edit
// touches only its own cell's text, and the toolbar commands add the right cells.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CellStatusProvider } from '../../src/extension/notebook/status';
import { activeExtension, closeAllEditors, fixtureUri, waitFor } from './helpers';

const TYPE = 'goedwerk-notebook';

async function readBytes(uri: vscode.Uri): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(uri);
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await readBytes(uri));
}

/** A copy of a fixture under a new name, so each test starts from the committed bytes. */
async function copyFixture(from: string, to: string, transform?: (text: string) => Uint8Array): Promise<vscode.Uri> {
  const bytes = await readBytes(fixtureUri(from));
  const target = fixtureUri(to);
  await vscode.workspace.fs.writeFile(target, transform ? transform(new TextDecoder().decode(bytes)) : bytes);
  return target;
}

async function openNotebook(uri: vscode.Uri): Promise<vscode.NotebookEditor> {
  const nb = await vscode.workspace.openNotebookDocument(uri);
  assert.equal(nb.notebookType, TYPE);
  return vscode.window.showNotebookDocument(nb);
}

/** Replaces a cell's whole text, the way typing in it would. */
async function setCellText(cell: vscode.NotebookCell, text: string): Promise<void> {
  const doc = cell.document;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

/**
 * Saves and checks it took. On a busy machine the workbench may abort a save when a save participant
 * is slow to answer; a second try then writes it. The bytes are what the tests judge.
 */
async function save(nb: vscode.NotebookDocument): Promise<void> {
  for (let attempt = 0; attempt < 3 && nb.isDirty; attempt++) await nb.save();
  assert.equal(nb.isDirty, false, `${nb.uri.path} did not save`);
}

function texts(nb: vscode.NotebookDocument): string[] {
  return nb.getCells().map((c) => c.document.getText());
}

function select(editor: vscode.NotebookEditor, index: number): void {
  editor.selection = new vscode.NotebookRange(index, index + 1);
}

describe('notebook', function () {
  // Opening and saving notebooks goes through the workbench; give a busy machine time.
  this.timeout(90_000);
  before(async () => { await activeExtension(); });
  afterEach(closeAllEditors);

  it('is the default editor for *.goedwerk.md, and "Reopen Editor With" switches to text and back', async () => {
    const uri = fixtureUri('nb-journaal.goedwerk.md');
    await vscode.commands.executeCommand('vscode.open', uri);
    const editor = await waitFor(() => vscode.window.activeNotebookEditor, 'the notebook editor');
    assert.equal(editor.notebook.notebookType, TYPE);
    assert.equal(editor.notebook.uri.toString(), uri.toString());
    await vscode.commands.executeCommand('vscode.openWith', uri, 'default');
    const text = await waitFor(() => vscode.window.activeTextEditor, 'the text editor');
    assert.equal(text.document.uri.toString(), uri.toString());
    assert.ok(text.document.getText().startsWith('---\n# Fictief journaal'));
    await vscode.commands.executeCommand('vscode.openWith', uri, TYPE);
    await waitFor(() => vscode.window.activeNotebookEditor?.notebook.uri.toString() === uri.toString(), 'the notebook again');
  });

  it('opens a journal as frontmatter, preamble, title and section cells', async () => {
    const { notebook: nb } = await openNotebook(fixtureUri('nb-journaal.goedwerk.md'));
    const cells = nb.getCells();
    assert.equal(cells.length, 10);
    // The frontmatter is YAML to edit, but a Markdown-kind cell: it never runs, and renders as a card.
    assert.equal(cells[0].kind, vscode.NotebookCellKind.Markup);
    assert.equal(cells[0].document.languageId, 'yaml');
    assert.ok(cells[0].document.getText().startsWith('# Fictief journaal'), 'the YAML without its fences');
    assert.ok(!cells[0].document.getText().includes('---'));
    for (const c of cells.slice(1)) {
      assert.equal(c.kind, vscode.NotebookCellKind.Markup);
      assert.equal(c.document.languageId, 'markdown', 'Markdown cells, so LSP notebook sync reaches them');
    }
    assert.ok(cells.every((c) => (c.metadata as { goedwerkView?: { id?: string } }).goedwerkView?.id), 'every cell has view data for the renderer');
    const firstLines = texts(nb).slice(1).map((t) => t.split('\n')[0]);
    assert.deepEqual(firstLines, [
      'Aantekeningen van een avonddienst. Deze regel eindigt op twee spaties  ',
      'Rust brengen bij oma', '## Kenmerkende ervaring', '## Handelingen', '## Kennis', '## Deugden', '## Vrijheid',
      '# Tweede beeld zonder veel inhoud', '## Kennis',
    ]);
    assert.ok(texts(nb)[4].includes('# Dit is geen titel'), 'a fence with # lines stays inside its section');
    assert.ok(texts(nb)[4].endsWith('Die hoort nog bij de handelingen.'), 'a deeper heading of one’s own stays too');
  });

  it('saves an unchanged journal to identical bytes (LF; and CRLF with a BOM and no final newline)', async () => {
    const crlf = (t: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(t.replace(/\n/g, '\r\n').replace(/\r\n$/, ''))]);
    for (const uri of [await copyFixture('nb-journaal.goedwerk.md', 'nb-kopie-lf.goedwerk.md'),
      await copyFixture('nb-journaal.goedwerk.md', 'nb-kopie-crlf.goedwerk.md', crlf)]) {
      const before = await readBytes(uri);
      const { notebook: nb } = await openNotebook(uri);
      // Make the notebook dirty without a net change, so that saving really writes.
      const cell = nb.cellAt(3);
      const original = cell.document.getText();
      await setCellText(cell, original + ' x');
      await setCellText(cell, original);
      assert.ok(nb.isDirty);
      await save(nb);
      const after = await readBytes(uri);
      assert.equal(Buffer.compare(Buffer.from(after), Buffer.from(before)), 0, `${uri.path} changed on save`);
    }
  });

  it('writes an edit of one cell into that cell’s part of the file only', async () => {
    const uri = await copyFixture('nb-journaal.goedwerk.md', 'nb-bewerkt.goedwerk.md');
    const before = await readText(uri);
    const { notebook: nb } = await openNotebook(uri);
    const kennis = nb.cellAt(5);
    assert.ok(kennis.document.getText().startsWith('## Kennis'), kennis.document.getText());
    const oldText = kennis.document.getText();
    await setCellText(kennis, '## Kennis\n\nWat ik wist over het netwerk van oma.\n');
    await save(nb);
    const after = await readText(uri);
    assert.equal(after, before.replace(oldText, '## Kennis\n\nWat ik wist over het netwerk van oma.'));
  });

  it('edits the frontmatter as YAML and keeps its fences; invalid YAML is saved as typed', async () => {
    const uri = await copyFixture('nb-werkbalk.goedwerk.md', 'nb-yaml.goedwerk.md');
    const { notebook: nb } = await openNotebook(uri);
    await setCellText(nb.cellAt(0), 'datum: [2025-04-01\nauteur: Sam');
    await save(nb);
    assert.ok((await readText(uri)).startsWith('---\ndatum: [2025-04-01\nauteur: Sam\n---\n\n# Grenzen aangeven\n'));
  });

  it('opens and saves a big journal (500 beelden, CRLF) byte for byte', async () => {
    const beeld = (i: number) => [`# Beeld ${i}`, '', '## Kenmerkende ervaring', '', `Dienst ${i}: een fictief moment.  `, '',
      '## Kennis', '', '```', '# geen kop', '```', '', '## Deugden', '', '- Geduld', '- Moed', ''].join('\r\n');
    const text = Array.from({ length: 500 }, (_, i) => beeld(i)).join('\r\n');
    const uri = fixtureUri('nb-groot.goedwerk.md');
    const bytes = new TextEncoder().encode(text);
    await vscode.workspace.fs.writeFile(uri, bytes);
    const nb = await vscode.workspace.openNotebookDocument(uri);
    assert.equal(nb.cellCount, 500 * 4);
    const cell = nb.cellAt(1999);
    const original = cell.document.getText();
    await setCellText(cell, original + ' x');
    await setCellText(cell, original);
    await save(nb);
    assert.equal(Buffer.compare(Buffer.from(await readBytes(uri)), Buffer.from(bytes)), 0);
  });

  it('refuses a file that is not UTF-8 and leaves its bytes alone', async () => {
    const uri = fixtureUri('nb-latin1.goedwerk.md');
    const bytes = new Uint8Array([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]); // "# Café" in Latin-1
    await vscode.workspace.fs.writeFile(uri, bytes);
    await assert.rejects(Promise.resolve(vscode.workspace.openNotebookDocument(uri)));
    assert.equal(Buffer.compare(Buffer.from(await readBytes(uri)), Buffer.from(bytes)), 0);
  });

  it('toolbar: adds an element in canonical order, or shows the one already there', async () => {
    const uri = await copyFixture('nb-werkbalk.goedwerk.md', 'nb-element.goedwerk.md');
    const before = await readText(uri);
    const editor = await openNotebook(uri);
    select(editor, 1);
    const at = await vscode.commands.executeCommand<number>('goedwerk.notebook.addElement', 'kennis');
    // After the ervaring (cell 2), before the Deugden.
    assert.equal(at, 3);
    assert.equal(editor.notebook.cellAt(3).document.getText(), '## Kennis', 'the prompt is hidden, not in the cell’s text');
    assert.ok(editor.notebook.cellAt(4).document.getText().startsWith('## Deugden'));
    assert.equal(await vscode.commands.executeCommand<number>('goedwerk.notebook.addElement', 'deugden'), 4);
    assert.equal(editor.notebook.cellCount, 6, 'no second Deugden cell');
    await save(editor.notebook);
    const after = await readText(uri);
    const cut = before.indexOf('## Deugden');
    assert.ok(after.startsWith(before.slice(0, cut) + '## Kennis\n'), 'text before the new cell unchanged');
    assert.ok(after.endsWith('\n\n' + before.slice(cut)), 'text after it unchanged, a blank line between');
  });

  it('toolbar: adds the 3E check as a task list, and a deugd into the Deugden cell', async () => {
    const uri = await copyFixture('nb-werkbalk.goedwerk.md', 'nb-3e.goedwerk.md');
    const editor = await openNotebook(uri);
    select(editor, 2);
    const e = await vscode.commands.executeCommand<number>('goedwerk.notebook.add3e');
    assert.equal(e, editor.notebook.cellCount - 1, 'the 3E check comes last');
    const drieE = editor.notebook.cellAt(e).document.getText();
    assert.ok(drieE.startsWith('## 3E-check'));
    assert.match(drieE, /- \[ \] Excellent/);
    assert.match(drieE, /- \[ \] Ethisch/);
    assert.match(drieE, /- \[ \] Energiek/);
    const d = await vscode.commands.executeCommand<number>('goedwerk.notebook.insertDeugd', 'Moed');
    assert.equal(editor.notebook.cellAt(d).document.getText(), '## Deugden\n\n- Geduld\n- Moed');
    await save(editor.notebook);
    assert.ok((await readText(uri)).includes('## Deugden\n\n- Geduld\n- Moed\n\n## Uitwerking'));
  });

  it('toolbar: creates the Deugden cell when a beeld has none', async () => {
    const uri = await copyFixture('nb-journaal.goedwerk.md', 'nb-deugd.goedwerk.md');
    const editor = await openNotebook(uri);
    select(editor, 9); // the second beeld's Kennis cell
    const d = await vscode.commands.executeCommand<number>('goedwerk.notebook.insertDeugd', 'Geduld');
    assert.equal(d, 10);
    assert.equal(editor.notebook.cellAt(d).document.getText(), '## Deugden\n\n- Geduld');
  });

  it('toolbar: adds a whole beeld after the current one, one cell per part', async () => {
    const uri = await copyFixture('nb-journaal.goedwerk.md', 'nb-beeld.goedwerk.md');
    const editor = await openNotebook(uri);
    select(editor, 4);
    const count = editor.notebook.cellCount;
    const at = await vscode.commands.executeCommand<number>('goedwerk.notebook.addBeeld', { titel: 'Een nieuw beeld' });
    assert.equal(at, 8, 'right after the first beeld');
    const added = texts(editor.notebook).slice(8, 8 + editor.notebook.cellCount - count).map((t) => t.split('\n')[0]);
    assert.equal(added[0], '# Een nieuw beeld');
    assert.ok(texts(editor.notebook).slice(8, 8 + added.length).every((t) => !t.includes('<!--')), 'the prompts are out of the cells’ text');
    assert.deepEqual(added.slice(1).map((h) => h.slice(0, 3)), Array(added.length - 1).fill('## '));
    assert.ok(added.length >= 9, 'a title and every section');
    assert.ok(texts(editor.notebook)[8 + added.length].startsWith('# Tweede beeld'));
  });

  it('toolbar: inserts a situation below the selected cell and names it in the frontmatter', async () => {
    const uri = await copyFixture('nb-werkbalk.goedwerk.md', 'nb-situatie.goedwerk.md');
    const editor = await openNotebook(uri);
    select(editor, 1);
    const at = await vscode.commands.executeCommand<number>('goedwerk.notebook.insertSituation', 'paniek-bij-oma');
    // Under the title, before the first section: the reminder is part of the title's cell, as opening the file cuts it.
    assert.equal(at, 1);
    assert.match(editor.notebook.cellAt(1).document.getText(), /^# Grenzen aangeven\n\n> \*\*/);
    assert.equal(editor.notebook.cellAt(0).document.getText(), 'datum: 2025-04-01\nsituatie: paniek-bij-oma');
    await save(editor.notebook);
    assert.ok((await readText(uri)).startsWith('---\ndatum: 2025-04-01\nsituatie: paniek-bij-oma\n---\n\n# Grenzen aangeven\n\n> **'));
  });

  it('cell status bar: names each part with its icon and what the beeld still lacks', async () => {
    const { notebook: nb } = await openNotebook(fixtureUri('nb-werkbalk.goedwerk.md'));
    const provider = new CellStatusProvider();
    try {
      const items = nb.getCells().map((c) => provider.provideCellStatusBarItems(c).map((i) => i.text));
      assert.equal(items.length, 5);
      assert.match(items[0][0], /^\$\(person\) /);
      assert.match(items[1][0], /^\$\(bookmark\) /);
      assert.match(items[1][1], /^\$\(edit\) /);
      for (const missing of ['Skills|Handelingen', 'Knowledge|Kennis', 'Identity|Identiteit', 'Freedom|Vrijheid', '3E']) {
        assert.match(items[1][1], new RegExp(missing));
      }
      assert.doesNotMatch(items[1][1], /Virtues|Deugden/);
      assert.match(items[3][0], new RegExp(`^\\$\\(heart\\) `), 'the Deugden cell shows its element icon');
    } finally {
      provider.dispose();
    }
  });
});

/** The view id the renderer names a cell by. */
function viewId(cell: vscode.NotebookCell): string {
  return (cell.metadata as { goedwerkView: { id: string } }).goedwerkView.id;
}

describe('notebook: a guided journal', function () {
  this.timeout(90_000);
  before(async () => { await activeExtension(); });
  afterEach(closeAllEditors);

  const TEMPLATE = [
    '---', 'situatie: paniek-bij-oma', 'datum: 2025-03-01', '---', '',
    '# Rust brengen', '', '<!-- Een korte, typerende zin. Vaak schrijf je die als laatste. -->', '',
    '## Kenmerkende ervaring', '', '<!-- Vertel kort over dat ene moment: waar en wanneer, wie erbij waren, wat er gebeurde en wat jij deed. -->', '',
    '## Handelingen', '', '<!--', 'Wat kun je hier doen, en wat moet je daarvoor kunnen?', '-->', '',
    '## Deugden', '', '- Geduld', '',
    '## 3E-check', '', '- [ ] Excellent: Is het vakkundig goed gedaan?', '- [ ] Ethisch: Doet het recht aan iedereen die erbij betrokken is?', '- [ ] Energiek: Voelt het goed, en geeft het je energie?', '',
  ].join('\n');

  async function journal(name: string, text: string): Promise<vscode.NotebookEditor> {
    const uri = fixtureUri(name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    return openNotebook(uri);
  }

  const cellWith = (nb: vscode.NotebookDocument, start: string) => nb.getCells().find((c) => c.document.getText().startsWith(start))!;

  it('keeps the prompts out of the cells’ text, writes them back under their heading, and saves untouched bytes', async () => {
    const editor = await journal('nb-prompts.goedwerk.md', TEMPLATE);
    const nb = editor.notebook;
    for (const c of nb.getCells()) assert.ok(!c.document.getText().includes('<!--'), c.document.getText());
    const ervaring = cellWith(nb, '## Kenmerkende ervaring');
    assert.equal(ervaring.document.getText(), '## Kenmerkende ervaring');
    assert.match(String((ervaring.metadata as { goedwerk: { prompt?: string } }).goedwerk.prompt), /Vertel kort/);
    await setCellText(ervaring, '## Kenmerkende ervaring\n\nOma belde in paniek.');
    await save(nb);
    const text = await readText(nb.uri);
    assert.ok(text.includes('## Kenmerkende ervaring\n\n<!-- Vertel kort over dat ene moment: waar en wanneer, wie erbij waren, wat er gebeurde en wat jij deed. -->\n\nOma belde in paniek.\n\n## Handelingen'), text);
    assert.equal(text.replace('\n\nOma belde in paniek.', ''), TEMPLATE, 'nothing else changed');
  });

  it('answers the 3E check as a click in the rendered cell does, through the contract, and again to leave it open', async () => {
    const editor = await journal('nb-3e.goedwerk.md', TEMPLATE);
    const nb = editor.notebook;
    const cell = cellWith(nb, '## 3E-check');
    const click = (e: string, answer: string) => vscode.commands.executeCommand('goedwerk.notebook.rendererMessage', { type: 'answer', cell: viewId(cell), e, answer });
    await click('excellent', 'ja');
    await click('ethisch', 'deels');
    await click('energiek', 'nee');
    assert.deepEqual(cell.document.getText().split('\n').slice(2), ['- [x] Excellent: ja', '- [ ] Ethisch: deels', '- [ ] Energiek: nee']);
    await click('energiek', 'nee');
    assert.equal(cell.document.getText().split('\n')[4], '- [ ] Energiek: Voelt het goed, en geeft het je energie?', 'clicked again: open, the question back');
  });

  it('opens the part a chip under the title names, and adds the part when the beeld has none', async () => {
    const editor = await journal('nb-chips.goedwerk.md', TEMPLATE);
    const nb = editor.notebook;
    const title = cellWith(nb, '# Rust brengen');
    const before = nb.cellCount;
    await vscode.commands.executeCommand('goedwerk.notebook.rendererMessage', { type: 'part', cell: viewId(title), part: 'kennis' });
    assert.equal(nb.cellCount, before + 1);
    const kennis = cellWith(nb, '## Kennis');
    assert.equal(kennis.index, cellWith(nb, '## Handelingen').index + 1, 'in its place, after Handelingen');
    assert.equal(kennis.document.getText(), '## Kennis', 'its own cell, its prompt hidden');
    await waitFor(() => vscode.window.activeTextEditor?.document === kennis.document, 'the new cell open for writing');
  });

  it('re-cuts the cells after an edit puts a new section into the cell before it, as the server’s quick fix does', async () => {
    const editor = await journal('nb-fix.goedwerk.md', TEMPLATE);
    const nb = editor.notebook;
    const handelingen = cellWith(nb, '## Handelingen');
    const count = nb.cellCount;
    // The language server can only edit a cell's text: a missing section goes at the end of the cell
    // before its place (src/server/views.ts localEdit). The UI suite applies the real quick fix.
    const edit = new vscode.WorkspaceEdit();
    const doc = handelingen.document;
    edit.insert(doc.uri, doc.positionAt(doc.getText().length), '\n\n## Kennis\n\n<!-- Wat moet je weten, in de ruimste zin van het woord? -->');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => nb.cellCount === count + 1, 'a cell of its own for Kennis');
    const kennis = cellWith(nb, '## Kennis');
    assert.equal(kennis.document.getText(), '## Kennis', 'its prompt hidden again');
    assert.equal(kennis.index, cellWith(nb, '## Handelingen').index + 1);
    assert.equal(cellWith(nb, '## Handelingen').document.getText(), '## Handelingen', 'the cell before is as it was');
    await save(nb);
    assert.ok((await readText(nb.uri)).includes('-->\n\n## Kennis\n\n<!-- Wat moet je weten, in de ruimste zin van het woord? -->\n\n## Deugden'));
  });

  it('turns the first lines into the details cell once the closing --- is there, and undo brings the old cells back', async () => {
    const open = TEMPLATE.replace('datum: 2025-03-01\n---\n', 'datum: 2025-03-01\n');
    const editor = await journal('nb-fence.goedwerk.md', open);
    const nb = editor.notebook;
    assert.equal(nb.cellAt(0).document.languageId, 'markdown', 'no closing fence: no frontmatter');
    const first = nb.cellAt(0);
    const edit = new vscode.WorkspaceEdit();
    const doc = first.document;
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('datum:'));
    edit.insert(doc.uri, new vscode.Position(line, doc.lineAt(line).text.length), '\n---');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => nb.cellAt(0).document.languageId === 'yaml', 'the frontmatter cell');
    assert.equal(nb.cellAt(0).document.getText(), 'situatie: paniek-bij-oma\ndatum: 2025-03-01');
    assert.equal(nb.cellAt(1).document.getText(), '# Rust brengen');
    // Undo restores the cells as they were; they are not cut again, so the next undo reaches the edit.
    await vscode.commands.executeCommand('undo');
    await waitFor(() => nb.cellAt(0).document.languageId === 'markdown', 'the cells before the re-cut');
    assert.ok(nb.cellAt(0).document.getText().includes('datum: 2025-03-01\n---'));
    assert.equal(await vscode.commands.executeCommand('goedwerk.notebook.resync'), false, 'not cut again');
  });

  it('follows the structure after typing, once the writer leaves the cell', async () => {
    const editor = await journal('nb-typing.goedwerk.md', TEMPLATE);
    const nb = editor.notebook;
    const deugden = cellWith(nb, '## Deugden');
    editor.selection = new vscode.NotebookRange(deugden.index, deugden.index + 1);
    await vscode.commands.executeCommand('notebook.cell.edit');
    const text = await waitFor(() => (vscode.window.activeTextEditor?.document === deugden.document ? vscode.window.activeTextEditor : undefined), 'the cell editor');
    const count = nb.cellCount;
    for (const ch of '\n\n## Vrijheid\n\nVeel ruimte.') {
      await text.edit((b) => b.insert(text.document.positionAt(text.document.getText().length), ch));
    }
    assert.equal(nb.cellCount, count, 'no cut under the cursor while typing');
    await vscode.commands.executeCommand('notebook.cell.quitEdit');
    await waitFor(() => nb.cellCount === count + 1, 'Vrijheid as a cell of its own once the writer leaves');
    assert.equal(cellWith(nb, '## Vrijheid').document.getText(), '## Vrijheid\n\nVeel ruimte.');
  });

  it('makes the cell "+ Code" adds a text cell, without a run button, and writes nothing for it while empty', async () => {
    const editor = await journal('nb-code.goedwerk.md', TEMPLATE);
    const nb = editor.notebook;
    const at = cellWith(nb, '## Deugden').index;
    const count = nb.cellCount;
    // What "+ Code" adds in a journal: the controller offers only Markdown, so an empty Markdown code cell.
    const edit = new vscode.WorkspaceEdit();
    edit.set(nb.uri, [vscode.NotebookEdit.insertCells(at, [new vscode.NotebookCellData(vscode.NotebookCellKind.Code, '', 'markdown')])]);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => nb.cellAt(at).kind === vscode.NotebookCellKind.Markup, 'a text cell in its place');
    assert.equal(nb.cellCount, count + 1);
    assert.equal(nb.getCells().filter((c) => c.kind === vscode.NotebookCellKind.Code).length, 0, 'no code cell left');
    await save(nb);
    assert.equal(await readText(nb.uri), TEMPLATE, 'an empty cell writes nothing');
  });

  it('opens a blank journal as an invitation that writes nothing while it stands', async () => {
    const uri = fixtureUri('nb-leeg.goedwerk.md');
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
    const { notebook: nb } = await openNotebook(uri);
    assert.equal(nb.cellCount, 1);
    assert.equal((nb.cellAt(0).metadata as { goedwerkView: { role: string } }).goedwerkView.role, 'invitation');
    await setCellText(nb.cellAt(0), nb.cellAt(0).document.getText() + ' x');
    await setCellText(nb.cellAt(0), nb.cellAt(0).document.getText().slice(0, -2));
    await save(nb);
    assert.equal((await readBytes(uri)).length, 0, 'still empty');
  });

  it('opens a closed journal from its problem at the finding, in the notebook', async () => {
    // A notebook open in this window shows how its cells are named (a remote window names them so).
    await openNotebook(fixtureUri('nb-werkbalk.goedwerk.md'));
    const uri = fixtureUri('nb-gesloten.goedwerk.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEMPLATE.replace('- Geduld', '- Gedudl')));
    const onCell = await waitFor(() => vscode.languages.getDiagnostics().find(([u, d]) => u.scheme === 'vscode-notebook-cell' && u.path === uri.path
      && d.some((x) => /Gedudl/.test(x.message))), 'the finding on the cell it will show in', 30_000);
    assert.deepEqual(vscode.languages.getDiagnostics(uri), [], 'not a second time on the file');
    const [cellUri, diags] = onCell;
    await vscode.commands.executeCommand('vscode.open', cellUri, { selection: diags[0].range });
    const editor = await waitFor(() => (vscode.window.activeNotebookEditor?.notebook.uri.path === uri.path ? vscode.window.activeNotebookEditor : undefined), 'the journal as a notebook');
    const selected = editor.notebook.cellAt(editor.selection.start);
    assert.equal(selected.document.uri.toString(), cellUri.toString(), 'the cell of the finding');
    assert.ok(selected.document.getText().startsWith('## Deugden'));
    assert.equal(selected.document.getText().split('\n')[diags[0].range.start.line].slice(diags[0].range.start.character, diags[0].range.end.character), 'Gedudl');
  });
});
