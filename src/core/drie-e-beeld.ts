// A beeld's whole 3E check under contract v2 (see drie-e.ts for one item): each E's answer, and which
// E's no item names. Two readers of the same contract: one on the parsed list items (rules, stats), one
// on the lines of a section body (edits and the sidebar, which never run remark).
import type { DrieEId } from './content/guides';
import { DRIE_E_IDS, readDrieEItem, splitDrieELine, type DrieEAnswer } from './drie-e';
import type { Section, Span } from './model';

export interface DrieEReading {
  /** The beeld has a 3E section. */
  present: boolean;
  answers: Record<DrieEId, DrieEAnswer>;
  /** The E's no item names; they count as open. */
  missing: DrieEId[];
}

interface ItemLike { text: string; checked?: boolean }

/**
 * The answers of a list of 3E items. An E named twice takes its first answer that is not open: a
 * writer who adds a second line for an E has answered it, whichever line holds the answer.
 */
export function readDrieEList(items: readonly ItemLike[], present = true): DrieEReading {
  const answers = { excellent: 'open', ethisch: 'open', energiek: 'open' } as Record<DrieEId, DrieEAnswer>;
  const named = new Set<DrieEId>();
  for (const item of items) {
    const read = readDrieEItem(item.text, item.checked);
    if (!read) continue;
    named.add(read.id);
    if (answers[read.id] === 'open') answers[read.id] = read.answer;
  }
  return { present, answers, missing: DRIE_E_IDS.filter((id) => !named.has(id)) };
}

/** The 3E check of a parsed beeld: the items of all its 3E sections. */
export function drieEOfSections(sections: readonly Section[]): DrieEReading {
  const blocks = sections.filter((s) => s.kind === 'drie-e');
  return readDrieEList(blocks.flatMap((s) => s.items), blocks.length > 0);
}

export interface DrieELine {
  /** The E the item names; undefined for another item of the list. */
  id?: DrieEId;
  answer: DrieEAnswer;
  ticked: boolean | undefined;
  /** The item's lines: its first line to its last nested or continuation line with text, line break included. */
  span: Span;
  /** Where the item's text (after marker and box) starts and ends on the line. */
  textSpan: Span;
  /** The question or words the item holds after its name and answer word. */
  explanation: string;
}

/**
 * The top-level list items of a section body, line by line, outside code fences. A line indented as far
 * as the text of the item above it belongs to that item (a nested list, a continuation), as in CommonMark.
 */
export function drieELines(text: string, body: Span): DrieELine[] {
  const out: DrieELine[] = [];
  let at = body.start;
  let fence = '';
  let nestAt: number | undefined;
  while (at < body.end) {
    let end = at;
    while (end < body.end && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const line = text.slice(at, end);
    let next = end;
    if (text.charCodeAt(next) === 13) next++;
    if (text.charCodeAt(next) === 10) next++;
    const mark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) { if (mark && mark[0] === fence[0] && mark.length >= fence.length) fence = ''; }
    else if (mark) fence = mark;
    else if (nestAt !== undefined && (line.length - line.trimStart().length >= nestAt || !line.trim())) {
      // Inside the item above: its span grows over every line with text, so an insertion after it stays after it.
      const last = out[out.length - 1];
      if (last && line.trim()) last.span.end = next;
    }
    else if (/^ {0,3}\S/.test(line)) {
      const split = splitDrieELine(line);
      nestAt = split ? split.marker.length : undefined;
      if (split) {
        const read = readDrieEItem(split.text, split.ticked);
        const start = at + line.length - split.text.length;
        out.push({
          id: read?.id, answer: read?.answer ?? 'open', ticked: split.ticked, span: { start: at, end: next },
          textSpan: { start, end }, explanation: read?.explanation ?? '',
        });
      }
    }
    at = next;
  }
  return out;
}

/** The 3E check read from the lines of its section bodies; with no body, the beeld has no 3E section. */
export function drieEOfBodies(text: string, bodies: readonly Span[]): DrieEReading {
  const items = bodies.flatMap((b) => drieELines(text, b))
    .map((l) => ({ text: text.slice(l.textSpan.start, l.textSpan.end), checked: l.ticked }));
  return readDrieEList(items, bodies.length > 0);
}
