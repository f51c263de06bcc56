// One closed journal's diagnostics, from its bytes as read: an unreadable, too big, binary or oddly
// encoded file says so; otherwise the text is checked, and the findings are kept in the content cache
// under the file's hash and everything else that decides them (the server's version, the options).
import type { Diagnostic } from 'vscode-languageserver/node';
import { sha1, type ContentCache } from '../core/cache';
import { t } from '../core/i18n';
import { decodeBytes } from '../core/text';
import { analyzeText, checkOptions, sizeDiagnostic, type AnalyzeContext } from './analyze';
import { fileDiagnostic } from './diagnostics';
import { M } from './messages';

/** A journal read for the pass: its bytes, or the error that kept them away (neither: too big). */
export interface ReadJournal { path: string; bytes?: Uint8Array; error?: string; ctx: AnalyzeContext }

export function diagnoseJournal(
  item: ReadJournal, cache: ContentCache<Diagnostic[]> | undefined, version: string, counts: { checked: number; cached: number },
): Diagnostic[] {
  const ctx = item.ctx;
  if (item.error) return [fileDiagnostic('bestand-onleesbaar', 'warning', t(ctx.lang, M.unreadable, item.error))];
  if (!item.bytes) return [sizeDiagnostic(ctx)];
  const hash = sha1(item.bytes);
  const context = sha1(JSON.stringify([version, checkOptions(ctx).key, ctx.docBase ?? '', ctx.settings.maxFileSize]));
  const cached = cache?.get(item.path, hash, context);
  if (cached) {
    counts.cached++;
    return cached;
  }
  const decoded = decodeBytes(item.bytes);
  let diagnostics: Diagnostic[];
  if (decoded.problem === 'binary') {
    diagnostics = [fileDiagnostic('bestand-binair', 'info', t(ctx.lang, M.binary))];
  } else {
    diagnostics = analyzeText(decoded.text, ctx);
    if (decoded.problem === 'encoding') diagnostics.unshift(fileDiagnostic('bestand-codering', 'warning', t(ctx.lang, M.encoding)));
  }
  counts.checked++;
  cache?.set(item.path, hash, context, diagnostics);
  return diagnostics;
}
