// What the CLI reports about a file, light enough for the main bundle (no parser behind it).
import type { Range, Severity } from '../core/model';

/** Rule ids the CLI adds for problems with a file as a whole (the core's rules judge its content). */
export type FileRule = 'bestand-binair' | 'bestand-codering' | 'bestand-onleesbaar' | 'config-ongeldig' | 'interne-fout';

export interface CliFinding {
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** For a privacy finding: its kind (never the value). The commit guard decides by it. */
  privacy?: string;
}

const TOP: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function fileFinding(rule: FileRule, severity: Severity, message: string, range: Range = TOP): CliFinding {
  return { rule, severity, message, range };
}

export function byPosition(a: CliFinding, b: CliFinding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
