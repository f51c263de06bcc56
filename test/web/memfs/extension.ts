// The rig's workspace for VS Code for the web: registers the `memfs` file system, filled from the
// rig's server before the workbench first looks at it (the workbench waits for this activation
// before it reads memfs:/workspace). Its exports let in-host tests reach the server (RigApi).
import * as vscode from 'vscode';
import { MemFS } from './provider';
import { registerSearch } from './search';
import { RigServer } from './server';

export interface RigApi {
  /** The server's origin, e.g. http://127.0.0.1:PORT (no trailing slash). */
  readonly origin: string;
  /** The workspace folder: memfs:/workspace. */
  readonly folder: vscode.Uri;
  /** What the runner passed for the in-host side (grep, ...): /rig/config.json. */
  config<T = Record<string, unknown>>(): Promise<T>;
  /** The bytes the server holds for a workspace file (what a save wrote), by path relative to the folder. */
  savedBytes(rel: string): Promise<Uint8Array>;
  /** Reports an event with its time to the test runner (e.g. for timings). */
  event(name: string, detail?: Record<string, unknown>): Promise<void>;
}

export async function activate(context: vscode.ExtensionContext): Promise<RigApi> {
  const origin = context.extensionUri.with({ path: '', query: '', fragment: '' }).toString(true).replace(/\/$/, '');
  const server = new RigServer(origin);
  const folder = vscode.Uri.from({ scheme: 'memfs', path: '/workspace' });
  const fs = new MemFS(server, folder);
  await fs.load();
  context.subscriptions.push(vscode.workspace.registerFileSystemProvider('memfs', fs, { isCaseSensitive: true }), registerSearch('memfs'));
  void server.event('memfs-ready');
  return {
    origin, folder,
    config: <T>() => server.config<T>(),
    savedBytes: (rel: string) => server.readWorkspaceFile(rel),
    event: (name: string, detail?: Record<string, unknown>) => server.event(name, detail),
  };
}
