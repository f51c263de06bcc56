// The commit guard as a person meets it: installed from the command palette (VS Code's own runtime, no
// Node.js needed), then a commit from the Source Control view that holds a child's name is stopped, with
// the reason on screen. Git is switched on for this workspace only (the test profile has it off).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { useWorkbench } from './harness';

const LEAKY = '# Een beeld\n\n## Kenmerkende ervaring\n\nIk sprak met Kelly de Jong over haar school.\n';

function fixtureRepo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'goedwerk-ui-git-'));
  fs.mkdirSync(path.join(dir, '.vscode'));
  fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'git.enabled': true, 'git.confirmSync': false }));
  fs.writeFileSync(path.join(dir, 'gesprek.goedwerk.md'), LEAKY);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir });
  git('init', '-q');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.org');
  git('add', 'gesprek.goedwerk.md');
  return dir;
}

describe('Commit guard in Source Control (UI)', function () {
  const fixture = fixtureRepo();
  const wb = useWorkbench({ fixture });
  after(() => fs.rmSync(fixture, { recursive: true, force: true }));

  it('installs the check from the palette and stops a commit that holds a name, saying why', async () => {
    await wb.runCommand('Goed Werk: Install the Privacy Check for Commits');
    await wb.waitForNotification(/privacy check now runs before every commit/);
    const hook = fs.readFileSync(path.join(wb.folder, '.git', 'hooks', 'pre-commit'), 'utf8');
    assert.match(hook, /goedwerk-guard/);
    assert.match(hook, /ELECTRON_RUN_AS_NODE=1 exec "\$runtime" "\$cli"/);

    await wb.runCommand('Notifications: Clear All Notifications');
    await wb.page.keyboard.press('Control+Shift+G');
    const input = wb.page.locator('.scm-editor .monaco-editor textarea, .scm-input .monaco-editor textarea').first();
    await input.waitFor({ state: 'attached' });
    await wb.page.locator('.scm-view .monaco-list-row', { hasText: 'gesprek.goedwerk.md' }).first().waitFor();
    await input.focus();
    await wb.page.keyboard.type('Verslag van het gesprek');
    await wb.page.keyboard.press('Control+Enter');
    // VS Code's git shows the first line of the hook's words in a dialog when a commit fails.
    const dialog = wb.page.locator('.monaco-dialog-box', { hasText: /Commit (gestopt|stopped)/ }).first();
    await dialog.waitFor({ timeout: 60_000 });
    const text = await dialog.innerText();
    assert.match(text, /identify a person|herkenbaar/);
    assert.ok(!/Kelly|Jong/.test(text), 'the message never repeats the name');
    await wb.screenshot('privacy-commit-stopped');
    const commits = execFileSync('git', ['rev-list', '--all', '--count'], { cwd: wb.folder, encoding: 'utf8' }).trim();
    assert.equal(commits, '0', 'nothing was committed');
  });
});
