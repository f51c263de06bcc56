// After an edit the cells may no longer follow the journal's structure: a quick fix put a new section
// into the cell before it, a paste brought two sections, a closing `---` turned the first lines into
// frontmatter, a deleted heading left two sections' worth of text in one cell. This computes the one
// replacement that makes the cells what opening the file would give, touching as few cells as it can.
// The journal's text is the same before and after: only where it is cut into cells changes.
import { eolOfCells, layout, textToCells, type CellInput, type CellSpec } from './cells';

export interface ResyncPlan {
  /** The first cell to replace, and how many. */
  start: number;
  deleteCount: number;
  /** The cells that take their place, cut from the journal's text as opening it would cut them. */
  cells: CellSpec[];
  /** The journal's text (unchanged by the plan). */
  text: string;
}

/**
 * A cell's stretch of the journal: from its start to the end of its own text (`own`) and to the next
 * cell's start (`end`); a separator written between two cells makes them differ, as opening the file
 * would give that blank line to the cell before.
 */
interface Piece { start: number; own: number; end: number; language: string; ours: boolean; prompt: string }

function piecesOf(cells: readonly CellInput[], starts: readonly number[], ends: readonly number[], length: number): { index: number; piece: Piece }[] {
  const out: { index: number; piece: Piece }[] = [];
  cells.forEach((c, i) => {
    if (ends[i] <= starts[i]) return;
    const last = out[out.length - 1];
    if (last) last.piece.end = starts[i];
    out.push({ index: i, piece: { start: starts[i], own: ends[i], end: length, language: c.language === 'yaml' ? 'yaml' : 'markdown', ours: !!c.meta, prompt: c.meta?.prompt ?? '' } });
  });
  return out;
}

function samePiece(a: Piece, b: Piece): boolean {
  return a.start === b.start && a.own === b.own && a.end === b.end && a.language === b.language && a.ours === b.ours && a.prompt === b.prompt;
}

/**
 * The replacement that makes `cells` follow their text's structure, or undefined when they do.
 * Cells that write nothing (a new cell left empty, the placeholder of a blank journal) are left alone
 * unless they stand inside the range that changes.
 */
export function resyncCells(cells: readonly CellInput[]): ResyncPlan | undefined {
  const eol = eolOfCells(cells);
  const placed = layout(cells, eol);
  const canon = textToCells(placed.text);
  const canonPlaced = layout(canon, eol);
  const current = piecesOf(cells, placed.starts, placed.ends, placed.text.length);
  const wanted = piecesOf(canon, canonPlaced.starts, canonPlaced.ends, placed.text.length).map((p) => p.piece);
  let head = 0;
  while (head < current.length && head < wanted.length && samePiece(current[head].piece, wanted[head])) head++;
  if (head === current.length && head === wanted.length) return undefined;
  let tail = 0;
  while (tail < current.length - head && tail < wanted.length - head
    && samePiece(current[current.length - 1 - tail].piece, wanted[wanted.length - 1 - tail])) tail++;
  // The cells between the last one kept in front and the first one kept behind, empty ones included.
  const start = head === 0 ? (current[0]?.index ?? 0) : current[head - 1].index + 1;
  const end = tail === 0 ? cells.length : current[current.length - tail].index;
  const from = head;
  const to = wanted.length - tail;
  // Empty cells at the edges of the range stay: the writer may just have added one to type in.
  let s = start;
  while (s < end && placed.ends[s] === placed.starts[s]) s++;
  let e = end;
  while (e > s && placed.ends[e - 1] === placed.starts[e - 1]) e--;
  return { start: s, deleteCount: e - s, cells: canon.slice(from, to), text: placed.text };
}
