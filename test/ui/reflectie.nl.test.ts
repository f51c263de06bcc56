// The reflection record as a Dutch-speaking professional makes it: from the command palette, answering
// what it asks (period, whose record, format), confirming the privacy warning, saving, and reading the
// record that opens. Screenshots go to test-results/screenshots/.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { useWorkbench } from './harness';

const root = path.resolve(__dirname, '..', '..', '..');
const fixtures = path.join(root, 'test', 'fixtures', 'reflectie');
const files = Object.fromEntries(fs.readdirSync(fixtures).filter((f) => f.endsWith('.goedwerk.md'))
  .map((f) => [`reflectie/${f}`, fs.readFileSync(path.join(fixtures, f), 'utf8')]));

describe('Reflectieverslag (UI)', function () {
  const wb = useWorkbench({ files });

  it('vraagt periode, van wie en formaat, waarschuwt voor privacy, schrijft de pdf en opent het verslag', async () => {
    await wb.runCommand('Goed Werk: Reflectieverslag voor de SKJ (pdf of html)');
    await wb.pick('Zelf de data kiezen…');
    const input = wb.page.locator('.quick-input-widget .quick-input-box input');
    await input.fill('1-6-2023');
    await wb.press('Enter');
    await wb.page.locator('.quick-input-widget .quick-input-title', { hasText: 'Laatste dag van de periode' }).waitFor();
    await input.fill('31-12-2024');
    await wb.press('Enter');
    await wb.pick('S. de Vries');
    await wb.pick('Pdf');
    const dialog = wb.page.locator('.monaco-dialog-box');
    await dialog.filter({ hasText: 'herkenbaar' }).waitFor();
    await wb.screenshot('reflectie-privacy');
    await dialog.locator('.monaco-button', { hasText: 'Maak het verslag' }).click();
    // The save dialog proposes a name in the workspace; a person accepts it.
    await wb.page.locator('.quick-input-widget .quick-input-box input').waitFor();
    await wb.press('Enter');
    const name = 'reflectieverslag-2023-06-01-2024-12-31.pdf';
    await wb.waitForFile(name, (t) => t.startsWith('%PDF-'));
    await wb.waitForText('Uren reflectie die meetellen');
    await wb.waitForText(`Opgeslagen als ${name}`);
    await wb.waitForText('Intervisiegroep Noord');
    await wb.screenshot('reflectie-verslag');
    assert.ok(fs.statSync(wb.path(name)).size > 5_000);
  });
});
