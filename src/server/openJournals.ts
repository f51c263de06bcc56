// The journals the editor has open, as text documents or as notebooks: their views, their checks
// (throttled, incremental) and the diagnostics last sent for each, cleared again when one closes.
import { NotebookDocuments, TextDocuments, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isJournalPath } from '../core/names';
import { analyzeText, type AnalyzeContext } from './analyze';
import { IncrementalChecker } from './checker';
import type { Session } from './session';
import { Throttle } from './throttle';
import { pathOf } from './uri';
import { NotebookView, TextView, type JournalView } from './views';

export interface OpenJournalsHost {
  publish(uri: string, diagnostics: Diagnostic[]): void;
  context(path: string | undefined): AnalyzeContext;
  /** The workspace pass leaves an open journal to the editor's text, and takes it back on close. */
  opened(path: string): void;
  closed(path: string): void;
}

export class OpenJournals {
  readonly documents = new TextDocuments(TextDocument);
  readonly notebooks = new NotebookDocuments(TextDocument);
  readonly throttle = new Throttle();
  readonly checkers = new Map<string, IncrementalChecker>();
  /** Per open journal: its last diagnostics (journal positions) and the documents they went to. */
  private readonly last = new Map<string, { text: string; diagnostics: Diagnostic[]; targets: string[] }>();
  private readonly notebookUris = new Set<string>();

  constructor(private readonly session: Session, private readonly host: OpenJournalsHost) {}

  /** The journal a document belongs to: the notebook of a cell, else the document itself. */
  journalOf(docUri: string): string {
    return this.notebooks.findNotebookDocumentForCell(docUri)?.uri ?? docUri;
  }

  isCell(docUri: string): boolean {
    return !!this.notebooks.findNotebookDocumentForCell(docUri);
  }

  viewFor(journalUri: string): JournalView | undefined {
    const notebook = this.notebooks.getNotebookDocument(journalUri);
    if (notebook) {
      return new NotebookView(journalUri, notebook, (uri) => this.notebooks.getCellTextDocument({ document: uri, kind: 1 }));
    }
    const doc = this.documents.get(journalUri);
    return doc ? new TextView(journalUri, doc.getText()) : undefined;
  }

  uris(): string[] {
    return [...this.documents.keys().filter((uri) => !this.isCell(uri)), ...this.notebookUris];
  }

  isOpenPath(path: string): boolean {
    return this.uris().some((uri) => pathOf(uri) === path);
  }

  /** The unsaved text of the open journal at `path`, if the editor has it open. */
  textOfPath(path: string): string | undefined {
    const uri = this.uris().find((u) => pathOf(u) === path);
    return uri ? this.viewFor(uri)?.text : undefined;
  }

  checkNow(journalUri: string): void {
    const view = this.viewFor(journalUri);
    if (!view) return;
    let checker = this.checkers.get(journalUri);
    if (!checker) this.checkers.set(journalUri, (checker = new IncrementalChecker()));
    const diagnostics = analyzeText(view.text, this.host.context(pathOf(journalUri)), checker);
    const byDoc = view.distribute(diagnostics);
    const previous = this.last.get(journalUri)?.targets ?? [];
    for (const uri of previous) if (!byDoc.has(uri)) this.host.publish(uri, []);
    for (const [uri, list] of byDoc) this.host.publish(uri, list);
    this.last.set(journalUri, { text: view.text, diagnostics, targets: [...byDoc.keys()] });
  }

  schedule(journalUri: string): void {
    this.throttle.schedule(journalUri, this.session.guard('check', undefined, () => this.checkNow(journalUri)));
  }

  recheckAll(): void {
    for (const uri of this.uris()) this.checkNow(uri);
  }

  /** The journal's current diagnostics, checked now if the text moved on since the last check. */
  currentDiagnostics(journalUri: string, view: JournalView): Diagnostic[] {
    const known = this.last.get(journalUri);
    if (known && known.text === view.text) return known.diagnostics;
    this.checkNow(journalUri);
    return this.last.get(journalUri)?.diagnostics ?? [];
  }

  private close(journalUri: string): void {
    for (const uri of this.last.get(journalUri)?.targets ?? []) this.host.publish(uri, []);
    this.last.delete(journalUri);
    this.checkers.delete(journalUri);
    this.throttle.forget(journalUri);
    const path = pathOf(journalUri);
    if (path && isJournalPath(path)) this.host.closed(path);
  }

  listen(connection: Connection): void {
    const { guard } = this.session;
    this.documents.onDidOpen(guard('open', undefined, (e) => {
      const path = pathOf(e.document.uri);
      if (path) this.host.opened(path);
      this.schedule(e.document.uri);
    }));
    this.documents.onDidChangeContent((e) => this.schedule(e.document.uri));
    this.documents.onDidClose(guard('close', undefined, (e) => this.close(e.document.uri)));
    this.notebooks.onDidOpen(guard('notebook open', undefined, (nb) => {
      this.notebookUris.add(nb.uri);
      const path = pathOf(nb.uri);
      if (path) {
        this.host.opened(path);
        // The notebook's cells carry its diagnostics now; the file's own would show them twice.
        this.host.publish(nb.uri, []);
      }
      this.schedule(nb.uri);
    }));
    this.notebooks.onDidChange((e) => this.schedule(e.notebookDocument.uri));
    this.notebooks.onDidClose(guard('notebook close', undefined, (nb) => {
      this.notebookUris.delete(nb.uri);
      this.close(nb.uri);
    }));
    this.documents.listen(connection);
    this.notebooks.listen(connection);
  }
}
