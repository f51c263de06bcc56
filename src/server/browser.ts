// The language server in a browser: a web worker started by the extension (../extension/language/
// client.browser.ts), speaking LSP over the worker's messages. The same server as on the desktop
// (./server.ts); what needs a disk finds none there (see ../browser-node/README.md).
import { BrowserMessageReader, BrowserMessageWriter, ProposedFeatures, createConnection } from 'vscode-languageserver/browser';
import { TEAM_FILES_NOTIFICATION } from '../protocol';
import { setTeamFiles, type TeamFiles } from './file-host.browser';
import { readJournalsThrough } from './journal-files.browser';
import { startServer } from './server';

type Port = ConstructorParameters<typeof BrowserMessageReader>[0];
type Immediate = (fn: (...a: unknown[]) => void, ...args: unknown[]) => unknown;
const scope = globalThis as unknown as Port & { setImmediate?: Immediate; addEventListener?: (type: string, listener: (e: { reason?: unknown }) => void) => void };
// The server yields to the event loop with setImmediate, which a browser does not have. Not with
// setTimeout(fn, 0): nested five deep, a browser waits at least 4 ms, and long work yields every few
// milliseconds. A message to ourselves is a task of its own without that wait.
function messageImmediate(): Immediate {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return (fn, ...args) => {
    queue.push(() => fn(...args));
    channel.port2.postMessage(0);
  };
}
scope.setImmediate ??= typeof MessageChannel === 'function' ? messageImmediate() : ((fn, ...args) => setTimeout(fn, 0, ...args)) as Immediate;

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
// The server must outlive any document: an error that escapes a handler is logged, not fatal.
scope.addEventListener?.('unhandledrejection', (e: { reason?: unknown }) => connection.console.error(`unhandled: ${(e.reason as Error)?.stack ?? e.reason}`));

// The team's files, read by the client (the server's team resolver reads this snapshot).
connection.onNotification(TEAM_FILES_NOTIFICATION, (snapshot: TeamFiles) => setTeamFiles(snapshot));

// The journals nobody has open, listed and read by the client (the overview, the workspace's findings).
readJournalsThrough(connection);

startServer(connection);
connection.listen();
