// The core's file host in the extension: vscode.workspace.fs, so a team's files are read the same on
// the desktop, in github.dev and vscode.dev, and on any other file system an extension provides.
import * as vscode from 'vscode';
import type { AsyncFileHost, DirEntry, EntryKind, FileStat } from '../core/host/files';

/** A URI as the core's locations name it: `scheme://authority/path`, the path not percent-encoded. */
export function locationOf(uri: vscode.Uri): string {
  return `${uri.scheme}://${uri.authority}${uri.path}`;
}

const LOCATION = /^([a-z][a-z0-9+.-]+):(?:\/\/([^/]*))?(.*)$/i;

export function uriOf(loc: string): vscode.Uri {
  const m = LOCATION.exec(loc);
  if (!m) return vscode.Uri.file(loc);
  return vscode.Uri.from({ scheme: m[1], authority: m[2] ?? '', path: m[3] || '/' });
}

/** Whether anything stands at `uri` (a file, a folder, a link). */
export async function uriExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function kindOf(type: vscode.FileType): EntryKind {
  if (type & vscode.FileType.File) return 'file';
  if (type & vscode.FileType.Directory) return 'directory';
  return 'other';
}

function notFound(e: unknown): boolean {
  return e instanceof vscode.FileSystemError && (e.code === 'FileNotFound' || e.code === 'FileNotADirectory');
}

export const workspaceFileHost: AsyncFileHost = {
  readFile: async (loc) => vscode.workspace.fs.readFile(uriOf(loc)),
  async readDir(loc): Promise<DirEntry[] | undefined> {
    try {
      const entries = await vscode.workspace.fs.readDirectory(uriOf(loc));
      return entries.map(([name, type]) => ({ name, kind: kindOf(type), symlink: (type & vscode.FileType.SymbolicLink) !== 0 }));
    } catch (e) {
      if (notFound(e)) return undefined;
      throw e;
    }
  },
  async stat(loc): Promise<FileStat | undefined> {
    try {
      const s = await vscode.workspace.fs.stat(uriOf(loc));
      return { kind: kindOf(s.type), size: s.size, mtime: s.mtime };
    } catch (e) {
      if (notFound(e)) return undefined;
      throw e;
    }
  },
};
