// Quick fixes for the findings, and a fix-all per beeld and per journal. The edits come from
// core/edits (the same ones the extension's commands make); this file only picks them per finding
// and turns them into LSP edits for the document (or notebook cell) that shows the spot.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdits as jsonApply, modify, parse as parseJsonc } from 'jsonc-parser';
import {
  CodeActionKind, type CodeAction, type CreateFile, type Diagnostic, type Range, type TextDocumentEdit, type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { CONFIG_FILE } from '../core/names';
import {
  addSectionEdit, addTitleEdit, answer3eEdit, complete3eEdit, diffEdit, drieEStatus, fixBeeldEdit, journalLang,
} from '../core/edits';
import { DRIE_E } from '../core/content/guides';
import { ANSWER_WORD } from '../core/drie-e';
import { t } from '../core/i18n';
import type { Lang, TextEdit } from '../core/model';
import { outline } from '../core/scan';
import { SECTION_HEADINGS, type KnownSection } from '../core/sections';
import { lineStarts, rangeOf } from '../core/text';
import { dataOf, SOURCE, type DiagnosticData } from './diagnostics';
import { M } from './messages';
import { privacyQuickFixes } from './privacyActions';
import type { JournalView } from './views';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.goedwerk`;

const MISSING_RULES = new Set(['ervaring-ontbreekt', 'element-ontbreekt', 'uitwerking-ontbreekt']);

export interface ActionContext {
  view: JournalView;
  /** The document the request came from (the text document or one cell). */
  uri: string;
  /** The user's language (for titles); headings follow the journal's own language. */
  lang: Lang;
  /** The journal's file on disk, if any (to find the team's config). */
  file?: string;
  /** The workspace folder holding the journal (where a new team config goes). */
  root?: string;
  /** The nearest team config file, if there is one. */
  configPath?: string;
}

function sectionExists(text: string, beeld: number, kind: string): boolean {
  return outline(text).beelden[beeld]?.sections.some((s) => s.kind === kind) ?? false;
}

/** One journal edit as a workspace edit, or undefined when it cannot be shown in one document. */
function toWorkspaceEdit(view: JournalView, edits: TextEdit[]): WorkspaceEdit | undefined {
  const changes: Record<string, { range: Range; newText: string }[]> = {};
  for (const e of edits) {
    const local = view.localEdit(e);
    if (!local) return undefined;
    (changes[local.uri] ??= []).push({ range: local.range, newText: local.newText });
  }
  return { changes };
}

function action(title: string, kind: string, view: JournalView, edits: TextEdit[], diagnostics: Diagnostic[], preferred = false): CodeAction | undefined {
  if (edits.length === 0 || edits.every((e) => e.newText === '' && e.span.start === e.span.end)) return undefined;
  const edit = toWorkspaceEdit(view, edits);
  if (!edit) return undefined;
  const a: CodeAction = { title, kind, edit, diagnostics };
  if (preferred) a.isPreferred = true;
  return a;
}

/** Where the unknown name stands, found on the diagnostic's line, so the replacement is exact. */
function labelSpan(text: string, starts: readonly number[], d: Diagnostic, name: string): { start: number; end: number } | undefined {
  const range = d.range;
  const lineStart = starts[range.start.line];
  if (lineStart === undefined) return undefined;
  const lineEnd = starts[range.start.line + 1] ?? text.length;
  const line = text.slice(lineStart, lineEnd);
  const from = Math.max(0, range.start.character);
  let at = line.indexOf(name, from);
  if (at === -1) at = line.indexOf(name);
  return at === -1 ? undefined : { start: lineStart + at, end: lineStart + at + name.length };
}

/**
 * Quick fixes for the diagnostics the editor sent along; `all` is every diagnostic of the journal,
 * for the fix of a whole beeld. Both in journal positions.
 */
export function quickFixes(ctx: ActionContext, diagnostics: Diagnostic[], all: Diagnostic[] = diagnostics): CodeAction[] {
  const { view } = ctx;
  const text = view.text;
  const headingLang = journalLang(text, ctx.lang);
  const out: CodeAction[] = [];
  const seenBeelden = new Set<number>();
  const push = (a: CodeAction | undefined) => { if (a) out.push(a); };
  for (const d of diagnostics) {
    if (d.source !== SOURCE) continue;
    const data = dataOf(d);
    if (!data) continue;
    const beeld = data.beeld ?? 0;
    switch (data.rule) {
      case 'titel-ontbreekt':
        push(action(t(ctx.lang, M.fixAddTitle), CodeActionKind.QuickFix, view, [addTitleEdit(text, beeld, headingLang)], [d], true));
        break;
      case 'ervaring-ontbreekt':
      case 'element-ontbreekt':
      case 'uitwerking-ontbreekt': {
        const kind = data.section as KnownSection | undefined;
        if (!kind || kind === 'eigen' as string || sectionExists(text, beeld, kind)) break;
        const name = SECTION_HEADINGS[kind][headingLang];
        push(action(t(ctx.lang, M.fixAddSection, name), CodeActionKind.QuickFix, view, [addSectionEdit(text, beeld, kind, headingLang)], [d], true));
        break;
      }
      case '3e-onvolledig': {
        const status = drieEStatus(text, beeld);
        if (!status || Object.values(status).includes('missing')) {
          push(action(t(ctx.lang, M.fixComplete3e), CodeActionKind.QuickFix, view, [complete3eEdit(text, beeld, headingLang)], [d], true));
        }
        for (const a of answerActions(ctx, beeld, status, headingLang, d)) push(a);
        break;
      }
      case 'deugd-onbekend':
        if (data.deugd && data.suggestion) {
          const span = labelSpan(text, view.lineStarts, d, data.deugd);
          if (span) push(action(t(ctx.lang, M.fixReplaceDeugd, data.deugd, data.suggestion), CodeActionKind.QuickFix, view, [{ span, newText: data.suggestion }], [d], true));
        }
        if (data.deugd) push(addToTeamAction(ctx, data.deugd, d));
        break;
      case 'situatie-onbekend':
        if (data.suggestion) push(replaceValueAction(ctx, d, data));
        break;
      case 'privacy':
        out.push(...privacyQuickFixes(view, ctx.lang, d));
        break;
      default:
        break;
    }
    if (data.beeld !== undefined && !seenBeelden.has(beeld) && fixableRule(data.rule)) {
      seenBeelden.add(beeld);
    }
  }
  for (const beeld of seenBeelden) {
    const fix = beeldFix(ctx, beeld, all.filter((d) => dataOf(d)?.beeld === beeld));
    // Only worth offering when it does more than the single fix already listed.
    if (fix && countFixable(all, beeld) > 1) out.push(fix);
  }
  return out;
}

/**
 * For each open E, its question with the three answers to choose from: the writer answers, the fix
 * only writes the answer down (a tick for yes, the word for no and partly, as contract v2 reads them).
 */
function answerActions(ctx: ActionContext, beeld: number, status: ReturnType<typeof drieEStatus>, lang: Lang, d: Diagnostic): (CodeAction | undefined)[] {
  if (!status) return [];
  return DRIE_E.filter((e) => status[e.id] === 'open').flatMap((e) => (['ja', 'nee', 'deels'] as const).map((answer) => {
    const edit = answer3eEdit(ctx.view.text, beeld, e.id, answer, lang);
    const title = t(ctx.lang, M.fixAnswer3e, t(ctx.lang, e.name), t(ctx.lang, e.question), ANSWER_WORD[ctx.lang][answer]);
    return edit ? action(title, CodeActionKind.QuickFix, ctx.view, [edit], [d]) : undefined;
  }));
}

function fixableRule(rule: string): boolean {
  return rule === 'titel-ontbreekt' || MISSING_RULES.has(rule) || rule === '3e-onvolledig' || rule === 'deugd-onbekend';
}

function countFixable(diagnostics: Diagnostic[], beeld: number): number {
  return diagnostics.filter((d) => { const x = dataOf(d); return x && x.beeld === beeld && fixableRule(x.rule); }).length;
}

/** The value after `situatie:` replaced with the suggested id. */
function replaceValueAction(ctx: ActionContext, d: Diagnostic, data: DiagnosticData): CodeAction | undefined {
  const { view } = ctx;
  const lineStart = view.lineStarts[d.range.start.line];
  if (lineStart === undefined || !data.suggestion) return undefined;
  const lineEnd = view.lineStarts[d.range.start.line + 1] ?? view.text.length;
  const line = view.text.slice(lineStart, lineEnd).replace(/[\r\n]+$/, '');
  const m = /^(\s*[^:#]+:\s*)(["']?)(.*?)\2\s*(#.*)?$/.exec(line);
  if (!m || !m[3]) return undefined;
  const start = lineStart + m[1].length + m[2].length;
  const edit = { span: { start, end: start + m[3].length }, newText: data.suggestion };
  return action(t(ctx.lang, M.fixReplaceDeugd, m[3], data.suggestion), CodeActionKind.QuickFix, view, [edit], [d], true);
}

/** The findings of one beeld fixed at once: title, missing sections, the 3E check, deugd suggestions. */
function beeldFix(ctx: ActionContext, beeld: number, diagnostics: Diagnostic[]): CodeAction | undefined {
  const edit = beeldEdit(ctx, ctx.view.text, ctx.view.lineStarts, beeld, diagnostics);
  return edit && action(t(ctx.lang, M.fixBeeld), CodeActionKind.QuickFix, ctx.view, [edit], diagnostics);
}

function beeldEdit(ctx: ActionContext, text: string, starts: readonly number[], beeld: number, diagnostics: Diagnostic[]): TextEdit | undefined {
  const sections = new Set<KnownSection>();
  let title = false;
  const replacements: TextEdit[] = [];
  for (const d of diagnostics) {
    const data = dataOf(d);
    if (!data || data.beeld !== beeld) continue;
    if (data.rule === 'titel-ontbreekt') title = true;
    else if (MISSING_RULES.has(data.rule) && data.section) sections.add(data.section as KnownSection);
    else if (data.rule === '3e-onvolledig') sections.add('drie-e');
    else if (data.rule === 'deugd-onbekend' && data.deugd && data.suggestion) {
      const span = labelSpan(text, starts, d, data.deugd);
      if (span) replacements.push({ span, newText: data.suggestion });
    }
  }
  if (!title && sections.size === 0 && replacements.length === 0) return undefined;
  const order: KnownSection[] = ['ervaring', 'handelingen', 'kennis', 'identiteit', 'deugden', 'vrijheid', 'uitwerking', 'drie-e'];
  const edit = fixBeeldEdit(text, beeld, journalLang(text, ctx.lang), {
    replacements, title, sections: order.filter((k) => sections.has(k)),
  });
  return edit.span.start === edit.span.end && edit.newText === '' ? undefined : edit;
}

/**
 * `source.fixAll.goedwerk`: every beeld's fixes in one edit (per document; in a notebook a fix that
 * would span cells is left out).
 */
export function fixAll(ctx: ActionContext, diagnostics: Diagnostic[]): CodeAction[] {
  const { view } = ctx;
  const beelden = [...new Set(diagnostics.map((d) => dataOf(d)?.beeld).filter((b): b is number => b !== undefined))].sort((a, b) => b - a);
  let text = view.text;
  for (const beeld of beelden) {
    // Later beelden first, so earlier ones keep their offsets; each fix stays inside its own beeld.
    const edit = beeldEdit(ctx, text, text === view.text ? view.lineStarts : lineStarts(text), beeld, diagnostics);
    if (edit) text = applyOne(text, edit);
  }
  if (text === view.text) return [];
  const edit = diffEdit(view.text, text);
  const a = action(t(ctx.lang, M.fixAll), FIX_ALL_KIND, view, [edit], diagnostics);
  return a ? [a] : [];
}

function applyOne(text: string, e: TextEdit): string {
  return text.slice(0, e.span.start) + e.newText + text.slice(e.span.end);
}

/** Adds the deugd to the `deugden` of the nearest team config, creating `.goedwerk.json` when there is none. */
function addToTeamAction(ctx: ActionContext, deugd: string, d: Diagnostic): CodeAction | undefined {
  const target = ctx.configPath ?? (ctx.root ? join(ctx.root, CONFIG_FILE) : ctx.file ? join(dirname(ctx.file), CONFIG_FILE) : undefined);
  if (!target) return undefined;
  const uri = pathToFileURL(target).toString();
  const title = t(ctx.lang, M.fixAddDeugdToTeam, deugd, CONFIG_FILE);
  if (!existsSync(target)) {
    const content = JSON.stringify({ rules: {}, deugden: [deugd] }, null, 2) + '\n';
    const create: CreateFile = { kind: 'create', uri, options: { ignoreIfExists: true } };
    const insert: TextDocumentEdit = { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }] };
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { documentChanges: [create, insert] } };
  }
  let text: string;
  try {
    text = readFileSync(target, 'utf8');
  } catch {
    return undefined;
  }
  const errors: import('jsonc-parser').ParseError[] = [];
  const json = parseJsonc(text, errors, { allowTrailingComma: true });
  // A broken config is reported on its own; writing into it could only make it worse.
  if (errors.length > 0 || (json !== undefined && (typeof json !== 'object' || Array.isArray(json)))) return undefined;
  const list: unknown = json?.deugden;
  if (list !== undefined && !Array.isArray(list)) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  const formattingOptions = { insertSpaces: !indent.includes('\t'), tabSize: indent.includes('\t') ? 1 : indent.length, eol };
  const path = Array.isArray(list) ? ['deugden', list.length] : ['deugden'];
  const value = Array.isArray(list) ? deugd : [deugd];
  const base = text.trim() === '' ? '{}' + eol : text;
  const newText = jsonApply(base, modify(base, path, value, { formattingOptions }));
  const whole = rangeOf(lineStarts(text), { start: 0, end: text.length });
  const edit: TextDocumentEdit = { textDocument: { uri, version: null }, edits: [{ range: whole, newText }] };
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { documentChanges: [edit] } };
}
