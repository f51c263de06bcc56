// Findings as LSP diagnostics: the rule id is the code, it links to the rule's page, `goedwerk` is the source.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import { RULE_IDS, type Finding, type FindingData, type Range, type RuleId, type Severity } from '../core/model';

export const SOURCE = 'goedwerk';

/** Codes for problems with a file as a whole, next to the rules (the same ids the CLI uses). */
export type FileCode = 'bestand-te-groot' | 'bestand-binair' | 'bestand-codering' | 'bestand-onleesbaar' | 'config-ongeldig' | 'interne-fout';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a quick fix needs, carried in the diagnostic so code actions need no re-check. */
export interface DiagnosticData extends FindingData { rule: string }

const TOP: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function isRule(code: string): code is RuleId {
  return (RULE_IDS as readonly string[]).includes(code);
}

export function ruleHref(rule: string, docBase: string | undefined): string | undefined {
  if (!docBase || !isRule(rule)) return undefined;
  return docBase.replace(/\/?$/, '/') + encodeURIComponent(rule) + '.md';
}

export function toDiagnostic(f: Finding, docBase: string | undefined): Diagnostic {
  const d: Diagnostic = {
    range: f.range,
    severity: SEVERITY[f.severity] ?? DiagnosticSeverity.Warning,
    code: f.rule,
    source: SOURCE,
    message: f.message,
    data: { ...(f.data ?? {}), rule: f.rule } satisfies DiagnosticData,
  };
  const href = ruleHref(f.rule, docBase);
  if (href) d.codeDescription = { href };
  return d;
}

export function fileDiagnostic(code: FileCode, severity: Severity, message: string, range: Range = TOP): Diagnostic {
  return { range, severity: SEVERITY[severity], code, source: SOURCE, message, data: { rule: code } satisfies DiagnosticData };
}

export function dataOf(d: Diagnostic): DiagnosticData | undefined {
  const data = d.data as DiagnosticData | undefined;
  return data && typeof data === 'object' && typeof data.rule === 'string' ? data : undefined;
}
