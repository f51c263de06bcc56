// goedwerk guard: the commit guard. Checks what is staged in git (the index, not the working files) for
// personal data and exits 1 when a finding of a kind the team blocks is in it, so a pre-commit hook stops
// the commit. It prints file, line and kind, never the value: the output lands in terminals, VS Code's
// git log and CI logs.
import { join } from 'node:path';
import { findTeamConfig } from '../../core/team/node';
import { t } from '../../core/i18n';
import type { Lang, RuleId, SeveritySetting, TeamConfig } from '../../core/model';
import { RULE_IDS } from '../../core/model';
import { KIND_WHAT, isPrivacyKind } from '../../core/privacy/kinds';
import { blockingKinds } from '../../core/privacy-config';
import type { CliFinding } from '../findings';
import { GitError, repoRoot, stagedContent, stagedFiles } from '../git';
import { M } from '../messages';
import { InlineExecutor } from '../pool';

export interface GuardOptions {
  lang: Lang;
  cwd: string;
  distDir: string;
  out?: (line: string) => void;
  err?: (line: string) => void;
}

const isJournal = (path: string) => /\.goedwerk\.md$/i.test(path);

/** Only the privacy rule runs, whatever the team set for it: the guard is there for exactly this. */
function guardConfig(config: TeamConfig | undefined): TeamConfig {
  const rules = Object.fromEntries(RULE_IDS.map((id) => [id, id === 'privacy' ? 'warning' : 'off'])) as Record<RuleId, SeveritySetting>;
  return { deugden: [], ...config, rules };
}

export async function runGuard(opts: GuardOptions): Promise<number> {
  const out = opts.out ?? ((l) => process.stdout.write(l + '\n'));
  const err = opts.err ?? ((l) => process.stderr.write(l + '\n'));
  let root: string;
  let files: string[];
  try {
    root = repoRoot(opts.cwd);
    files = stagedFiles(root).filter(isJournal);
  } catch (e) {
    err(`goedwerk: ${t(opts.lang, M.guardNoGit, e instanceof GitError ? e.message : String(e))}`);
    return 2;
  }
  const executor = new InlineExecutor(opts.distDir);
  let blocking = 0;
  let other = 0;
  const stopLines: string[] = [];
  for (const file of files) {
    const team = findTeamConfig(join(root, file));
    const block = blockingKinds(team?.config.privacy);
    let findings: CliFinding[];
    try {
      const outcome = executor.runInline({ kind: 'check', bytes: stagedContent(root, file), opts: { lang: opts.lang, config: guardConfig(team?.config) } });
      findings = outcome.kind === 'check' ? outcome.findings.filter((f) => f.rule === 'privacy') : [];
    } catch (e) {
      stopLines.push(`goedwerk: ${t(opts.lang, M.guardUnreadable, file, e instanceof Error ? e.message : String(e))}`);
      blocking++;
      continue;
    }
    for (const f of findings) {
      const kind = isPrivacyKind(f.privacy) ? f.privacy : undefined;
      const stops = !kind || block.has(kind);
      if (stops) blocking++;
      else other++;
      const what = kind ? t(opts.lang, KIND_WHAT[kind]) : f.rule;
      const level = stops ? t(opts.lang, M.guardBlocks) : t(opts.lang, M.guardWarns);
      const line = `${file}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${level} privacy ${kind ?? ''} (${what})`;
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
  out(other ? t(opts.lang, M.guardPassedWithWarnings, files.length, other) : t(opts.lang, M.guardPassed, files.length));
  return 0;
}
