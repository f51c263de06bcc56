// The feedback the CLI sees: for the journals named on the command line, the feedback root of each
// (the nearest folder with .goedwerk/feedback, or the top of its git repository), the threads there,
// placed on the journals as they are now. Shared by `goedwerk feedback` and `goedwerk stats`.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { decodeBytes } from '../core/text';
import { loadThreads, pickFeedbackRoot, type FeedbackHost, type LoadedFeedback } from '../core/feedback/store';
import { JournalTexts, placeThreads, type PlacedThread } from '../core/feedback/place';

export function nodeHost(root: string): FeedbackHost {
  return {
    async read(rel) {
      try { return new Uint8Array(readFileSync(join(root, rel))); } catch { return undefined; }
    },
    async write(rel, bytes) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), bytes);
    },
    async list(dir) {
      try { return readdirSync(join(root, dir), { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name); } catch { return []; }
    },
  };
}

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

function ancestors(dir: string): string[] {
  const out: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    out.push(d);
    if (dirname(d) === d) return out;
  }
}

export interface RootFeedback {
  root: string;
  loaded: LoadedFeedback;
  /** Placed threads; `journal` is absolute here. */
  placed: PlacedThread[];
  /** Each journal's text by absolute path (those that have threads or could take a moved one). */
  journalTexts: Map<string, string>;
}

function readText(file: string): string | undefined {
  try {
    const d = decodeBytes(readFileSync(file));
    return d.problem === 'binary' ? undefined : d.text;
  } catch {
    return undefined;
  }
}

/** Whether `abs` is one of the named files or lies in one of the named folders. */
function inScope(abs: string, scopes: readonly string[]): boolean {
  return scopes.some((s) => abs === s || abs.startsWith(s.endsWith(sep) ? s : s + sep) || s === abs + sep);
}

/**
 * The threads of the journals named by `paths` (absolute journal files in `journals`). A thread of a
 * journal outside them is left out, unless its journal is gone: then it is placed on these journals if
 * it fits one, or listed as detached when its journal lay within the named paths.
 */
export async function loadCliFeedback(journals: readonly string[], paths: readonly string[], cwd: string): Promise<RootFeedback[]> {
  const scopes = (paths.length ? paths : ['.']).map((p) => resolve(cwd, p));
  const byRoot = new Map<string, string[]>();
  const has = async (dir: string, entry: string) => existsSync(join(dir, entry));
  const rootOf = new Map<string, string>();
  for (const file of journals) {
    const dir = dirname(file);
    let root = rootOf.get(dir);
    if (!root) rootOf.set(dir, (root = await pickFeedbackRoot(ancestors(dir), has, inScope(dir, [cwd]) ? cwd : dir)));
    const list = byRoot.get(root) ?? [];
    list.push(file);
    byRoot.set(root, list);
  }
  // A folder named without journals may still hold feedback whose journals are all gone.
  for (const s of scopes) {
    const dir = statDir(s);
    if (!dir) continue;
    const root = await pickFeedbackRoot(ancestors(dir), has, dir);
    if (!byRoot.has(root) && existsSync(join(root, '.goedwerk', 'feedback'))) byRoot.set(root, []);
  }
  const out: RootFeedback[] = [];
  for (const [root, files] of byRoot) {
    const loaded = await loadThreads(nodeHost(root));
    if (!loaded.threads.length && !loaded.unreadable.length) continue;
    const texts = new Map<string, string>();
    const journalTexts = new Map<string, string>();
    for (const f of files) {
      const text = readText(f);
      if (text === undefined) continue;
      texts.set(toPosix(relative(root, f)), text);
      journalTexts.set(f, text);
    }
    // Threads of journals that are there but were not named belong to another run.
    const kept = loaded.threads.filter((t) => !t.anchor.journal || texts.has(t.anchor.journal) || !existsSync(resolve(root, t.anchor.journal)));
    const placed = placeThreads(kept, new JournalTexts(texts))
      .filter((p) => p.journal !== undefined || !p.thread.anchor.journal || inScope(resolve(root, p.thread.anchor.journal), scopes)
        || inScope(resolve(root, p.thread.file), scopes))
      .map((p) => ({ ...p, journal: p.journal === undefined ? undefined : join(root, p.journal) }));
    out.push({ root, loaded, placed, journalTexts });
  }
  return out;
}

function statDir(path: string): string | undefined {
  try {
    return statSync(path).isDirectory() ? path : dirname(path);
  } catch {
    return undefined;
  }
}
