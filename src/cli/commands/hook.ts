// goedwerk hook install|uninstall: sets the commit guard up as the repository's pre-commit hook. A hook
// that is already there is kept (renamed, and run first by ours); uninstall puts it back.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/model';
import { PREVIOUS_HOOK, hookScript, isOurHook } from '../../core/privacy/hook';
import { GitError, hooksDir } from '../git';
import { M } from '../messages';

export interface HookOptions {
  action: 'install' | 'uninstall';
  lang: Lang;
  cwd: string;
  /** The program and the CLI the hook will run (default: this node and this CLI). */
  runtime: string;
  cli: string;
  out?: (line: string) => void;
  err?: (line: string) => void;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export function runHook(opts: HookOptions): number {
  const out = opts.out ?? ((l) => process.stdout.write(l + '\n'));
  const err = opts.err ?? ((l) => process.stderr.write(l + '\n'));
  let dir: string;
  try {
    dir = hooksDir(opts.cwd);
  } catch (e) {
    err(`goedwerk: ${t(opts.lang, M.guardNoGit, e instanceof GitError ? e.message : String(e))}`);
    return 2;
  }
  const hook = join(dir, 'pre-commit');
  const previous = join(dir, PREVIOUS_HOOK);
  const current = read(hook);
  try {
    if (opts.action === 'uninstall') {
      if (current === undefined || !isOurHook(current)) {
        out(t(opts.lang, M.hookNotInstalled, hook));
        return 0;
      }
      rmSync(hook);
      if (existsSync(previous)) renameSync(previous, hook);
      out(t(opts.lang, M.hookRemoved, hook));
      return 0;
    }
    mkdirSync(dir, { recursive: true });
    if (current !== undefined && !isOurHook(current)) {
      if (existsSync(previous)) {
        err(`goedwerk: ${t(opts.lang, M.hookPreviousExists, previous)}`);
        return 2;
      }
      renameSync(hook, previous);
      out(t(opts.lang, M.hookKeptPrevious, previous));
    }
    writeFileSync(hook, hookScript({ runtime: opts.runtime, cli: opts.cli, lang: opts.lang }));
    chmodSync(hook, 0o755);
    out(t(opts.lang, M.hookInstalled, hook));
    return 0;
  } catch (e) {
    err(`goedwerk: ${t(opts.lang, M.writeFailed, hook, (e as Error).message)}`);
    return 2;
  }
}
