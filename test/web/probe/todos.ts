// The probe's one "rule": every TODO in a *.probe.txt file is a finding, the way Goed Werk reports
// what a beeld still lacks. Pure, so the in-host tests can state exactly what the probe must report.

export interface Todo { line: number; start: number; end: number }

export const PROBE_FILE = /\.probe\.txt$/;

export function findTodos(text: string): Todo[] {
  const todos: Todo[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(/\bTODO\b/g)) todos.push({ line: i, start: m.index, end: m.index + m[0].length });
  });
  return todos;
}
