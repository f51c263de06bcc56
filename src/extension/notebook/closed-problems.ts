// Problems of journals nobody has open, at the finding when clicked. The language server reports a
// closed journal's findings on the file and its lines; VS Code opens a journal as the notebook, and a
// notebook ignores a line to go to: it opens at the top. It does open at a cell, in that cell's line,
// for a problem on the cell's URI. So a closed journal's findings are moved onto the cells that opening
// it will make, each at its own line there.
//
// A cell's URI is the notebook's with the `vscode-notebook-cell` scheme and a fragment naming the cell's
// handle, which a freshly opened notebook numbers 0, 1, 2 … in order. Its exact form (the authority of a
// remote window, the fragment's encoding) is learned from the cells of the first journal that opens, and
// taken as the local desktop one until then when the window is not remote. Where it cannot be known, or
// where journals open in the text editor, findings stay on the file as the server sent them.
import * as vscode from 'vscode';
import { isBlankJournal, textToCells } from '../../core/cells';
import { cellPlaces, toCellRange } from '../../core/cellPlaces';
import { decodeBytes } from '../../core/text';
import { NOTEBOOK_TYPE, isJournalPath } from '../../core/names';

const CELL_SCHEME = 'vscode-notebook-cell';
const LENGTHS = ['W', 'X', 'Y', 'Z', 'a', 'b', 'c', 'd', 'e', 'f'];

interface Template { authority: string; suffix: string }

type Next = (uri: vscode.Uri, diagnostics: vscode.Diagnostic[]) => void;

function fragmentFor(handle: number, suffix: string): string {
  const s = handle.toString(7);
  return `${s.length <= LENGTHS.length ? LENGTHS[s.length - 1] : 'z'}${s}s${suffix}`;
}

/** The template in a cell URI, if it has the form VS Code 1.100 writes. */
export function templateOf(cell: vscode.Uri): Template | undefined {
  if (cell.scheme !== CELL_SCHEME) return undefined;
  const m = /^[W-Za-fz](\d+)s(.+)$/.exec(cell.fragment);
  return m ? { authority: cell.authority, suffix: m[2] } : undefined;
}

export class ClosedProblems implements vscode.Disposable {
  private template: Template | undefined;
  /** Per journal file: the cell URIs its findings were moved to, to clear them when they change. */
  private readonly moved = new Map<string, vscode.Uri[]>();
  /** Which journal file each of those cell URIs belongs to. */
  private readonly ownerOf = new Map<string, string>();
  /** Per journal file: the latest report, so that a slow read never overwrites a newer one. */
  private readonly latest = new Map<string, number>();
  private count = 0;
  /** Findings left on their file for want of a template, moved once it is learned. */
  private readonly waiting = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[]; next: Next }>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    // A local window's notebooks are file URIs on both sides; a remote one's are learned.
    if (!vscode.env.remoteName) this.template = { authority: '', suffix: btoa('file') };
    const learn = (nb: vscode.NotebookDocument): void => {
      if (nb.notebookType !== NOTEBOOK_TYPE || nb.cellCount === 0) return;
      const had = !!this.template;
      this.template = templateOf(nb.cellAt(0).document.uri) ?? this.template;
      if (had || !this.template) return;
      const waiting = [...this.waiting.values()];
      this.waiting.clear();
      for (const w of waiting) this.handleDiagnostics(w.uri, w.diagnostics, w.next);
    };
    vscode.workspace.notebookDocuments.forEach(learn);
    this.subscriptions.push(vscode.workspace.onDidOpenNotebookDocument(learn));
  }

  /** The language client's diagnostics middleware: closed journals' findings go to their cells. */
  readonly handleDiagnostics = (uri: vscode.Uri, diagnostics: vscode.Diagnostic[], next: Next): void => {
    if (uri.scheme === CELL_SCHEME) {
      // The server speaks for this cell now (its notebook opened): ours no longer.
      const file = this.ownerOf.get(uri.toString());
      if (file) {
        this.ownerOf.delete(uri.toString());
        this.moved.set(file, (this.moved.get(file) ?? []).filter((c) => c.toString() !== uri.toString()));
      }
      next(uri, diagnostics);
      return;
    }
    const key = uri.toString();
    this.latest.set(key, ++this.count);
    this.waiting.delete(key);
    if (!this.template && diagnostics.length > 0 && isJournalPath(uri.path)) this.waiting.set(key, { uri, diagnostics, next });
    const before = this.moved.get(key) ?? [];
    this.moved.delete(key);
    for (const cell of before) { this.ownerOf.delete(cell.toString()); next(cell, []); }
    if (diagnostics.length === 0 || !this.movable(uri)) { next(uri, diagnostics); return; }
    void this.move(uri, diagnostics, next, this.count);
  };

  private movable(uri: vscode.Uri): boolean {
    if (!this.template || uri.scheme !== 'file' || !isJournalPath(uri.path)) return false;
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) return false;
    if (vscode.workspace.notebookDocuments.some((n) => n.uri.toString() === uri.toString())) return false;
    return !opensAsText(uri);
  }

  private async move(uri: vscode.Uri, diagnostics: vscode.Diagnostic[], next: Next, report: number): Promise<void> {
    const template = this.template!;
    let text: string | undefined;
    try {
      const decoded = decodeBytes(await vscode.workspace.fs.readFile(uri));
      text = decoded.problem ? undefined : decoded.text;
    } catch {
      text = undefined;
    }
    if (this.latest.get(uri.toString()) !== report) return;
    // A blank journal opens as one invitation cell; a file that is not text does not open at all.
    if (text === undefined || isBlankJournal(text) || !this.movable(uri)) { next(uri, diagnostics); return; }
    const places = cellPlaces(text, textToCells(text));
    const byCell = new Map<number, vscode.Diagnostic[]>();
    for (const d of diagnostics) {
      const local = toCellRange(places, { start: d.range.start, end: d.range.end });
      if (!local) continue;
      const copy = new vscode.Diagnostic(new vscode.Range(local.range.start.line, local.range.start.character, local.range.end.line, local.range.end.character), d.message, d.severity);
      Object.assign(copy, { code: d.code, source: d.source, tags: d.tags, relatedInformation: d.relatedInformation });
      (copy as { data?: unknown }).data = (d as { data?: unknown }).data;
      byCell.set(local.index, [...(byCell.get(local.index) ?? []), copy]);
    }
    const cells: vscode.Uri[] = [];
    for (const [index, list] of byCell) {
      const cell = vscode.Uri.from({ scheme: CELL_SCHEME, authority: template.authority, path: uri.path, fragment: fragmentFor(index, template.suffix) });
      cells.push(cell);
      this.ownerOf.set(cell.toString(), uri.toString());
      next(cell, list);
    }
    this.moved.set(uri.toString(), cells);
    next(uri, []);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

/** True when the user chose the text editor for journals (`workbench.editorAssociations`). */
function opensAsText(uri: vscode.Uri): boolean {
  const assoc = vscode.workspace.getConfiguration('workbench').get<Record<string, string>>('editorAssociations') ?? {};
  return Object.entries(assoc).some(([glob, editor]) => editor !== NOTEBOOK_TYPE && /goedwerk|\*\.md$/.test(glob) && matchesGlob(glob, uri.path));
}

function matchesGlob(glob: string, path: string): boolean {
  const re = new RegExp(`(^|/)${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/?/g, '(?:.*/)?').replace(/\*/g, '[^/]*').replace(/\?/g, '.')}$`);
  return re.test(path);
}
