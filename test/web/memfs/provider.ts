// A FileSystemProvider over a tree in memory, with the error codes and change events VS Code's file
// service relies on (it turns FileNotFound into "create?", FileExists into "overwrite?", and so on).
// Every change reaches the rig's server before it is made here: if the server refuses, the call fails
// and the editor keeps its unsaved changes, as with a disk that is full.
import * as vscode from 'vscode';
import type { RigServer } from './server';

class File {
  readonly type = vscode.FileType.File;
  ctime = Date.now();
  mtime = this.ctime;
  constructor(public data: Uint8Array) {}
  get size(): number { return this.data.byteLength; }
}

class Directory {
  readonly type = vscode.FileType.Directory;
  ctime = Date.now();
  mtime = this.ctime;
  readonly entries = new Map<string, Entry>();
  get size(): number { return 0; }
}

type Entry = File | Directory;

const segments = (path: string) => path.split('/').filter(Boolean);
const nameOf = (uri: vscode.Uri) => segments(uri.path).pop() ?? '';
const parentOf = (uri: vscode.Uri) => uri.with({ path: '/' + segments(uri.path).slice(0, -1).join('/') });

export class MemFS implements vscode.FileSystemProvider {
  private readonly root = new Directory();
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;

  /** server: where changes go; folder: the workspace root, whose path prefix the server does not see. */
  constructor(private readonly server: RigServer, private readonly folder: vscode.Uri) {}

  /** Fills the tree from the server without sending anything back (it is what the server has). */
  async load(): Promise<void> {
    this.mkdirs(this.folder);
    for (const item of await this.server.listWorkspace()) {
      const uri = vscode.Uri.joinPath(this.folder, item.path);
      if (item.type === 'dir') this.mkdirs(uri);
      else this.directory(parentOf(uri)).entries.set(nameOf(uri), new File(await this.server.readWorkspaceFile(item.path)));
    }
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined); // every change is reported, watched or not
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const { type, ctime, mtime, size } = this.lookup(uri);
    return { type, ctime, mtime, size };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    return [...this.directory(uri).entries].map(([name, entry]) => [name, entry.type]);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const entry = this.lookup(uri);
    if (entry instanceof Directory) throw vscode.FileSystemError.FileIsADirectory(uri);
    return entry.data;
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array, options: { create: boolean; overwrite: boolean }): Promise<void> {
    const parent = this.directory(parentOf(uri));
    const entry = parent.entries.get(nameOf(uri));
    if (entry instanceof Directory) throw vscode.FileSystemError.FileIsADirectory(uri);
    if (!entry && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (entry && options.create && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    await this.sync(uri, () => this.server.write(this.rel(uri), content));
    const data = content.slice(); // the caller may reuse its buffer
    if (entry) {
      entry.data = data;
      entry.mtime = Date.now();
      this.fire({ type: vscode.FileChangeType.Changed, uri });
    } else {
      parent.entries.set(nameOf(uri), new File(data));
      this.touched(parent);
      this.fire({ type: vscode.FileChangeType.Created, uri }, { type: vscode.FileChangeType.Changed, uri: parentOf(uri) });
    }
  }

  async delete(uri: vscode.Uri, options: { recursive: boolean }): Promise<void> {
    if (this.isRootOrAbove(uri)) throw vscode.FileSystemError.NoPermissions(uri);
    const parent = this.directory(parentOf(uri));
    const entry = this.lookup(uri);
    if (entry instanceof Directory && entry.entries.size > 0 && !options.recursive) {
      throw vscode.FileSystemError.NoPermissions(`${uri.path} is not empty`);
    }
    await this.sync(uri, () => this.server.remove(this.rel(uri)));
    parent.entries.delete(nameOf(uri));
    this.touched(parent);
    this.fire({ type: vscode.FileChangeType.Deleted, uri }, { type: vscode.FileChangeType.Changed, uri: parentOf(uri) });
  }

  async rename(from: vscode.Uri, to: vscode.Uri, options: { overwrite: boolean }): Promise<void> {
    if (this.isRootOrAbove(from) || this.isRootOrAbove(to)) throw vscode.FileSystemError.NoPermissions(from);
    const entry = this.lookup(from);
    const target = this.directory(parentOf(to));
    const existing = target.entries.get(nameOf(to));
    if (existing && !options.overwrite) throw vscode.FileSystemError.FileExists(to);
    if (existing instanceof Directory && entry instanceof File) throw vscode.FileSystemError.FileIsADirectory(to);
    if (to.path.startsWith(from.path + '/')) throw vscode.FileSystemError.NoPermissions(`cannot move ${from.path} into itself`);
    await this.sync(from, () => this.server.rename(this.rel(from), this.rel(to)));
    const source = this.directory(parentOf(from));
    source.entries.delete(nameOf(from));
    target.entries.set(nameOf(to), entry);
    this.touched(source);
    this.touched(target);
    this.fire({ type: vscode.FileChangeType.Deleted, uri: from }, { type: vscode.FileChangeType.Created, uri: to });
  }

  async createDirectory(uri: vscode.Uri): Promise<void> {
    const parent = this.directory(parentOf(uri));
    if (parent.entries.has(nameOf(uri))) throw vscode.FileSystemError.FileExists(uri);
    await this.sync(uri, () => this.server.mkdir(this.rel(uri)));
    // Another createDirectory of the same folder may have finished meanwhile (writeFile makes the
    // parents of each file, so parallel writes into a new folder race here): keep its entries.
    if (parent.entries.has(nameOf(uri))) throw vscode.FileSystemError.FileExists(uri);
    parent.entries.set(nameOf(uri), new Directory());
    this.touched(parent);
    this.fire({ type: vscode.FileChangeType.Created, uri }, { type: vscode.FileChangeType.Changed, uri: parentOf(uri) });
  }

  // ---- the tree ----

  private lookup(uri: vscode.Uri): Entry {
    let entry: Entry = this.root;
    for (const name of segments(uri.path)) {
      const next: Entry | undefined = entry instanceof Directory ? entry.entries.get(name) : undefined;
      if (!next) throw vscode.FileSystemError.FileNotFound(uri);
      entry = next;
    }
    return entry;
  }

  private directory(uri: vscode.Uri): Directory {
    const entry = this.lookup(uri);
    if (!(entry instanceof Directory)) throw vscode.FileSystemError.FileNotADirectory(uri);
    return entry;
  }

  private mkdirs(uri: vscode.Uri): void {
    let dir = this.root;
    for (const name of segments(uri.path)) {
      let next = dir.entries.get(name);
      if (!next) dir.entries.set(name, (next = new Directory()));
      if (!(next instanceof Directory)) throw vscode.FileSystemError.FileNotADirectory(uri);
      dir = next;
    }
  }

  private touched(dir: Directory): void {
    dir.mtime = Date.now();
  }

  /** Only the workspace folder's contents go to the server, by their path relative to it. */
  private rel(uri: vscode.Uri): string {
    const base = segments(this.folder.path);
    const own = segments(uri.path);
    if (own.length <= base.length || base.some((s, i) => own[i] !== s)) throw vscode.FileSystemError.NoPermissions(uri);
    return own.slice(base.length).join('/');
  }

  private isRootOrAbove(uri: vscode.Uri): boolean {
    return segments(uri.path).length <= segments(this.folder.path).length;
  }

  private async sync(uri: vscode.Uri, change: () => Promise<void>): Promise<void> {
    this.rel(uri); // outside the workspace folder: refused before anything is sent
    try { await change(); } catch (e) {
      throw vscode.FileSystemError.Unavailable(`${uri.path}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private fire(...events: vscode.FileChangeEvent[]): void {
    this.emitter.fire(events);
  }
}
