import { useWorkbench } from './harness';

describe('Command palette (UI)', function () {
  const wb = useWorkbench();

  it('lists the Goed Werk commands', async () => {
    await wb.openFile('volledig.goedwerk.md');
    const rows = await wb.palette('Goed Werk:');
    await rows.filter({ hasText: /^Goed Werk: / }).first().waitFor();
    await wb.screenshot('palette-commands-en');
    await wb.press('Escape');
  });

  it('switches a journal to Markdown and back through Change Language Mode', async () => {
    await wb.openAsText('volledig.goedwerk.md');
    await wb.runCommand('Change Language Mode');
    await wb.pick('Markdown', 'Markdown');
    await wb.waitFor('#status\\.editor\\.mode', { hasText: /^Markdown$/ });
    await wb.runCommand('Change Language Mode');
    await wb.pick('Goed Werk', 'Goed Werk');
    await wb.waitFor('#status\\.editor\\.mode', { hasText: /^Goed Werk$/ });
  });
});
