// The nearest .goedwerk.json for each journal, looked up once per folder.
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha1 } from '../core/cache';
import { findTeamConfig } from '../core/config';
import { CONFIG_FILE } from '../core/names';
import { t } from '../core/i18n';
import type { Lang, TeamConfig } from '../core/model';
import { fileFinding, type CliFinding } from './findings';
import { M } from './messages';

export interface ResolvedConfig {
  /** The config file, when there is one. */
  path?: string;
  config?: TeamConfig;
  /** What is wrong with the config file itself (reported once, against that file). */
  findings: CliFinding[];
  /** Digest of everything besides the bytes that shapes a journal's findings (for the cache). */
  context: string;
}

function hasConfig(dir: string): boolean {
  try {
    return statSync(join(dir, CONFIG_FILE), { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    // Unreadable: let findTeamConfig have a go, and report what it finds.
    return true;
  }
}

export class ConfigResolver {
  private readonly byDir = new Map<string, ResolvedConfig>();

  constructor(private readonly lang: Lang, private readonly version: string) {}

  forFile(file: string): ResolvedConfig {
    return this.forDir(dirname(file));
  }

  /**
   * Walks up like findTeamConfig, but remembers every folder on the way, so ten thousand journals in a
   * hundred folders cost one stat per folder rather than one walk to the root per journal.
   */
  private forDir(dir: string): ResolvedConfig {
    let resolved = this.byDir.get(dir);
    if (resolved) return resolved;
    const parent = dirname(dir);
    if (hasConfig(dir) || parent === dir) resolved = this.lookup(dir);
    else resolved = this.forDir(parent);
    this.byDir.set(dir, resolved);
    return resolved;
  }

  private lookup(dir: string): ResolvedConfig {
    const context = (config?: TeamConfig) => sha1(JSON.stringify([this.version, this.lang, config ?? null]));
    let found: ReturnType<typeof findTeamConfig>;
    try {
      found = findTeamConfig(dir);
    } catch (e) {
      // The core reports what it can as errors; anything it throws still must not stop the run.
      const message = t(this.lang, M.configUnreadable, (e as Error).message);
      return { findings: [fileFinding('config-ongeldig', 'error', message)], context: context() };
    }
    if (!found) return { findings: [], context: context() };
    const findings = found.errors.map((err) =>
      fileFinding('config-ongeldig', 'error', t(this.lang, M.configBroken, t(this.lang, err.message)), err.range));
    return { path: found.path, config: found.config, findings, context: context(found.config) };
  }
}
