// The nearest `.goedwerk.json` of each journal, looked up once per folder and forgotten as soon as
// any team file changes (the watcher tells us), so a changed config takes effect at once.
import { dirname } from 'node:path';
import { sha1 } from '../core/cache';
import { findTeamConfig } from '../core/config';
import type { Msg } from '../core/i18n';
import type { Range, TeamConfig } from '../core/model';

export interface ResolvedConfig {
  path?: string;
  config?: TeamConfig;
  errors: { message: Msg; range: Range }[];
  /** Changes whenever the config would judge a journal differently (for caches). */
  key: string;
}

const NONE: ResolvedConfig = { errors: [], key: 'none' };

export class TeamConfigs {
  private readonly byDir = new Map<string, ResolvedConfig>();

  /** The team config for a journal file (or a folder). Never throws. */
  forFile(file: string | undefined): ResolvedConfig {
    if (!file) return NONE;
    return this.forDir(dirname(file));
  }

  forDir(dir: string): ResolvedConfig {
    let found = this.byDir.get(dir);
    if (!found) {
      found = lookup(dir);
      this.byDir.set(dir, found);
    }
    return found;
  }

  clear(): void {
    this.byDir.clear();
  }
}

function lookup(dir: string): ResolvedConfig {
  try {
    const found = findTeamConfig(dir);
    if (!found) return NONE;
    return { path: found.path, config: found.config, errors: found.errors, key: sha1(JSON.stringify([found.path, found.config])) };
  } catch (e) {
    const message = (e as Error)?.message ?? String(e);
    return { errors: [{ message: { nl: message, en: message }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }], key: 'unreadable' };
  }
}
