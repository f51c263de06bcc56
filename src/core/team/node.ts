// The team resolver on this machine's disk, for the CLI and the desktop language server.
import { resolve } from 'node:path';
import { runSync, statOp } from '../host/files';
import { parentOf } from '../host/locations';
import { nodeFileHost } from '../host/node';
import { TeamResolver, type FoundTeamConfig, type ResolverOptions } from './resolver';

export function nodeTeamResolver(options?: ResolverOptions): TeamResolver {
  return new TeamResolver(nodeFileHost, options);
}

/**
 * The nearest `.goedwerk.json` at or above `fileOrDir` (a journal, which need not exist yet, or a
 * folder), read and validated; undefined when there is none up to the root. A changed config (new
 * size or modification time) is read again.
 */
export function findTeamConfig(fileOrDir: string): FoundTeamConfig | undefined {
  const abs = resolve(fileOrDir);
  let isDir = false;
  try {
    isDir = runSync(statOp(abs), nodeFileHost)?.kind === 'directory';
  } catch {
    isDir = false;
  }
  return nodeTeamResolver().configFor(isDir ? abs : parentOf(abs));
}
