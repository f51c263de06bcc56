// Which files are journals, and the one walk that finds them below a folder. The CLI, the language
// server and the extension all use these, so they agree on every file: any case of the suffix
// (`B.GOEDWERK.MD` on a disk that keeps case), symbolic links to journals, and no linked folders (a
// link back up the tree would list journals twice, or for ever).
import { readDirOp, type FileTask } from '../host/files';
import { joinLocation } from '../host/locations';
import { isJournalPath } from '../names';

/** Folders no walk enters: other people's packages and git's own store. */
const SKIP_DIRS = new Set(['node_modules', '.git']);

/** True for a path, file name or URI of a journal (the suffix in any case). */
export const isJournalName = isJournalPath;

export interface WalkOptions {
  /** Asked before each folder: true stops the walk (a cancelled request). */
  stop?: () => boolean;
}

/**
 * Calls `found` with every journal below `dir`, depth first: a folder's journals as listed, then its
 * subfolders. A folder that cannot be read holds none.
 */
export function* walkJournals(dir: string, found: (loc: string) => void, options: WalkOptions = {}): FileTask<void> {
  if (options.stop?.()) return;
  let entries;
  try {
    entries = (yield* readDirOp(dir)) ?? [];
  } catch {
    return; // gone, or not ours to read
  }
  const subdirs: string[] = [];
  for (const entry of entries) {
    const loc = joinLocation(dir, entry.name);
    if (entry.kind === 'directory') {
      if (!entry.symlink && !SKIP_DIRS.has(entry.name)) subdirs.push(loc);
    } else if (entry.kind === 'file' && isJournalName(entry.name)) found(loc);
  }
  for (const sub of subdirs) yield* walkJournals(sub, found, options);
}

/** Every journal below `dir`, in walk order. */
export function* listJournalsTask(dir: string, options?: WalkOptions): FileTask<string[]> {
  const out: string[] = [];
  yield* walkJournals(dir, (loc) => out.push(loc), options);
  return out;
}

/**
 * What a file watcher must watch to see every file the walk finds: VS Code's globs are case-sensitive
 * on Linux, so Markdown in any case (the watcher's listener keeps the journals, `isJournalName`).
 */
export const MARKDOWN_NAMES_ANY_CASE = ['*.md', '*.MD', '*.Md', '*.mD'];
