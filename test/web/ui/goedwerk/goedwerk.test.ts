// Goed Werk as a person meets it in VS Code for the web (vscode.dev, github.dev): the extension built
// in, a memfs workspace of journals (test/web/fixtures/goedwerk/). A journal opens as a notebook after
// the web's trust question, the findings of an incomplete beeld reach the Problems count, a closed journal's findings the
// Problems panel, the sidebar
// lists the nine situations, and the overview opens.
import * as assert from 'node:assert/strict';
import { SITUATIONS } from '../../../../src/core/content/situations';
import { SELECTORS, useWebWorkbench } from '../harness';

const READY = '.part.activitybar .action-item a.action-label[aria-label^="Goed Werk"]';

describe('Goed Werk in VS Code for the web (UI)', function () {
  const wb = useWebWorkbench({ ready: READY });

  it('lists the findings of a journal nobody opened in the Problems panel', async () => {
    await wb.press('Control+Shift+M');
    // The file's row: its name, its folder and its six findings (what `goedwerk check` finds in it).
    await wb.page.locator('.markers-panel .monaco-list-row', { hasText: /nooit-geopend\.goedwerk\.md\s*gesloten\s*6\b/ }).first().waitFor({ timeout: 90_000 });
    await wb.screenshot('web-goedwerk-closed-problems');
  });

  it('opens a journal as a notebook after the web\'s trust question, its cells drawn', async () => {
    await wb.openFile('volledig.goedwerk.md');
    await wb.answerDialog('Do you trust the authors of this notebook?', 'Open Notebook');
    await wb.waitForText('Eerst luisteren, dan pas plannen');
    await wb.screenshot('web-goedwerk-notebook');
  });

  it('counts the findings of an incomplete beeld in the status bar', async () => {
    await wb.openFile('onvolledig.goedwerk.md');
    await wb.answerDialog('Do you trust the authors of this notebook?', 'Open Notebook');
    const p = await wb.waitForProblems((c) => c.warnings + c.infos + c.errors >= 3, 90_000);
    assert.ok(p.warnings >= 1, JSON.stringify(p));
    await wb.screenshot('web-goedwerk-problems');
  });

  it('lists the nine situations of the booklet and the team\'s own in the sidebar', async () => {
    await wb.page.locator(READY).click();
    // The other three views folded, so that all ten situations fit on the screen at once.
    for (const view of ['Deugden', 'Guides', 'Journal']) {
      const header = wb.page.locator('.pane-header[aria-expanded="true"]', { hasText: new RegExp(`^${view}`, 'i') }).first();
      if (await header.count()) await header.click();
    }
    for (const s of SITUATIONS) await wb.waitForText(s.title.en);
    await wb.waitForText('Lang wachten in de wachtkamer');
    await wb.screenshot('web-goedwerk-sidebar');
  });

  it('exports a beeld of a closed journal from the Explorer: the save dialog proposes the page beside it', async () => {
    const input = wb.page.locator(SELECTORS.quickInputBox);
    await wb.explorerMenu('gesloten/nooit-geopend.goedwerk.md', /^Export Beeld$/, input);
    // One beeld, so no beeld to choose; then with or without the frontmatter.
    await wb.page.locator(SELECTORS.quickRow, { hasText: 'Without frontmatter' }).first().click();
    // VS Code for the web saves into the workspace's own file system with its simple dialog: a path to
    // confirm, the journal's folder and name proposed.
    await wb.page.waitForFunction((s) => (document.querySelector(s) as HTMLInputElement | null)?.value.endsWith('/gesloten/nooit-geopend.html'), SELECTORS.quickInputBox);
    await wb.screenshot('web-goedwerk-export-save');
    await wb.press('Enter');
    const html = await wb.waitForSaved('gesloten/nooit-geopend.html', (t) => t.includes('</html>'));
    assert.match(html, /<h1>Een afspraak die niet doorging<\/h1>/);
    assert.match(html, /al had opgegeven/);
    // No "Open in browser" that a browser cannot do: the message says how to get the page.
    const toast = await wb.waitForNotification(/Beeld exported to gesloten\/nooit-geopend\.html.*Download/);
    assert.equal(await toast.getByRole('button', { name: 'Open in browser' }).count(), 0);
    await toast.getByRole('button', { name: 'Show in the Explorer' }).waitFor();
    await wb.page.locator(SELECTORS.explorerRow, { hasText: /^nooit-geopend\.html/ }).waitFor();
    await wb.screenshot('web-goedwerk-export-done');
  });

  it('opens the overview from the command palette', async () => {
    await wb.runCommand('Goed Werk: Overview');
    await wb.page.locator('.tabs-container .tab', { hasText: /Goed Werk/ }).first().waitFor();
    // The page itself, drawn in its webview, over every journal of the workspace (the client lists them).
    await wb.waitForText(/\b6 (journals|journalen)\b/);
    await wb.screenshot('web-goedwerk-overview');
  });
});
