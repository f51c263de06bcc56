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
  const isDir = (path: string): boolean => path === '' || [...entries.keys()].some((p) => p.startsWith(path + '/'));
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
      return isDir(path) ? childrenOf(entries, path) : undefined;
    },
    stat(loc): FileStat | undefined {
      const path = inRepo(loc);
      if (path === undefined) return nodeFileHost.stat(loc);
      const oid = entries.get(path);
      if (oid) return { kind: 'file', size: read(path, oid).length, mtime: 0 };
      return isDir(path) ? { kind: 'directory', size: 0, mtime: 0 } : undefined;
    },
  };
}

function childrenOf(entries: Map<string, string>, dir: string): DirEntry[] {
  const prefix = dir === '' ? '' : dir + '/';
  const seen = new Map<string, DirEntry>();
  for (const path of entries.keys()) {
    if (!path.startsWith(prefix)) continue;
    const [name, ...rest] = path.slice(prefix.length).split('/');
    if (!seen.has(name)) seen.set(name, { name, kind: rest.length ? 'directory' : 'file', symlink: false });
  }
  return [...seen.values()];
}
