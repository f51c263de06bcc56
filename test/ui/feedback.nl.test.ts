// Feedback as a Dutch-speaking coach meets it (a code-server whose language is nl): the context menu, the
// comment box and its buttons, the name asked once, the warning when a comment holds personal data, and
// the list of a beeld's threads. Screenshots: test-results/screenshots/feedback-*-nl.png.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { SELECTORS, useWorkbench } from './harness';
import { feedbackJournal } from '../fixtures/journals';

const JOURNAL = feedbackJournal({ asked: true });

describe('Feedback in het Nederlands (UI)', function () {
  this.timeout(300_000);
  const wb = useWorkbench({ files: { 'fb-nl.goedwerk.md': JOURNAL } });
  // The name given here is a user setting; the suites after this one in the same window must be asked again.
  after(() => wb.userSetting('goedwerk.auteur', undefined));
  const widget = () => wb.page.locator('.review-widget').first();

  async function writeInWidget(text: string): Promise<void> {
    const folded = widget().locator('.review-thread-reply-button');
    if (await folded.isVisible()) await folded.click();
    const box = widget().locator('.comment-form .monaco-editor').first();
    await box.waitFor();
    await box.click();
    await wb.page.keyboard.type(text);
  }

  const button = (label: string) => widget().locator('.form-actions .monaco-button', { hasText: new RegExp(`^${label}$`) }).first().click();

  it('geeft feedback vanuit het menu, in het Nederlands, en waarschuwt bij een telefoonnummer zonder het te herhalen', async () => {
    await wb.openAsText('fb-nl.goedwerk.md');
    const line = wb.page.locator('.view-line', { hasText: 'Ik wist welke collega' }).first();
    await line.click();
    await wb.contextMenu(line, 'Feedback geven op deze plek', widget());
    await writeInWidget('Hoe wist je wie er bereikbaar was?');
    await button('Feedback plaatsen');
    await wb.page.locator(SELECTORS.quickInput, { hasText: 'Je naam bij feedback' }).waitFor();
    await wb.page.locator(SELECTORS.quickInputBox).fill('Coach (fictief)');
    await wb.press('Enter');
    await widget().locator('.comment-body', { hasText: 'Hoe wist je wie er bereikbaar was?' }).waitFor();
    await wb.screenshot('feedback-draad-nl');

    await writeInWidget('Bel me gerust op 06-12345678.');
    await button('Reageren');
    const toast = await wb.waitForNotification(/Deze feedback lijkt een telefoonnummer te bevatten/);
    assert.doesNotMatch(await toast.innerText(), /12345678/);
    await widget().locator('.comment-body', { hasText: 'Bel me gerust' }).waitFor();
    await widget().getByText('bevat mogelijk persoonsgegevens').first().waitFor();
    await wb.screenshot('feedback-privacy-nl');
    assert.equal(await wb.readFile('fb-nl.goedwerk.md'), JOURNAL, 'het journaal zelf blijft zoals het was');
  });

  it('toont de draden van een beeld in een lijst, met sectie, status en het laatste bericht', async () => {
    await wb.page.locator('.view-line', { hasText: 'Ik wist welke collega' }).first().click();
    await wb.runCommand('Goed Werk: Feedback bij dit beeld…');
    await wb.page.locator(SELECTORS.quickRow, { hasText: 'Kennis' }).first().waitFor();
    await wb.page.locator(SELECTORS.quickRow, { hasText: /open · Coach \(fictief\)/ }).first().waitFor();
    await wb.page.locator(SELECTORS.quickRow, { hasText: 'Nieuwe feedback…' }).first().waitFor();
    // The last message as a preview, the number in it masked as the command line does.
    const preview = wb.page.locator(SELECTORS.quickRow, { hasText: 'Bel me gerust op […]' }).first();
    await preview.waitFor();
    assert.doesNotMatch(await preview.innerText(), /12345678/);
    await wb.screenshot('feedback-lijst-nl');
    await wb.pick('Kennis');
    await wb.pick('Afronden');
    // A resolved thread folds away; its file says so, with the name and the Dutch word.
    const name = fs.readdirSync(wb.path('.goedwerk/feedback')).find((n) => n.startsWith('fb-nl-'));
    assert.ok(name, 'the thread has its file');
    const stored = await wb.waitForFile(`.goedwerk/feedback/${name}`, (text) => text.includes('<!-- afgerond '));
    assert.match(stored, /^\*\*Coach \(fictief\)\*\* · .* · \*afgerond\*$/m);
  });
});
