// What the extension and the language server agree on beyond LSP itself. Types and names only, so the
// client bundle can import it without pulling any server code in.
import type { RuleId, SeveritySetting } from './core/model';
import type { ReflectieRecord } from './core/reflectie/types';
import type { TeamStats } from './core/stats';

export const STATS_REQUEST = 'goedwerk/stats';
export const EXPORT_BEELD_REQUEST = 'goedwerk/exportBeeld';
export const REFLECTIE_REQUEST = 'goedwerk/reflectie';
/** Internal: counters of the incremental paths, for tests and the bench. */
export const DEBUG_COUNTS_REQUEST = 'goedwerk/debug/counts';
/** In a browser, client → server: the team's files (`{ files: { uri: text } }`), as the server has no disk there. */
export const TEAM_FILES_NOTIFICATION = 'goedwerk/teamFiles';
/**
 * In a browser, server → client: the journals below a folder (the core's walk over vscode.workspace.fs),
 * as the URIs the client names documents by; and one journal's bytes. The server has no disk there.
 */
export const LIST_JOURNALS_REQUEST = 'goedwerk/listJournals';
/** Several journals in one round trip (the workspace pass asks for a batch at a time). */
export const READ_JOURNALS_REQUEST = 'goedwerk/readJournals';
export interface ListJournalsParams { folder: string }
export interface ReadJournalsParams { uris: string[]; maxBytes: number }
/**
 * A journal read by the client: its bytes in base64, or why there are none; `later` when the answer
 * already holds as many bytes as one message should: ask again for those.
 */
export type ReadJournalResult = { base64: string } | { tooBig: true } | { missing: true } | { error: string } | { later: true };

/** The privacy commands (src/server/privacyActions.ts, src/extension/privacy/commands.ts). */
export const PSEUDONYMISE_COMMAND = 'goedwerk.pseudonymise';
export const PEOPLE_REQUEST = 'goedwerk/privacy/people';
export const PSEUDONYMISE_REQUEST = 'goedwerk/privacy/pseudonymise';
export type ReplacementMode = 'initiaal' | 'rol' | 'pseudoniem';
export interface PeopleParams { uri: string; offset?: number }
/** `label`: the name as the journal writes it; shown to the user in a picker, never logged. */
export interface PersonInfo { id: number; label: string; count: number }
export interface PeopleResult { people: PersonInfo[]; at?: number }
export interface PseudonymiseParams { uri: string; person: number; mode: ReplacementMode; replacement?: string }
/** `edit` (an LSP WorkspaceEdit) is missing when a place could not be mapped to one document. */
export interface PseudonymiseResult { edit?: unknown; count: number }

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

export interface ReflectieParams {
  /** A folder (path or file URI) to limit the record to; default: the whole workspace. */
  folder?: string;
  /** First and last day, YYYY-MM-DD; default: the five years up to today. */
  van?: string;
  tot?: string;
  /** Whose record; needed when the journals in the period are by several people. */
  auteur?: string;
}

export interface ReflectieResult {
  /** Absent when the journals are by several people and no `auteur` was given. */
  record?: ReflectieRecord;
  /** Everyone who wrote a session in the period (for the choice; never put into the record). */
  authors: string[];
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
  /** A folder the server may write its cache to; '' for none (a browser has no disk). */
  storagePath?: string;
  settings?: Partial<ServerSettings>;
}
