// In a browser the server has no disk: the client reads the team's files with vscode.workspace.fs and
// sends them (TEAM_FILES_NOTIFICATION, see ./browser.ts); the team resolver reads that snapshot through
// this synchronous host. Locations are the URIs the client uses.
import type { DirEntry, FileHost } from '../core/host/files';
import { baseName, parentOf } from '../core/host/locations';

export interface TeamFiles { files: Record<string, string> }

let files = new Map<string, Uint8Array>();
let dirs = new Map<string, Map<string, DirEntry>>();

/** Replaces the snapshot with what the client sent. */
export function setTeamFiles(snapshot: TeamFiles): void {
  const enc = new TextEncoder();
  files = new Map();
  dirs = new Map();
  for (const [loc, text] of Object.entries(snapshot.files ?? {})) {
    if (typeof text !== 'string') continue;
    files.set(loc, enc.encode(text));
    let child = loc;
    let kind: DirEntry['kind'] = 'file';
    for (let dir = parentOf(child); dir !== child; child = dir, dir = parentOf(dir), kind = 'directory') {
      if (!dirs.has(dir)) dirs.set(dir, new Map());
      dirs.get(dir)!.set(baseName(child), { name: baseName(child), kind, symlink: false });
    }
  }
  version++;
}

let version = 1;

function notFound(loc: string): Error {
  return Object.assign(new Error(`not sent by the client: ${loc}`), { code: 'ENOENT' });
}

export const serverFileHost: FileHost = {
  readFile(loc) {
    const bytes = files.get(loc);
    if (!bytes) throw notFound(loc);
    return bytes;
  },
  readDir: (loc) => (dirs.has(loc) ? [...dirs.get(loc)!.values()] : undefined),
  stat: (loc) => {
    const bytes = files.get(loc);
    if (bytes) return { kind: 'file', size: bytes.length, mtime: version };
    return dirs.has(loc) ? { kind: 'directory', size: 0, mtime: version } : undefined;
  },
};
