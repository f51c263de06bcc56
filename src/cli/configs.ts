// The team of each journal (its nearest .goedwerk.json and the team's own situations), from the core's
// one resolver over Node's fs; looked up once per folder.
import { resolve } from 'node:path';
import { sha1 } from '../core/cache';
import { isInside } from '../core/host/locations';
import { t } from '../core/i18n';
import type { Lang, TeamConfig } from '../core/model';
import { nodeTeamResolver } from '../core/team/node';
import type { TeamResolution, TeamResolver } from '../core/team/resolver';
import { fileFinding, type CliFinding } from './findings';
import { M } from './messages';

export interface ResolvedConfig {
  /** The config file, when there is one. */
  path?: string;
  config?: TeamConfig;
  /** The ids of the team's own situations (known to the `situatie-onbekend` rule). */
  situaties: string[];
  /** What is wrong with the config file itself (reported once, against that file). */
  findings: CliFinding[];
  /** Digest of everything besides the bytes that shapes a journal's findings (for the cache). */
  context: string;
}

export class ConfigResolver {
  private readonly seen = new WeakMap<TeamResolution, ResolvedConfig>();
  private readonly team: TeamResolver;

  /** `roots`: the folders on the command line, whose `.goedwerk/situaties/` count where no config names one. */
  constructor(private readonly lang: Lang, private readonly version: string, roots: readonly string[] = []) {
    this.team = nodeTeamResolver({ roots: () => roots });
  }

  forFile(file: string): ResolvedConfig {
    return this.wrap(this.team.forFile(file));
  }

  private wrap(team: TeamResolution): ResolvedConfig {
    // The resolver hands out one resolution per folder; the CLI's view of it is made once as well.
    let resolved = this.seen.get(team);
    if (resolved) return resolved;
    const situaties = team.situaties.map((s) => s.id);
    const findings = team.errors.map((err) =>
      fileFinding('config-ongeldig', 'error', t(this.lang, M.configBroken, t(this.lang, err.message)), err.range));
    resolved = {
      ...(team.path ? { path: team.path } : {}),
      ...(team.config ? { config: team.config } : {}),
      situaties,
      findings,
      context: sha1(JSON.stringify([this.version, this.lang, team.config ?? null, situaties])),
    };
    this.seen.set(team, resolved);
    return resolved;
  }
}

/**
 * The folders that stand for the workspace on the command line: the working folder, and each folder
 * named outside it. Their `.goedwerk/situaties/` count for journals whose team has no config file.
 */
export function cliRoots(cwd: string, paths: readonly string[]): string[] {
  const roots = [resolve(cwd)];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    if (!roots.some((r) => isInside(abs, r))) roots.push(abs);
  }
  return roots;
}

/** What a worker needs of the team to judge a journal. */
export function teamOptions(resolved: ResolvedConfig): { config?: TeamConfig; situaties: string[] } {
  return { ...(resolved.config ? { config: resolved.config } : {}), situaties: resolved.situaties };
}
