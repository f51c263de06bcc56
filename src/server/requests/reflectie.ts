// `goedwerk/reflectie`: the reflection record over the journals of the workspace (or one folder), for
// the editor's command. Open journals count with their unsaved text. The record comes back as data; the
// extension asks whose record it is when the journals are by several people, and renders the file.
// Cancelled, it stops at the next journal (or folder of the walk) and throws `Cancelled`.
import { relative, sep } from 'node:path';
import type { CancellationToken } from 'vscode-languageserver/node';
import { effectiveSeverity, type CheckOptions } from '../../core/check';
import { parseJournal } from '../../core/parse';
import { extractSession } from '../../core/reflectie/extract';
import { localDay } from '../../core/reflectie/dates';
import { authorsIn, buildRecord, fiveYearsBefore, isoDate } from '../../core/reflectie/record';
import type { SessionSource } from '../../core/reflectie/types';
import { decodeBytes } from '../../core/text';
import type { ReflectieParams, ReflectieResult } from '../../protocol';
import type { LoadedJournal } from '../journal-files';
import { folderPath, rootOf } from '../uri';
import { slicer, throwIfCancelled } from '../work';

export interface ReflectieContext {
  journals(folder?: string, token?: CancellationToken): Promise<string[]>;
  /** The journals on disk under a folder, walked now: a record is made rarely and must miss nothing. */
  list(dir: string, token?: CancellationToken): Promise<string[]>;
  openText(path: string): string | undefined;
  /** Reads a closed journal (the disk, or in a browser the client). */
  read(path: string, maxBytes: number): LoadedJournal | Promise<LoadedJournal>;
  options(path: string): { opts: CheckOptions };
  /** The workspace folders, to show each journal by its path inside one. */
  roots: readonly string[];
  maxBytes: number;
}

function shown(file: string, roots: readonly string[]): string {
  const root = rootOf(file, roots);
  const rel = root ? relative(root, file) : file;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

async function textOf(file: string, ctx: ReflectieContext): Promise<string | undefined> {
  const open = ctx.openText(file);
  if (open !== undefined) return open.length > ctx.maxBytes ? undefined : open;
  const loaded = await ctx.read(file, ctx.maxBytes);
  if (!('bytes' in loaded) || loaded.bytes.length > ctx.maxBytes) return undefined;
  const decoded = decodeBytes(loaded.bytes);
  return decoded.problem === 'binary' ? undefined : decoded.text;
}

async function sourcesOf(files: string[], ctx: ReflectieContext, token?: CancellationToken): Promise<SessionSource[]> {
  const out: SessionSource[] = [];
  const pause = slicer(token);
  for (const file of files) {
    throwIfCancelled(token);
    const text = await textOf(file, ctx);
    if (text !== undefined) {
      try {
        const { opts } = ctx.options(file);
        const privacy = effectiveSeverity('privacy', opts) !== 'off';
        out.push(extractSession(parseJournal(text), shown(file, ctx.roots), { privacy, allowedNames: opts.config?.privacy?.namen }));
      } catch {
        // The core does not throw on bad input; should it, one journal must not cost the record.
      }
    }
    await pause();
  }
  return out;
}

/** The record for the period asked (default: the five years up to `today`), and everyone who wrote in it. */
export async function handleReflectie(
  params: ReflectieParams | undefined, ctx: ReflectieContext, token?: CancellationToken, today = localDay(),
): Promise<ReflectieResult> {
  const tot = isoDate(params?.tot) ?? today;
  const van = isoDate(params?.van) ?? fiveYearsBefore(tot);
  const folder = folderPath(params?.folder);
  // The index may not have heard yet of a journal written a moment ago; the disk has.
  const onDisk: string[] = [];
  for (const dir of folder ? [folder] : ctx.roots) onDisk.push(...await ctx.list(dir, token));
  const files = [...new Set([...await ctx.journals(folder, token), ...onDisk])].sort();
  const sources = await sourcesOf(files, ctx, token);
  const authors = authorsIn(sources, { van, tot });
  const auteur = params?.auteur?.trim() || (authors.length === 1 ? authors[0] : undefined);
  // Several people and no choice: no record, so nobody's sessions are ever mixed with someone else's.
  if (!auteur && authors.length > 1) return { authors };
  return { record: buildRecord(sources, { van, tot, auteur }), authors };
}
