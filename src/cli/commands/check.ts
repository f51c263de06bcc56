// goedwerk check: judge journals, print findings, exit 1 when an error or warning is among them.
import { resolve } from 'node:path';
import { ContentCache, cacheFile, defaultCacheDir, sha1 } from '../../core/cache';
import { t } from '../../core/i18n';
import type { Lang, Severity } from '../../core/model';
import { fileFinding, type CliFinding } from '../findings';
import { cliRoots, ConfigResolver, type ResolvedConfig } from '../configs';
import { makeExecutor, readJournal, type RunOptions } from '../engine';
import { collectJournals, displayPath } from '../files';
import { M } from '../messages';
import { makeWriter, type Format } from '../formats';
import { Out, type FindingWriter } from '../output';
import { ordered } from '../pipeline';
import { newTally, runSafely, type Executor, type Tally } from '../pool';
import { traceTally } from '../trace';

export interface CheckOptions extends RunOptions {
  paths: string[];
  format: Format;
  cache: boolean;
  cacheLocation?: string;
  /** Tool version plus a digest of the running code: a new build never trusts an old cache. */
  version: string;
  /** The package's version, for the reports that name the tool (SARIF). */
  toolVersion?: string;
  env: NodeJS.ProcessEnv;
}

/**
 * Findings as the cache keeps them: one flat list of numbers per file, seven per finding (rule, severity
 * and message as string-table indices, then the range), because a warm run reads them all back.
 */
type Packed = number[];
const FIELDS = 7;

function pack(cache: ContentCache<Packed>, findings: readonly CliFinding[]): Packed {
  const out: Packed = [];
  for (const f of findings) {
    out.push(cache.intern(f.rule), cache.intern(f.severity), cache.intern(f.message),
      f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character);
  }
  return out;
}

/** Undefined when the entry does not make sense (a damaged cache): the file is then checked afresh. */
function unpack(cache: ContentCache<Packed>, packed: Packed): CliFinding[] | undefined {
  if (!Array.isArray(packed) || packed.length % FIELDS !== 0) return undefined;
  const out: CliFinding[] = [];
  for (let i = 0; i < packed.length; i += FIELDS) {
    const rule = cache.string(packed[i]);
    const severity = cache.string(packed[i + 1]) as Severity | undefined;
    const message = cache.string(packed[i + 2]);
    if (rule === undefined || severity === undefined || message === undefined) return undefined;
    out.push({ rule, severity, message, range: {
      start: { line: packed[i + 3], character: packed[i + 4] }, end: { line: packed[i + 5], character: packed[i + 6] },
    } });
  }
  return out;
}

interface FileResult {
  file: string;
  config: ResolvedConfig;
  findings: CliFinding[];
}

export async function runCheck(opts: CheckOptions): Promise<number> {
  const files = collectJournals(opts.paths, opts.cwd);
  const resolver = new ConfigResolver(opts.lang, opts.version, cliRoots(opts.cwd, opts.paths));
  const cache = opts.cache ? openCache(opts) : undefined;
  const executor = makeExecutor(files.length, opts);
  const out = new Out();
  const writer: FindingWriter = makeWriter(opts.format, out, { lang: opts.lang, version: opts.toolVersion ?? opts.version, distDir: opts.distDir });
  const reportedConfigs = new Set<string>();
  const tally = newTally();
  try {
    const results = ordered(files, executor.window, (file) => checkOne(file, opts.lang, resolver, executor, cache, tally));
    for await (const result of results) {
      const { path, findings } = result.config;
      // A broken config is reported once, against the config file; if even its path is unknown,
      // against each journal it should have configured.
      const configKey = path ?? result.file;
      if (findings.length && !reportedConfigs.has(configKey)) {
        reportedConfigs.add(configKey);
        writer.file(displayPath(configKey, opts.cwd), findings);
      }
      writer.file(displayPath(result.file, opts.cwd), result.findings);
    }
  } finally {
    await executor.close();
  }
  writer.end(files.length);
  if (files.length === 0 && opts.format === 'text') process.stderr.write(t(opts.lang, M.noJournals) + '\n');
  const problem = cache?.save();
  if (problem) process.stderr.write(`goedwerk: ${t(opts.lang, M.cacheNotSaved, problem)}\n`);
  traceTally(opts.env, opts.lang, tally);
  return writer.counts.error + writer.counts.warning > 0 ? 1 : 0;
}

function openCache(opts: CheckOptions): ContentCache<Packed> {
  const dir = opts.cacheLocation ? resolve(opts.cwd, opts.cacheLocation) : defaultCacheDir(opts.env);
  return ContentCache.open<Packed>(cacheFile(dir, 'check', opts.cwd), opts.version);
}

/** Never rejects: whatever goes wrong with one file becomes a finding on that file. */
async function checkOne(
  file: string, lang: Lang, resolver: ConfigResolver, executor: Executor, cache: ContentCache<Packed> | undefined, tally: Tally,
): Promise<FileResult> {
  const config = resolver.forFile(file);
  try {
    const read = readJournal(file);
    if ('error' in read) {
      return { file, config, findings: [fileFinding('bestand-onleesbaar', 'error', t(lang, M.fileUnreadable, read.error))] };
    }
    const hash = cache ? sha1(read.bytes) : '';
    const hit = cache?.get(file, hash, config.context);
    const cached = hit && unpack(cache!, hit);
    if (cached) {
      tally.cache++;
      return { file, config, findings: cached };
    }
    const outcome = await runSafely(executor, { kind: 'check', bytes: read.bytes, opts: { lang, config: config.config, situaties: config.situaties } }, tally);
    const findings = outcome.kind === 'check' ? outcome.findings : [];
    cache?.set(file, hash, config.context, pack(cache, findings));
    return { file, config, findings };
  } catch (e) {
    const message = t(lang, M.fileCrashed, e instanceof Error ? e.message : String(e));
    return { file, config, findings: [fileFinding('interne-fout', 'error', message)] };
  }
}
