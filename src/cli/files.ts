// Turns the paths on the command line into the list of journals to read.
import { statSync } from 'node:fs';
import { runSync } from '../core/host/files';
import { nodeFileHost } from '../core/host/node';
import { listJournalsTask } from '../core/team/journals';
import { relative, resolve, sep } from 'node:path';
import { UsageError } from './errors';
import { M } from './messages';
import { JOURNAL_GLOB } from '../core/names';

/**
 * Absolute paths of the journals named by `paths`: files as given (even without the suffix, since the
 * user asked for them), folders walked for journals (`*.goedwerk.md`, any case). Order: as on the command line, each folder
 * sorted; duplicates dropped. A path that does not exist is a usage error.
 */
export function collectJournals(paths: readonly string[], cwd: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const given of paths.length ? paths : ['.']) {
    const abs = resolve(cwd, given);
    for (const file of expand(abs, given)) {
      if (!seen.has(file)) {
        seen.add(file);
        out.push(file);
      }
    }
  }
  return out;
}

function expand(abs: string, given: string): string[] {
  let isDir: boolean;
  try {
    isDir = statSync(abs).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(M.pathMissing, [given]);
    throw new UsageError(M.pathUnreadable, [given, code ?? String(e)]);
  }
  if (!isDir) return [abs];
  // The core's walk, as the language server and the editor walk: any case of the suffix, linked
  // journals in, linked folders out (a link back up the tree would list journals twice or for ever).
  return runSync(listJournalsTask(abs), nodeFileHost).sort(byPath);
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How a file is shown to the user: relative to the working folder, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  // The common case, a file below the working folder, without path.relative's full normalisation.
  const base = cwd.endsWith(sep) ? cwd : cwd + sep;
  const rel = file.startsWith(base) ? file.slice(base.length) : relative(cwd, file) || file;
  return sep === '/' ? rel : rel.split(sep).join('/');
}
