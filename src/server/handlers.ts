// The language features as plain functions of one journal's view: what the editor asked (a position in
// a document or cell) in, the answer in that document's positions out. features.ts wires them to the
// connection; test/unit/server-handlers.test.ts calls them directly.
import {
  CodeActionKind, type CodeAction, type CodeActionContext, type CompletionItem, type Diagnostic, type DocumentSymbol, type Hover, type Position, type Range,
} from 'vscode-languageserver/node';
import type { Lang } from '../core/model';
import { positionAt } from '../core/text';
import { FIX_ALL_KIND, fixAll, quickFixes, type ActionContext } from './codeActions';
import { complete } from './completion';
import { hover } from './hover';
import { documentSymbols } from './symbols';
import type { TeamSituationInfo } from './teamConfig';
import type { JournalView } from './views';

/** A position of the editor's, found in the journal's text. */
export interface JournalPlace { view: JournalView; offset: number }

/** What the team adds to the booklet's lists (from `.goedwerk.json` and its situation folder). */
export interface TeamLists { deugden: readonly string[]; situaties: readonly TeamSituationInfo[] }

export function placeIn(view: JournalView | undefined, docUri: string, pos: Position): JournalPlace | undefined {
  const offset = view?.offsetOf(docUri, pos);
  return view && offset !== undefined ? { view, offset } : undefined;
}

export function completionAt(at: JournalPlace, lang: Lang, team: TeamLists): CompletionItem[] {
  const items = complete(at.view.text, at.offset, { lang, teamDeugden: team.deugden, teamSituaties: team.situaties });
  for (const item of items) {
    const edit = item.textEdit;
    if (edit && 'range' in edit) {
      const local = at.view.toLocal(edit.range);
      if (local) edit.range = local.range;
    }
  }
  return items;
}

export function hoverAt(at: JournalPlace, lang: Lang, team: TeamLists): Hover | null {
  const h = hover(at.view.text, at.offset, lang, team.deugden, team.situaties);
  if (h?.range) h.range = at.view.toLocal(h.range)?.range;
  return h;
}

/** The outline of the document asked: the whole journal for a text, in a notebook what one cell holds. */
export function symbolsIn(view: JournalView, docUri: string, lang: Lang): DocumentSymbol[] {
  const symbols = documentSymbols(view.text, lang);
  if (view.kind === 'text') return symbols;
  const flat = symbols.flatMap(function all(s): DocumentSymbol[] { return [{ ...s, children: undefined }, ...(s.children ?? []).flatMap(all)]; });
  return flat.flatMap((s) => {
    const sel = view.toLocal(s.selectionRange);
    if (!sel || sel.uri !== docUri) return [];
    return [{ ...s, range: sel.range, selectionRange: sel.range }];
  });
}

/** Quick fixes for the diagnostics asked about, or every fix at once when the client asks for fix-all. */
export function codeActionsFor(ctx: ActionContext, asked: CodeActionContext, all: Diagnostic[]): CodeAction[] {
  const only = asked.only;
  const wantsFixAll = only?.some((k) => FIX_ALL_KIND.startsWith(k) && k.startsWith(CodeActionKind.Source));
  if (wantsFixAll) return fixAll(ctx, all);
  if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix))) return [];
  return quickFixes(ctx, asked.diagnostics.map((d) => toJournal(ctx.view, ctx.uri, d)), all);
}

/** A diagnostic from the editor (document positions) in journal positions. */
function toJournal(view: JournalView, docUri: string, d: Diagnostic): Diagnostic {
  if (view.kind === 'text') return d;
  const map = (p: Position) => positionAt(view.lineStarts, view.offsetOf(docUri, p) ?? 0);
  const range: Range = { start: map(d.range.start), end: map(d.range.end) };
  return { ...d, range };
}
