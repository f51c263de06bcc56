import * as assert from 'node:assert/strict';
import { useWorkbench } from './harness';

// What a writer sees while working on an incomplete journal: squiggles, the Problems count in the
// status bar, and a palette command that fills in what is missing.
describe('Writing a journal (UI)', function () {
  const wb = useWorkbench();

  it('shows squiggles and counts the problems of an incomplete beeld', async () => {
    await wb.openAsText('onvolledig.goedwerk.md');
    // Four missing elements are warnings (the uitwerking and the 3E check are infos).
    const counts = await wb.waitForProblems((p) => p.warnings >= 4);
    assert.equal(counts.errors, 0);
    await wb.waitFor('.editor-instance .monaco-editor .squiggly-warning', { state: 'attached' });
    assert.ok(await wb.squiggles('warning') >= 1);
    await wb.screenshot('problems');
  });

  it('adds the 3E check from the palette, and the text changes', async () => {
    await wb.openAsText('onvolledig.goedwerk.md');
    await wb.press('Control+End');
    await wb.runCommand('Goed werk: Add 3E Check');
    await wb.waitForEditorText('3E-check');
    await wb.waitForEditorText(/Energiek/);
    await wb.screenshot('add-3e-check');
  });
});
