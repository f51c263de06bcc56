import * as assert from 'node:assert/strict';
import { useWorkbench } from './harness';

// What a writer sees while working on an incomplete journal: squiggles, the Problems count in the
// status bar, and a palette command that fills in what is missing.
describe('Writing a journal (UI)', function () {
  const wb = useWorkbench();

  it('shows squiggles and counts the problems of an incomplete beeld', async () => {
    await wb.openAsText('onvolledig.goedwerk.md');
    await wb.waitFor('.editor-instance .monaco-editor .squiggly-warning', { state: 'attached' });
    assert.ok(await wb.squiggles('warning') >= 1);
    const status = await wb.waitForProblems((p) => p.warnings > 0);
    assert.equal(status.errors, 0);
    const rows = await wb.problemsPanel('**/onvolledig.goedwerk.md');
    await rows.filter({ hasText: /element-ontbreekt/ }).first().waitFor();
    // Kennis, Identiteit, Deugden and Vrijheid are missing (warnings); so are the uitwerking and the 3E check (infos).
    assert.equal(await wb.problemsInFile('onvolledig.goedwerk.md'), 6);
    await wb.screenshot('problems-en');
  });

  it('adds the 3E check from the palette, and the text changes', async () => {
    await wb.openAsText('onvolledig.goedwerk.md');
    await wb.press('Control+End');
    await wb.runCommand('Goed Werk: Add 3E Check');
    await wb.waitForEditorText('3E-check');
    await wb.waitForEditorText(/Energiek/);
    // The server re-checks the unsaved text: the 3E finding moves from the title (line 6) to the new,
    // still open check's heading (line 17): its questions wait for answers, as contract v2 says.
    const rows = await wb.problemsPanel('**/onvolledig.goedwerk.md');
    await rows.filter({ hasText: /3e-onvolledig.*Ln 17\b/ }).first().waitFor();
    await wb.screenshot('add-3e-check-en');
  });
});
