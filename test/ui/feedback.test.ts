// What a coach and a writer see of feedback: a thread started from the editor's context menu, written
// in the comment box, answered and resolved with its buttons, still there after the window reloads; the
// same in a notebook cell; the overview's column. Screenshots: test-results/screenshots/feedback-*.png.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { SELECTORS, useWorkbench } from './harness';
import { feedbackJournal } from '../fixtures/journals';

const JOURNAL = feedbackJournal({ asked: true });

describe('Feedback (UI)', function () {
  // Reloads wait for a whole workbench; give a busy machine time.
  this.timeout(300_000);
  const wb = useWorkbench({ files: { 'fb-ui.goedwerk.md': JOURNAL, 'fb-nb.goedwerk.md': JOURNAL.replace('Rust brengen in de nacht', 'Een tweede nacht') } });
  // The name given here is a user setting; the suites after this one in the same window must be asked again.
  after(() => wb.userSetting('goedwerk.auteur', undefined));
  const widget = () => wb.page.locator('.review-widget').first();
  const commentBox = () => widget().locator('.comment-form .monaco-editor').first();

  async function writeInWidget(text: string): Promise<void> {
    // The box shows as a one-line button with the prompt until it is clicked.
    const folded = widget().locator('.review-thread-reply-button');
    if (await folded.isVisible()) await folded.click();
    await commentBox().waitFor();
    await commentBox().click();
    await wb.page.keyboard.type(text);
  }

  async function button(label: string): Promise<void> {
    await widget().locator('.form-actions .monaco-button', { hasText: new RegExp(`^${label}$`) }).first().click();
  }

  /** The text of a journal's thread file once it satisfies pred (checked again until then: the extension writes it). */
  async function waitForThreadFile(pred: (text: string) => boolean, prefix = 'fb-ui-'): Promise<string> {
    const dir = wb.path('.goedwerk/feedback');
    const deadline = Date.now() + 30_000;
    for (;;) {
      const names = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.startsWith(prefix)) : [];
      for (const n of names) {
        const text = fs.readFileSync(`${dir}/${n}`, 'utf8');
        if (pred(text)) return text;
      }
      if (Date.now() > deadline) throw new Error(`no thread file ${prefix}* that fits (${names.join(', ')})`);
      await wb.page.waitForTimeout(100);
    }
  }

  async function reload(): Promise<void> {
    await wb.page.reload({ waitUntil: 'domcontentloaded' });
    await wb.page.locator(SELECTORS.workbench).waitFor();
    await wb.page.locator(SELECTORS.explorerRow).first().waitFor({ timeout: 120_000 });
    await wb.page.locator(SELECTORS.extensionReady).waitFor({ timeout: 120_000 });
  }

  async function commentsPanel(): Promise<void> {
    // Just after a reload the palette may not list every view's command yet, and a panel the workbench
    // restores late may take the place again: ask until the Comments tab is the one shown.
    const shown = wb.page.locator('.part.panel .action-item.checked', { hasText: /comments/i }).first();
    for (let attempt = 1; ; attempt++) {
      const row = (await wb.palette('Show Comments')).filter({ hasText: /Comments/ }).first();
      try {
        await row.waitFor({ timeout: attempt === 3 ? 30_000 : 10_000 });
        await row.click();
        await shown.waitFor({ timeout: attempt === 3 ? 30_000 : 10_000 });
        return;
      } catch (e) {
        if (attempt === 3) throw e;
        if (await wb.page.locator(SELECTORS.quickInputBox).isVisible()) await wb.press('Escape');
      }
    }
  }

  it('starts a thread from the editor\'s context menu, replies and resolves it', async () => {
    await wb.openAsText('fb-ui.goedwerk.md');
    const line = wb.page.locator('.view-line', { hasText: 'Ik wist welke collega' }).first();
    await line.click();
    await wb.contextMenu(line, 'Give Feedback Here', widget());
    await writeInWidget('Hoe wist je wie er bereikbaar was?');
    await button('Post Feedback');
    // The first time, without a git user, Goed Werk asks the name to show with feedback, and keeps it.
    await wb.page.locator(SELECTORS.quickInput, { hasText: 'Your name for feedback' }).waitFor();
    await wb.page.locator(SELECTORS.quickInputBox).fill('Coach (fictief)');
    await wb.press('Enter');
    await widget().locator('.comment-body', { hasText: 'Hoe wist je wie er bereikbaar was?' }).waitFor();
    await widget().locator('.comment-body, .author', { hasText: 'Coach (fictief)' }).first().waitFor();
    assert.equal(await wb.readFile('fb-ui.goedwerk.md'), JOURNAL, 'the journal is not written');
    await waitForThreadFile((text) => text.includes('Hoe wist je wie er bereikbaar was?'));
    await wb.screenshot('feedback-thread-en');

    await writeInWidget('Van de overdracht aan het begin van de dienst.');
    await button('Reply');
    await widget().locator('.comment-body', { hasText: 'Van de overdracht' }).waitFor();
    await widget().locator('.head .action-label[aria-label="Resolve"]').click();
    // A resolved thread folds away; its file says it is resolved, and the journal is still untouched.
    const threadFile = await waitForThreadFile((text) => text.includes('<!-- afgerond '));
    assert.match(threadFile, /^\*\*Coach \(fictief\)\*\* · \d{4}-\d{2}-\d{2} \d{2}:\d{2} [+-]\d{2}:\d{2} · \*resolved\*$/m);
    assert.equal(await wb.readFile('fb-ui.goedwerk.md'), JOURNAL);
  });

  it('finds the thread again after the window reloads', async () => {
    await reload();
    await commentsPanel();
    const panel = wb.page.locator('.part.panel');
    const row = panel.locator('.monaco-list-row', { hasText: 'Hoe wist je wie er bereikbaar was?' }).first();
    await row.waitFor({ timeout: 60_000 });
    await wb.screenshot('feedback-comments-panel-en');
    // A click opens the journal at the thread, with every comment and its state as they were.
    await row.click();
    await widget().locator('.comment-body', { hasText: 'Van de overdracht' }).waitFor();
    await widget().locator('.head .action-label[aria-label="Reopen"]').waitFor();
  });

  it('takes feedback in a notebook cell, and keeps it over a reload', async () => {
    await wb.openFile('fb-nb.goedwerk.md');
    // Markdown cells draw in a webview (each in a shadow root, which CSS locators pierce): click the
    // beeld's title there, then choose the last cell (Deugden) with the keyboard, as a person can.
    await wb.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame').locator('h1').first().click();
    await wb.press('Escape');
    const last = wb.page.locator('.statusbar', { hasText: 'Cell 5 of 5' });
    for (let i = 0; i < 8 && !(await last.isVisible()); i++) await wb.press('ArrowDown');
    await last.waitFor();
    await wb.press('Enter');
    await wb.page.locator('.notebookOverlay .monaco-list-row.focused .monaco-editor').first().waitFor();
    await wb.runCommand('Goed Werk: Give Feedback Here');
    await wb.page.locator(SELECTORS.quickInput, { hasText: 'Feedback on this part of the beeld' }).waitFor();
    await wb.page.locator(SELECTORS.quickInputBox).fill('Waar lag de grens van je geduld?');
    await wb.press('Enter');
    // The cell's thread is listed in the Comments panel, under the journal and its cell.
    await commentsPanel();
    await wb.page.locator('.part.panel .monaco-list-row', { hasText: /fb-nb\.goedwerk\.md.*Cell 5/ }).first().waitFor();
    await wb.page.locator('.part.panel .monaco-list-row', { hasText: 'Waar lag de grens' }).first().waitFor();
    await wb.screenshot('feedback-notebook-en');
    // The notebook shows no comment box in a cell: the beeld's threads are answered and resolved from a list.
    await wb.page.locator('.notebookOverlay .monaco-list-row.focused .monaco-editor').first().click();
    await wb.runCommand('Goed Werk: Feedback on This Beeld…');
    await wb.page.locator(SELECTORS.quickRow, { hasText: 'Waar lag de grens' }).first().waitFor();
    await wb.screenshot('feedback-notebook-list-en');
    await wb.pick('Deugden');
    await wb.pick('Reply…');
    await wb.page.locator(SELECTORS.quickInputBox).fill('Bij het derde telefoontje.');
    await wb.press('Enter');
    await wb.page.locator('.part.panel .monaco-list-row', { hasText: /1 reply/ }).first().waitFor();
    await wb.runCommand('Goed Werk: Feedback on This Beeld…');
    await wb.pick('Deugden');
    await wb.pick('Resolve');
    const stored = await waitForThreadFile((text) => text.includes('<!-- afgerond '), 'fb-nb-');
    assert.match(stored, /Bij het derde telefoontje\./);
    await reload();
    await commentsPanel();
    await wb.page.locator('.part.panel .monaco-list-row', { hasText: 'Waar lag de grens' }).first().waitFor({ timeout: 60_000 });
  });

  it('shows the open threads in the overview\'s feedback column', async () => {
    await wb.runCommand('Goed Werk: Overview');
    await wb.waitForText('Open feedback (threads)');
    await wb.waitForText('Een tweede nacht');
    await wb.screenshot('feedback-overview-en');
  });
});
