// The probe web extension as a person sees it in VS Code for the web: its findings in the status bar,
// an edit typed and saved with Ctrl+S (the server's copy changes byte for byte), a command from the
// palette, and its notebook drawn in the notebook editor (whose cells live in a webview).
import * as assert from 'node:assert/strict';
import { useWebWorkbench } from '../harness';

const READY = '.part.statusbar .statusbar-item:has-text("Probe")';

describe('the probe in VS Code for the web (UI)', function () {
  const wb = useWebWorkbench({ ready: READY });

  it('shows the workspace and the findings of files nobody opened yet', async () => {
    await wb.waitForProblems((p) => p.warnings === 4);
    await wb.screenshot('web-probe-workbench');
  });

  it('counts a TODO typed into an open file, and Ctrl+S saves exactly what was typed', async () => {
    await wb.openFile('notes.probe.txt');
    await wb.waitForEditorText('write the second half');
    await wb.press('Control+End');
    await wb.type('TODO: typed in the browser.\n');
    await wb.waitForProblems((p) => p.warnings === 5);
    await wb.save();
    const saved = await wb.waitForSaved('notes.probe.txt', (t) => t.includes('typed in the browser'));
    assert.equal(saved, 'Notes for the probe.\nTODO: write the second half.\nThe rest is done.\nTODO: typed in the browser.\n');
  });

  it('runs "Probe: Write Report" from the command palette', async () => {
    await wb.runCommand('Probe: Write Report');
    await wb.waitForNotification('Probe report written');
    assert.equal(await wb.waitForSaved('probe-report.txt', () => true), 'notes.probe.txt: 2 TODO\nsub/deeper.probe.txt: 3 TODO\n');
  });

  // VS Code for the web without a server asks before it opens any notebook (once per file and session,
  // unless "Don't ask me again" is ticked for the workspace); in-host tests never see it, as the
  // workbench skips dialogs while extension tests run. A person does see it.
  it('opens a .probe-nb file as its notebook after the web\'s trust question, cells drawn in the webview', async () => {
    await wb.openFile('sample.probe-nb');
    await wb.screenshot('web-probe-notebook-trust');
    await wb.answerDialog('Do you trust the authors of this notebook?', 'Open Notebook');
    await wb.waitForText('Second paragraph after two blank lines.');
    await wb.screenshot('web-probe-notebook');
  });
});
