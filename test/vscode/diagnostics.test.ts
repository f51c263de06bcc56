import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, diagnosticsFor, fixtureUri, openJournal, waitFor } from './helpers';

// What the language server tells a writer through VS Code: findings with the contract's rule ids,
// and quick fixes that change the text.
const ruleOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);

describe('diagnostics (in VS Code)', () => {
  const file = 'onvolledig.goedwerk.md';

  afterEach(async () => {
    // Leave the shared fixture as found for the suites after this one.
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === fixtureUri(file).toString());
    if (editor?.document.isDirty) {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await closeAllEditors();
  });

  it('reports an incomplete beeld with the rule ids of the contract', async () => {
    await openJournal(file);
    const diags = await diagnosticsFor(fixtureUri(file), (d) => d.some((x) => ruleOf(x) === 'element-ontbreekt'));
    const rules = new Set(diags.map(ruleOf));
    for (const rule of ['element-ontbreekt', 'uitwerking-ontbreekt', '3e-onvolledig']) assert.ok(rules.has(rule), `no ${rule} in ${[...rules]}`);
    assert.ok(!rules.has('titel-ontbreekt'), 'the beeld has a title');
    // One finding per missing element: Kennis, Identiteit, Deugden and Vrijheid are missing here.
    assert.equal(diags.filter((d) => ruleOf(d) === 'element-ontbreekt').length, 4);
    const kennis = diags.find((d) => ruleOf(d) === 'element-ontbreekt' && /Kennis|Knowledge/i.test(d.message));
    assert.ok(kennis, 'a finding names Kennis');
    assert.equal(kennis.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('adds a missing element through its quick fix', async () => {
    const editor = await openJournal(file);
    const uri = fixtureUri(file);
    const diags = await diagnosticsFor(uri, (d) => d.some((x) => ruleOf(x) === 'element-ontbreekt' && /Kennis|Knowledge/i.test(x.message)));
    const kennis = diags.find((d) => ruleOf(d) === 'element-ontbreekt' && /Kennis|Knowledge/i.test(d.message))!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', uri, kennis.range, vscode.CodeActionKind.QuickFix.value);
    // executeCodeActionProvider does not hand back an action's diagnostics; the title names the section.
    const fix = actions.find((a) => a.edit && /Kennis|Knowledge/i.test(a.title) && a.isPreferred);
    assert.ok(fix?.edit, `no preferred quick fix for Kennis among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /^## Kennis\s*$/m);
    // The server re-checks the changed text: Kennis is no longer missing. Its prompt is an HTML comment,
    // so the new section is still empty, and that finding now points at the new heading.
    const heading = editor.document.getText().split(/\r?\n/).findIndex((l) => /^## Kennis\s*$/.test(l));
    await waitFor(() => vscode.languages.getDiagnostics(uri).some((d) => ruleOf(d) === 'element-ontbreekt' && /Kennis|Knowledge/i.test(d.message) && d.range.start.line === heading)
      && !vscode.languages.getDiagnostics(uri).some((d) => ruleOf(d) === 'element-ontbreekt' && /Kennis|Knowledge/i.test(d.message) && d.range.start.line !== heading),
      'the Kennis finding to move from the title to the new (still empty) section');
  });
});
