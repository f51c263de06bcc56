// One team folder through the three faces that resolve a team (the CLI, the language server and the
// sidebar), inside a real VS Code: they must find the same journals (a suffix in capitals, a linked
// journal), the same situations (the team's own in .goedwerk/situaties/) and the same deugden (from a
// .goedwerk.json with comments), and so give the same findings.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { activeExtension, closeAllEditors, extension, fixtureUri, waitFor, workspaceRoot } from './helpers';

interface CliFinding { file: string; line: number; column: number; rule: string }
interface Snapshot { situaties: { label: string; description?: string }[]; deugden: string[] }

const FOLDER = 'team-gelijk';
const snapshot = async (): Promise<Snapshot> => (await vscode.commands.executeCommand('goedwerk.sidebar.snapshot')) as Snapshot;
const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

function runCli(): CliFinding[] {
  const cli = join(extension().extensionPath, 'dist', 'cli.js');
  const r = spawnSync(process.execPath, [cli, 'check', '--format', 'json', FOLDER], {
    cwd: workspaceRoot().fsPath, encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, timeout: 60_000,
  });
  assert.ok(r.stdout.trim().startsWith('['), `the CLI printed JSON (stderr: ${r.stderr})`);
  return JSON.parse(r.stdout) as CliFinding[];
}

/** Per file, its findings as `rule@line:column` (0-based), sorted. */
function byFile(list: { file: string; key: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of list) out.set(f.file, [...(out.get(f.file) ?? []), f.key].sort());
  return out;
}

describe('One team resolver for the CLI, the server and the sidebar (in VS Code)', function () {
  this.timeout(120_000);
  before(async () => {
    await activeExtension();
    // Copied in now rather than kept in the workspace fixture, so the other suites' counts stay as they are.
    cpSync(join(extension().extensionPath, 'test', 'fixtures', FOLDER), fixtureUri(FOLDER).fsPath, { recursive: true });
  });
  after(async () => {
    await closeAllEditors();
    rmSync(fixtureUri(FOLDER).fsPath, { recursive: true, force: true });
  });

  it('gives the same findings, situations and deugden for one folder', async () => {
    const cli = runCli();
    const cliFiles = byFile(cli.map((f) => ({ file: f.file, key: `${f.rule}@${f.line - 1}:${f.column - 1}` })));
    // The capitals and the link are found, the team's situation and deugd are known (else more findings).
    assert.deepEqual([...cliFiles.keys()].sort(), [`${FOLDER}/HOOFDLETTERS.GOEDWERK.MD`, `${FOLDER}/gekoppeld.goedwerk.md`]);
    assert.deepEqual(cliFiles.get(`${FOLDER}/HOOFDLETTERS.GOEDWERK.MD`)?.map((k) => k.split('@')[0]), ['situatie-onbekend']);
    assert.deepEqual(cliFiles.get(`${FOLDER}/gekoppeld.goedwerk.md`)?.map((k) => k.split('@')[0]), ['deugd-onbekend']);

    // The language server checks the same files while they are closed, and must say the same. Once a
    // notebook has opened in this window, a closed journal's findings sit on the cells it opens as
    // (src/extension/notebook/closed-problems.ts): then the rules are compared, their lines are the cells'.
    for (const [file, expected] of cliFiles) {
      const uri = fixtureUri(file);
      const seen = () => {
        const found = vscode.languages.getDiagnostics()
          .filter(([u]) => u.path === uri.path && (u.scheme === uri.scheme || u.scheme === 'vscode-notebook-cell'))
          .flatMap(([u, list]) => list.filter((d) => d.source === 'goedwerk').map((d) => ({ onFile: u.scheme === uri.scheme, d })));
        return found.every((f) => f.onFile)
          ? found.map(({ d }) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}`).sort()
          : found.map(({ d }) => codeOf(d)).sort();
      };
      const want = () => (seen().some((k) => k.includes('@')) || seen().length === 0 ? expected : expected.map((k) => k.split('@')[0]));
      await waitFor(() => JSON.stringify(seen()) === JSON.stringify(want()), `the server's findings for ${file} (${JSON.stringify(seen())}, the CLI's ${JSON.stringify(expected)})`, 60_000);
    }

    // The sidebar lists the team's situation and deugd from the same files.
    const s = await waitFor(async () => {
      const snap = await snapshot();
      return snap.situaties.some((x) => x.label === 'Lang wachten in de wachtkamer') && snap.deugden.includes('Vindingrijkheid') ? snap : undefined;
    }, 'the team situation and deugd in the sidebar', 30_000);
    assert.equal(s.situaties.find((x) => x.label === 'Lang wachten in de wachtkamer')?.description, 'team');

    // And the server offers that situation and that deugd where a journal asks for one.
    const doc = await vscode.workspace.openTextDocument(fixtureUri(`${FOLDER}/eigen-situatie.goedwerk.md`));
    await vscode.window.showTextDocument(doc);
    const line = doc.getText().split('\n').findIndex((l) => l.startsWith('situatie:'));
    const items = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line, 'situatie: '.length));
    const labels = items.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.some((l) => l.includes('wachtkamer') || l.includes('Lang wachten')), `the team situation is offered (${labels.slice(0, 12).join(', ')})`);
  });
});
