import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, extension, fixtureUri, openJournal, waitFor } from './helpers';

interface ActivationTimes { apiMs: number; moduleMs: number; waitMs: number; activateMs: number; cpuMs: number; chunks: string[] }

describe('activation', () => {
  afterEach(closeAllEditors);

  it('is installed under its marketplace id', () => {
    assert.equal(extension().packageJSON.name, 'goedwerk');
  });

  it('gives a *.goedwerk.md the language goedwerk', async () => {
    const editor = await openJournal('volledig.goedwerk.md');
    assert.equal(editor.document.languageId, 'goedwerk');
  });

  it('activates once a journal is open', async () => {
    await openJournal('onvolledig.goedwerk.md');
    await waitFor(() => extension().isActive, 'the extension to activate');
  });

  it('activates without requiring its lazy chunks, and prints how long activation took', async () => {
    const api = (await activeExtension()).exports as { activation?: ActivationTimes } | undefined;
    const a = api?.activation;
    assert.ok(a, 'the extension exports its activation times when GOEDWERK_TEST=1');
    assert.ok([a.apiMs, a.moduleMs, a.waitMs, a.activateMs, a.cpuMs].every((ms) => Number.isFinite(ms) && ms >= 0) && a.activateMs > 0, JSON.stringify(a));
    // The language client, yaml and the overview renderer come later (src/extension/lazy.ts).
    assert.deepEqual(a.chunks, []);
    // A print, not a timed assertion: the time depends on the machine and its load.
    console.log(`      activation in the extension host: our module code ${a.moduleMs.toFixed(1)} ms + activate() ${a.activateMs.toFixed(1)} ms`
      + ` = ${(a.moduleMs + a.activateMs).toFixed(1)} ms (CPU ${a.cpuMs.toFixed(1)} ms); VS Code's API ${a.apiMs.toFixed(1)} ms and its context ${a.waitMs.toFixed(1)} ms come on top`);
  });

  it('leaves plain Markdown alone', async () => {
    const doc = await vscode.workspace.openTextDocument(fixtureUri('notities.md'));
    assert.equal(doc.languageId, 'markdown');
  });
});
