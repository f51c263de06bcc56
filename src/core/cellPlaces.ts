// Where a journal's lines end up once it opens as notebook cells: for moving a finding of a closed
// journal (reported on the file's lines) onto the cell that will show it, at that cell's own line.
import { layout, promptGap, textToCells, valueOffset, type CellSpec } from './cells';
import type { Range } from './model';
import { lineStarts, positionAt } from './text';

export interface CellPlace {
  /** Index of the cell, as the notebook will number its cells when it opens. */
  index: number;
  /** Journal lines of the cell's first value line, and of its last. */
  firstLine: number;
  lastLine: number;
  /** Hidden prompt lines between the value's first line and its second. */
  gap: number;
}

/** The cells a journal's text opens as, and the lines each one shows. */
export function cellPlaces(text: string, cells: CellSpec[] = textToCells(text)): CellPlace[] {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const placed = layout(cells, eol);
  const starts = lineStarts(placed.text);
  const out: CellPlace[] = [];
  const first = placed.starts.findIndex((s, i) => placed.ends[i] > s);
  cells.forEach((cell, i) => {
    if (placed.ends[i] <= placed.starts[i]) return;
    const start = placed.starts[i] + valueOffset(cell, eol, i === first);
    const firstLine = positionAt(starts, start).line;
    const lines = cell.value.split(/\r\n|\r|\n/).length;
    const gap = lines > 1 ? (promptGap(cell).match(/\r\n|\r|\n/g) ?? []).length : 0;
    out.push({ index: i, firstLine, lastLine: firstLine + lines - 1 + gap, gap });
  });
  return out;
}

/** The cell that shows a journal range, and the range in that cell's own lines (clamped into it). */
export function toCellRange(places: readonly CellPlace[], range: Range): { index: number; range: Range } | undefined {
  let place: CellPlace | undefined;
  for (const p of places) {
    if (p.firstLine <= range.start.line) place = p;
    else break;
  }
  place ??= places[0];
  if (!place) return undefined;
  const local = (line: number, character: number) => {
    if (line < place!.firstLine) return { line: 0, character: 0 };
    if (line > place!.lastLine) return { line: place!.lastLine - place!.firstLine - place!.gap, character };
    if (line > place!.firstLine && line <= place!.firstLine + place!.gap) return { line: 0, character: 0 };
    return { line: line - place!.firstLine - (line > place!.firstLine ? place!.gap : 0), character };
  };
  const start = local(range.start.line, range.start.character);
  const end = range.end.line > place.lastLine ? start : local(range.end.line, range.end.character);
  return { index: place.index, range: { start, end } };
}
