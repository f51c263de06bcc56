// `goedwerk/stats`: the team's stats over every journal in the workspace (or one folder), for the
// overview and the views. Open journals count with their unsaved text; closed ones are read from disk
// (in a browser, through the client) and their stats kept per content hash, so asking again after a small change costs one parse. While
// it reads, it reports what it has so far (after the first journal, then a few times a second), so the
// overview fills as the journals come in instead of waiting for the last one. Cancelled, it stops at
// the next journal (or while it waits for the workspace walk) and throws `Cancelled`.
import type { CancellationToken } from 'vscode-languageserver/node';
import { sha1 } from '../../core/cache';
import { checkJournal, type CheckOptions } from '../../core/check';
import { parseJournal } from '../../core/parse';
import { journalStats, teamStats, type JournalStats, type TeamStats } from '../../core/stats';
import { decodeBytes } from '../../core/text';
import type { StatsParams } from '../../protocol';
import type { LoadedJournal } from '../journal-files';
import { folderPath } from '../uri';
import { slicer, throwIfCancelled } from '../work';

/** How often, at most, the stats so far go out while reading. */
export const PROGRESS_MS = 250;

export interface StatsContext {
  journals(folder?: string, token?: CancellationToken): Promise<string[]>;
  /** The unsaved text of a journal the editor has open, if it has. */
  openText(path: string): string | undefined;
  /** Reads closed journals, in order (the disk, or in a browser the client: a batch per request). */
  readMany(paths: string[], maxBytes: number): LoadedJournal[] | Promise<LoadedJournal[]>;
  /** How many journals to read at once (1 from a disk). */
  batch: number;
  options(path: string): { opts: CheckOptions; key: string };
  /** Skip files above this many bytes (they are not checked either). */
  maxBytes: number;
  /** Receives the stats so far while the request runs (when the client asked for them). */
  progress?(done: number, total: number, stats: TeamStats): void;
}

export class StatsRequest {
  private readonly memo = new Map<string, { hash: string; key: string; stats: JournalStats }>();

  async handle(params: StatsParams | undefined, ctx: StatsContext, token?: CancellationToken): Promise<TeamStats> {
    const folder = folderPath(params?.folder);
    const files = await ctx.journals(folder, token);
    const out: JournalStats[] = [];
    const pause = slicer(token);
    let reported = -Infinity;
    let read = new Map<string, LoadedJournal>();
    for (let i = 0, readTo = 0; i < files.length; i++) {
      throwIfCancelled(token);
      if (i >= readTo) {
        readTo = i + Math.max(1, ctx.batch);
        read = await this.readAhead(files.slice(i, readTo), ctx);
      }
      const stats = await this.statsOf(files[i], read.get(files[i]), ctx);
      if (stats) out.push(stats);
      const now = performance.now();
      if (ctx.progress && i + 1 < files.length && now - reported >= PROGRESS_MS) {
        ctx.progress(i + 1, files.length, teamStats(out));
        reported = now;
      }
      await pause();
    }
    if (!folder) {
      const listed = new Set(files);
      for (const key of this.memo.keys()) if (!listed.has(key)) this.memo.delete(key);
    }
    return teamStats(out);
  }

  /** The closed journals among `files`, read (open ones are not: their text is the editor's). */
  private async readAhead(files: string[], ctx: StatsContext): Promise<Map<string, LoadedJournal>> {
    const closed = files.filter((f) => ctx.openText(f) === undefined);
    const loading = closed.length ? ctx.readMany(closed, ctx.maxBytes) : [];
    const loaded = loading instanceof Promise ? await loading : loading;
    return new Map(closed.map((f, i) => [f, loaded[i]]));
  }

  private async statsOf(file: string, read: LoadedJournal | undefined, ctx: StatsContext): Promise<JournalStats | undefined> {
    let text = ctx.openText(file);
    if (text === undefined) {
      // Closed since the batch was read: read it now.
      const loaded = read ?? (await ctx.readMany([file], ctx.maxBytes))[0];
      if (!('bytes' in loaded) || loaded.bytes.length > ctx.maxBytes) return undefined;
      const decoded = decodeBytes(loaded.bytes);
      if (decoded.problem === 'binary') return undefined;
      text = decoded.text;
    } else if (text.length > ctx.maxBytes) {
      return undefined;
    }
    const { opts, key } = ctx.options(file);
    const hash = sha1(text);
    const known = this.memo.get(file);
    if (known && known.hash === hash && known.key === key) return known.stats;
    try {
      const journal = parseJournal(text);
      const stats = journalStats(journal, file, checkJournal(journal, opts));
      this.memo.set(file, { hash, key, stats });
      return stats;
    } catch {
      return undefined;
    }
  }
}

