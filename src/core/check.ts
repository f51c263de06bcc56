// Runs the rules over a journal. Severity comes from three layers, later ones winning: the rule's
// default, the user's settings, the team's `.goedwerk.json` (the team agreed on it, so it has the last
// word). 'off' drops a rule. A rule that fails on odd input is skipped, never fatal to the others.
import { t } from './i18n';
import type { Finding, Journal, Lang, RuleId, Severity, SeveritySetting, TeamConfig } from './model';
import { RULE_IDS } from './model';
import { parseJournal } from './parse';
import { RULES, type RuleContext } from './rules/index';

export { RULES, ruleDocPath } from './rules/index';

export interface CheckOptions {
  lang: Lang;
  config?: TeamConfig;
  settings?: Partial<Record<RuleId, SeveritySetting>>;
  /** Deugden to accept on top of the built-in list and the team's (e.g. from the user's settings). */
  extraDeugden?: string[];
  /** Situation ids to accept on top of the booklet's (e.g. the team's own situations). */
  extraSituaties?: string[];
}

const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export function isSeveritySetting(value: unknown): value is SeveritySetting {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);
}

/** The severity each rule runs with, after settings and the team config have had their say. */
export function effectiveSeverity(rule: RuleId, opts: Partial<CheckOptions> = {}): SeveritySetting {
  const team = opts.config?.rules?.[rule];
  if (isSeveritySetting(team)) return team;
  const own = opts.settings?.[rule];
  if (isSeveritySetting(own)) return own;
  return RULES[rule].defaultSeverity;
}

export function checkJournal(journal: Journal, opts: CheckOptions): Finding[] {
  const lang: Lang = opts?.lang === 'en' ? 'en' : 'nl';
  const ctx: RuleContext = {
    extraDeugden: [...stringsOf(opts?.config?.deugden), ...stringsOf(opts?.extraDeugden)],
    extraSituaties: stringsOf(opts?.extraSituaties),
    privacy: opts?.config?.privacy,
  };
  const findings: Finding[] = [];
  for (const id of RULE_IDS) {
    const severity = effectiveSeverity(id, opts);
    if (severity === 'off') continue;
    let raw;
    try {
      raw = RULES[id].check(journal, ctx);
    } catch {
      continue;
    }
    for (const f of raw) {
      const finding: Finding = { rule: id, severity: severity as Severity, message: t(lang, f.message), range: f.range };
      if (f.data) finding.data = f.data;
      findings.push(finding);
    }
  }
  const order = new Map(RULE_IDS.map((id, i) => [id, i]));
  return findings.sort((a, b) =>
    a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character
    || order.get(a.rule)! - order.get(b.rule)!);
}

/** Parses and checks in one go (the CLI and tests; the server keeps the parsed journal around). */
export function checkText(text: string, opts: CheckOptions & { bom?: boolean }): Finding[] {
  return checkJournal(parseJournal(text, { bom: opts?.bom }), opts);
}

function stringsOf(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];
}
