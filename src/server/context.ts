// Where in a journal a position stands: in the frontmatter (on which key), on a section heading,
// in a Deugden list. Completion and hover both ask; the scanner answers without remark.
import { outline, type Outline, type OutlineBeeld, type OutlineSection } from '../core/scan';
import { positionAt } from '../core/text';

export interface LineAt {
  /** Offsets of the line's start and end (line break excluded). */
  start: number;
  end: number;
  text: string;
  /** The part of the line before the position. */
  before: string;
}

export function lineAt(text: string, starts: readonly number[], offset: number): LineAt {
  const { line } = positionAt(starts, offset);
  const start = starts[line];
  let end = starts[line + 1] ?? text.length;
  while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  return { start, end, text: text.slice(start, end), before: text.slice(start, Math.min(offset, end)) };
}

export type Place =
  | { kind: 'frontmatter'; line: LineAt; key?: string; valueStart?: number; valueEnd?: number }
  | { kind: 'heading'; line: LineAt; beeld?: OutlineBeeld; section?: OutlineSection; textStart: number }
  | { kind: 'deugden'; line: LineAt; beeld: OutlineBeeld; section: OutlineSection }
  | { kind: 'other'; line: LineAt; beeld?: OutlineBeeld };

const HEADING = /^( {0,3})(#{2,6})([ \t]+|$)/;
const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*/;

/** The place of an offset. `o` may be passed when the caller already has the outline. */
export function placeAt(text: string, offset: number, o: Outline = outline(text)): Place {
  const line = lineAt(text, o.lineStarts, offset);
  const fm = o.frontmatter;
  if (fm && offset >= fm.yamlSpan.start && offset <= fm.yamlSpan.end && line.start >= fm.yamlSpan.start) {
    const m = KEY_VALUE.exec(line.text);
    if (!m) return { kind: 'frontmatter', line };
    const valueStart = line.start + m[0].length;
    // A trailing YAML comment is not part of the value.
    const rest = line.text.slice(m[0].length);
    const comment = rest.search(/[ \t]#/);
    const valueEnd = line.start + m[0].length + (comment === -1 ? rest.length : comment);
    return { kind: 'frontmatter', line, key: m[1].toLowerCase(), valueStart, valueEnd };
  }
  const beeld = o.beelden.find((b) => offset >= b.span.start && (offset < b.span.end || (offset === b.span.end && b === o.beelden[o.beelden.length - 1])));
  const h = HEADING.exec(line.text);
  if (h) {
    const section = beeld?.sections.find((s) => s.heading.span.start === line.start);
    return { kind: 'heading', line, beeld, section, textStart: line.start + h[0].length };
  }
  if (beeld) {
    const section = [...beeld.sections].reverse().find((s) => s.body.start <= line.start && line.start < Math.max(s.body.end, s.body.start + 1));
    if (section && section.kind === 'deugden' && offset >= section.body.start) return { kind: 'deugden', line, beeld, section };
  }
  return { kind: 'other', line, beeld };
}
