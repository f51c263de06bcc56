// goedwerk guard: the commit guard. Checks what is staged in git (the index, not the working files) for
// personal data and exits 1 when a finding of a kind the team blocks is in it, so a pre-commit hook stops
// the commit. It reads the journals and the feedback threads beside them (.goedwerk/feedback/*.md): a
// coach's comment lands in the same repository. It prints file, line and kind, never the value: the
// output lands in terminals, VS Code's git log and CI logs.
import { join } from 'node:path';
import { TeamResolver } from '../../core/team/resolver';
import { parentOf } from '../../core/host/locations';
import { indexFileHost } from '../indexHost';
import { parseThread } from '../../core/feedback/format';
import { checkThreadPrivacy, feedbackRootOfPath, isFeedbackPath } from '../../core/feedback/privacy';
import { t } from '../../core/i18n';
import type { Lang, Position, RuleId, SeveritySetting, TeamConfig } from '../../core/model';
import { RULE_IDS } from '../../core/model';
import { KIND_WHAT, isPrivacyKind, type PrivacyKind } from '../../core/privacy/kinds';
import { blockingKinds } from '../../core/privacy-config';
import { readWriter } from '../../core/feedback/mark';
import { decodeBytes } from '../../core/text';
import { GitError, repoRoot, stagedContent, stagedFiles } from '../git';
import { M } from '../messages';
import { InlineExecutor } from '../pool';
import { isJournalPath } from '../../core/names';

export interface GuardOptions {
  lang: Lang;
  cwd: string;
  distDir: string;
  out?: (line: string) => void;
  err?: (line: string) => void;
}

/** What the guard found in one staged file: where and which kind (never the value), and which kinds stop. */
interface FileFindings { hits: { at: Position; kind?: PrivacyKind }[]; block: Set<PrivacyKind> }

/** Only the privacy rule runs, whatever the team set for it: the guard is there for exactly this. */
function guardConfig(config: TeamConfig | undefined): TeamConfig {
  const rules = Object.fromEntries(RULE_IDS.map((id) => [id, id === 'privacy' ? 'warning' : 'off'])) as Record<RuleId, SeveritySetting>;
  return { deugden: [], ...config, rules };
}

/** The team settings of a staged path, as the index holds them (see indexHost.ts). */
type TeamOf = (path: string) => TeamConfig | undefined;

function teamOfIndex(root: string): TeamOf {
  const resolver = new TeamResolver(indexFileHost(root));
  return (path) => resolver.configFor(parentOf(join(root, path)))?.config;
}

function checkJournal(executor: InlineExecutor, root: string, file: string, lang: Lang, teamOf: TeamOf): FileFindings {
  const config = teamOf(file);
  const outcome = executor.runInline({ kind: 'check', bytes: stagedContent(root, file), opts: { lang, config: guardConfig(config) } });
  const findings = outcome.kind === 'check' ? outcome.findings.filter((f) => f.rule === 'privacy') : [];
  return {
    hits: findings.map((f) => ({ at: f.range.start, kind: isPrivacyKind(f.privacy) ? f.privacy : undefined })),
    block: blockingKinds(config?.privacy),
  };
}

/** The staged text of a file, or undefined when it is not in the index. */
function stagedText(root: string, file: string): string | undefined {
  try {
    return decodeBytes(stagedContent(root, file)).text;
  } catch {
    return undefined;
  }
}

/**
 * A feedback thread is read with the settings of its journal's team (the nearest .goedwerk.json above
 * the journal, else above the thread), and the journal's writer may be named in it, as in the journal.
 */
function checkFeedback(root: string, file: string, lang: Lang, teamOf: TeamOf): FileFindings {
  const text = decodeBytes(stagedContent(root, file)).text;
  const thread = parseThread(text, file);
  const journal = thread.anchor.journal ? `${feedbackRootOfPath(file)}${thread.anchor.journal}` : undefined;
  const config = teamOf(journal ?? file);
  const journalText = journal ? stagedText(root, journal) : undefined;
  const writer = journalText !== undefined ? readWriter(journalText) : undefined;
  const findings = checkThreadPrivacy(thread, text, { lang, privacy: config?.privacy, names: writer ? [writer] : [] });
  return {
    hits: findings.map((f) => ({ at: f.range.start, kind: isPrivacyKind(f.kind) ? f.kind : undefined })),
    block: blockingKinds(config?.privacy),
  };
}

export async function runGuard(opts: GuardOptions): Promise<number> {
  const out = opts.out ?? ((l) => process.stdout.write(l + '\n'));
  const err = opts.err ?? ((l) => process.stderr.write(l + '\n'));
  let root: string;
  let files: string[];
  let teamOf: TeamOf;
  try {
    root = repoRoot(opts.cwd);
    files = stagedFiles(root).filter((f) => isJournalPath(f) || isFeedbackPath(f));
    teamOf = teamOfIndex(root);
  } catch (e) {
    err(`goedwerk: ${t(opts.lang, M.guardNoGit, e instanceof GitError ? e.message : String(e))}`);
    return 2;
  }
  const executor = new InlineExecutor(opts.distDir);
  let blocking = 0;
  let other = 0;
  const stopLines: string[] = [];
  for (const file of files) {
    let found: FileFindings;
    try {
      found = isJournalPath(file) ? checkJournal(executor, root, file, opts.lang, teamOf) : checkFeedback(root, file, opts.lang, teamOf);
    } catch (e) {
      stopLines.push(`goedwerk: ${t(opts.lang, M.guardUnreadable, file, e instanceof Error ? e.message : String(e))}`);
      blocking++;
      continue;
    }
    for (const { at, kind } of found.hits) {
      const stops = !kind || found.block.has(kind);
      if (stops) blocking++;
      else other++;
      const what = kind ? t(opts.lang, KIND_WHAT[kind]) : 'privacy';
      const level = stops ? t(opts.lang, M.guardBlocks) : t(opts.lang, M.guardWarns);
      const line = `${file}:${at.line + 1}:${at.character + 1}: ${level} privacy ${kind ?? ''} (${what})`;
      if (stops) stopLines.push(line);
      else out(line);
    }
  }
  if (blocking) {
    // The reason first: VS Code's Source Control shows only the first line of a failed hook.
    err(t(opts.lang, M.guardStopped, blocking));
    for (const line of stopLines) err(line);
    return 1;
  }
  out(passedLine(opts.lang, files, other));
  return 0;
}

function passedLine(lang: Lang, files: readonly string[], other: number): string {
  const threads = files.filter((f) => !isJournalPath(f)).length;
  const journals = files.length - threads;
  if (!threads) return other ? t(lang, M.guardPassedWithWarnings, journals, other) : t(lang, M.guardPassed, journals);
  return other ? t(lang, M.guardPassedFeedbackWithWarnings, journals, threads, other) : t(lang, M.guardPassedFeedback, journals, threads);
}
