// Markdown tables read by column: a column headed "geboortedatum" holds dates of birth, one headed
// "naam" or "kind" holds names, whatever each cell looks like on its own.

export interface Cell { start: number; text: string }

/** The cells of a table row, with their offsets in the line. */
export function cellsOf(line: string): Cell[] {
  const out: Cell[] = [];
  let start = line.indexOf('|') + 1;
  for (let i = start; i <= line.length; i++) {
    if (i === line.length || (line[i] === '|' && line[i - 1] !== '\\')) {
      if (i < line.length || line.slice(start).trim()) out.push({ start, text: line.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}

const DELIMITER_ROW = /^[ \t]*\|[ \t:|-]*-[ \t:|-]*$/;

/**
 * Each body cell (offset in `text`) of the columns whose header `wanted` accepts. Only tables with a
 * delimiter row under their header count.
 */
export function columnCells(text: string, wanted: (header: string) => boolean): Cell[] {
  const out: Cell[] = [];
  if (!text.includes('|')) return out;
  const lines = text.split('\n');
  let at = 0;
  let columns: number[] | undefined;
  for (let i = 0; i < lines.length; at += lines[i].length + 1, i++) {
    const line = lines[i];
    if (!/^[ \t]*\|/.test(line)) { columns = undefined; continue; }
    if (!columns) {
      if (DELIMITER_ROW.test(lines[i + 1] ?? '')) columns = cellsOf(line).flatMap((c, k) => (wanted(c.text) ? [k] : []));
      continue;
    }
    if (DELIMITER_ROW.test(line)) continue;
    const cells = cellsOf(line);
    for (const k of columns) if (cells[k]) out.push({ start: at + cells[k].start, text: cells[k].text });
  }
  return out;
}
