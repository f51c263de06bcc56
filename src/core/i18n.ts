import type { Lang } from './model';

/** A message in both languages; `{0}`, `{1}` … are filled in by `format`. Dutch first. */
export interface Msg { nl: string; en: string }

export function format(template: string, args: readonly unknown[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i) => (i < args.length ? String(args[Number(i)]) : whole));
}

export function t(lang: Lang, msg: Msg, ...args: unknown[]): string {
  return format(msg[lang] ?? msg.nl, args);
}

/**
 * Picks the language from a locale such as VS Code's `env.language` or `LANG`.
 * Dutch comes first: anything that is not clearly English reads Dutch.
 */
export function langFromLocale(locale: string | undefined): Lang {
  return locale && /^en(?:\b|_)/i.test(locale) ? 'en' : 'nl';
}
