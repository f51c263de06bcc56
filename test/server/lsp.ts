// A small LSP client for the server tests: spawns the BUILT dist/server.js over stdio and speaks
// real JSON-RPC to it (vscode-jsonrpc's message connection), the way an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection,
} from 'vscode-languageserver-protocol/node';
import type {
  CodeAction, Diagnostic, InitializeResult, PublishDiagnosticsParams, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-protocol';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.js');

export interface StartOptions {
  /** Workspace folder (file system path). */
  root?: string;
  initializationOptions?: Record<string, unknown>;
  /** Answer `workspace/configuration` with these settings (enables the pull model). */
  pulledSettings?: Record<string, unknown>;
}

type Waiter = { uri: string; test: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void };

export class LspClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly messages: { type: number; message: string }[] = [];
  readonly logs: string[] = [];
  /** What the server registered dynamically (`client/registerCapability`), e.g. file watchers. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  private waiters: Waiter[] = [];
  private exited = false;
  exitCode: number | null = null;

  private constructor(readonly proc: ChildProcess, readonly conn: MessageConnection, readonly storage: string) {}

  static async start(opts: StartOptions = {}): Promise<LspClient> {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run node scripts/build.mjs first`);
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const storage = mkdtempSync(join(tmpdir(), 'gw-lsp-cache-'));
    const client = new LspClient(proc, conn, storage);
    proc.stderr!.on('data', (d) => client.logs.push(String(d)));
    proc.on('exit', (code) => { client.exited = true; client.exitCode = code; });
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.diagnostics.set(p.uri, p.diagnostics);
      client.waiters = client.waiters.filter((w) => {
        if (w.uri !== p.uri || !w.test(p.diagnostics)) return true;
        w.resolve(p.diagnostics);
        return false;
      });
    });
    conn.onNotification('window/showMessage', (p: { type: number; message: string }) => { client.messages.push(p); });
    conn.onRequest('window/showMessageRequest', (p: { type: number; message: string }) => { client.messages.push(p); return null; });
    conn.onNotification('window/logMessage', (p: { message: string }) => { client.logs.push(p.message); });
    conn.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      client.registrations.push(...p.registrations);
      return null;
    });
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map(() => opts.pulledSettings ?? {}));
    conn.listen();
    const root = opts.root;
    const init: InitializeResult = await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root ? pathToFileURL(root).toString() : null,
      workspaceFolders: root ? [{ uri: pathToFileURL(root).toString(), name: 'ws' }] : null,
      capabilities: {
        workspace: { configuration: !!opts.pulledSettings, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true } },
      },
      initializationOptions: { storagePath: storage, language: 'nl', ...opts.initializationOptions },
    });
    client.capabilities = init.capabilities;
    await conn.sendNotification('initialized', {});
    return client;
  }

  capabilities: InitializeResult['capabilities'] = {};

  get alive(): boolean {
    return !this.exited;
  }

  /** Resolves with the next diagnostics for `uri` that pass `test` (or the current ones, if they pass). */
  waitForDiagnostics(uri: string, test: (d: Diagnostic[]) => boolean = () => true, timeoutMs = 25000): Promise<Diagnostic[]> {
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.diagnostics.get(uri))}\n${this.logs.join('\n')}`));
      }, timeoutMs);
      const waiter: Waiter = { uri, test, resolve: (d) => { clearTimeout(timer); resolvePromise(d); } };
      this.waiters.push(waiter);
    });
  }

  async open(uri: string, text: string, version = 1, languageId = 'goedwerk'): Promise<Diagnostic[]> {
    const next = this.waitForDiagnostics(uri);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return next;
  }

  async change(uri: string, text: string, version: number): Promise<Diagnostic[]> {
    const next = this.waitForDiagnostics(uri);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return next;
  }

  async close(uri: string): Promise<void> {
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  async codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return (await this.request<CodeAction[] | null>('textDocument/codeAction', {
      textDocument: { uri }, range, context: { diagnostics, only },
    })) ?? [];
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      // already gone
    }
    await new Promise<void>((r) => {
      if (this.exited) return r();
      const timer = setTimeout(() => { this.proc.kill(); r(); }, 2000);
      this.proc.on('exit', () => { clearTimeout(timer); r(); });
    });
    this.conn.dispose();
  }
}

/** Applies LSP text edits to a text (what the editor does with a quick fix). */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => Math.min(text.length, (starts[p.line] ?? text.length) + p.character);
  const sorted = edits.map((e, i) => ({ e, i, s: offset(e.range.start), t: offset(e.range.end) }))
    .sort((a, b) => b.s - a.s || b.i - a.i);
  let out = text;
  for (const { e, s, t } of sorted) out = out.slice(0, s) + e.newText + out.slice(t);
  return out;
}

/** The edits a workspace edit makes to one document. */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const direct = edit.changes?.[uri] ?? [];
  const fromDocs = (edit.documentChanges ?? []).flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? c.edits as TextEdit[] : []));
  return [...direct, ...fromDocs];
}

export const codes = (d: Diagnostic[]): string[] => d.map((x) => String(x.code));

export function fileUri(path: string): string {
  return pathToFileURL(path).toString();
}

/** A suite's server and its workspace folder, set in the suite's `before`. */
export interface UsedServer { readonly client: LspClient; readonly root: string }

/**
 * Starts a server for the suite it is called in (like `useWorkbench()` for the VS Code suites): a fresh
 * workspace folder, filled by `prepare` before the server starts; after the suite the server stops and
 * the folder goes.
 */
export function useServer(name: string, opts: Omit<StartOptions, 'root'> = {}, prepare?: (root: string) => void): UsedServer {
  const used = {} as { client: LspClient; root: string };
  before(async () => {
    used.root = mkdtempSync(join(tmpdir(), `gw-${name}-`));
    prepare?.(used.root);
    used.client = await LspClient.start({ ...opts, root: used.root });
  });
  after(async () => {
    await used.client?.stop();
    if (used.root) rmSync(used.root, { recursive: true, force: true });
  });
  return used;
}
