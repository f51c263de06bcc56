// Writes findings as they stream in: text lines for people, or a JSON array for tools (the CI formats
// are in ./formats).
import type { Lang, Severity } from '../core/model';
import { t } from '../core/i18n';
import type { CliFinding } from './findings';
import { M } from './messages';

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
}

export function toJson(file: string, f: CliFinding): JsonFinding {
  return {
    file,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    severity: f.severity,
    rule: f.rule,
    message: f.message,
  };
}

/** Collects output and hands it to stdout in large chunks: one write per finding is slow on a pipe. */
export class Out {
  private chunks: string[] = [];
  private size = 0;

  write(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
    if (this.size > 1 << 16) this.flush();
  }

  flush(): void {
    if (!this.chunks.length) return;
    process.stdout.write(this.chunks.join(''));
    this.chunks = [];
    this.size = 0;
  }
}

export type Counts = Record<Severity, number>;

export interface FindingWriter {
  file(file: string, findings: readonly CliFinding[]): void;
  end(files: number): void;
  readonly counts: Counts;
}

export function emptyCounts(): Counts {
  return { error: 0, warning: 0, info: 0, hint: 0 };
}

/** The closing line of the text output: how many files, and how many findings of each severity. */
export function summaryLine(lang: Lang, files: number, c: Counts): string {
  const total = c.error + c.warning + c.info + c.hint;
  return total ? t(lang, M.summary, files, c.error, c.warning, c.info, c.hint) : t(lang, M.summaryClean, files);
}

/** A writer that gives each finding one line of its own and ends with the summary line. */
export class LineWriter implements FindingWriter {
  readonly counts = emptyCounts();

  constructor(private readonly out: Out, private readonly lang: Lang, private readonly lineOf: (file: string, f: CliFinding) => string) {}

  file(file: string, findings: readonly CliFinding[]): void {
    for (const f of findings) {
      this.counts[f.severity]++;
      this.out.write(this.lineOf(file, f) + '\n');
    }
  }

  end(files: number): void {
    this.out.write(summaryLine(this.lang, files, this.counts) + '\n');
    this.out.flush();
  }
}

function textLine(file: string, f: CliFinding): string {
  const { line, character } = f.range.start;
  return `${file}:${line + 1}:${character + 1}: ${f.severity} ${f.rule} ${f.message}`;
}

export class TextWriter extends LineWriter {
  constructor(out: Out, lang: Lang) { super(out, lang, textLine); }
}

export class JsonWriter implements FindingWriter {
  readonly counts = emptyCounts();
  private first = true;

  constructor(private readonly out: Out) {}

  file(file: string, findings: readonly CliFinding[]): void {
    for (const f of findings) {
      this.counts[f.severity]++;
      this.out.write((this.first ? '[\n' : ',\n') + JSON.stringify(toJson(file, f)));
      this.first = false;
    }
  }

  end(): void {
    this.out.write(this.first ? '[]\n' : '\n]\n');
    this.out.flush();
  }
}
