// The probe web extension in the worker extension host: it activates on its own events, reports
// findings on memfs files, writes a file through vscode.workspace.fs and round-trips a notebook
// byte for byte. These fail when the probe misbehaves (node scripts/web-test.mjs --probe-fault ...).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, diagnosticsFor, savedText, workspaceUri } from '../rig';

interface ProbeApi { scanned: Promise<string[]> }

const probe = () => vscode.extensions.getExtension<ProbeApi>('goedwerk-test.probe');
const ranges = (list: vscode.Diagnostic[]) => list.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character}`);

describe('the probe web extension', () => {
  after(closeAllEditors);

  it('runs in the web worker extension host, activated by workspaceContains before any file is opened', async () => {
    const ext = probe();
    assert.ok(ext, 'goedwerk-test.probe is loaded');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a web worker');
    assert.ok(ext.isActive, 'active at startup, by workspaceContains:**/*.probe.txt');
    assert.deepEqual(await ext.exports.scanned, ['notes.probe.txt', 'sub/deeper.probe.txt'], 'found by walking memfs');
  });

  it('reports each TODO of an unopened file as a warning, at its place', async () => {
    const uri = workspaceUri('sub/deeper.probe.txt');
    const list = await diagnosticsFor(uri, (d) => d.length > 0);
    assert.deepEqual(ranges(list), ['1:0-4', '2:4-8', '2:30-34']);
    assert.ok(list.every((d) => d.severity === vscode.DiagnosticSeverity.Warning && d.source === 'probe'));
  });

  it('follows an edit, and a save writes exactly the edited bytes', async () => {
    const uri = workspaceUri('notes.probe.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await diagnosticsFor(uri, (d) => d.length === 1);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(2, 0), 'TODO: a third line.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.deepEqual(ranges(await diagnosticsFor(uri, (d) => d.length === 2)), ['1:0-4', '2:0-4']);
    assert.ok(await doc.save());
    assert.equal(await savedText('notes.probe.txt'), 'Notes for the probe.\nTODO: write the second half.\nTODO: a third line.\nThe rest is done.\n');
  });

  it('writes its report with vscode.workspace.fs (command Probe: Write Report)', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('probe.writeReport');
    assert.equal(uri?.toString(), workspaceUri('probe-report.txt').toString());
    assert.equal(await savedText('probe-report.txt'), 'notes.probe.txt: 2 TODO\nsub/deeper.probe.txt: 3 TODO\n');
  });

  it('opens its notebook losslessly: an edit in one cell changes only those bytes', async () => {
    const uri = workspaceUri('sample.probe-nb');
    const before = await savedText('sample.probe-nb');
    const nb = await vscode.workspace.openNotebookDocument(uri);
    assert.equal(nb.notebookType, 'probe-notebook');
    assert.deepEqual(nb.getCells().map((c) => c.document.getText()),
      ['# A probe notebook', 'First paragraph,\r\nstill the first.', 'Second paragraph after two blank lines.', 'Third, with LF.']);
    await vscode.window.showNotebookDocument(nb);
    const edit = new vscode.WorkspaceEdit();
    const second = nb.cellAt(1).document;
    edit.insert(second.uri, second.positionAt(second.getText().length), ' Added.');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await nb.save());
    assert.equal(await savedText('sample.probe-nb'), before.replace('still the first.', 'still the first. Added.'));
  });

  it('leaves a built-in notebook type to VS Code: a .ipynb opens with the ipynb extension', async () => {
    const nb = await vscode.workspace.openNotebookDocument(workspaceUri('sample.ipynb'));
    assert.equal(nb.notebookType, 'jupyter-notebook');
    assert.deepEqual(nb.getCells().map((c) => c.kind), [vscode.NotebookCellKind.Markup, vscode.NotebookCellKind.Code]);
  });
});
