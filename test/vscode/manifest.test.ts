import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activeExtension, extension } from './helpers';

// The manifest as VS Code read it: contributions that don't load here don't exist for users.
describe('manifest', () => {
  it('has its display strings resolved from package.nls.json', () => {
    const pkg = extension().packageJSON;
    for (const key of ['displayName', 'description']) {
      assert.ok(typeof pkg[key] === 'string' && !pkg[key].startsWith('%'), `${key} is unresolved: ${pkg[key]}`);
    }
  });

  it('contributes the goedwerk language', async () => {
    const languages = await vscode.languages.getLanguages();
    assert.ok(languages.includes('goedwerk'), 'goedwerk is not a known language id');
    const contributed = extension().packageJSON.contributes.languages as { id: string; extensions?: string[] }[];
    assert.deepEqual(contributed.find((l) => l.id === 'goedwerk')?.extensions, ['.goedwerk.md']);
  });

  it('registers every contributed command once active', async () => {
    const ext = await activeExtension();
    const contributed = ((ext.packageJSON.contributes.commands ?? []) as { command: string }[]).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  it('resolves every %key% of its contributed commands and settings', () => {
    const contributes = extension().packageJSON.contributes;
    const unresolved: string[] = [];
    const visit = (value: unknown, where: string) => {
      if (typeof value === 'string' && /^%[^%]+%$/.test(value)) unresolved.push(`${where}: ${value}`);
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, `${where}.${k}`);
    };
    visit(contributes, 'contributes');
    assert.deepEqual(unresolved, []);
  });
});
