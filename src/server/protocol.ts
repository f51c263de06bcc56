// What the extension and the language server agree on beyond LSP itself. Types and names only, so the
// client bundle can import it without pulling any server code in.
import type { RuleId, SeveritySetting } from '../core/model';
import type { TeamStats } from '../core/stats';

export const STATS_REQUEST = 'goedwerk/stats';
export const EXPORT_BEELD_REQUEST = 'goedwerk/exportBeeld';
/** Internal: counters of the incremental paths, for tests and the bench. */
export const DEBUG_COUNTS_REQUEST = 'goedwerk/debug/counts';

/** The notebook type of the notebook engineer's serializer; its cells are Markdown (and YAML for the frontmatter). */
export const NOTEBOOK_TYPE = 'goedwerk-notebook';

export interface StatsParams {
  /** A folder (file system path or file URI) to limit the stats to; default: the whole workspace. */
  folder?: string;
  /** When given, the server reports the stats so far as `$/progress` with this token while it reads. */
  partialResultToken?: string;
}

/** A `$/progress` value of the stats request: everything read so far (the final answer has it all). */
export interface StatsProgress {
  done: number;
  total: number;
  stats: TeamStats;
}

export interface ExportBeeldParams {
  uri: string;
  beeld: number;
  withFrontmatter: boolean;
}

export interface ExportBeeldResult {
  html: string;
  privacyFindings: number;
}

/** The `goedwerk.*` settings the server reads (from initializationOptions and didChangeConfiguration). */
export interface ServerSettings {
  rules: Partial<Record<RuleId, SeveritySetting>>;
  workspaceDiagnostics: boolean;
  /** In megabytes: larger journals get one information diagnostic instead of a full check. */
  maxFileSize: number;
}

export interface InitOptions {
  /** VS Code's display language (`vscode.env.language`); the server's messages follow it. */
  language?: string;
  /** File URI of the folder holding the rule pages (`docs/rules/`), for each diagnostic's link. */
  rulesDocBase?: string;
  /** A folder the server may write its cache to. */
  storagePath?: string;
  settings?: Partial<ServerSettings>;
}
