// The file host of the Node faces (the CLI and the desktop language server): Node's `fs`, paths of this
// machine. Never bundled for a browser.
import { readdirSync, readFileSync, statSync, type Dirent, type Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AsyncFileHost, DirEntry, EntryKind, FileHost, FileStat } from './files';

function kindOf(s: Stats | Dirent): EntryKind {
  return s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other';
}

function toStat(s: Stats): FileStat {
  return { kind: kindOf(s), size: s.size, mtime: s.mtimeMs };
}

function missing(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** A link's kind is its target's ('other' when broken). */
function linkKind(dir: string, name: string): EntryKind {
  try {
    return kindOf(statSync(join(dir, name)));
  } catch {
    return 'other';
  }
}

function entriesOf(dir: string, list: Dirent[]): DirEntry[] {
  return list.map((d) => d.isSymbolicLink()
    ? { name: d.name, kind: linkKind(dir, d.name), symlink: true }
    : { name: d.name, kind: kindOf(d), symlink: false });
}

export const nodeFileHost: FileHost = {
  readFile: (loc) => readFileSync(loc),
  readDir(loc) {
    try {
      return entriesOf(loc, readdirSync(loc, { withFileTypes: true }));
    } catch (e) {
      if (missing(e)) return undefined;
      throw e;
    }
  },
  stat(loc) {
    try {
      const s = statSync(loc, { throwIfNoEntry: false });
      return s ? toStat(s) : undefined;
    } catch (e) {
      if (missing(e)) return undefined;
      throw e;
    }
  },
};

/** The same, without blocking the event loop (the language server's background walk). */
export const nodeAsyncFileHost: AsyncFileHost = {
  readFile: (loc) => readFile(loc),
  async readDir(loc) {
    try {
      return entriesOf(loc, await readdir(loc, { withFileTypes: true }));
    } catch (e) {
      if (missing(e)) return undefined;
      throw e;
    }
  },
  async stat(loc) {
    try {
      return toStat(await stat(loc));
    } catch (e) {
      if (missing(e)) return undefined;
      throw e;
    }
  },
};
