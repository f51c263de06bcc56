// Rule metadata for the SARIF log: the core's rules, the CLI's own file rules, and each rule's page in
// docs/rules/ next to the installed CLI. Part of the worker bundle, with the rules themselves.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { t } from '../../core/i18n';
import type { Lang, Severity } from '../../core/model';
import { RULES } from '../../core/rules';
import { FILE_RULES } from './messages';

export interface RuleDoc {
  id: string;
  defaultSeverity: Severity;
  description: string;
  /** The rule's page (a file: URL into the installed package) and its Markdown, when it has one. */
  page?: { url: string; markdown: string };
}

/** Every rule `goedwerk check` can report, described in `lang`; `distDir` is the CLI bundle's folder. */
export function ruleDocs(distDir: string, lang: Lang): RuleDoc[] {
  const core = Object.values(RULES).map((r) => ({ id: r.id as string, defaultSeverity: r.defaultSeverity, description: t(lang, r.description) }));
  const own = Object.entries(FILE_RULES).map(([id, description]) => ({ id, defaultSeverity: 'error' as Severity, description: t(lang, description) }));
  return [...core, ...own].map((r) => ({ ...r, page: rulePage(distDir, r.id) }));
}

function rulePage(distDir: string, id: string): RuleDoc['page'] {
  const file = join(distDir, '..', 'docs', 'rules', `${id}.md`);
  if (!existsSync(file)) return undefined;
  try {
    return { url: pathToFileURL(file).href, markdown: readFileSync(file, 'utf8') };
  } catch {
    return undefined;
  }
}
