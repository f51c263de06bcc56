// The nearest `.goedwerk.json` of each journal, and the team's own situations, looked up once per
// folder and forgotten as soon as a team file changes (the watcher tells us), so a change takes
// effect at once.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { sha1 } from '../core/cache';
import { findTeamConfig } from '../core/config';
import { TEAM_SITUATIONS_DIR } from '../core/names';
import type { Msg } from '../core/i18n';
import type { Range, TeamConfig } from '../core/model';
import { parseTeamSituation } from '../core/team-situations';

export interface TeamSituationInfo { id: string; title: string; summary: string }

export interface ResolvedConfig {
  path?: string;
  config?: TeamConfig;
  errors: { message: Msg; range: Range }[];
  /** The team's own situations (their ids are known to the `situatie-onbekend` rule). */
  situaties: TeamSituationInfo[];
  /** Changes whenever the config would judge a journal differently (for caches). */
  key: string;
}

const NONE: ResolvedConfig = { errors: [], situaties: [], key: 'none' };

export class TeamConfigs {
  private readonly byDir = new Map<string, ResolvedConfig>();
  /** Every situation folder looked in so far: a change to a file in one must reach the rule. */
  private readonly situationDirs = new Set<string>();

  /**
   * `roots`: the workspace folders, whose `.goedwerk/situaties/` count when no config file names a folder.
   * `onSituationDir`: told of each situation folder the first time it is looked in (to watch it).
   */
  constructor(
    private readonly roots: () => readonly string[] = () => [],
    private readonly onSituationDir: (dir: string) => void = () => undefined,
  ) {}

  /** True for a Markdown file in a situation folder some journal's config uses. */
  isSituationFile(path: string): boolean {
    return /\.md$/i.test(path) && this.situationDirs.has(dirname(path));
  }

  /** The team config for a journal file. Never throws. */
  forFile(file: string | undefined): ResolvedConfig {
    if (!file) return NONE;
    return this.forDir(dirname(file));
  }

  forDir(dir: string): ResolvedConfig {
    let found = this.byDir.get(dir);
    if (!found) {
      found = this.lookup(dir);
      this.byDir.set(dir, found);
    }
    return found;
  }

  clear(): void {
    this.byDir.clear();
  }

  private lookup(dir: string): ResolvedConfig {
    let found: ReturnType<typeof findTeamConfig>;
    try {
      found = findTeamConfig(dir);
    } catch (e) {
      const reason = (e as Error)?.message ?? String(e);
      const message = {
        nl: `De .goedwerk.json van het team kon niet gelezen worden (${reason}); de standaardregels gelden.`,
        en: `The team's .goedwerk.json could not be read (${reason}); the default rules apply.`,
      };
      return { ...NONE, errors: [{ message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }], key: 'unreadable' };
    }
    const situationDir = found
      ? resolve(dirname(found.path), found.config.situaties ?? TEAM_SITUATIONS_DIR)
      : this.roots().find((r) => dir === r || dir.startsWith(r + '/') || dir.startsWith(r + '\\'));
    const folder = situationDir ? (found ? situationDir : join(situationDir, TEAM_SITUATIONS_DIR)) : undefined;
    if (folder && !this.situationDirs.has(folder)) {
      this.situationDirs.add(folder);
      this.onSituationDir(folder);
    }
    const situaties = folder ? readSituations(folder) : [];
    const config = found ? { ...found.config } : undefined;
    return {
      path: found?.path,
      config,
      errors: found?.errors ?? [],
      situaties,
      key: sha1(JSON.stringify([found?.path ?? null, found?.config ?? null, situaties.map((s) => s.id)])),
    };
  }
}

/** The team's situation files (Markdown); a folder that is missing or unreadable holds none. */
function readSituations(dir: string): TeamSituationInfo[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.md')).sort();
  } catch {
    return [];
  }
  const out: TeamSituationInfo[] = [];
  for (const name of names) {
    try {
      const s = parseTeamSituation(name, readFileSync(join(dir, name), 'utf8'));
      out.push({ id: s.id, title: s.title, summary: s.summary });
    } catch {
      // One unreadable file does not hide the others.
    }
  }
  return out;
}
