// One journal's text in, its diagnostics out, whatever the text is: too big, binary or broken input
// each get one clear diagnostic, and an internal error becomes a diagnostic too, never a crash.
import type { Diagnostic } from 'vscode-languageserver/node';
import type { CheckOptions } from '../core/check';
import { t } from '../core/i18n';
import type { Lang } from '../core/model';
import { IncrementalChecker, checkWhole } from './checker';
import { fileDiagnostic, toDiagnostic } from './diagnostics';
import { M } from './messages';
import type { ServerSettings } from '../protocol';
import { maxBytes } from './settings';
import type { ResolvedConfig } from './teamConfig';

export interface AnalyzeContext {
  lang: Lang;
  settings: ServerSettings;
  docBase?: string;
  config: ResolvedConfig;
}

export function checkOptions(ctx: AnalyzeContext): { opts: CheckOptions; key: string } {
  const opts: CheckOptions = { lang: ctx.lang, settings: ctx.settings.rules };
  if (ctx.config.config) opts.config = ctx.config.config;
  if (ctx.config.situaties.length) opts.extraSituaties = ctx.config.situaties.map((s) => s.id);
  return { opts, key: JSON.stringify([ctx.lang, ctx.settings.rules, ctx.config.key]) };
}

const utf8 = new TextEncoder();

/** Quick size test first: only a text near the limit pays for counting its UTF-8 bytes. */
export function tooBig(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return utf8.encode(text).length > limit;
}

export function sizeDiagnostic(ctx: AnalyzeContext): Diagnostic {
  return fileDiagnostic('bestand-te-groot', 'info', t(ctx.lang, M.tooBig, ctx.settings.maxFileSize));
}

export function analyzeText(text: string, ctx: AnalyzeContext, checker?: IncrementalChecker): Diagnostic[] {
  if (tooBig(text, maxBytes(ctx.settings))) return [sizeDiagnostic(ctx)];
  if (text.includes('\u0000')) return [fileDiagnostic('bestand-binair', 'info', t(ctx.lang, M.binary))];
  try {
    const { opts, key } = checkOptions(ctx);
    const findings = checker ? checker.check(text, opts, key) : checkWhole(text, opts);
    return findings.map((f) => toDiagnostic(f, ctx.docBase));
  } catch (e) {
    return [fileDiagnostic('interne-fout', 'error', t(ctx.lang, M.internal, (e as Error)?.message ?? String(e)))];
  }
}
