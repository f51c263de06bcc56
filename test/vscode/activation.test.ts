import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, extension, fixtureUri, openJournal, waitFor } from './helpers';

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

  it('leaves plain Markdown alone', async () => {
    const doc = await vscode.workspace.openTextDocument(fixtureUri('notities.md'));
    assert.equal(doc.languageId, 'markdown');
  });
});
