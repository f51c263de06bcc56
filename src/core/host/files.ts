// The little the core asks of a file system: read a file, list a folder, stat. Each face passes in its
// own: Node's `fs` (the CLI and the desktop language server), `vscode.workspace.fs` (the extension, so
// github.dev and vscode.dev work), or a snapshot the client sent (the language server in a browser).
//
// The core's file logic (the team resolver, the folder walk) is written once as a *task*: a generator
// that yields the operations it needs and gets their answers back. `runSync` drives a task over a
// synchronous host, `runAsync` over an asynchronous one, so one resolver serves both kinds.

export type EntryKind = 'file' | 'directory' | 'other';

export interface DirEntry {
  name: string;
  /** What the entry is, a symbolic link's target included ('other' for a broken link). */
  kind: EntryKind;
  /** True when the entry is a symbolic link (a walk does not follow linked folders: they may loop). */
  symlink: boolean;
}

export interface FileStat {
  kind: EntryKind;
  size: number;
  /** Modification time in ms; 0 when the host does not know. */
  mtime: number;
}

/**
 * A synchronous file host. `stat` answers undefined for a location that does not exist; `readDir`
 * undefined for a folder that is missing; any other failure throws (its message is shown to the user).
 */
export interface FileHost {
  readFile(loc: string): Uint8Array;
  readDir(loc: string): DirEntry[] | undefined;
  stat(loc: string): FileStat | undefined;
}

/** The same host, asynchronous (vscode.workspace.fs, requests to a client). */
export interface AsyncFileHost {
  readFile(loc: string): Promise<Uint8Array>;
  readDir(loc: string): Promise<DirEntry[] | undefined>;
  stat(loc: string): Promise<FileStat | undefined>;
}

export type FileOp =
  | { op: 'readFile'; loc: string }
  | { op: 'readDir'; loc: string }
  | { op: 'stat'; loc: string };

/** A piece of file logic: yields operations, gets each one's answer (or its error, thrown in). */
export type FileTask<T> = Generator<FileOp, T, unknown>;

export function* readFileOp(loc: string): FileTask<Uint8Array> {
  return (yield { op: 'readFile', loc }) as Uint8Array;
}

export function* readDirOp(loc: string): FileTask<DirEntry[] | undefined> {
  return (yield { op: 'readDir', loc }) as DirEntry[] | undefined;
}

export function* statOp(loc: string): FileTask<FileStat | undefined> {
  return (yield { op: 'stat', loc }) as FileStat | undefined;
}

function call(host: FileHost, op: FileOp): unknown;
function call(host: AsyncFileHost, op: FileOp): Promise<unknown>;
function call(host: FileHost | AsyncFileHost, op: FileOp): unknown {
  switch (op.op) {
    case 'readFile': return host.readFile(op.loc);
    case 'readDir': return host.readDir(op.loc);
    case 'stat': return host.stat(op.loc);
  }
}

export function runSync<T>(task: FileTask<T>, host: FileHost): T {
  let step = task.next();
  while (!step.done) {
    let answer: unknown;
    try {
      answer = call(host, step.value);
    } catch (e) {
      step = task.throw(e);
      continue;
    }
    step = task.next(answer);
  }
  return step.value;
}

export async function runAsync<T>(task: FileTask<T>, host: AsyncFileHost): Promise<T> {
  let step = task.next();
  while (!step.done) {
    let answer: unknown;
    try {
      answer = await call(host, step.value);
    } catch (e) {
      step = task.throw(e);
      continue;
    }
    step = task.next(answer);
  }
  return step.value;
}
