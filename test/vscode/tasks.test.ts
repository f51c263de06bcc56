import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { extension, fixtureUri, waitFor, waitForEvent, workspaceRoot } from './helpers';

// The problem matcher `$goedwerk` (package.json): a VS Code task that runs `goedwerk check` fills the
// Problems panel from the CLI's text output, as a coach's tasks.json does. The language server's own
// findings are switched off for closed journals here, so what shows for the closed file is the task's.
const FILE = 'onvolledig.goedwerk.md';
const ruleOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);

function cliTask(name: string, args: string[]): vscode.Task {
  const cli = join(extension().extensionPath, 'dist', 'cli.js');
  const exec = new vscode.ProcessExecution(process.execPath, [cli, ...args], { cwd: workspaceRoot().fsPath });
  return new vscode.Task({ type: 'process' }, vscode.TaskScope.Workspace, name, 'goedwerk-test', exec, ['$goedwerk']);
}

async function runTask(task: vscode.Task): Promise<void> {
  const ended = waitForEvent(vscode.tasks.onDidEndTaskProcess, (e) => e.execution.task.name === task.name, `the task ${task.name} to end`, 60_000);
  await vscode.tasks.executeTask(task);
  await ended;
}

describe('the $goedwerk problem matcher (in VS Code)', function () {
  // A task starts a terminal and a Node process: slow on a loaded machine.
  this.timeout(120_000);
  const config = () => vscode.workspace.getConfiguration('goedwerk');

  before(async () => {
    await config().update('workspaceDiagnostics', false, vscode.ConfigurationTarget.Workspace);
    await waitFor(() => vscode.languages.getDiagnostics(fixtureUri(FILE)).length === 0, 'the closed journal\'s findings to clear', 30_000);
  });

  after(async () => {
    // A task of the same matcher that finds nothing takes the markers away again.
    await runTask(cliTask('goedwerk check (nothing)', ['check', '--lang', 'en', 'volledig.goedwerk.md']));
    await waitFor(() => vscode.languages.getDiagnostics(fixtureUri(FILE)).length === 0, 'the task\'s markers to clear', 30_000);
    await config().update('workspaceDiagnostics', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('turns each line of `goedwerk check` into a problem at its place, with its rule and severity', async () => {
    const cli = join(extension().extensionPath, 'dist', 'cli.js');
    let json = '';
    try {
      json = execFileSync(process.execPath, [cli, 'check', '--lang', 'en', '--format', 'json', FILE], { cwd: workspaceRoot().fsPath, encoding: 'utf8' });
    } catch (e) {
      json = String((e as { stdout?: string }).stdout ?? ''); // exit 1: findings, as expected
    }
    // One finding per line, 1-based as a person reads it; VS Code's positions are 0-based.
    const expected = JSON.parse(json) as { file: string; line: number; column: number; rule: string }[];
    assert.ok(expected.length >= 3, `the CLI finds the incomplete beeld's gaps (${expected.length})`);

    // VS Code keeps one task problem per rule and place (its marker key leaves the message out), so
    // the four elements missing at the beeld's title show as one: compare rule and place.
    const key = (rule: string, line: number, col: number) => `${rule}@${line}:${col}`;
    const want = [...new Set(expected.map((f) => key(f.rule, f.line - 1, f.column - 1)))].sort();
    await runTask(cliTask('goedwerk check', ['check', '--lang', 'en', FILE]));
    const shown = await waitFor(() => {
      const d = vscode.languages.getDiagnostics(fixtureUri(FILE));
      return d.length >= want.length ? d : undefined;
    }, `${want.length} problems from the task`, 30_000).catch((e: Error) => {
      const all = vscode.languages.getDiagnostics().filter(([, d]) => d.length).map(([u, d]) => `${u.path}: ${d.map((x) => key(ruleOf(x), x.range.start.line, x.range.start.character)).join(', ')}`);
      throw new Error(`${e.message}; problems now: ${all.join('; ') || 'none'}`);
    });
    assert.deepEqual([...new Set(shown.map((d) => key(ruleOf(d), d.range.start.line, d.range.start.character)))].sort(), want);
    assert.ok(shown.every((d) => d.source === 'goedwerk'), 'each problem says where it came from');
    assert.ok(shown.some((d) => d.severity === vscode.DiagnosticSeverity.Warning), 'warnings stay warnings');
  });
});
