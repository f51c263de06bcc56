// In-host test runner for VS Code for the web: the worker extension host loads the bundle
// scripts/web-test.mjs builds (this runner plus every *.test.ts of the chosen folder) and calls its
// run(), the contract of @vscode/test-electron and of test/vscode/index.ts.
//
// A worker has no disk and no environment: the options come from the rig's server
// (/rig/config.json: grep, timeout), the results go back to it (POST /rig/results, after every test
// and at the end), and each test's line goes to the console, which the workbench forwards to the
// runner (codeAutomationLog). The server is reached through the memfs extension's API (RigApi).
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import type { RigApi } from '../memfs/extension';
import type { Results } from '../../vscode/index';

// The results file has one shape for both in-host runners (the harnesses read it alike).
export type { Results } from '../../vscode/index';

interface RunConfig { grep?: string; timeout?: number }

/** A suite file: its path (for messages) and the function that evaluates it. */
export type Suite = [file: string, load: () => unknown];

const browserMocha = () => (globalThis as unknown as { mocha: BrowserMocha }).mocha;

export async function rigApi(): Promise<RigApi> {
  const ext = vscode.extensions.getExtension<RigApi>('goedwerk-test.memfs');
  if (!ext) throw new Error('the rig\'s memfs extension is not loaded');
  return ext.activate();
}

/** Sends results to the server one at a time, so a late partial report never overwrites the final one. */
function reporter(rig: RigApi): (results: Results) => Promise<void> {
  let queue = Promise.resolve();
  return (results) => {
    const body = JSON.stringify(results);
    queue = queue.then(() => fetch(`${rig.origin}/rig/results`, { method: 'POST', body })).then(() => undefined, (e) => console.error(e));
    return queue;
  };
}

function loadSuites(mocha: BrowserMocha, suites: Suite[]): string | undefined {
  for (const [file, load] of suites) {
    mocha.suite.emit('pre-require', globalThis, file, mocha);
    try { load(); } catch (e) {
      // A suite that throws while loading must turn the run red, not vanish from the count.
      return `${file}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`;
    }
    mocha.suite.emit('require', undefined, file, mocha);
    mocha.suite.emit('post-require', globalThis, file, mocha);
  }
  return undefined;
}

export async function runSuites(suites: Suite[]): Promise<void> {
  const rig = await rigApi();
  void rig.event('tests-started');
  const config = await rig.config<RunConfig>();
  const mocha = browserMocha();
  const post = reporter(rig);
  mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: config.timeout ?? 30_000 });
  if (config.grep) mocha.grep(new RegExp(config.grep));
  const results: Results = { tests: 0, passes: 0, failures: 0, pending: 0, failed: [] };
  const loadError = suites.length === 0 ? 'no *.test.ts in the in-host folder' : loadSuites(mocha, suites);
  if (loadError) {
    Object.assign(results, { loadError, failures: 1 });
    results.failed.push({ title: 'loading the in-host suites', error: loadError });
    await post(results);
    throw new Error(loadError);
  }
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run(() => undefined);
    const counts = () => ({ tests: runner.stats?.tests ?? 0, passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0, pending: runner.stats?.pending ?? 0 });
    runner.on('fail', (test, err: Error) => results.failed.push({ title: test.fullTitle(), error: err?.stack ?? String(err) }));
    // Keep the server current, so a run cut short by the runner's timeout still shows how far it got.
    runner.on('test end', () => void post({ ...results, ...counts(), partial: true }));
    runner.once('end', () => {
      Object.assign(results, counts());
      void post(results).then(() => {
        if (results.failures > 0) reject(new Error(`${results.failures} in-host test(s) failed`));
        else if (results.passes === 0) reject(new Error('no in-host test ran'));
        else resolve();
      });
    });
  });
}
