// What every rule is made of. A rule looks at a parsed journal and returns raw findings: where, and a
// message in both languages. `check.ts` adds the severity and picks the language.
import type { Msg } from '../i18n';
import type { FindingData, Journal, PrivacySettings, Range, RuleId, Severity } from '../model';

export interface RuleContext {
  /** The team's own deugden (from `.goedwerk.json` and the settings), on top of the built-in list. */
  extraDeugden: readonly string[];
  /** Situation ids the team added, on top of the booklet's nine. */
  extraSituaties: readonly string[];
  /** The team's privacy settings (names that are fine, kinds left off). */
  privacy?: PrivacySettings;
}

export interface RawFinding {
  range: Range;
  message: Msg;
  data?: FindingData;
}

export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  /** One line on what the rule checks, for settings, docs and the CLI. */
  description: Msg;
  check(journal: Journal, ctx: RuleContext): RawFinding[];
}
