// Programmatic mocha for the suites that run in plain node (unit, server, ui), so the runner gets
// real counts instead of scraping the spec reporter's text.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Mocha = require('mocha');

/** Every *.test.js under dir (sorted), or [] when dir does not exist. */
export function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? findTests(full) : name.endsWith('.test.js') ? [full] : [];
  });
}

/**
 * Runs files with the spec reporter. Resolves with { ran, tests, passes, failures, pending, error? };
 * a file that throws while loading counts as one failure and ran=false.
 */
// The timeout guards against a hang; it is no speed limit. CPU-bound tests take ten times longer on a
// saturated machine, and a tight default made them timed tests (docs/dev/testing.md, "On a busy machine").
export async function runMocha(files, { timeout = 120_000, grep, bail = false } = {}) {
  process.setSourceMapsEnabled?.(true); // same as .mocharc.json's enable-source-maps
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout, grep: grep ? new RegExp(grep) : undefined, bail });
  files.forEach((f) => mocha.addFile(f));
  try {
    await mocha.loadFilesAsync();
  } catch (e) {
    console.error(e);
    mocha.dispose();
    return { ran: false, tests: 0, passes: 0, failures: 1, pending: 0, error: `a suite failed to load: ${e.message}` };
  }
  const result = await new Promise((resolve) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats ?? {};
      resolve({ ran: true, tests: s.tests ?? 0, passes: s.passes ?? 0, failures, pending: s.pending ?? 0 });
    });
  });
  mocha.dispose();
  return result;
}
