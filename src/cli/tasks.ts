// The unit of work that crosses into a worker thread (types only: the work itself is in checkFile.ts).
import type { Lang, TeamConfig } from '../core/model';
import type { JournalStats } from '../core/stats';
import type { CliFinding } from './findings';
import type { SessionSource } from '../core/reflectie/types';

export interface FileOptions {
  lang: Lang;
  config?: TeamConfig;
  /** The ids of the team's own situations. */
  situaties?: string[];
}

export type Task =
  | { kind: 'check'; bytes: Uint8Array; opts: FileOptions }
  | { kind: 'stats'; bytes: Uint8Array; file: string; opts: FileOptions }
  | { kind: 'reflectie'; bytes: Uint8Array; file: string; opts: FileOptions };

export type StatsOutcome = { stats: JournalStats } | { skipped: string };

export type ReflectieOutcome = { source: SessionSource } | { skipped: string };

export type Outcome =
  | { kind: 'check'; findings: CliFinding[] }
  | { kind: 'stats'; outcome: StatsOutcome }
  | { kind: 'reflectie'; outcome: ReflectieOutcome };

export interface TaskMessage { id: number; task: Task }
export type ResultMessage = { id: number; outcome: Outcome } | { id: number; error: string };
