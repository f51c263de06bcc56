// goedwerk stats: for a coach, per journal and in total, how far the beelden are and which deugden
// the team names. Text for people, JSON for tools, HTML for a coach without VS Code.
import { findSituation } from '../../core/content/situations';
import { basename, resolve } from 'node:path';
import { detachedCount, withFeedback } from '../../core/feedback/stats';
import { loadCliFeedback } from '../feedback-load';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/model';
import { renderOverviewHtml } from '../../core/overview-html';
import { teamStats, type JournalStats } from '../../core/stats';
import { cliRoots, ConfigResolver } from '../configs';
import { makeExecutor, readJournal, type RunOptions } from '../engine';
import { collectJournals, displayPath } from '../files';
import { M } from '../messages';
import { ordered } from '../pipeline';
import { newTally, runSafely } from '../pool';
import { traceTally } from '../trace';
import { formatStatsText } from '../statsText';

export interface StatsOptions extends RunOptions {
  paths: string[];
  format: 'text' | 'json' | 'html';
  version: string;
}

export async function runStats(opts: StatsOptions): Promise<number> {
  const files = collectJournals(opts.paths, opts.cwd);
  const resolver = new ConfigResolver(opts.lang, opts.version, cliRoots(opts.cwd, opts.paths));
  const executor = makeExecutor(files.length, opts);
  const journals: JournalStats[] = [];
  const warned = new Set<string>();
  const tally = newTally();
  const warn = (file: string, reason: string) => process.stderr.write(t(opts.lang, M.statsSkipped, file, reason) + '\n');
  try {
    const results = ordered(files, executor.window, async (file) => {
      const shown = displayPath(file, opts.cwd);
      const config = resolver.forFile(file);
      if (config.findings.length && !warned.has(config.path ?? file)) {
        warned.add(config.path ?? file);
        for (const f of config.findings) process.stderr.write(`${displayPath(config.path ?? file, opts.cwd)}: ${f.message}\n`);
      }
      const read = readJournal(file);
      if ('error' in read) return { shown, skipped: t(opts.lang, M.fileUnreadable, read.error) };
      try {
        const outcome = await runSafely(executor, { kind: 'stats', bytes: read.bytes, file: shown, opts: { lang: opts.lang, config: config.config, situaties: config.situaties } }, tally);
        return outcome.kind === 'stats' ? { shown, ...outcome.outcome } : { shown, skipped: '?' };
      } catch (e) {
        return { shown, skipped: t(opts.lang, M.fileCrashed, (e as Error).message) };
      }
    });
    for await (const r of results) {
      if ('stats' in r) journals.push(r.stats);
      else warn(r.shown, r.skipped);
    }
  } finally {
    await executor.close();
  }
  traceTally(process.env, opts.lang, tally);
  const stats = await countFeedback(journals, files, opts);
  if (opts.format === 'json') process.stdout.write(JSON.stringify(stats, null, 2) + '\n');
  else if (opts.format === 'html') process.stdout.write(renderHtml(stats, opts.lang, opts.cwd));
  else process.stdout.write(formatStatsText(stats, opts.lang));
  return 0;
}

/** The stats with each beeld's feedback threads counted (from the feedback folders of these journals). */
async function countFeedback(journals: JournalStats[], files: string[], opts: StatsOptions): Promise<ReturnType<typeof teamStats>> {
  const roots = await loadCliFeedback(files, opts.paths, opts.cwd);
  const placed = roots.flatMap((r) => r.placed);
  return teamStats(withFeedback(journals, placed, (file) => resolve(opts.cwd, file)), detachedCount(placed));
}

function renderHtml(stats: ReturnType<typeof teamStats>, lang: Lang, cwd: string): string {
  return renderOverviewHtml(stats, lang, {
    scope: basename(cwd),
    situationTitle: (id) => findSituation(id)?.title[lang],
  });
}
