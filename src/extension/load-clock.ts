// Imported first by main.ts, so this runs before any other module of the activation bundle:
// the moment the bundle's own code started to run, for the activation time the test API reports.
// The CPU time too: on a busy machine the wall clock also counts the time other processes had the core.
// A browser's worker has no `process`: there the CPU time is left out (0).
export const bundleStarted = performance.now();

type Usage = { user: number; system: number };
const proc = (globalThis as { process?: { cpuUsage?: (since?: Usage) => Usage } }).process;

/** CPU time since `since` (all zero where it cannot be measured). */
export function cpuUsage(since?: Usage): Usage {
  return proc?.cpuUsage ? proc.cpuUsage(since) : { user: 0, system: 0 };
}

export const cpuStarted = cpuUsage();

/** True in the test runs (scripts/vscode-test.mjs and ui-test.mjs set GOEDWERK_TEST=1; never in a browser). */
export function isTestRun(): boolean {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.GOEDWERK_TEST === '1';
}
