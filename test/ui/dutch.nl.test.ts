// Goed Werk as most of its users meet it: VS Code set to Dutch (scripts/ui-test.mjs runs *.nl.test
// suites in a code-server whose language is nl). The workbench's own words stay English here (its
// language pack is not available offline), but everything the extension says must be Dutch: the
// views, the commands, the diagnostics, the notebook. These screenshots are the README's.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { SITUATIONS } from '../../src/core/content/situations';
import { useWorkbench } from './harness';

const root = path.resolve(__dirname, '..', '..', '..');

describe('In het Nederlands (UI)', function () {
  const wb = useWorkbench();
  const situation = SITUATIONS[0];
  const row = (view: string, text: string | RegExp) => wb.sideBarView(view).locator('.monaco-list-row', { hasText: text }).first();

  it('opent een journaal als notebook met Nederlandse celstatus', async () => {
    await wb.openFile('volledig.goedwerk.md');
    await wb.waitForText('Eerst luisteren, dan pas plannen');
    // The cell status bar names each part in Dutch.
    await wb.waitFor('.cell-statusbar-container', { hasText: /Kenmerkende ervaring|Handelingen/, state: 'attached' });
    await wb.screenshot('journal-open');
  });

  it('toont de zijbalk in het Nederlands en klapt een situatie open', async () => {
    await wb.openAsText('sb-journaal.goedwerk.md');
    await wb.openSidebar('Goed Werk');
    for (const title of ['Kritische situaties', 'Deugden', 'Handreikingen', 'Journaal']) await wb.sideBarView(title).waitFor();
    const first = row('Kritische situaties', situation.title.nl);
    await wb.expandRow(first);
    await row('Kritische situaties', 'Handelingen').waitFor();
    await row('Kritische situaties', 'Vrijheid').waitFor();
    await row('Handreikingen', 'Groepsgesprek').waitFor();
    await row('Journaal', /ontbreekt/).waitFor();
    assert.equal(await row('Kritische situaties', situation.title.en).count(), 0, 'no English situation titles');
    await wb.widenSidebar(180);
    await wb.screenshot('sidebar');
  });

  it('opent een situatie als leespagina', async () => {
    const first = row('Kritische situaties', situation.title.nl);
    await first.hover();
    await first.locator('.action-label[aria-label^="Openen als pagina"]').click();
    await wb.waitForText(situation.dilemma.nl.slice(0, 40));
    await wb.waitForText('Kritische situatie 1 van 9');
    await wb.screenshot('situatie');
  });

  it('meldt in het Nederlands wat er in een beeld ontbreekt', async () => {
    // Focus in the page's webview would close the Open With picker as it opens.
    await wb.runCommand('View: Close All Editors');
    await wb.openAsText('onvolledig.goedwerk.md');
    await wb.waitForProblems((p) => p.warnings > 0);
    const rows = await wb.problemsPanel('**/onvolledig.goedwerk.md');
    await rows.filter({ hasText: /Het element Kennis is nog niet bekeken/ }).first().waitFor();
    assert.equal(await rows.filter({ hasText: /has not been looked at|is missing/ }).count(), 0, 'no English diagnostics');
    await wb.screenshot('problems');
  });

  it('voegt de 3E-check toe met een Nederlandse opdracht uit het palet', async () => {
    const rows = await wb.palette('Goed Werk:');
    await rows.filter({ hasText: 'Goed Werk: 3E-check toevoegen' }).first().waitFor();
    await wb.screenshot('palette-commands');
    await wb.press('Escape');
    await wb.openAsText('onvolledig.goedwerk.md');
    await wb.press('Control+End');
    await wb.runCommand('Goed Werk: 3E-check toevoegen');
    await wb.waitForEditorText('3E-check');
    await wb.waitForEditorText(/Energiek/);
    await wb.screenshot('add-3e-check');
  });
});

describe('Rondleiding in het Nederlands (UI)', function () {
  const wb = useWorkbench();

  it('biedt de rondleiding in vijf stappen aan onder Get Started', async () => {
    await wb.runCommand('View: Close Primary Side Bar'); // room for the step's picture beside the steps
    await wb.runCommand('Welcome: Open Walkthrough...');
    const rows = wb.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Aan de slag met Goed Werk' });
    await wb.page.locator('.quick-input-widget .quick-input-box input').fill('Aan de slag met Goed Werk');
    await rows.first().waitFor();
    await wb.press('Enter'); // not a click: a hover card over the row can catch it
    for (const step of ['Wat is een kritische situatie?', 'De vijf elementen', 'Schrijf je eerste beeld']) await wb.waitForText(step);
    await wb.page.locator('.getting-started-step', { hasText: 'De vijf elementen' }).first().click();
    await wb.waitForText(/naar Shaffers SKIVE/);
    await wb.waitForText('Freedom'); // a label in the step's picture: the picture has switched too
    await wb.screenshot('walkthrough');
  });
});

describe('Overzicht in het Nederlands (UI)', function () {
  const wb = useWorkbench({ fixture: path.join(root, 'samples') });
  const view = () => wb.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');

  it('toont het overzicht met Nederlandse koppen', async () => {
    await wb.runCommand('View: Close Primary Side Bar');
    await wb.runCommand('Goed Werk: Overzicht');
    await view().locator('#rows tr.row').nth(6).waitFor();
    await view().getByText('Auteur', { exact: true }).first().waitFor();
    await wb.screenshot('overzicht');
  });
});
