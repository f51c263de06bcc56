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
import { isPrivacyKind, maskFor, peopleOf, personAt, pseudonymEdits } from '../core/privacy';
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
  const mask = maskFor(kind, journalLang(view.text, lang));
  const out: CodeAction[] = [];
  const masked = workspaceEditOf(view, [{ span: { start, end }, newText: mask }]);
  if (masked) out.push({ title: t(lang, T.mask, mask), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: masked, isPreferred: true });
  const removed = workspaceEditOf(view, [removal(view.text, start, end)]);
  if (removed) out.push({ title: t(lang, T.remove), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: removed });
  return out;
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
