// goedwerk reflectie: the record of one professional's reflection sessions in a period, for the SKJ
// re-registration: per series the sessions and the hours that count, and a draft of the three
// dimensions from the beelden. Text for the terminal, JSON for tools, HTML and PDF to print or upload.
// Privacy findings in what would go into the record are masked, and said on stderr before anything is written.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { t, type Msg } from '../../core/i18n';
import type { Lang } from '../../core/model';
import { renderRecordHtml } from '../../core/reflectie/html';
import { hoursLabel } from '../../core/reflectie/labels';
import { authorsIn, buildRecord, fiveYearsBefore, isoDate } from '../../core/reflectie/record';
import { renderRecordText } from '../../core/reflectie/text';
import type { ReflectieRecord, SessionSource } from '../../core/reflectie/types';
import { cliRoots, teamOptions, ConfigResolver } from '../configs';
import { makeExecutor, readJournal, type RunOptions } from '../engine';
import { UsageError } from '../errors';
import { collectJournals, displayPath } from '../files';
import { M } from '../messages';
import { ordered } from '../pipeline';
import { runSafely } from '../pool';
import { today } from './new';
import { isJournalPath } from '../../core/names';

export type ReflectieFormat = 'text' | 'json' | 'html' | 'pdf';

export interface ReflectieOptions extends RunOptions {
  paths: string[];
  format: ReflectieFormat;
  van?: string;
  tot?: string;
  auteur?: string;
  output?: string;
  version: string;
  /** Today, YYYY-MM-DD (injectable for tests). */
  today?: string;
  /** Whether stdout is a terminal (a PDF is never written to one). */
  tty?: boolean;
}

export const R = {
  badDate: { nl: 'ongeldige datum "{1}" voor {0} (schrijf bijvoorbeeld 2024-03-01 of 1-3-2024)', en: 'invalid date "{1}" for {0} (write for instance 2024-03-01 or 1-3-2024)' },
  badPeriod: { nl: '--van ({0}) ligt na --tot ({1})', en: '--van ({0}) is after --tot ({1})' },
  severalAuthors: {
    nl: 'deze journalen zijn van {0} mensen ({1}); kies van wie het verslag is met --auteur <naam>',
    en: 'these journals are by {0} people ({1}); choose whose record it is with --auteur <name>',
  },
  pdfToTerminal: { nl: '--format pdf schrijft een bestand: geef -o <bestand>.pdf', en: '--format pdf writes a file: give -o <file>.pdf' },
  notAJournal: { nl: 'het verslag overschrijft nooit een journaal: kies een andere naam dan {0}', en: 'the record never overwrites a journal: choose another name than {0}' },
  privacy: {
    nl: 'let op: {0} passage(s) die een persoon herkenbaar kunnen maken zijn uit het verslag weggelaten ([…]); haal ze ook uit deze journalen: {1}',
    en: 'note: {0} passage(s) that may identify a person were left out of the record ([…]); remove them from these journals too: {1}',
  },
  withoutDate: { nl: 'zonder leesbare datum, niet meegenomen: {0}', en: 'no readable date, left out: {0}' },
  problems: { nl: '{0}: {1} niet te lezen (zie goedwerk check)', en: '{0}: {1} cannot be read (see goedwerk check)' },
  written: { nl: 'Reflectieverslag geschreven: {0} ({1} in {2} sessie(s))', en: 'Reflection record written: {0} ({1} in {2} session(s))' },
} satisfies Record<string, Msg>;

function dateOption(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const iso = isoDate(value.trim());
  if (!iso) throw new UsageError(R.badDate, [name, value]);
  return iso;
}

/** The period asked for: by default the five years up to today, the SKJ's re-registration period. */
export function periodOf(opts: Pick<ReflectieOptions, 'van' | 'tot' | 'today'>): { van: string; tot: string } {
  const tot = dateOption(opts.tot, '--tot') ?? opts.today ?? today();
  const van = dateOption(opts.van, '--van') ?? fiveYearsBefore(tot);
  if (van > tot) throw new UsageError(R.badPeriod, [van, tot]);
  return { van, tot };
}

async function readSources(opts: ReflectieOptions): Promise<SessionSource[]> {
  const files = collectJournals(opts.paths, opts.cwd);
  const resolver = new ConfigResolver(opts.lang, opts.version, cliRoots(opts.cwd, opts.paths));
  const executor = makeExecutor(files.length, opts);
  const sources: SessionSource[] = [];
  try {
    const results = ordered(files, executor.window, async (file) => {
      const shown = displayPath(file, opts.cwd);
      const read = readJournal(file);
      if ('error' in read) return { shown, skipped: t(opts.lang, M.fileUnreadable, read.error) };
      const task = { kind: 'reflectie' as const, bytes: read.bytes, file: shown, opts: { lang: opts.lang, ...teamOptions(resolver.forFile(file)) } };
      try {
        const outcome = await runSafely(executor, task);
        return outcome.kind === 'reflectie' ? { shown, ...outcome.outcome } : { shown, skipped: '?' };
      } catch (e) {
        return { shown, skipped: t(opts.lang, M.fileCrashed, (e as Error).message) };
      }
    });
    for await (const r of results) {
      if ('source' in r) sources.push(r.source);
      else process.stderr.write(t(opts.lang, M.statsSkipped, r.shown, r.skipped) + '\n');
    }
  } finally {
    await executor.close();
  }
  return sources;
}

/** Whose record: the one asked for, else the only author there is; several without a choice is a usage error. */
function chooseAuthor(sources: SessionSource[], period: { van: string; tot: string }, asked: string | undefined): string | undefined {
  if (asked?.trim()) return asked.trim();
  const authors = authorsIn(sources, period);
  if (authors.length > 1) throw new UsageError(R.severalAuthors, [String(authors.length), authors.join(', ')]);
  return authors[0];
}

function warnFirst(record: ReflectieRecord, sources: SessionSource[], lang: Lang): void {
  const say = (m: Msg, ...args: unknown[]) => process.stderr.write(`goedwerk: ${t(lang, m, ...args)}\n`);
  if (record.privacyMasked) {
    const counted = new Set(record.series.concat(record.apart).flatMap((s) => s.sessions.map((r) => r.file)));
    const files = sources.filter((s) => s.masked && counted.has(s.file)).map((s) => s.file);
    say(R.privacy, record.privacyMasked, files.join(', '));
  }
  if (record.skipped.withoutDate.length) say(R.withoutDate, record.skipped.withoutDate.join(', '));
  for (const s of record.series.concat(record.apart)) {
    for (const row of s.sessions) if (row.problems.length) say(R.problems, row.file, row.problems.join(', '));
  }
}

/** The PDF writer is heavy, so it lives in dist/reflectie.js and loads only for --format pdf. */
function pdfWriter(distDir: string): typeof import('../../core/reflectie/render').renderRecordPdf {
  // A computed path keeps esbuild from bundling the PDF library into the CLI's main bundle.
  return (require(join(distDir, 'reflectie.js')) as typeof import('../../core/reflectie/render')).renderRecordPdf;
}

async function render(record: ReflectieRecord, opts: ReflectieOptions, made: string): Promise<string | Uint8Array> {
  switch (opts.format) {
    case 'json': return JSON.stringify(record, null, 2) + '\n';
    case 'html': return renderRecordHtml(record, opts.lang, { made });
    case 'pdf': return pdfWriter(opts.distDir)(record, opts.lang, { made });
    default: return renderRecordText(record, opts.lang);
  }
}

export async function runReflectie(opts: ReflectieOptions): Promise<number> {
  const period = periodOf(opts);
  const target = opts.output ? resolve(opts.cwd, opts.output) : undefined;
  if (target && isJournalPath(target)) throw new UsageError(R.notAJournal, [opts.output]);
  if (opts.format === 'pdf' && !target && opts.tty) throw new UsageError(R.pdfToTerminal, []);
  const sources = await readSources(opts);
  const record = buildRecord(sources, { ...period, auteur: chooseAuthor(sources, period, opts.auteur) });
  warnFirst(record, sources, opts.lang);
  const out = await render(record, opts, opts.today ?? today());
  if (!target) {
    process.stdout.write(out);
    return record.privacyMasked ? 1 : 0;
  }
  try {
    writeFileSync(target, out);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UsageError(M.writeFailed, [displayPath(target, opts.cwd), err.code ?? err.message]);
  }
  process.stdout.write(t(opts.lang, R.written, displayPath(target, opts.cwd), hoursLabel(record.totals.minutes, opts.lang), record.totals.sessions) + '\n');
  return record.privacyMasked ? 1 : 0;
}
