// A journal as notebook cells and back, byte for byte. Remark-free: the extension bundle uses it.
//
// The text is cut at line starts into pieces whose concatenation is the text. A piece is shown as a
// cell's `value`; what the user should not see or edit (the frontmatter fences, the line break and
// blank lines that end the piece) travels along in the cell's metadata as `head` and `tail`. A cell
// the user did not touch is therefore written back exactly, and an edited cell replaces only its own
// piece. Cells without our metadata are new ones, added by the user; they get the file's line
// break and a blank line to keep them apart from their neighbours.
//
// Prompts: the HTML comments a template writes right under a heading are helper text, not the writer's.
// They travel hidden in the metadata too (`prompt`), so a cell's editable value holds only the heading
// and the writer's words; the notebook's renderer shows the prompt as quiet text. An edited cell writes
// its prompt back right under its heading, so the file keeps reading like a form: question, answer.
//
// This module is the contract (the cell types) and the file-level entry points; the work is in
// `cellsRead.ts` (text to cells), `cellsWrite.ts` (cells to text) and `cellValue.ts` (one value's
// tail and prompt). Importers use this module only, so the split stays an inside matter.
import { textToCells } from './cellsRead';
import { cellsToText, eolOfCells } from './cellsWrite';
import type { SectionKind } from './model';
import { decodeBytes, detectEol, type TextProblem } from './text';

export { isBlankJournal, placeholderCell, textToCells } from './cellsRead';
export { cellText, cellsToText, eolOfCells, layout, valueOffset, type TextOptions } from './cellsWrite';
export { composeValue, hasForeignBreak, liftPrompt, promptGap, splitTail, toEol, type LiftedPrompt } from './cellValue';

export type CellRole = 'frontmatter' | 'preamble' | 'titel' | 'section' | 'invitation';

/** What a cell carries so that writing it back reproduces the file. JSON-safe: it is notebook metadata. */
export interface CellMeta {
  /** Hidden text before the value (the frontmatter's opening fence). */
  head?: string;
  /** Hidden text after the value: its final line break, any blank lines, the frontmatter's closing fence. */
  tail: string;
  /**
   * The value as it was in the file, kept only when its line breaks differ from the file's: the
   * editor normalises mixed line breaks in a cell, and an untouched cell must still come back as it was.
   */
  raw?: string;
  /** Set in every cell of a CRLF file, so that the file's line break survives edits and moves. */
  eol?: '\r\n';
  /**
   * The prompt taken out of the value: the text from the end of the value's first line (a heading) up to
   * the end of the last HTML comment under it, line breaks included. Written back in that place.
   */
  prompt?: string;
  /** For a placeholder cell (an empty journal): the value it shows, which writes nothing while it stands. */
  placeholder?: string;
}

export interface CellSpec {
  kind: 'markup' | 'code';
  language: 'markdown' | 'yaml';
  /** The text the user sees and edits: the piece without its head and tail. */
  value: string;
  role: CellRole;
  /** For `section` cells: the kind of the section that starts the cell. */
  section?: SectionKind;
  /** Index of the beeld the cell belongs to (titel and section cells, and a titleless beeld's intro). */
  beeld?: number;
  meta: CellMeta;
}

/** The least a cell needs for writing: what the editor hands back to a serializer. */
export interface CellInput {
  kind?: 'markup' | 'code';
  language?: string;
  value: string;
  /** Our metadata; absent on cells the user added. */
  meta?: CellMeta;
}

/** The metadata key under which cells and notebooks keep Goed Werk's data. */
export const META_KEY = 'goedwerk';

/** What a notebook keeps about its file as a whole. JSON-safe: it is notebook metadata. */
export interface JournalMeta { bom: boolean; eol: '\n' | '\r\n' }

export type DecodedJournal =
  | { cells: CellSpec[]; meta: JournalMeta; problem?: undefined }
  | { problem: TextProblem; cells?: undefined; meta?: undefined };

/**
 * Bytes to cells. A file that is not UTF-8 text is refused (with the reason) rather than shown as
 * cells: a notebook save would then write it back in another encoding and lose bytes.
 */
export function decodeJournal(bytes: Uint8Array): DecodedJournal {
  const decoded = decodeBytes(bytes);
  if (decoded.problem) return { problem: decoded.problem };
  return { cells: textToCells(decoded.text), meta: { bom: decoded.bom, eol: detectEol(decoded.text) } };
}

const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/** Cells to bytes, the BOM restored when the file had one. */
export function encodeJournal(cells: readonly CellInput[], meta?: Partial<JournalMeta>): Uint8Array {
  const eol = meta?.eol === '\r\n' || meta?.eol === '\n' ? meta.eol : eolOfCells(cells);
  const body = new TextEncoder().encode(cellsToText(cells, eol));
  if (!meta?.bom) return body;
  const out = new Uint8Array(BOM.length + body.length);
  out.set(BOM, 0);
  out.set(body, BOM.length);
  return out;
}
