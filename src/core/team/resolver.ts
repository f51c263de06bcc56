// The one team resolver: for a journal's folder, the nearest `.goedwerk.json` (comments allowed, read
// by the core's parser), the team's extra deugden, and the team's own situations (the folder the config
// names under `situaties`, else `.goedwerk/situaties/` beside the config or in the workspace folder).
// The CLI, the language server and the extension's sidebar all ask it, over a host of their own
// (../host/files.ts), so they cannot drift apart again.
import { emptyTeamConfig, messages, parseTeamConfig, type ConfigError, type FoundTeamConfig, type ParsedTeamConfig } from '../config';
import { readDirOp, readFileOp, runAsync, runSync, statOp, type AsyncFileHost, type FileHost, type FileStat, type FileTask } from '../host/files';
import { isInside, joinLocation, parentOf } from '../host/locations';
import type { TeamConfig } from '../model';
import { parseTeamSituation, type TeamSituation } from '../team-situations';
import { decodeBytes } from '../text';
import { isJournalName } from './journals';
import { CONFIG_FILE, TEAM_SITUATIONS_DIR } from '../names';

export { TEAM_SITUATIONS_DIR };
/** More than any team writes; a folder with thousands of files is not a situation folder. */
const MAX_SITUATION_FILES = 500;

export type { FoundTeamConfig };

export interface TeamResolution {
  /** The config file, when there is one. */
  path?: string;
  config?: TeamConfig;
  /** What is wrong with the config file itself. */
  errors: ConfigError[];
  /** The folder the team's situations were looked for in, when there is one. */
  situationDir?: string;
  /** The team's own situations (their ids are known to the `situatie-onbekend` rule). */
  situaties: TeamSituation[];
  /** Changes whenever the team would judge a journal differently (for caches). */
  key: string;
}

export const NO_TEAM: TeamResolution = Object.freeze({ errors: [], situaties: [], key: 'none' }) as TeamResolution;

export interface ResolverOptions {
  /** The workspace folders: their `.goedwerk/situaties/` count for journals without a config file. */
  roots?: () => readonly string[];
  /** Told of each situation folder the first time it is looked in (to watch it). */
  onSituationDir?: (dir: string) => void;
}

// ---- parsed config files, shared by every resolver: one read per file and version ------------

interface CacheEntry { mtime: number; size: number; result: ParsedTeamConfig }
const parsed = new Map<string, CacheEntry>();
const CACHE_LIMIT = 256;

/** Forget every parsed config (tests, or a face told that files changed without a new mtime). */
export function clearTeamConfigCache(): void {
  parsed.clear();
}

function unreadable(e: unknown): ParsedTeamConfig {
  const reason = e instanceof Error ? e.message : String(e);
  const zero = { line: 0, character: 0 };
  const message = { nl: messages.unreadable.nl.replace('{0}', reason), en: messages.unreadable.en.replace('{0}', reason) };
  return { config: emptyTeamConfig(), errors: [{ message, range: { start: zero, end: zero } }] };
}

function* readConfigTask(path: string, stat: FileStat): FileTask<ParsedTeamConfig> {
  const hit = parsed.get(path);
  // Without a modification time a cached copy cannot be trusted.
  if (hit && stat.mtime > 0 && hit.mtime === stat.mtime && hit.size === stat.size) return hit.result;
  let result: ParsedTeamConfig;
  try {
    result = parseTeamConfig(decodeBytes(yield* readFileOp(path)).text);
  } catch (e) {
    result = unreadable(e);
  }
  if (parsed.size >= CACHE_LIMIT) parsed.delete(parsed.keys().next().value!);
  parsed.set(path, { mtime: stat.mtime, size: stat.size, result });
  return result;
}

/** Callers may change what they get; the cached copy stays as read. */
function cloneFound(f: FoundTeamConfig): FoundTeamConfig {
  const c = f.config;
  return {
    path: f.path,
    config: { ...c, rules: { ...c.rules }, deugden: [...c.deugden], ...(c.privacy ? { privacy: structuredClone(c.privacy) } : {}) },
    errors: f.errors.map((e) => ({ ...e })),
  };
}

/** A short digest of a string (FNV-1a, 2 × 32 bits): cache keys, not security. */
export function digest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x811c9dc5) ^ (a >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

// ---- the resolver -------------------------------------------------------------------------------

abstract class ResolverBase {
  private readonly byDir = new Map<string, TeamResolution>();
  private readonly nearest = new Map<string, FoundTeamConfig | null>();
  private readonly situationsIn = new Map<string, TeamSituation[]>();
  /** Every situation folder looked in so far: a change to a file in one must reach the rule. */
  readonly situationDirs = new Set<string>();

  constructor(protected readonly options: ResolverOptions = {}) {}

  /** True for a Markdown file in a situation folder some journal's team uses. */
  isSituationFile(loc: string): boolean {
    return /\.md$/i.test(loc) && !isJournalName(loc) && this.situationDirs.has(parentOf(loc));
  }

  /** Forget everything resolved (a team file changed). */
  clear(): void {
    this.byDir.clear();
    this.nearest.clear();
    this.situationsIn.clear();
  }

  protected *resolveTask(dir: string): FileTask<TeamResolution> {
    const known = this.byDir.get(dir);
    if (known) return known;
    const found = yield* this.nearestTask(dir);
    const folder = found
      ? joinLocation(parentOf(found.path), found.config.situaties ?? TEAM_SITUATIONS_DIR)
      : this.defaultFolder(dir);
    const situaties = folder ? yield* this.situationsTask(folder) : [];
    const resolution: TeamResolution = {
      ...(found ? { path: found.path, config: found.config } : {}),
      errors: found?.errors ?? [],
      ...(folder ? { situationDir: folder } : {}),
      situaties,
      key: digest(JSON.stringify([found?.path ?? null, found?.config ?? null, situaties.map((s) => s.id)])),
    };
    this.byDir.set(dir, resolution);
    return resolution;
  }

  /** The nearest config at or above `dir`; every folder on the way is remembered, so a second journal costs nothing. */
  protected *nearestTask(dir: string): FileTask<FoundTeamConfig | undefined> {
    const chain: string[] = [];
    let at = dir;
    let found: FoundTeamConfig | undefined;
    for (;;) {
      const known = this.nearest.get(at);
      if (known !== undefined) { found = known ?? undefined; break; }
      chain.push(at);
      const candidate = joinLocation(at, CONFIG_FILE);
      let stat: FileStat | undefined;
      try {
        stat = yield* statOp(candidate);
      } catch {
        stat = undefined; // a folder we may not look into has no config of ours
      }
      if (stat?.kind === 'file') {
        found = { path: candidate, ...(yield* readConfigTask(candidate, stat)) };
        break;
      }
      const parent = parentOf(at);
      if (parent === at) break;
      at = parent;
    }
    for (const c of chain) this.nearest.set(c, found ?? null);
    return found && cloneFound(found);
  }

  private defaultFolder(dir: string): string | undefined {
    const roots = this.options.roots?.() ?? [];
    const root = roots.filter((r) => isInside(dir, r)).sort((a, b) => b.length - a.length)[0];
    return root === undefined ? undefined : joinLocation(root, TEAM_SITUATIONS_DIR);
  }

  private *situationsTask(folder: string): FileTask<TeamSituation[]> {
    const known = this.situationsIn.get(folder);
    if (known) return known;
    if (!this.situationDirs.has(folder)) {
      this.situationDirs.add(folder);
      this.options.onSituationDir?.(folder);
    }
    const out: TeamSituation[] = [];
    let names: string[] = [];
    try {
      const entries = (yield* readDirOp(folder)) ?? [];
      names = entries.filter((e) => e.kind === 'file' && /\.md$/i.test(e.name) && !isJournalName(e.name)).map((e) => e.name).sort();
    } catch {
      names = []; // a folder that is missing or unreadable holds none
    }
    for (const name of names.slice(0, MAX_SITUATION_FILES)) {
      const loc = joinLocation(folder, name);
      try {
        const decoded = decodeBytes(yield* readFileOp(loc));
        if (decoded.problem !== 'binary') out.push(parseTeamSituation(loc, decoded.text));
      } catch {
        // One unreadable file does not hide the others.
      }
    }
    this.situationsIn.set(folder, out);
    return out;
  }
}

/** The resolver over a synchronous host (Node's `fs`, or a snapshot in memory). Never throws. */
export class TeamResolver extends ResolverBase {
  constructor(private readonly host: FileHost, options?: ResolverOptions) {
    super(options);
  }

  forDir(dir: string): TeamResolution {
    return runSync(this.resolveTask(dir), this.host);
  }

  forFile(file: string): TeamResolution {
    return this.forDir(parentOf(file));
  }

  /** Only the nearest config, without the situations (the commit guard wants no more). */
  configFor(dir: string): FoundTeamConfig | undefined {
    return runSync(this.nearestTask(dir), this.host);
  }
}

/** The resolver over an asynchronous host (vscode.workspace.fs). Never rejects. */
export class AsyncTeamResolver extends ResolverBase {
  constructor(private readonly host: AsyncFileHost, options?: ResolverOptions) {
    super(options);
  }

  forDir(dir: string): Promise<TeamResolution> {
    return runAsync(this.resolveTask(dir), this.host);
  }

  forFile(file: string): Promise<TeamResolution> {
    return this.forDir(parentOf(file));
  }

  /** Only the nearest config, without the situations. */
  configFor(dir: string): Promise<FoundTeamConfig | undefined> {
    return runAsync(this.nearestTask(dir), this.host);
  }
}
