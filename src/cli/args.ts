// Command-line parsing on node:util's parseArgs, with every complaint worded for the user (exit 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';
import { isLang } from './lang';
import { M } from './messages';

export type Options = NonNullable<ParseArgsConfig['options']>;

export const COMMON: Options = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseCommand(args: string[], options: Options): Parsed {
  try {
    const { values, positionals } = parseArgs({ args, options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
    if (values.lang !== undefined && !isLang(values.lang)) {
      throw new UsageError(M.badChoice, ['--lang', values.lang, 'nl, en']);
    }
    return { values: values as Parsed['values'], positionals };
  } catch (e) {
    throw toUsageError(e);
  }
}

/** parseArgs throws English TypeErrors with a code; turn them into bilingual usage errors. */
function toUsageError(e: unknown): unknown {
  if (e instanceof UsageError) return e;
  const err = e as { code?: string; message?: string };
  const message = String(err.message ?? e);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(M.unknownOption, [option]);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(message) ? new UsageError(M.missingValue, [option]) : new UsageError(M.badArgs, [message]);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(M.unexpectedArgument, [/'([^']*)'/.exec(message)?.[1] ?? '']);
    default:
      return err.code ? new UsageError(M.badArgs, [message]) : e;
  }
}

export function choice<T extends string>(value: unknown, name: string, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && choices.includes(value as T)) return value as T;
  throw new UsageError(M.badChoice, [name, String(value), choices.join(', ')]);
}

export function count(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new UsageError(M.badNumber, [name, String(value)]);
  return n;
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
