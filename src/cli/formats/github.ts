// --format github: one GitHub Actions workflow command per finding, so the run's log and the pull
// request's changed files show them as annotations. Errors become `::error`, warnings `::warning`, and
// info and hints `::notice`. The summary line stays plain text for the log.
import type { Lang, Severity } from '../../core/model';
import type { CliFinding } from '../findings';
import { emptyCounts, summaryLine, type FindingWriter, type Out } from '../output';
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

export class GithubWriter implements FindingWriter {
  readonly counts = emptyCounts();

  constructor(private readonly out: Out, private readonly lang: Lang) {}

  file(file: string, findings: readonly CliFinding[]): void {
    for (const f of findings) {
      this.counts[f.severity]++;
      this.out.write(annotation(file, f) + '\n');
    }
  }

  end(files: number): void {
    this.out.write(summaryLine(this.lang, files, this.counts) + '\n');
    this.out.flush();
  }
}
