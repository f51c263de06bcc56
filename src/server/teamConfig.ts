// The team of each journal (its nearest `.goedwerk.json` and the team's own situations), from the
// core's one resolver over the host the server runs on (Node's fs on the desktop, the client's files in
// a browser). Forgotten as soon as a team file changes (the watcher tells us), so a change counts at once.
import { serverFileHost } from './file-host';
import type { FileHost } from '../core/host/files';
import { NO_TEAM, TeamResolver, type TeamResolution } from '../core/team/resolver';



export interface TeamSituationInfo { id: string; title: string; summary: string }

export type ResolvedConfig = TeamResolution;

export class TeamConfigs {
  private readonly resolver: TeamResolver;

  /**
   * `roots`: the workspace folders, whose `.goedwerk/situaties/` count when no config file names a folder.
   * `onSituationDir`: told of each situation folder the first time it is looked in (to watch it).
   */
  constructor(
    roots: () => readonly string[] = () => [],
    onSituationDir: (dir: string) => void = () => undefined,
    host: FileHost = serverFileHost,
  ) {
    this.resolver = new TeamResolver(host, { roots, onSituationDir });
  }

  /** True for a Markdown file in a situation folder some journal's config uses. */
  isSituationFile(path: string): boolean {
    return this.resolver.isSituationFile(path);
  }

  /** The team config for a journal file. Never throws. */
  forFile(file: string | undefined): ResolvedConfig {
    return file ? this.resolver.forFile(file) : NO_TEAM;
  }

  forDir(dir: string): ResolvedConfig {
    return this.resolver.forDir(dir);
  }

  clear(): void {
    this.resolver.clear();
  }
}
