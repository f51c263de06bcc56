// What a person sees of the Goed Werk sidebar: the activity-bar container with its views, a situation
// expanded to its elements, a situation opened as a page, a deugd clicked into the open journal.
// Screenshots: test-results/screenshots/sidebar.png and situatie.png (the README's, with
// GOEDWERK_UPDATE_SCREENSHOTS=1).
import * as assert from 'node:assert/strict';
import { SITUATIONS } from '../../src/core/content/situations';
import { useWorkbench } from './harness';

describe('Sidebar (UI)', function () {
  const wb = useWorkbench();
  const situation = SITUATIONS[0];
  const row = (view: string, text: string | RegExp) => wb.sideBarView(view).locator('.monaco-list-row', { hasText: text }).first();

  it('opens the Goed Werk container with its four views and expands a situation', async () => {
    await wb.openAsText('sb-journaal.goedwerk.md');
    await wb.openSidebar('Goed Werk');
    for (const title of ['Critical situations', 'Deugden', 'Guides', 'Journal']) await wb.sideBarView(title).waitFor();
    const first = row('Critical situations', situation.title.en);
    await wb.expandRow(first);
    await row('Critical situations', 'Skills').waitFor();
    await row('Critical situations', 'Freedom').waitFor();
    await row('Journal', 'Nog niet af').waitFor();
    await row('Deugden', 'Attentiveness').waitFor();
    // Wider, so the descriptions read in the screenshot.
    await wb.widenSidebar(180);
    await wb.screenshot('sidebar-en');
  });

  it('opens a situation as a readable page from its inline action', async () => {
    const first = row('Critical situations', situation.title.en);
    await first.hover();
    await first.locator('.action-label[aria-label^="Open as Page"]').click();
    await wb.waitForText(situation.dilemma.en.slice(0, 40));
    await wb.waitForText('Critical situation 1 of 9');
    await wb.screenshot('situatie-en');
  });

  it('filters the deugden and inserts a clicked one into the journal that is open', async () => {
    const header = wb.sideBarView('Deugden').locator('.pane-header');
    await header.hover();
    await header.locator('.action-label[aria-label^="Filter Deugden"]').click();
    const input = wb.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill('courage');
    await input.press('Enter');
    // The view names its filter once the tree has redrawn for it; click only then.
    await wb.sideBarView('Deugden').locator('.pane-header', { hasText: 'courage' }).waitFor();
    await wb.page.waitForFunction(() => document.querySelectorAll('.part.sidebar .pane .monaco-list-row[aria-label^="Courage"]').length === 1
      && Array.from(document.querySelectorAll('.part.sidebar .pane')).some((p) => /deugden/i.test(p.querySelector('.pane-header')?.textContent ?? '')
        && p.querySelectorAll('.monaco-list-row').length === 1));
    await row('Deugden', /^Courage/).click();
    // The journal is Dutch, so the deugd goes in under its Dutch name, below the one already there.
    await wb.waitForEditorText('Moed');
    assert.match(await wb.editorText(), /- Geduld\s+- Moed/);
  });

  it('offers the five-step walkthrough under Get Started', async () => {
    await wb.page.mouse.move(640, 790); // out of the way: a hover card over the pick list would catch a click
    await wb.runCommand('Welcome: Open Walkthrough...');
    const input = wb.page.locator('.quick-input-widget .quick-input-box input');
    await input.fill('Get started with Goed Werk');
    await wb.page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Get started with Goed Werk' }).first().waitFor();
    await input.press('Enter');
    for (const step of ['What is a critical situation?', 'The five elements', 'Write your first beeld', 'The 3E check', 'Talk it through with someone you trust']) {
      await wb.waitForText(step);
    }
    await wb.page.locator('.getting-started-step', { hasText: 'The five elements' }).first().click();
    await wb.waitForText('Identity'); // a label inside the step's SVG, not in its text
    await wb.screenshot('walkthrough-en');
  });
});
