// `fs` in a browser's worker: there is no disk. Reads find nothing (ENOENT) and writes fail (EROFS), so
// the desktop code paths that touch the disk (the server's cache, the overview script's lookup) fall
// back as they do for a missing file. Files of the workspace come through vscode.workspace.fs instead.
/* eslint-disable @typescript-eslint/no-unused-vars */

function error(code: 'ENOENT' | 'EROFS', path: unknown): Error {
  return Object.assign(new Error(`${code}: no disk in the browser, '${String(path)}'`), { code });
}

export function existsSync(_path: unknown): boolean {
  return false;
}

export function statSync(path: unknown, options?: { throwIfNoEntry?: boolean }): undefined {
  if (options?.throwIfNoEntry === false) return undefined;
  throw error('ENOENT', path);
}

export const lstatSync = statSync;

export function readFileSync(path: unknown): never {
  throw error('ENOENT', path);
}

export function readdirSync(path: unknown): never {
  throw error('ENOENT', path);
}

export function writeFileSync(path: unknown): never {
  throw error('EROFS', path);
}

export const mkdirSync = writeFileSync;
export const renameSync = writeFileSync;
export const unlinkSync = writeFileSync;
export const rmSync = writeFileSync;

export const promises = {
  readFile: (path: unknown) => Promise.reject(error('ENOENT', path)),
  readdir: (path: unknown) => Promise.reject(error('ENOENT', path)),
  stat: (path: unknown) => Promise.reject(error('ENOENT', path)),
  opendir: (path: unknown) => Promise.reject(error('ENOENT', path)),
  writeFile: (path: unknown) => Promise.reject(error('EROFS', path)),
};

export const { readFile, readdir, stat, opendir, writeFile } = promises;

export default { existsSync, statSync, lstatSync, readFileSync, readdirSync, writeFileSync, mkdirSync, renameSync, unlinkSync, rmSync, promises };
