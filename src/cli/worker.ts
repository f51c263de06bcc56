// dist/cli-worker.js: the parsing half of the CLI. In a worker thread it serves tasks from the main
// thread; loaded with require() on the main thread it lends its runTask for small, single-threaded runs.
import { parentPort } from 'node:worker_threads';
import { runTask } from './checkFile';
import type { ResultMessage, TaskMessage } from './tasks';

export { runTask };
// The SARIF log describes the rules, which live in this bundle and not in the main one.
export { sarifLog } from './formats/sarif-log';

parentPort?.on('message', ({ id, task }: TaskMessage) => {
  let reply: ResultMessage;
  try {
    reply = { id, outcome: runTask(task) };
  } catch (e) {
    // The core promises never to throw; should it break that promise, the main thread retries inline.
    reply = { id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
