// The output formats of `goedwerk check`: text for people, JSON for tools, and the three CI formats.
import type { Lang } from '../../core/model';
import { JsonWriter, TextWriter, type FindingWriter, type Out } from '../output';
import { GithubWriter } from './github';
import { JunitWriter } from './junit';
import { SarifWriter } from './sarif';

export const FORMATS = ['text', 'json', 'sarif', 'github', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface WriterOptions {
  lang: Lang;
  version: string;
  distDir: string;
}

export function makeWriter(format: Format, out: Out, opts: WriterOptions): FindingWriter {
  switch (format) {
    case 'json': return new JsonWriter(out);
    case 'sarif': return new SarifWriter(out, opts);
    case 'github': return new GithubWriter(out, opts.lang);
    case 'junit': return new JunitWriter(out, opts.lang);
    default: return new TextWriter(out, opts.lang);
  }
}
