// The privacy commands inside a real VS Code: replacing a person's name everywhere in one undoable edit,
// in the text editor and in the notebook; and the quick fix that leads there.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, fixtureUri, waitFor } from './helpers';

const TEXT = [
  '# Een beeld', '',
  '## Kenmerkende ervaring', '',
  'Kelly de Jong woont bij oma. Haar moeder, mevrouw De Jong, belde.', '',
  '## Kennis', '',
  'Kelly was stil. Haar broertje Sem (7) speelde.', '',
].join('\n');

async function write(name: string): Promise<vscode.Uri> {
  const uri = fixtureUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
  return uri;
}

const privacyDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'privacy' || (d.code as { value?: string })?.value === 'privacy');

describe('privacy commands', function () {
  this.timeout(90_000);
  before(async () => { await activeExtension(); });
  afterEach(async () => closeAllEditors());

  it('offers "replace this name everywhere" on a name and replaces every place in one undoable edit (text)', async () => {
    const uri = await write('privacy-text.goedwerk.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(doc, 'goedwerk');
    const editor = await vscode.window.showTextDocument(doc);
    const names = await waitFor(() => { const d = privacyDiagnostics(uri); return d.length >= 4 ? d : undefined; }, 'privacy diagnostics');
    assert.ok(names.every((d) => !d.message.includes('Kelly')), 'the message does not repeat the name');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, names[0].range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.command?.command === 'goedwerk.pseudonymise');
    assert.ok(fix, `actions: ${actions.map((a) => a.title)}`);
    const arg = { ...(fix.command!.arguments![0] as object), mode: 'pseudoniem', replacement: 'Lisa Bos' };
    const count = await vscode.commands.executeCommand<number>('goedwerk.pseudonymise', arg);
    assert.equal(count, 3);
    const text = editor.document.getText();
    assert.match(text, /Lisa Bos woont bij oma\. Haar moeder, mevrouw Bos, belde\./);
    assert.match(text, /Lisa was stil\. Haar broertje Sem \(7\)/);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), TEXT, 'one undo takes it all back');
  });

  it('replaces a person in the notebook, across cells, in one undoable edit', async () => {
    const uri = await write('privacy-notebook.goedwerk.md');
    const nb = await vscode.workspace.openNotebookDocument(uri);
    const editor = await vscode.window.showNotebookDocument(nb);
    await waitFor(() => nb.getCells().some((c) => privacyDiagnostics(c.document.uri).length > 0), 'diagnostics in the cells');
    const count = await vscode.commands.executeCommand<number>('goedwerk.pseudonymiseJournal', { uri: uri.toString(), person: 'Kelly de Jong', mode: 'rol', replacement: 'de jongere' });
    assert.equal(count, 3);
    const all = nb.getCells().map((c) => c.document.getText()).join('\n');
    assert.match(all, /De jongere woont bij oma\./);
    assert.match(all, /De jongere was stil\./);
    assert.ok(!all.includes('Kelly'));
    assert.equal(editor.notebook.isDirty, true);
    await vscode.commands.executeCommand('undo');
    const back = nb.getCells().map((c) => c.document.getText()).join('\n');
    assert.ok(back.includes('Kelly de Jong woont') && back.includes('Kelly was stil'), 'one undo takes both cells back');
  });
});
