// In-host test entry: VS Code loads this module inside the extension host and calls run()
// (the @vscode/test-electron contract, used by both scripts/vscode-test.mjs and test:electron).
// It runs every *.test.js bundled next to it (from test/vscode/**/*.test.ts) with mocha bdd.
//
// Output: one line per test through console.log (code-server forwards the extension host's console
// to the harness); the summary goes to the JSON file named by VSCODE_TEST_RESULTS_FILE, which the
// harness reads, because the exit code alone can't tell "3 failed" from "never ran".
// Optional: VSCODE_TEST_GREP=<regexp> runs only matching tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface Results {
  tests: number;
  passes: number;
  failures: number;
  pending: number;
  failed: { title: string; error: string }[];
  loadError?: string;
  /** Set while the run is still going; absent once run() has finished. */
  partial?: boolean;
}

// out/test/vscode/x.test.js is built from test/vscode/x.test.ts; a bundle whose source was deleted
// lingers in out/ and must not vouch for anything.
const sourceDir = path.resolve(__dirname, '..', '..', '..', 'test', 'vscode');
const hasSource = (bundle: string) => !fs.existsSync(sourceDir) ||
  fs.existsSync(path.join(sourceDir, path.relative(__dirname, bundle)).replace(/\.js$/, '.ts'));

function findSuites(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return findSuites(full);
    return e.name.endsWith('.test.js') && hasSource(full) ? [full] : [];
  }).sort();
}

function writeResults(results: Results): void {
  const file = process.env.VSCODE_TEST_RESULTS_FILE;
  if (!file) return;
  try { fs.writeFileSync(file, JSON.stringify(results, null, 2)); } catch (e) { console.error(e); }
}

export async function run(): Promise<void> {
  const grep = process.env.VSCODE_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec', grep: grep ? new RegExp(grep) : undefined });
  const files = findSuites(__dirname);
  const results: Results = { tests: 0, passes: 0, failures: 0, pending: 0, failed: [] };
  if (files.length === 0) {
    results.loadError = `no *.test.js next to ${__filename}`;
    writeResults(results);
    throw new Error(results.loadError);
  }
  files.forEach((f) => mocha.addFile(f));
  try {
    await mocha.loadFilesAsync();
  } catch (e) {
    // A suite that throws while loading must turn the run red, not vanish from the count.
    results.loadError = e instanceof Error ? e.stack ?? e.message : String(e);
    results.failures = 1;
    results.failed.push({ title: 'loading the in-host suites', error: results.loadError });
    writeResults(results);
    throw e;
  }
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats;
      Object.assign(results, { tests: s?.tests ?? 0, passes: s?.passes ?? 0, failures, pending: s?.pending ?? 0 });
      writeResults(results);
      if (failures > 0) reject(new Error(`${failures} in-host test(s) failed`));
      else if (results.passes === 0) reject(new Error('no in-host test ran'));
      else resolve();
    });
    runner.on('fail', (test, err: Error) => {
      results.failed.push({ title: test.fullTitle(), error: err?.stack ?? String(err) });
    });
    // Keep the file current, so a run cut short by the harness's timeout still shows how far it got.
    runner.on('test end', () => {
      const s = runner.stats;
      writeResults({ ...results, tests: s?.tests ?? 0, passes: s?.passes ?? 0, failures: s?.failures ?? 0, pending: s?.pending ?? 0, partial: true });
    });
  });
}
