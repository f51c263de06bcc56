// The `goedwerk` command: check, stats and new over *.goedwerk.md journals.
import { readFileSync } from 'node:fs';
import { version as packageVersion } from '../../package.json';
import { sha1 } from '../core/cache';
import { t } from '../core/i18n';
import type { Lang } from '../core/model';
import { choice, count, parseCommand, text } from './args';
import { runCheck } from './commands/check';
import { FEEDBACK_HELP, runFeedback } from './commands/feedback';
import { runGuard } from './commands/guard';
import { runHook } from './commands/hook';
import { runNew } from './commands/new';
import { runReflectie } from './commands/reflectie';
import { runStats } from './commands/stats';
import { FORMATS } from './formats';
import { UsageError } from './errors';
import { limitHeapGrowth } from './heap';
import { HELP } from './help';
import { isLang, pickLang } from './lang';
import { M } from './messages';
import { workerScript } from './pool';

/**
 * The package version plus a digest of the code itself (this bundle and the worker bundle, where the
 * parser and rules live), so a rebuilt tool never trusts an old cache.
 */
function codeVersion(): string {
  try {
    const code = Buffer.concat([readFileSync(__filename), readFileSync(workerScript(__dirname))]);
    return `${packageVersion}+${sha1(code).slice(0, 12)}`;
  } catch {
    return packageVersion;
  }
}

function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

async function dispatch(argv: string[], lang: Lang): Promise<number> {
  // Global options may stand before the command: `goedwerk --lang en check`.
  let i = 0;
  while (i < argv.length && argv[i].startsWith('-')) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') return print(t(lang, HELP.main)), 0;
    if (arg === '-v' || arg === '--version') return print(packageVersion), 0;
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[i + 1] : arg.slice('--lang='.length);
      if (value === undefined) throw new UsageError(M.missingValue, ['--lang']);
      if (!isLang(value)) throw new UsageError(M.badChoice, ['--lang', value, 'nl, en']);
      i += arg === '--lang' ? 2 : 1;
    } else {
      throw new UsageError(M.unknownOption, [arg]);
    }
  }
  if (i >= argv.length) return print(t(lang, HELP.main)), 0;
  const [command, ...rest] = argv.slice(i);
  const cwd = process.cwd();
  switch (command) {
    case 'check': {
      const { values, positionals } = parseCommand(rest, {
        format: { type: 'string' }, cache: { type: 'boolean' }, 'cache-location': { type: 'string' }, jobs: { type: 'string' },
      });
      if (values.help) return print(t(lang, HELP.check)), 0;
      const format = choice(values.format, '--format', FORMATS, 'text');
      const cacheLocation = text(values['cache-location']);
      const cache = values.cache === true || cacheLocation !== undefined;
      return runCheck({
        paths: positionals, format, cache, cacheLocation, jobs: count(values.jobs, '--jobs'), lang, cwd,
        distDir: __dirname, env: process.env, version: cache ? codeVersion() : packageVersion, toolVersion: packageVersion,
      });
    }
    case 'stats': {
      const { values, positionals } = parseCommand(rest, { format: { type: 'string' }, jobs: { type: 'string' } });
      if (values.help) return print(t(lang, HELP.stats)), 0;
      const format = choice(values.format, '--format', ['text', 'json', 'html'] as const, 'text');
      return runStats({ paths: positionals, format, jobs: count(values.jobs, '--jobs'), lang, cwd, distDir: __dirname, version: packageVersion });
    }
    case 'feedback': {
      const { values, positionals } = parseCommand(rest, { format: { type: 'string' }, all: { type: 'boolean' } });
      if (values.help) return print(t(lang, FEEDBACK_HELP)), 0;
      const format = choice(values.format, '--format', ['text', 'json'] as const, 'text');
      return runFeedback({ paths: positionals, format, all: values.all === true, lang, cwd, version: packageVersion });
    }
    case 'new': {
      const { values, positionals } = parseCommand(rest, {
        situatie: { type: 'string' }, situation: { type: 'string' },
        auteur: { type: 'string' }, author: { type: 'string' },
        titel: { type: 'string' }, title: { type: 'string' },
      });
      if (values.help) return print(t(lang, HELP.new)), 0;
      if (positionals.length > 1) throw new UsageError(M.unexpectedArgument, [positionals[1]]);
      return runNew({
        lang, cwd, file: positionals[0],
        situatie: text(values.situatie) ?? text(values.situation),
        auteur: text(values.auteur) ?? text(values.author),
        titel: text(values.titel) ?? text(values.title),
      });
    }
    case 'reflectie':
    case 'reflection': {
      const { values, positionals } = parseCommand(rest, {
        van: { type: 'string' }, from: { type: 'string' }, tot: { type: 'string' }, to: { type: 'string' },
        auteur: { type: 'string' }, author: { type: 'string' }, format: { type: 'string' },
        output: { type: 'string', short: 'o' }, jobs: { type: 'string' },
      });
      if (values.help) return print(t(lang, HELP.reflectie)), 0;
      return runReflectie({
        paths: positionals, format: choice(values.format, '--format', ['text', 'json', 'html', 'pdf'] as const, 'text'),
        van: text(values.van) ?? text(values.from), tot: text(values.tot) ?? text(values.to),
        auteur: text(values.auteur) ?? text(values.author), output: text(values.output),
        jobs: count(values.jobs, '--jobs'), lang, cwd, distDir: __dirname, version: packageVersion, tty: process.stdout.isTTY === true,
      });
    }
    case 'guard': {
      const { values, positionals } = parseCommand(rest, {});
      if (values.help) return print(t(lang, HELP.guard)), 0;
      if (positionals.length) throw new UsageError(M.unexpectedArgument, [positionals[0]]);
      return runGuard({ lang, cwd, distDir: __dirname });
    }
    case 'hook': {
      const { values, positionals } = parseCommand(rest, { runtime: { type: 'string' }, cli: { type: 'string' } });
      if (values.help || positionals.length === 0) return print(t(lang, HELP.hook)), values.help ? 0 : 2;
      const action = choice(positionals[0], 'hook', ['install', 'uninstall'] as const, 'install');
      if (positionals.length > 1) throw new UsageError(M.unexpectedArgument, [positionals[1]]);
      return runHook({ action, lang, cwd, runtime: text(values.runtime) ?? process.execPath, cli: text(values.cli) ?? __filename });
    }
    case 'help':
      return print(t(lang, HELP.main)), 0;
    default:
      throw new UsageError(M.unknownCommand, [command]);
  }
}

async function main(): Promise<void> {
  limitHeapGrowth();
  const argv = process.argv.slice(2);
  const lang = pickLang(argv, process.env);
  // `goedwerk check | head` closes the pipe early; that is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  try {
    process.exitCode = await dispatch(argv, lang);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`goedwerk: ${t(lang, e.msg, ...e.args)}\n`);
    } else {
      process.stderr.write(`goedwerk: ${t(lang, M.internalError, e instanceof Error ? e.message : String(e))}\n`);
    }
    process.exitCode = 2;
  }
}

void main();
