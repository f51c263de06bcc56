// One journal's bytes in, its findings (or its stats) out. Pure, so the main thread and the worker
// threads run exactly the same code and give exactly the same answers. This is the only part of the
// CLI that needs the parser (remark); it is bundled into dist/cli-worker.js and loaded on demand.
import { checkJournal, effectiveSeverity } from '../core/check';
import { t } from '../core/i18n';
import type { Finding, Journal, Lang } from '../core/model';
import { parseJournal } from '../core/parse';
import { journalStats } from '../core/stats';
import { extractSession } from '../core/reflectie/extract';
import { decodeBytes } from '../core/text';
import { byPosition, fileFinding, type CliFinding } from './findings';
import { M } from './messages';
import type { FileOptions, Outcome, ReflectieOutcome, StatsOutcome, Task } from './tasks';

type Decoded = { journal: Journal; findings: CliFinding[] } | { problem: CliFinding };

function decodeAndParse(bytes: Uint8Array, lang: Lang): Decoded {
  const decoded = decodeBytes(bytes);
  if (decoded.problem === 'binary') return { problem: fileFinding('bestand-binair', 'error', t(lang, M.fileBinary)) };
  const findings = decoded.problem === 'encoding'
    ? [fileFinding('bestand-codering', 'warning', t(lang, M.fileEncoding))]
    : [];
  return { journal: parseJournal(decoded.text, { bom: decoded.bom }), findings };
}

function runRules(journal: Journal, opts: FileOptions): Finding[] {
  return checkJournal(journal, { lang: opts.lang, config: opts.config, extraSituaties: opts.situaties });
}

export function checkBytes(bytes: Uint8Array, opts: FileOptions): CliFinding[] {
  const parsed = decodeAndParse(bytes, opts.lang);
  if ('problem' in parsed) return [parsed.problem];
  const findings: CliFinding[] = [...parsed.findings];
  for (const f of runRules(parsed.journal, opts)) {
    const finding: CliFinding = { rule: f.rule, severity: f.severity, message: f.message, range: f.range };
    if (f.data?.privacy) finding.privacy = f.data.privacy;
    findings.push(finding);
  }
  return findings.sort(byPosition);
}

export function statsOfBytes(bytes: Uint8Array, file: string, opts: FileOptions): StatsOutcome {
  const parsed = decodeAndParse(bytes, opts.lang);
  if ('problem' in parsed) return { skipped: parsed.problem.message };
  return { stats: journalStats(parsed.journal, file, runRules(parsed.journal, opts)) };
}

/** What one journal brings into the reflection record; privacy findings masked unless the team turned the rule off. */
export function reflectieOfBytes(bytes: Uint8Array, file: string, opts: FileOptions): ReflectieOutcome {
  const parsed = decodeAndParse(bytes, opts.lang);
  if ('problem' in parsed) return { skipped: parsed.problem.message };
  const privacy = effectiveSeverity('privacy', { config: opts.config }) !== 'off';
  return { source: extractSession(parsed.journal, file, { privacy, allowedNames: opts.config?.privacy?.namen }) };
}

export function runTask(task: Task): Outcome {
  if (task.kind === 'reflectie') return { kind: 'reflectie', outcome: reflectieOfBytes(task.bytes, task.file, task.opts) };
  return task.kind === 'check'
    ? { kind: 'check', findings: checkBytes(task.bytes, task.opts) }
    : { kind: 'stats', outcome: statsOfBytes(task.bytes, task.file, task.opts) };
}
