// Entry of dist/server.js: `node dist/server.js --stdio` (or --node-ipc, as the extension starts it).
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);

// The server must outlive any document: an error that escapes a handler is logged, not fatal.
process.on('uncaughtException', (e) => connection.console.error(`uncaught: ${e?.stack ?? e}`));
process.on('unhandledRejection', (e) => connection.console.error(`unhandled: ${(e as Error)?.stack ?? e}`));

startServer(connection);
connection.listen();
