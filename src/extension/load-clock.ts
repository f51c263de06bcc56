// Imported first by main.ts, so this runs before any other module of the activation bundle:
// the moment the bundle's own code started to run, for the activation time the test API reports.
// The CPU time too: on a busy machine the wall clock also counts the time other processes had the core.
export const bundleStarted = performance.now();
export const cpuStarted = process.cpuUsage();
