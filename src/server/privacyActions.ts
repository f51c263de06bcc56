// Quick fixes for privacy findings and the pseudonymise requests. A name gets "replace with a pseudonym…"
// (a client command: the user picks an initial, a role or a name, and every place that person is named
// changes in one edit); a number, address or date gets "remove" and "mask". Messages and titles never
// hold the value: the person's name reaches the user only in the picker the editor shows.
import { CodeActionKind, type CodeAction, type Connection, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver/node';
import { journalLang } from '../core/edits';
import type { Msg } from '../core/i18n';
import { t } from '../core/i18n';
import type { Lang, TextEdit } from '../core/model';
import { parseJournal } from '../core/parse';
import { findStructured, isPrivacyKind, maskFor, peopleOf, personAt, pseudonymEdits, type PrivacyKind } from '../core/privacy';
import { offsetAt } from '../core/text';
import { dataOf } from './diagnostics';
import {
  PEOPLE_REQUEST, PSEUDONYMISE_COMMAND, PSEUDONYMISE_REQUEST, type PeopleParams, type PeopleResult, type PseudonymiseParams, type PseudonymiseResult,
} from '../protocol';
import type { JournalView } from './views';

const T: Record<string, Msg> = {
  pseudonym: { nl: 'Vervang deze naam overal door een pseudoniem, initiaal of rol…', en: 'Replace this name everywhere with a pseudonym, initial or role…' },
  remove: { nl: 'Haal dit gegeven weg', en: 'Remove this item' },
  mask: { nl: 'Vervang dit gegeven door {0}', en: 'Replace this item with {0}' },
  maskBoth: { nl: 'Vervang adres en postcode door {0} en {1}', en: 'Replace the address and postcode with {0} and {1}' },
};

/** Journal edits as one workspace edit over the documents (or notebook cells) that show them. */
export function workspaceEditOf(view: JournalView, edits: readonly TextEdit[]): WorkspaceEdit | undefined {
  const changes: Record<string, { range: import('vscode-languageserver/node').Range; newText: string }[]> = {};
  for (const e of edits) {
    const local = view.localEdit(e);
    if (!local) return undefined;
    (changes[local.uri] ??= []).push({ range: local.range, newText: local.newText });
  }
  return { changes };
}

/** The quick fixes for one privacy diagnostic (journal positions). */
export function privacyQuickFixes(view: JournalView, lang: Lang, d: Diagnostic): CodeAction[] {
  const kind = dataOf(d)?.privacy;
  if (!isPrivacyKind(kind)) return [];
  const start = offsetAt(view.lineStarts, d.range.start, view.text.length);
  const end = offsetAt(view.lineStarts, d.range.end, view.text.length);
  if (kind === 'naam') {
    return [{
      title: t(lang, T.pseudonym), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true,
      command: { title: t(lang, T.pseudonym), command: PSEUDONYMISE_COMMAND, arguments: [{ uri: view.uri, offset: start }] },
    }];
  }
  const textLang = journalLang(view.text, lang);
  const mask = maskFor(kind, textLang);
  const out: CodeAction[] = [];
  // An address and its postcode are two findings side by side: one mask for both, on either of them.
  const partner = kind === 'adres' || kind === 'postcode' ? adjacentPartner(view.text, start, end, kind) : undefined;
  if (partner) {
    const [first, second] = kind === 'adres' ? [{ start, end }, partner] : [partner, { start, end }];
    const both = workspaceEditOf(view, [
      { span: first, newText: maskFor('adres', textLang) }, { span: second, newText: maskFor('postcode', textLang) },
    ]);
    const title = t(lang, T.maskBoth, maskFor('adres', textLang), maskFor('postcode', textLang));
    if (both) out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: both, isPreferred: true });
  } else {
    const masked = workspaceEditOf(view, [{ span: { start, end }, newText: mask }]);
    if (masked) out.push({ title: t(lang, T.mask, mask), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: masked, isPreferred: true });
  }
  const removed = workspaceEditOf(view, [removal(view.text, start, end)]);
  if (removed) out.push({ title: t(lang, T.remove), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: removed });
  return out;
}

/**
 * The postcode right after an address ("Kerkstraat 14, 3511 AB Utrecht") or the address right before a
 * postcode, as the detectors find them on that line; only a comma, spaces, "in" or "te" between.
 */
function adjacentPartner(text: string, start: number, end: number, kind: PrivacyKind): { start: number; end: number } | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl === -1 ? text.length : nl;
  const hits = findStructured(text.slice(lineStart, lineEnd));
  const between = (a: number, b: number) => b >= a && /^[ \t,]*(?:(?:in|te)[ \t]+)?$/.test(text.slice(a, b));
  for (const h of hits) {
    const s = h.span.start + lineStart;
    const e = h.span.end + lineStart;
    if (kind === 'adres' && h.kind === 'postcode' && between(end, s)) return { start: s, end: e };
    if (kind === 'postcode' && h.kind === 'adres' && between(e, start)) return { start: s, end: e };
  }
  return undefined;
}

/** The value and one space beside it, so no double space is left behind. */
function removal(text: string, start: number, end: number): TextEdit {
  if (text[end] === ' ' && (start === 0 || /\s/.test(text[start - 1]))) return { span: { start, end: end + 1 }, newText: '' };
  if (text[start - 1] === ' ') return { span: { start: start - 1, end }, newText: '' };
  return { span: { start, end }, newText: '' };
}

export interface PrivacyRequestDeps {
  view(uri: string): JournalView | undefined;
  /** The names the team allows for this journal (`privacy.namen`). */
  allowedNames(uri: string): readonly string[];
}

function people(view: JournalView, allowed: readonly string[]) {
  const journal = parseJournal(view.text);
  const auteur = journal.frontmatter?.fields.auteur;
  return peopleOf(view.text, journal, [...allowed, ...(auteur ? [auteur] : [])]);
}

/** `goedwerk/privacy/people` and `goedwerk/privacy/pseudonymise`, for the extension's commands. */
export function registerPrivacyRequests(connection: Connection, deps: PrivacyRequestDeps): void {
  connection.onRequest(PEOPLE_REQUEST, (params: PeopleParams): PeopleResult => {
    const view = deps.view(params.uri);
    if (!view) return { people: [] };
    const found = people(view, deps.allowedNames(params.uri));
    const at = params.offset !== undefined ? personAt(found, params.offset)?.id : undefined;
    return {
      people: found.map((p) => ({ id: p.id, label: p.label, count: p.occurrences.length })),
      at,
    };
  });
  connection.onRequest(PSEUDONYMISE_REQUEST, (params: PseudonymiseParams): PseudonymiseResult => {
    const view = deps.view(params.uri);
    if (!view) return { count: 0 };
    const person = people(view, deps.allowedNames(params.uri)).find((p) => p.id === params.person);
    if (!person) return { count: 0 };
    const edits = pseudonymEdits(view.text, person, params.mode, params.replacement ?? '');
    return { edit: workspaceEditOf(view, edits), count: edits.length };
  });
}
