// The guard reads the team's settings as the commit will hold them. Inside the repository that is git's
// index: an unstaged edit to .goedwerk.json (a colleague's name allowed, a kind no longer blocking) must
// not change what may leave, and a config that is not staged does not travel with the journals. Above
// the repository's top folder nothing is committed, so a config there is read from the disk.
import { isAbsolute, relative, sep } from 'node:path';
import type { DirEntry, FileHost, FileStat } from '../core/host/files';
import { nodeFileHost } from '../core/host/node';
import { blobContent, indexEntries } from './git';

export function indexFileHost(root: string): FileHost {
  const entries = indexEntries(root);
  const blobs = new Map<string, Buffer>();
  const inRepo = (loc: string): string | undefined => {
    const rel = relative(root, loc);
    if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
    return rel.split(sep).join('/');
  };
  const read = (path: string, oid: string): Buffer => {
    let bytes = blobs.get(path);
    if (!bytes) blobs.set(path, (bytes = blobContent(root, oid)));
    return bytes;
  };
  // The folders and what each holds, from one pass over the index: a lookup that scanned every entry
  // for each path was quadratic for a guard over many staged journals.
  let folders: Map<string, DirEntry[]> | undefined;
  const folder = (path: string): DirEntry[] | undefined => (folders ??= foldersOf(entries.keys())).get(path);
  return {
    readFile(loc) {
      const path = inRepo(loc);
      if (path === undefined) return nodeFileHost.readFile(loc);
      const oid = entries.get(path);
      if (!oid) throw Object.assign(new Error(`not staged: ${path}`), { code: 'ENOENT' });
      return read(path, oid);
    },
    readDir(loc) {
      const path = inRepo(loc);
      if (path === undefined) return nodeFileHost.readDir(loc);
      return folder(path);
    },
    stat(loc): FileStat | undefined {
      const path = inRepo(loc);
      if (path === undefined) return nodeFileHost.stat(loc);
      const oid = entries.get(path);
      if (oid) return { kind: 'file', size: read(path, oid).length, mtime: 0 };
      return folder(path) ? { kind: 'directory', size: 0, mtime: 0 } : undefined;
    },
  };
}

/** Every folder of the staged paths (the top one as '') with its files and subfolders, in index order. */
function foldersOf(paths: Iterable<string>): Map<string, DirEntry[]> {
  const out = new Map<string, DirEntry[]>([['', []]]);
  for (const path of paths) {
    // Up from the file to the first folder already known: its parents are known, and it lists the rest.
    let child = path;
    let kind: DirEntry['kind'] = 'file';
    for (;;) {
      const cut = child.lastIndexOf('/');
      const dir = cut < 0 ? '' : child.slice(0, cut);
      const entry: DirEntry = { name: child.slice(cut + 1), kind, symlink: false };
      const known = out.get(dir);
      if (known) { known.push(entry); break; }
      out.set(dir, [entry]);
      child = dir;
      kind = 'directory';
    }
  }
  return out;
}
