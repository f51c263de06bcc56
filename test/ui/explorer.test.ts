import * as assert from 'node:assert/strict';
import { useWorkbench } from './harness';

describe('Explorer (UI)', function () {
  const wb = useWorkbench();

  it('opens a journal from the Explorer and shows its beeld', async () => {
    await wb.openFile('volledig.goedwerk.md');
    await wb.waitForText('Eerst luisteren, dan pas plannen');
    await wb.screenshot('journal-open-en');
  });

  it('opens a journal as text with the Goed Werk language', async () => {
    await wb.openAsText('volledig.goedwerk.md');
    await wb.waitForEditorText('Eerst luisteren, dan pas plannen');
    // The status bar names the language VS Code picked for the file: ours, not Markdown.
    await wb.waitFor('#status\\.editor\\.mode', { hasText: /^Goed Werk$/ });
  });

  it('keeps plain Markdown files as Markdown', async () => {
    await wb.openFile('notities.md');
    await wb.waitForEditorText('Losse notities');
    await wb.waitFor('#status\\.editor\\.mode', { hasText: /^Markdown$/ });
  });

  it('saves what a person types, byte for byte', async () => {
    await wb.openAsText('onvolledig.goedwerk.md');
    await wb.press('Control+End');
    await wb.type('Ik heb het later met mijn team besproken.');
    await wb.save();
    const saved = await wb.waitForFile('onvolledig.goedwerk.md', (t) => t.includes('met mijn team'));
    assert.match(saved, /beloven\.\nIk heb het later met mijn team besproken\.$/);
  });
});
