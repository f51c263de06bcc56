// A fast path past remark for the section bodies the rules read most (Deugden, the 3E check): plain
// bullet lists, prose paragraphs, quoted prose and HTML comments (the prompts the template and the notebook write),
// each starting in the first column. For such a body the block structure is plain from the lines, so
// the items come out as micromark would give them, without its event list and the garbage it makes.
// Anything else (indentation after a blank line, ordered lists, quotes, fences, headings, tabs, a line
// that starts with a mark) returns null and goes to remark as before. test/unit/plainBody.test.ts holds
// this equal to remark on random input and on the CommonMark spec's examples.
import type { Span } from './model';

/** Where an item's first paragraph starts (undefined: it has none) and whether its task box is ticked. */
export interface PlainItem { span: Span; paragraphStart: number; checked: boolean | undefined }

export interface PlainBody {
  /** Whether no block holds text a reader sees (HTML comments decided by `textless`). */
  empty: boolean;
  items: PlainItem[];
}

/** A bullet item: marker, one space, an optional task box, then a word (possibly emphasised). */
const ITEM = /^[-*+] (?:\[([ xX])\] )?(?=(?:[*_]{1,2})?\p{L})/u;
/** A line of prose: a word first, possibly emphasised. */
const PROSE = /^(?:[*_]{1,2})?\p{L}/u;
/** The same after some spaces, only as paragraph continuation. */
const INDENTED_PROSE = /^ +(?:[*_]{1,2})?\p{L}/u;
/** A line of a block quote that holds prose. */
const QUOTE = /^> ?(?:[*_]{1,2})?\p{L}/u;
const BLANK = /^[ \t]*$/;

// What the previous line left open: nothing, an item's paragraph, a paragraph, a comment, a quote's paragraph.
type State = 'none' | 'item' | 'para' | 'html' | 'quote';

/**
 * The blocks of `text` in `span` when they are plain (see above), else null. `textless` says whether an
 * HTML block's source holds nothing but comments and whitespace (parse.ts decides that for remark too).
 */
export function plainBody(text: string, span: Span, textless: (html: string) => boolean): PlainBody | null {
  const items: PlainItem[] = [];
  let state: State = 'none';
  let empty = true;
  let item: PlainItem | undefined;
  let htmlStart = 0;
  let lineStart = span.start;
  while (lineStart < span.end) {
    let lineEnd = lineStart;
    while (lineEnd < span.end && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    const line = text.slice(lineStart, lineEnd);
    if (state === 'html') {
      if (line.includes('-->')) {
        if (!textless(text.slice(htmlStart, lineEnd))) empty = false;
        state = 'none';
      }
    } else if (BLANK.test(line)) {
      state = 'none';
    } else {
      const m = ITEM.exec(line);
      if (m) {
        const box = m[1];
        // After a task box the paragraph starts one space past the box, as mdast-util-gfm-task-list-item has it.
        item = { span: { start: lineStart, end: lineEnd }, paragraphStart: lineStart + m[0].length, checked: box === undefined ? undefined : box !== ' ' };
        items.push(item);
        empty = false;
        state = 'item';
      } else if (line.startsWith('<!--')) {
        if (/^<!---?>/.test(line)) return null; // micromark's odd empty comments: leave them to it
        htmlStart = lineStart;
        if (line.indexOf('-->', 4) !== -1) {
          if (!textless(line)) empty = false;
          state = 'none';
        } else {
          state = 'html';
        }
      } else if (QUOTE.test(line)) {
        state = 'quote';
        empty = false;
      } else if (PROSE.test(line)) {
        if (state === 'item') item!.span.end = lineEnd; // a lazy continuation line
        else if (state !== 'quote') state = 'para';
        empty = false;
      } else if (INDENTED_PROSE.test(line) && state !== 'none') {
        if (state === 'item') item!.span.end = lineEnd;
      } else {
        return null;
      }
    }
    lineStart = lineEnd;
    if (text.charCodeAt(lineStart) === 13) lineStart++;
    if (text.charCodeAt(lineStart) === 10) lineStart++;
  }
  // An unclosed comment runs to the end of the body.
  if (state === 'html' && !textless(text.slice(htmlStart, span.end))) empty = false;
  return { empty, items };
}

/** Off makes parse.ts send every body to remark: the tests compare both ways, finding for finding. */
export const plainPath = { enabled: true };
