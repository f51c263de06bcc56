// The SARIF 2.1.0 log itself, built with node-sarif-builder: the tool, its version and every rule it can
// report (with its help page), then one result per finding: level, message and where. No snippets or
// other text of the journal: it may hold personal data, and a SARIF log travels further than the
// journal does. Part of the worker bundle (with the rules it describes), so the CLI's main bundle,
// which every run loads, carries neither.
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import type { Result } from 'sarif';
import type { Lang, Severity } from '../../core/model';
import type { CliFinding } from '../findings';
import { ruleDocs, type RuleDoc } from './rules';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Where the paths in the log start: the folder `goedwerk check` ran in. */
const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifInput {
  lang: Lang;
  /** The package's version. */
  version: string;
  /** Folder of the CLI bundle: docs/ is found from here. */
  distDir: string;
  /** Per file (as shown to the user: relative, forward slashes), its findings. */
  files: Array<{ file: string; findings: readonly CliFinding[] }>;
}

export function sarifLog(input: SarifInput): string {
  const withFindings = input.files.filter((f) => f.findings.length > 0);
  const run = new SarifRunBuilder({
    columnKind: 'utf16CodeUnits',
    invocations: [{ executionSuccessful: true }],
    artifacts: withFindings.map(({ file }) => ({ location: { uri: uriOf(file), uriBaseId: SRCROOT }, mimeType: 'text/markdown' })),
  }).initSimple({ toolDriverName: 'goedwerk', toolDriverVersion: input.version });
  run.run.tool.driver.semanticVersion = input.version;
  for (const doc of ruleDocs(input.distDir, input.lang)) run.addRule(rule(doc));
  for (const { file, findings } of withFindings) for (const f of findings) run.addResult(result(file, f));
  const log = new SarifBuilder({ $schema: SARIF_SCHEMA, version: '2.1.0' });
  log.addRun(run);
  return log.buildSarifJsonString({ indent: true });
}

/** A relative URI for a path: every segment percent-encoded (`a,b:c%.md` is no URI as it stands). */
export function uriOf(file: string): string {
  return file.split('/').map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment))).join('/');
}

function rule(doc: RuleDoc): SarifRuleBuilder {
  const r = new SarifRuleBuilder().initSimple({ ruleId: doc.id, shortDescriptionText: doc.description, helpUri: doc.page?.url });
  r.rule.defaultConfiguration = { level: LEVEL[doc.defaultSeverity] };
  if (doc.page) r.rule.help = { text: doc.description, markdown: doc.page.markdown };
  return r;
}

function result(file: string, f: CliFinding): SarifResultBuilder {
  const { start, end } = f.range;
  const r = new SarifResultBuilder().initSimple({
    level: LEVEL[f.severity], messageText: f.message, ruleId: f.rule, fileUri: uriOf(file),
    startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1,
  });
  r.result.locations![0].physicalLocation!.artifactLocation!.uriBaseId = SRCROOT;
  return r;
}
