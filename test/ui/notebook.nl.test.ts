// Writing a beeld in the notebook as a Dutch youth-care professional does, who knows no Markdown, YAML
// or notebooks: start from a situation, read the prompts, write, answer the 3E check by clicking, let a
// quick fix add a section, close the frontmatter, start an empty journal, and open a closed journal
// from Problems at its finding. Runs in the Dutch code-server (*.nl.test: see scripts/ui-test.mjs).
// The screenshots are the notebook guide's (docs/gebruik/notebook.md, docs/guide/notebook.md).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { FrameLocator, Locator } from 'playwright-core';
import { useWorkbench } from './harness';

const UNCLOSED = ['---', 'situatie: wat-is-crisis', 'datum: 2025-05-06', '', '# Geen crisis van mij', '', '## Kenmerkende ervaring', '', 'Een moeder belde in paniek.', ''].join('\n');
const CLOSED = [
  '---', 'datum: 2025-05-07', '---', '', '# Een late melding', '', '## Kenmerkende ervaring', '', 'Een fictieve avonddienst.', '',
  '## Handelingen', '', 'Ik belde terug.', '', '## Kennis', '', 'Wat ik wist.', '', '## Identiteit', '', 'Wie ik ben.', '',
  '## Deugden', '', '- Gedudl', '', '## Vrijheid', '', 'Ruimte.', '',
].join('\n');

describe('Een beeld schrijven in het notebook (UI)', function () {
  const wb = useWorkbench({ files: { 'open-gegevens.goedwerk.md': UNCLOSED, 'leeg.goedwerk.md': '', 'gesloten.goedwerk.md': CLOSED } });

  // A notebook draws its Markdown cells in a webview, each in a shadow root (CSS locators pierce those).
  const cells = (): FrameLocator => wb.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  const inCells = (selector: string, hasText?: string | RegExp): Locator => cells().locator(selector, hasText ? { hasText } : {}).first();
  const journalFile = () => `journaal/${fs.readdirSync(wb.path('journaal')).find((f) => f.endsWith('.goedwerk.md'))}`;
  let problemsBefore = 0;

  /**
   * Brings a rendered cell into view the way a person does, cell by cell with the arrow keys: VS Code
   * draws only the cells in view, and scrolls the notebook itself, not the webview.
   */
  async function reveal(target: Locator, key = 'ArrowDown'): Promise<void> {
    // The webview is as tall as the notebook and clipped by the editor: "in view" is on the page.
    const inView = async () => {
      const box = (await target.isVisible()) ? await target.boundingBox() : null;
      return !!box && box.y > 120 && box.y + box.height < wb.page.viewportSize()!.height - 40;
    };
    for (let i = 0; i < 40 && !(await inView()); i++) await wb.press(key);
    assert.ok(await inView(), 'brought into view');
  }

  /** Until the keyboard reaches a cell's editor (its class says focused a moment before it does). */
  async function typingInCell(): Promise<void> {
    await wb.page.waitForFunction(() => !!document.activeElement?.closest('.notebookOverlay .monaco-editor'));
  }

  /** Leaves edit mode: the first Escape may only close a suggestion that popped up. */
  async function stopEditing(): Promise<void> {
    await wb.press('Escape');
    await wb.press('Escape');
  }

  /**
   * Puts the focus on the notebook's list of cells (command mode), as a click on a heading in view does:
   * the notebook scrolls itself, so a heading out of view cannot be clicked.
   */
  async function focusCells(): Promise<void> {
    const headings = cells().locator('h1, h2');
    await headings.first().waitFor();
    const bottom = wb.page.viewportSize()!.height - 40;
    for (let i = 0, n = await headings.count(); i < n; i++) {
      const box = (await headings.nth(i).isVisible()) ? await headings.nth(i).boundingBox() : null;
      if (!box || box.y < 120 || box.y + box.height > bottom) continue;
      await headings.nth(i).click();
      await wb.press('Escape');
      return;
    }
    assert.fail('no heading of the notebook in view');
  }

  it('begint een beeld bij een situatie en toont de hulpvragen als stille tekst, zonder Markdown of HTML', async () => {
    await wb.runCommand('View: Close Primary Side Bar');
    await wb.runCommand('Goed Werk: Nieuw beeld…');
    await wb.pick('Paniek bij oma', 'oma');
    await wb.page.locator('.quick-input-widget .quick-input-title', { hasText: 'Pakkende titel' }).waitFor();
    await wb.type('Eerst rust brengen');
    await wb.press('Enter');
    // The details before the beeld is made: Enter makes it.
    await wb.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Maak het beeld' }).waitFor();
    await wb.press('Enter');
    // The first time: who writes (asked once, the answer goes into the settings).
    await wb.page.locator('.quick-input-widget .quick-input-title', { hasText: 'Wie schrijft dit journaal?' }).waitFor();
    await wb.page.locator('.quick-input-widget .quick-input-box input').fill('Sam Jansen (fictief)');
    await wb.press('Enter');
    await inCells('.gw-card', 'Gegevens van dit journaal').waitFor();
    await inCells('.gw-prompt', 'Vertel kort over dat ene moment').waitFor();
    await inCells('.gw-status', 'Nog niet bekeken').waitFor();
    const shown = await cells().locator('body').innerText();
    assert.doesNotMatch(shown, /<!--|-->|\bsituatie:|^#+ /m, 'no HTML comment, YAML or Markdown syntax to read');
    await wb.screenshot('notebook-nieuw-beeld');
    // The situation's own questions per element, under Handelingen.
    await focusCells();
    await reveal(inCells('.gw-prompt li', 'rem je juist af'));
    await wb.screenshot('notebook-hulpvragen');
    const text = wb.readFile(journalFile());
    assert.match(text, /^auteur: "Sam Jansen \(fictief\)"$/m);
    assert.match(text, /^# Eerst rust brengen$/m);
    assert.ok(!text.includes('Pakkende titel'), 'no placeholder title');
  });

  it('schrijft in een sectie: de tekst is van de schrijver en de melding verdwijnt', async () => {
    problemsBefore = (await wb.waitForProblems((p) => p.warnings > 0)).warnings;
    await focusCells();
    await wb.press('Control+Home');
    const ervaring = cells().locator('.preview', { has: wb.page.locator('h2', { hasText: 'Kenmerkende ervaring' }) }).first();
    await reveal(ervaring.locator('[data-gw-edit]'));
    await ervaring.locator('[data-gw-edit]').click();
    await typingInCell();
    await wb.press('Control+End');
    await wb.type('\n\nOp een dinsdagmiddag belde opa het wijkteam.');
    await stopEditing();
    await inCells('p', 'Op een dinsdagmiddag belde opa').waitFor();
    await wb.waitForProblems((p) => p.warnings < problemsBefore);
    // The status under the title no longer lists it.
    await cells().locator('.gw-status [data-gw-part="ervaring"]').waitFor({ state: 'detached' });
    await inCells('.gw-status [data-gw-part="kennis"]').waitFor();
    await wb.save();
    const text = await wb.waitForFile(journalFile(), (t) => t.includes('belde opa'));
    assert.match(text, /## Kenmerkende ervaring\n\n<!-- Vertel kort[^\n]*-->\n\nOp een dinsdagmiddag belde opa het wijkteam\.\n/, 'the prompt stays in the file, the words under it');
  });

  it('beantwoordt de 3E-check met klikken: ja, nee of deels per E', async () => {
    await focusCells();
    await wb.press('Control+End');
    await reveal(inCells('.gw-answer[data-gw-e="excellent"][data-gw-answer="ja"]'), 'ArrowUp');
    await inCells('.gw-answer[data-gw-e="excellent"][data-gw-answer="ja"]').click();
    await inCells('.gw-answer[data-gw-e="excellent"][data-gw-answer="ja"][aria-pressed="true"]').waitFor();
    await inCells('.gw-answer[data-gw-e="ethisch"][data-gw-answer="deels"]').click();
    await inCells('.gw-answer[data-gw-e="ethisch"][data-gw-answer="deels"][aria-pressed="true"]').waitFor();
    await wb.screenshot('notebook-3e-check');
    await wb.save();
    const text = await wb.waitForFile(journalFile(), (t) => t.includes('Ethisch: deels'));
    assert.match(text, /^- \[x\] Excellent: ja$/m);
    assert.match(text, /^- \[ \] Ethisch: deels$/m);
    assert.match(text, /^- \[ \] Energiek: Voelt het goed/m, 'the E not answered keeps its question: open');
  });

  it('voegt met een snelle oplossing uit Problemen een sectie toe, als eigen cel', async () => {
    await wb.runCommand('View: Close All Editors');
    await wb.openFile('onvolledig.goedwerk.md');
    await inCells('h1', 'Een belofte aan een jongere').waitFor();
    const rows = await wb.problemsPanel('**/onvolledig.goedwerk.md');
    // Once the filter applies, the file's own rows come first.
    await rows.first().filter({ hasText: /^\s*onvolledig\.goedwerk\.md/ }).waitFor();
    const row = rows.filter({ hasText: /Het element Kennis is nog niet bekeken/ }).first();
    await row.click();
    // The row opens the title's cell for editing; then the row's light bulb shows the fixes.
    await wb.waitFor('.notebookOverlay .monaco-editor .view-lines', { hasText: 'Een belofte aan een jongere' });
    const fix = wb.page.getByText(/Voeg de sectie .Kennis. toe/).first();
    for (let attempt = 0; !(await fix.isVisible()) && attempt < 3; attempt++) {
      await row.hover();
      await row.locator('.codicon-lightbulb, .codicon-light-bulb, [class*="lightbulb"]').first().click();
      await fix.waitFor({ timeout: 5_000 }).catch(() => undefined);
    }
    await fix.hover();
    await wb.press('Enter');
    // Kennis stands in a cell of its own, right after Handelingen, with its prompt under it.
    const kennis = cells().locator('.preview', { has: wb.page.locator('h2', { hasText: /^Kennis$/ }) }).first();
    await kennis.waitFor();
    assert.equal(await kennis.locator('h2').count(), 1, 'one section in the cell');
    await kennis.locator('.gw-prompt').waitFor();
    await wb.runCommand('View: Toggle Panel Visibility');
    // Done with the title: Escape in its editor shows it as text again (VS Code keeps a Markdown cell
    // open for editing until then, also when another cell is chosen).
    const title = wb.page.locator('.notebookOverlay .monaco-list-row .monaco-editor .view-lines', { hasText: 'Een belofte aan een jongere' });
    await title.click();
    await stopEditing();
    await title.waitFor({ state: 'hidden' });
    await wb.screenshot('notebook-snelle-oplossing');
  });

  it('maakt de gegevenskaart zodra de afsluitende --- er staat', async () => {
    await wb.runCommand('File: Revert File');
    await wb.runCommand('View: Close All Editors');
    await wb.openFile('open-gegevens.goedwerk.md');
    const first = inCells('p', 'situatie: wat-is-crisis');
    await first.waitFor();
    await first.dblclick();
    await typingInCell();
    await wb.press('Control+End');
    await wb.type('\n---');
    await stopEditing();
    await inCells('.gw-card', 'Gegevens van dit journaal').waitFor();
    await inCells('.gw-card dd', 'Wat is crisis?!').waitFor();
    await wb.screenshot('notebook-gegevens');
    // No YAML to type: the form asks a field at a time and writes it.
    await inCells('[data-gw-details]').click();
    await wb.page.locator('.quick-input-widget .quick-input-title', { hasText: 'Gegevens van dit journaal' }).waitFor();
    await wb.screenshot('notebook-gegevens-formulier');
    await wb.pick('Rol');
    await wb.page.locator('.quick-input-widget .quick-input-title', { hasText: /^Rol$/ }).waitFor();
    await wb.type('jeugdconsulent');
    await wb.press('Enter');
    await wb.page.locator('.quick-input-widget .quick-input-title', { hasText: 'Gegevens van dit journaal' }).waitFor();
    await wb.press('Escape');
    await inCells('.gw-card dd', 'jeugdconsulent').waitFor();
    await wb.save();
    const text = await wb.waitForFile('open-gegevens.goedwerk.md', (t) => t.includes('jeugdconsulent'));
    assert.match(text, /^rol: jeugdconsulent$/m);
    assert.match(text, /^---\n(?:[^\n]*\n)*?---\n\n# Geen crisis van mij\n/, 'the YAML closed as before');
  });

  it('nodigt in een leeg journaal uit om te beginnen, met een echte titel', async () => {
    await wb.runCommand('File: Revert File');
    await wb.runCommand('View: Close All Editors');
    await wb.openFile('leeg.goedwerk.md');
    await inCells('.gw-invite', 'Dit journaal is nog leeg').waitFor();
    await wb.screenshot('notebook-leeg');
    await inCells('[data-gw-start="blank"]').click();
    await wb.page.locator('.quick-input-widget .quick-input-title', { hasText: 'Pakkende titel' }).waitFor();
    await wb.type('Luisteren voor ik plan');
    await wb.press('Enter');
    await wb.pick('Alleen, op mezelf');
    await inCells('h1', 'Luisteren voor ik plan').waitFor();
    await inCells('.gw-card dd', 'Sam Jansen (fictief)').waitFor();
    await wb.save();
    const text = await wb.waitForFile('leeg.goedwerk.md', (t) => t.includes('# Luisteren voor ik plan'));
    assert.match(text, /^gesprek: alleen$/m);
    assert.ok(!text.includes('Pakkende titel'));
  });

  it('opent een gesloten journaal vanuit Problemen bij de bevinding, in het notebook', async () => {
    // A journal has been open in this window (the last test's): from it VS Code's names for cells are known.
    const rows = await wb.problemsPanel('Gedudl');
    await rows.first().filter({ hasText: /^\s*gesloten\.goedwerk\.md/ }).waitFor();
    await rows.filter({ hasText: /Gedudl/ }).first().click();
    await wb.waitFor('.tabs-container .tab.active', { hasText: 'gesloten.goedwerk.md' });
    // The Deugden cell opens for writing, in view, the finding marked.
    const cell = wb.page.locator('.notebookOverlay .monaco-editor .view-lines', { hasText: 'Gedudl' }).first();
    await cell.waitFor();
    assert.match((await cell.innerText()).replace(/\u00a0/g, ' '), /## Deugden[\s\S]*- Gedudl/);
    await wb.waitFor('#status\\.notebook\\.cellIndicator, .statusbar-item', { hasText: /Cell 7 of 8/ });
    await wb.screenshot('notebook-probleem-geopend');
  });

  it('maakt van "+ Code" een gewoon tekstvak, zonder knop om iets uit te voeren', async () => {
    const code = wb.page.locator('.notebookOverlay .monaco-list-row.code-cell-row');
    assert.equal(await code.count(), 0);
    await wb.page.locator('.notebook-toolbar-container .notebook-label:visible', { hasText: /^\s*Code\s*$/ }).first().click();
    // The new cell is a text cell, open for writing; no code cell (with its run button) stays.
    await wb.waitFor('.notebookOverlay .monaco-list-row.focused.markdown-cell-row .monaco-editor');
    await code.first().waitFor({ state: 'detached' });
    await wb.waitFor('#status\\.notebook\\.cellIndicator, .statusbar-item', { hasText: /Cell 8 of 9/ });
    assert.equal(await wb.page.locator('.notebookOverlay .run-button-container:visible').count(), 0, 'nothing to run');
  });
});
