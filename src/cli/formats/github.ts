// --format github: one GitHub Actions workflow command per finding, so the run's log and the pull
// request's changed files show them as annotations. Errors become `::error`, warnings `::warning`, and
// info and hints `::notice`. The summary line stays plain text for the log.
import type { Lang, Severity } from '../../core/model';
import type { CliFinding } from '../findings';
import { LineWriter, type Out } from '../output';
import { commandData, commandProperty } from './escape';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function annotation(file: string, f: CliFinding): string {
  const { start, end } = f.range;
  const props = [
    `file=${commandProperty(file)}`, `line=${start.line + 1}`, `col=${start.character + 1}`,
    `endLine=${end.line + 1}`, `endColumn=${end.character + 1}`, `title=${commandProperty(f.rule)}`,
  ];
  return `::${COMMAND[f.severity]} ${props.join(',')}::${commandData(f.message)}`;
}

export class GithubWriter extends LineWriter {
  constructor(out: Out, lang: Lang) { super(out, lang, annotation); }
}
