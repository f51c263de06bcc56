// Completion, hover, symbols, folding and code actions on the connection: each finds the journal the
// document belongs to, leaves a journal over the size limit alone, and asks handlers.ts.
import type { CodeAction, Connection } from 'vscode-languageserver/node';
import { codeActionsFor, completionAt, hoverAt, placeIn, symbolsIn, type TeamLists } from './handlers';
import type { OpenJournals } from './openJournals';
import type { Session } from './session';
import { maxBytes } from './settings';
import { foldingRanges } from './symbols';
import type { TeamReports } from './teamReports';
import { pathOf, rootOf } from './uri';
import type { JournalView } from './views';

export function registerFeatures(connection: Connection, session: Session, open: OpenJournals, team: TeamReports): void {
  const { guard } = session;
  const tooBig = (view: JournalView, factor = 1) => view.text.length > factor * maxBytes(session.settings);
  const listsOf = (journalUri: string): TeamLists => {
    const resolved = team.resolve(pathOf(journalUri));
    return { deugden: resolved.config?.deugden ?? [], situaties: resolved.situaties };
  };
  const servable = (docUri: string) => {
    const journalUri = open.journalOf(docUri);
    const view = open.viewFor(journalUri);
    return view && !tooBig(view) ? { journalUri, view } : undefined;
  };

  connection.onCompletion(guard('completion', [], (params) => {
    const j = servable(params.textDocument.uri);
    const at = j && placeIn(j.view, params.textDocument.uri, params.position);
    return j && at ? completionAt(at, session.lang, listsOf(j.journalUri)) : [];
  }));

  connection.onHover(guard('hover', null, (params) => {
    const j = servable(params.textDocument.uri);
    const at = j && placeIn(j.view, params.textDocument.uri, params.position);
    return j && at ? hoverAt(at, session.lang, listsOf(j.journalUri)) : null;
  }));

  connection.onDocumentSymbol(guard('symbols', [], (params) => {
    const view = open.viewFor(open.journalOf(params.textDocument.uri));
    return view && !tooBig(view, 4) ? symbolsIn(view, params.textDocument.uri, session.lang) : [];
  }));

  connection.onFoldingRanges(guard('folding', [], (params) => {
    const doc = open.documents.get(params.textDocument.uri);
    return doc && !open.isCell(params.textDocument.uri) ? foldingRanges(doc.getText()) : [];
  }));

  connection.onCodeAction(guard('code actions', [] as CodeAction[], (params) => {
    const j = servable(params.textDocument.uri);
    if (!j) return [];
    const path = pathOf(j.journalUri);
    const ctx = {
      view: j.view, uri: params.textDocument.uri, lang: session.lang, file: path, configPath: team.resolve(path).path,
      root: path ? rootOf(path, session.roots) : session.roots[0],
    };
    return codeActionsFor(ctx, params.context, open.currentDiagnostics(j.journalUri, j.view));
  }));
}
