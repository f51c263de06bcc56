import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, fixtureUri, waitFor, workspaceRoot } from './helpers';

interface Summary { journals: number; beelden: number; folder?: string; updates: number; shown: number; title: string }

const TITLE = /^Goed Werk: (Overzicht|Overview)$/;

function overviewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && /goedwerk\.overview/.test(t.input.viewType));
}

const state = () => vscode.commands.executeCommand<Summary | undefined>('goedwerk.overview.state');

describe('overview (in VS Code)', function () {
  this.timeout(60_000);
  before(activeExtension);
  afterEach(closeAllEditors);

  it('opens a webview panel with the journals of the workspace', async () => {
    const summary = await vscode.commands.executeCommand<Summary>('goedwerk.overview');
    // The workbench tells the extension host of a new tab in its own time: with a warm server the
    // stats can come back (and the command resolve) before that.
    await waitFor(() => overviewTabs().length > 0, 'the overview tab', 5_000);
    const tabs = overviewTabs();
    assert.equal(tabs.length, 1, 'one overview tab');
    assert.match(tabs[0].label, TITLE);
    assert.ok(summary, 'the command resolves with what it shows');
    const journals = (await vscode.workspace.findFiles('**/*.goedwerk.md')).length;
    assert.equal(summary.journals, journals);
    assert.ok(summary.beelden >= journals - 1, `${summary.beelden} beelden`);
    // The page itself, not only the extension, must hold the last read: its script says what it shows.
    await waitFor(async () => {
      const s = await state();
      return s && s.shown > 0 && s.shown === s.updates;
    }, 'the page to show the last read', 30_000);
  });

  it('reuses the open panel when run again', async () => {
    await vscode.commands.executeCommand('goedwerk.overview');
    await waitFor(() => overviewTabs().length === 1, 'the overview tab');
    await vscode.commands.executeCommand('goedwerk.overview');
    assert.equal(overviewTabs().length, 1);
  });

  it('takes a folder as argument and follows what changes in it', async () => {
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'overzicht-map');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'lees-mij.md'), new TextEncoder().encode('Geen journal.\n'));
    try {
      const first = await vscode.commands.executeCommand<Summary>('goedwerk.overview', folder);
      assert.equal(first.folder, folder.fsPath);
      assert.equal(first.journals, 0);
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'een.goedwerk.md'),
        new TextEncoder().encode('---\nauteur: Test\n---\n\n# Alleen dit beeld\n'));
      const summary = await waitFor(async () => {
        const s = await state();
        return s?.journals === 1 ? s : undefined;
      }, 'the overview of the folder to count the new journal', 20_000);
      assert.equal(summary.beelden, 1);
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });

  it('updates by itself when a journal is added', async () => {
    const before = await vscode.commands.executeCommand<Summary>('goedwerk.overview');
    const added = fixtureUri('live-erbij.goedwerk.md');
    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode('# Nieuw beeld van vandaag\n\n## Kenmerkende ervaring\n\nIets.\n'));
    try {
      const after = await waitFor(async () => {
        const s = await state();
        return s && s.journals === before.journals + 1 ? s : undefined;
      }, 'the overview to count the new journal', 20_000);
      assert.ok(after.updates > before.updates);
    } finally {
      await vscode.workspace.fs.delete(added);
    }
  });

  it('shows a folder outside the workspace', async () => {
    const os = await import('node:os');
    const fs = await import('node:fs');
    const path = await import('node:path');
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'goedwerk-buiten-'));
    fs.writeFileSync(path.join(outside, 'x.goedwerk.md'), '# Eén\n\n# Twee\n');
    try {
      const summary = await vscode.commands.executeCommand<Summary>('goedwerk.overview', outside);
      assert.deepEqual([summary.journals, summary.beelden], [1, 2]);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('closes cleanly with its tab', async () => {
    await vscode.commands.executeCommand('goedwerk.overview');
    await closeAllEditors();
    await waitFor(async () => (await state()) === undefined, 'the overview to be gone');
  });
});

describe('export beeld (in VS Code)', function () {
  this.timeout(60_000);
  before(activeExtension);
  afterEach(closeAllEditors);

  it('writes a printable page with the title, without the frontmatter', async () => {
    const target = fixtureUri('export-test.html');
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri>('goedwerk.exportBeeld', {
        uri: fixtureUri('volledig.goedwerk.md'), beeld: 0, withFrontmatter: false, target,
      });
      assert.equal(written?.toString(), target.toString());
      const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(html, /<h1>Eerst luisteren, dan pas plannen<\/h1>/);
      assert.match(html, /<h2>Kenmerkende ervaring<\/h2>/);
      assert.ok(!html.includes('ambulant hulpverlener'), 'no frontmatter');
      assert.ok(!/<script/i.test(html));
    } finally {
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  it('includes the frontmatter when asked', async () => {
    const target = fixtureUri('export-test-fm.html');
    try {
      await vscode.commands.executeCommand('goedwerk.exportBeeld', {
        uri: fixtureUri('volledig.goedwerk.md').toString(), beeld: 0, withFrontmatter: true, target: target.fsPath,
      });
      const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(html, /<dd>ambulant hulpverlener<\/dd>/);
    } finally {
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  it('exports the beeld under the cursor of the open editor', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri('volledig.goedwerk.md')));
    editor.selection = new vscode.Selection(12, 0, 12, 0);
    const target = fixtureUri('export-test-cursor.html');
    try {
      await vscode.commands.executeCommand('goedwerk.exportBeeld', { target });
      const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.match(html, /<title>Eerst luisteren, dan pas plannen<\/title>/);
    } finally {
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });
});
