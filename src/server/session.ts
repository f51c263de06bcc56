// What every part of one connection shares: the language, the settings and the workspace folders as
// the client last told them, and the guard that turns a failing handler into a logged fallback.
import type { Connection } from 'vscode-languageserver/node';
import type { Lang } from '../core/model';
import type { ServerSettings } from '../protocol';
import { DEFAULT_SETTINGS } from './settings';

export interface Session {
  lang: Lang;
  settings: ServerSettings;
  /** Where the rule pages live, for the links in diagnostics. */
  docBase?: string;
  /** The workspace folders, as paths. */
  roots: string[];
  logError(where: string, e: unknown): void;
  /** `fn`, but a throw is logged and answered with `fallback`: a handler never takes the server down. */
  guard<A extends unknown[], R>(where: string, fallback: R, fn: (...args: A) => R): (...args: A) => R;
}

export function newSession(connection: Pick<Connection, 'console'>): Session {
  const logError = (where: string, e: unknown) => connection.console.error(`${where}: ${(e as Error)?.stack ?? String(e)}`);
  return {
    lang: 'nl',
    settings: DEFAULT_SETTINGS,
    roots: [],
    logError,
    guard: (where, fallback, fn) => (...args) => {
      try {
        return fn(...args);
      } catch (e) {
        logError(where, e);
        return fallback;
      }
    },
  };
}
