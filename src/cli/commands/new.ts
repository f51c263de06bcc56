// goedwerk new: start a journal from the template, never overwriting one that exists.
import { statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SITUATIONS, findSituation } from '../../core/content/situations';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/model';
import { journalTemplate } from '../../core/template';
import { UsageError } from '../errors';
import { displayPath } from '../files';
import { M } from '../messages';
import { JOURNAL_SUFFIX } from '../../core/names';

export interface NewOptions {
  lang: Lang;
  cwd: string;
  file?: string;
  situatie?: string;
  auteur?: string;
  titel?: string;
  /** Today, as YYYY-MM-DD (injectable for tests). */
  today?: string;
}

export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function runNew(opts: NewOptions): number {
  const situation = opts.situatie === undefined ? undefined : findSituation(opts.situatie);
  if (opts.situatie !== undefined && !situation) {
    throw new UsageError(M.unknownSituation, [opts.situatie, SITUATIONS.map((s) => s.id).join(', ')]);
  }
  const datum = opts.today ?? today();
  const defaultName = `${datum}-${situation?.id ?? 'beeld'}${JOURNAL_SUFFIX}`;
  let target = opts.file ? resolve(opts.cwd, opts.file) : resolve(opts.cwd, defaultName);
  if (opts.file && isDirectory(target)) target = join(target, defaultName);
  if (!isDirectory(dirname(target))) throw new UsageError(M.newNoDir, [displayPath(dirname(target), opts.cwd)]);
  const text = journalTemplate(opts.lang, { situatie: situation?.id, datum, auteur: opts.auteur, titel: opts.titel });
  try {
    // 'wx' fails when the file exists, even if it appeared a moment ago: nothing is ever overwritten.
    writeFileSync(target, text, { flag: 'wx' });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EEXIST') {
      process.stderr.write(`goedwerk: ${t(opts.lang, M.newExists, displayPath(target, opts.cwd))}\n`);
      return 1;
    }
    throw new UsageError(M.writeFailed, [displayPath(target, opts.cwd), err.code ?? err.message]);
  }
  process.stdout.write(t(opts.lang, M.newWritten, displayPath(target, opts.cwd)) + '\n');
  return 0;
}
