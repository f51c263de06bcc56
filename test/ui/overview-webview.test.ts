// The overview as a person meets it in VS Code: run "Goed Werk: Overzicht" from the palette, see the
// table and charts in the webview, click a beeld and get it opened. The screenshot is the README's.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { useWorkbench } from './harness';

const root = path.resolve(__dirname, '..', '..', '..');

describe('Overview webview (UI)', function () {
  const wb = useWorkbench({ fixture: path.join(root, 'samples') });

  // VS Code hosts a webview in an iframe that holds the page's own iframe.
  const view = () => wb.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

  it('shows the journals of the workspace with charts', async () => {
    await wb.runCommand('View: Close Primary Side Bar');
    const rows = await wb.palette('Goed Werk: Over');
    await rows.filter({ hasText: /Goed Werk: (Overzicht|Overview)/ }).first().click();
    await wb.waitFor('.tabs-container .tab.active', { hasText: /Goed Werk: (Overzicht|Overview)/ });
    await view().locator('#rows tr.row').nth(6).waitFor();
    assert.equal(await view().locator('#rows tr.row').count(), 7);
    assert.equal(await view().locator('#chart-elements rect.heat').count(), 7 * 5);
    // The webview takes VS Code's theme colours, not the standalone fallback.
    const themed = await view().locator('body').evaluate((b) => getComputedStyle(b).getPropertyValue('--vscode-editor-background').trim());
    assert.ok(themed, 'VS Code theme variables reach the page');
    await wb.screenshot('overzicht-en');
  });

  it('opens the beeld of a clicked row', async () => {
    const row = view().locator('#rows tr.row', { hasText: 'Eerst rust, dan pas de psycholoog' });
    await row.click();
    await wb.waitFor('.tabs-container .tab', { hasText: 'paniek-bij-oma.goedwerk.md' });
  });
});
