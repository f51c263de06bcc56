// --format sarif: a SARIF 2.1.0 log for code scanning (GitHub, Azure DevOps, the VS Code SARIF viewer).
// This writer only gathers the findings; the worker bundle writes the log (./sarif-log.ts).
import type { Lang } from '../../core/model';
import type { CliFinding } from '../findings';
import { emptyCounts, type FindingWriter, type Out } from '../output';
import { workerScript } from '../pool';
import type { SarifInput } from './sarif-log';

export interface SarifOptions {
  lang: Lang;
  version: string;
  distDir: string;
}

export class SarifWriter implements FindingWriter {
  readonly counts = emptyCounts();
  private readonly files: SarifInput['files'] = [];

  constructor(private readonly out: Out, private readonly opts: SarifOptions) {}

  file(file: string, findings: readonly CliFinding[]): void {
    for (const f of findings) this.counts[f.severity]++;
    this.files.push({ file, findings });
  }

  end(): void {
    // A computed path keeps esbuild from bundling the log writer and the rules into the main bundle.
    const { sarifLog } = require(workerScript(this.opts.distDir)) as { sarifLog: (input: SarifInput) => string };
    this.out.write(sarifLog({ ...this.opts, files: this.files }) + '\n');
    this.out.flush();
  }
}
