// A content-hash cache: a result is reused only when the file's bytes and everything else that shaped
// the result (the context: language, team config, tool version) are exactly as before. So a warm run
// over an unchanged repo only reads and hashes. Node fs only, no editor import: the CLI uses it, and
// the language server may use it for its workspace pass.
import * as crypto from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

const FORMAT = 2;
/** Past this many distinct strings the table is rebuilt from scratch rather than grown for ever. */
const MAX_STRINGS = 100_000;

// crypto.hash (Node 20.12+) skips the Hash object: three times faster on journal-sized inputs.
const oneShot = (crypto as { hash?: (algorithm: string, data: string | Uint8Array, encoding: 'hex') => string }).hash;

export function sha1(data: string | Uint8Array): string {
  return oneShot ? oneShot('sha1', data, 'hex') : crypto.createHash('sha1').update(data).digest('hex');
}

/** `$XDG_CACHE_HOME/goedwerk`, else `~/.cache/goedwerk`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME?.trim();
  return join(xdg ? xdg : join(homedir(), '.cache'), 'goedwerk');
}

/** One cache file per working folder and purpose, so separate projects never evict each other. */
export function cacheFile(dir: string, purpose: string, cwd: string): string {
  return join(dir, `${purpose}-${sha1(cwd).slice(0, 12)}.json`);
}

/** The context is stored as an index into the string table: thousands of entries share a few. */
type Entry<T> = [hash: string, context: number, value: T];

interface Stored<T> {
  format: number;
  version: string;
  /** Strings the values refer to by index (see `intern`), and the contexts. */
  strings: string[];
  entries: Record<string, Entry<T>>;
}

export class ContentCache<T> {
  private readonly touched = new Set<string>();
  private readonly index: Map<string, number>;
  private dirty = false;

  private constructor(
    readonly file: string,
    readonly version: string,
    private readonly entries: Map<string, Entry<T>>,
    private readonly strings: string[],
  ) {
    this.index = new Map(strings.map((s, i) => [s, i]));
  }

  /** Opens (or starts) the cache in `file`. A missing, corrupt or outdated cache is simply empty. */
  static open<T>(file: string, version: string): ContentCache<T> {
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored<T>;
      if (stored && stored.format === FORMAT && stored.version === version && stored.entries
        && Array.isArray(stored.strings) && stored.strings.length <= MAX_STRINGS) {
        return new ContentCache<T>(file, version, new Map(Object.entries(stored.entries)), stored.strings);
      }
    } catch {
      // No cache yet, or one we cannot trust: start afresh.
    }
    return new ContentCache<T>(file, version, new Map(), []);
  }

  /** A small number standing for `s` in stored values, so repeated strings are stored once. */
  intern(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.strings.push(s) - 1;
      this.index.set(s, i);
      this.dirty = true;
    }
    return i;
  }

  /** The string behind an `intern` number (undefined for a number the table never gave out). */
  string(i: number): string | undefined {
    return this.strings[i];
  }

  /** The value stored for `key` (an absolute file path), if its bytes' hash and context still match. */
  get(key: string, hash: string, context: string): T | undefined {
    this.touched.add(key);
    const entry = this.entries.get(key);
    return entry && entry[0] === hash && this.strings[entry[1]] === context ? entry[2] : undefined;
  }

  set(key: string, hash: string, context: string, value: T): void {
    this.touched.add(key);
    this.entries.set(key, [hash, this.intern(context), value]);
    this.dirty = true;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * Writes the cache atomically (temp file + rename) when anything changed, dropping entries of files
   * that no longer exist. Returns an error message instead of throwing: a cache that cannot be
   * written slows the next run down, it must not fail this one.
   */
  save(): string | undefined {
    // Pruning costs a stat per entry not seen in this run, so it only happens when we write anyway.
    if (!this.dirty) return undefined;
    for (const key of this.entries.keys()) {
      if (!this.touched.has(key) && !existsSync(key)) this.entries.delete(key);
    }
    const stored: Stored<T> = { format: FORMAT, version: this.version, strings: this.strings, entries: Object.fromEntries(this.entries) };
    const temp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(temp, JSON.stringify(stored));
      renameSync(temp, this.file);
      this.dirty = false;
      return undefined;
    } catch (e) {
      try { unlinkSync(temp); } catch { /* it may never have been written */ }
      return (e as Error).message;
    }
  }
}
