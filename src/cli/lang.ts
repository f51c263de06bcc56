import { langFromLocale } from '../core/i18n';
import type { Lang } from '../core/model';

const LANGS: readonly Lang[] = ['nl', 'en'];

export function isLang(value: unknown): value is Lang {
  return LANGS.includes(value as Lang);
}

/**
 * The language for messages: `--lang`, else GOEDWERK_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG).
 * Looked up before the arguments are parsed, so that even a usage error speaks the user's language.
 */
export function pickLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const fromArgs = langArgument(argv);
  if (isLang(fromArgs)) return fromArgs;
  const fromEnv = env.GOEDWERK_LANG?.trim().toLowerCase();
  if (isLang(fromEnv)) return fromEnv;
  return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

function langArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') return undefined;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}
