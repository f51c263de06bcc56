// The few git questions the commit guard asks, through the git program itself (the user's git, with
// the user's config): the repository's top folder, the hooks folder, what is staged and its content.
import { execFileSync } from 'node:child_process';

export class GitError extends Error {}

function git(cwd: string, args: string[], encoding: 'utf8' | 'buffer' = 'utf8'): string | Buffer {
  try {
    return execFileSync('git', args, { cwd, encoding: encoding === 'utf8' ? 'utf8' : undefined, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stderr?: Buffer | string; code?: string; message?: string };
    if (err.code === 'ENOENT') throw new GitError('git');
    throw new GitError(String(err.stderr ?? err.message ?? e).trim().split('\n')[0]);
  }
}

export function repoRoot(cwd: string): string {
  return String(git(cwd, ['rev-parse', '--show-toplevel'])).trim();
}

/** The hooks folder git uses (core.hooksPath respected), absolute. */
export function hooksDir(cwd: string): string {
  return String(git(cwd, ['rev-parse', '--path-format=absolute', '--git-path', 'hooks'])).trim();
}

/** Paths (relative to the top folder) of files added, copied, modified or renamed in the index. */
export function stagedFiles(root: string): string[] {
  const out = String(git(root, ['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR']));
  return out.split('\0').filter(Boolean);
}

/** The staged content of a file: what the commit will hold, not what is on disk. */
export function stagedContent(root: string, path: string): Buffer {
  return git(root, ['cat-file', 'blob', `:${path}`], 'buffer') as Buffer;
}

/** Every path in the index (stage 0, or the first stage of a conflicted path) with its blob id. */
export function indexEntries(root: string): Map<string, string> {
  const out = String(git(root, ['ls-files', '-s', '-z']));
  const entries = new Map<string, string>();
  for (const record of out.split('\0')) {
    const m = /^\d+ ([0-9a-f]+) \d+\t(.+)$/s.exec(record);
    if (m && !entries.has(m[2])) entries.set(m[2], m[1]);
  }
  return entries;
}

/** A blob's bytes by its id. */
export function blobContent(root: string, oid: string): Buffer {
  return git(root, ['cat-file', 'blob', oid], 'buffer') as Buffer;
}
