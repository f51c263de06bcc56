// --format junit: a JUnit XML report for CI test views (GitLab, Jenkins, Azure). Each journal is a test
// suite whose test cases have the file as class name: one per finding, a failure for errors and
// warnings (what makes `goedwerk check` fail), a passing case with the finding as output for info and
// hints, and one passing case for a journal without findings.
import { t } from '../../core/i18n';
import type { Lang } from '../../core/model';
import type { CliFinding } from '../findings';
import { emptyCounts, type FindingWriter, type Out } from '../output';
import { xml } from './escape';
import { F } from './messages';

export class JunitWriter implements FindingWriter {
  readonly counts = emptyCounts();
  private readonly suites: string[] = [];
  private tests = 0;
  private failures = 0;

  constructor(private readonly out: Out, private readonly lang: Lang) {}

  file(file: string, findings: readonly CliFinding[]): void {
    const name = xml(file);
    const cases = findings.length
      ? findings.map((f) => this.testCase(name, file, f))
      : [`    <testcase classname="${name}" name="${xml(t(this.lang, F.cleanCase))}" file="${name}"/>`];
    const failed = findings.filter(failing).length;
    this.tests += cases.length;
    this.failures += failed;
    this.suites.push(`  <testsuite name="${name}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }

  private testCase(name: string, file: string, f: CliFinding): string {
    this.counts[f.severity]++;
    const line = f.range.start.line + 1;
    const column = f.range.start.character + 1;
    const head = `    <testcase classname="${name}" name="${xml(`${f.rule} (${line}:${column})`)}" file="${name}" line="${line}">`;
    const text = xml(`${file}:${line}:${column}: ${f.severity} ${f.rule} ${f.message}`);
    const body = failing(f)
      ? `<failure type="${f.severity}" message="${xml(f.message)}">${text}</failure>`
      : `<system-out>${text}</system-out>`;
    return `${head}${body}</testcase>`;
  }

  end(): void {
    this.out.write('<?xml version="1.0" encoding="UTF-8"?>\n');
    this.out.write(`<testsuites name="goedwerk check" tests="${this.tests}" failures="${this.failures}" errors="0" skipped="0">\n`);
    for (const s of this.suites) this.out.write(s + '\n');
    this.out.write('</testsuites>\n');
    this.out.flush();
  }
}

function failing(f: CliFinding): boolean {
  return f.severity === 'error' || f.severity === 'warning';
}
