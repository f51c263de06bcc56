// Findings of a beeld checked on its own, moved to where the beeld stands in the whole journal.
import type { Finding } from '../core/model';

/** `sectie-dubbel` names the line of the first heading in its message; that line moves with the beeld. */
function shiftMessage(f: Finding, lines: number): string {
  if (f.rule !== 'sectie-dubbel' || lines === 0) return f.message;
  return f.message.replace(/\((regel|line) (\d+)\)/, (_m, word: string, n: string) => `(${word} ${Number(n) + lines})`);
}

export function shift(findings: readonly Finding[], lines: number, beeld: number): Finding[] {
  if (lines === 0 && beeld === 0) return findings.slice();
  return findings.map((f) => ({
    ...f,
    message: shiftMessage(f, lines),
    range: {
      start: { line: f.range.start.line + lines, character: f.range.start.character },
      end: { line: f.range.end.line + lines, character: f.range.end.character },
    },
    data: f.data && f.data.beeld !== undefined ? { ...f.data, beeld: f.data.beeld + beeld } : f.data,
  }));
}
