// CommonMark's block structure, line by line, as micromark builds it, keeping only what decides where the
// top-level headings are. Per line: which open containers (block quotes, lists) it continues, whether it
// opens new ones, and what it does to the open leaf block (paragraph, fenced or indented code, HTML).
// A line that continues no paragraph and leaves containers unmatched closes them; one that continues a
// paragraph "lazily" keeps them. No tree and no inline parsing: a state machine over lines, so it stays
// as cheap as a line scan. Where micromark departs from the spec's reference parser it follows micromark,
// the parser the rest of Goed Werk reads Markdown with (see docs/format.md, "Headings").
import type { ScannedHeading } from '../scan';
import { isPlainStart, lineEndOf, trimSpaces } from './chars';
import { continueList, continueQuote, ListLine, openContainer, type Container } from './containers';
import { LineCursor } from './cursor';
import { definitionLines } from './definition';
import { htmlEnds, htmlOpen } from './html';
import { atxLevel, atxText, closesFence, fenceLength, isThematicBreak, resetLineMemo, setextLevel } from './leaves';

const enum Leaf { None, Paragraph, Indented, Fenced, Html }
/** What a line does to an open paragraph. */
const enum Cut { None, Setext, LazyHtml, Other }

const BOM = 0xfeff;

/** The top-level headings between `from` and `to`; `firstLine` is the 0-based line at `from`. */
export function scanBlocks(text: string, from: number, to: number, firstLine: number): ScannedHeading[] {
  return new BlockScanner(text).run(from, to, firstLine);
}

class BlockScanner {
  private readonly cur: LineCursor;
  private readonly stack: Container[] = [];
  private leaf = Leaf.None;
  private fenceMarker = 0;
  private fenceSize = 0;
  private htmlKind = 0;
  /** Where each line of the open paragraph starts (after its containers' markers). */
  private readonly para: number[] = [];
  private paraLine = 0;
  private paraStart = 0;
  private line = 0;
  private lineStart = 0;
  private lineNext = 0;
  private readonly headings: ScannedHeading[] = [];

  constructor(private readonly text: string) {
    this.cur = new LineCursor(text);
  }

  run(from: number, to: number, firstLine: number): ScannedHeading[] {
    const t = this.text;
    this.line = firstLine;
    resetLineMemo();
    let cr = t.indexOf('\r', from);
    for (let start = from; start < to; this.line++) {
      if (cr !== -1 && cr < start) cr = t.indexOf('\r', start);
      let end = t.indexOf('\n', start);
      if (end === -1 || end > to) end = to;
      if (cr !== -1 && cr < end) end = cr;
      let next = end;
      if (next < to && t.charCodeAt(next) === 13) next++;
      if (next < to && t.charCodeAt(next) === 10) next++;
      this.lineStart = start;
      this.lineNext = next;
      // A byte order mark is no character of the first line.
      this.cur.start(start === 0 && t.charCodeAt(0) === BOM ? 1 : start, end);
      this.step();
      start = next;
    }
    return this.headings;
  }

  private step(): void {
    const { cur, stack } = this;
    let matched = 0;
    let sibling = false;
    for (; matched < stack.length; matched++) {
      const c = stack[matched];
      if (c.kind === 'quote') {
        if (!continueQuote(cur)) break;
        continue;
      }
      const r = continueList(cur, c);
      if (r === ListLine.Out) break;
      if (r === ListLine.Sibling) {
        sibling = true;
        stack.length = ++matched;
        this.leaf = Leaf.None;
        break;
      }
    }
    let interrupt = false;
    if (!sibling && matched === stack.length) {
      // Inside code or HTML, nothing but the containers' markers is read.
      if (this.leaf === Leaf.Fenced || this.leaf === Leaf.Html) return void this.leafLine(false, matched);
      interrupt = this.leaf === Leaf.Paragraph || this.leaf === Leaf.Indented;
    }
    const opened = openContainer(cur, interrupt);
    if (opened) {
      this.leaf = Leaf.None;
      stack.length = matched;
      stack.push(opened);
      for (let more = openContainer(cur, interrupt); more; more = openContainer(cur, interrupt)) stack.push(more);
      return void this.leafLine(false, stack.length);
    }
    if (matched === stack.length) return void this.leafLine(false, matched);
    // A lazy line: it keeps the unmatched containers only if it continues their paragraph.
    if (!this.leafLine(true, matched)) stack.length = matched;
  }

  /** The line's effect on the open leaf block; true when it stays in a paragraph (or lazy HTML) begun above. */
  private leafLine(lazy: boolean, depth: number): boolean {
    const cur = this.cur;
    const indent = cur.peek();
    switch (this.leaf) {
      case Leaf.Fenced:
        if (!lazy) {
          if (indent < 4 && closesFence(this.text, cur.nn, cur.end, this.fenceMarker, this.fenceSize)) this.leaf = Leaf.None;
          return false;
        }
        break;
      case Leaf.Html:
        if (lazy || (cur.blank && this.htmlKind >= 6)) break;
        if (this.htmlKind <= 5 && htmlEnds(this.text, this.htmlKind, cur.pos, cur.end)) this.leaf = Leaf.None;
        return false;
      case Leaf.Indented:
        if (!lazy && (cur.blank || indent >= 4)) return false;
        break;
      case Leaf.Paragraph:
        if (cur.blank) break;
        return this.paragraphLine(indent, lazy, depth);
    }
    this.leaf = Leaf.None;
    this.newLeaf(indent, lazy, depth);
    return false;
  }

  private paragraphLine(indent: number, lazy: boolean, depth: number): boolean {
    const cut = indent >= 4 ? Cut.None : this.cut(this.cur.nn, lazy);
    if (cut === Cut.None) {
      this.para.push(this.cur.pos);
      return true;
    }
    if (cut === Cut.LazyHtml) {
      // micromark lets a complete HTML tag on a lazy line end the paragraph inside the containers.
      this.leaf = Leaf.Html;
      this.htmlKind = 7;
      return true;
    }
    this.leaf = Leaf.None;
    if (cut === Cut.Setext && this.setext(depth)) return false;
    this.newLeaf(indent, lazy, depth);
    return false;
  }

  /** Whether the construct at `p` ends the open paragraph (an "interrupt"), and how. */
  private cut(p: number, lazy: boolean): Cut {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (isPlainStart(c)) return Cut.None;
    const end = this.cur.end;
    switch (c) {
      case 35: return atxLevel(t, p, end) ? Cut.Other : Cut.None;
      case 42: case 95: return isThematicBreak(t, p, end) ? Cut.Other : Cut.None;
      case 45:
        if (!lazy && setextLevel(t, p, end)) return Cut.Setext;
        return isThematicBreak(t, p, end) ? Cut.Other : Cut.None;
      case 61: return !lazy && setextLevel(t, p, end) ? Cut.Setext : Cut.None;
      case 60: {
        const open = htmlOpen(t, p, end, true, lazy);
        return !open ? Cut.None : open.kind === 7 ? Cut.LazyHtml : Cut.Other;
      }
      case 96: case 126: return fenceLength(t, p, end) ? Cut.Other : Cut.None;
      default: return Cut.None;
    }
  }

  /** A line that starts a leaf block where none is open. */
  private newLeaf(indent: number, lazy: boolean, depth: number): void {
    const { cur, text: t } = this;
    if (cur.blank) return;
    if (indent >= 4) {
      // micromark ends indented code begun on a lazy line with that line.
      if (!lazy) this.leaf = Leaf.Indented;
      return;
    }
    const p = cur.nn;
    const end = cur.end;
    const c = t.charCodeAt(p);
    if (!isPlainStart(c) && this.special(c, p, end, lazy, depth)) return;
    this.leaf = Leaf.Paragraph;
    this.para.length = 0;
    this.para.push(p);
    this.paraLine = this.line;
    this.paraStart = this.lineStart;
  }

  /** ATX heading, thematic break, HTML block or code fence at `p`; false when it is paragraph text. */
  private special(c: number, p: number, end: number, lazy: boolean, depth: number): boolean {
    const t = this.text;
    if (c === 35) {
      const level = atxLevel(t, p, end);
      if (level && depth === 0) this.heading(level, atxText(t, p + level, end), this.line, this.lineStart, false);
      return level > 0;
    }
    if (c === 42 || c === 45 || c === 95) return isThematicBreak(t, p, end);
    if (c === 60) {
      const open = htmlOpen(t, p, end, false, lazy);
      if (!open) return false;
      this.htmlKind = open.kind;
      this.leaf = open.kind <= 5 && htmlEnds(t, open.kind, open.scanFrom, end, open.state) ? Leaf.None : Leaf.Html;
      return true;
    }
    if (c === 96 || c === 126) {
      const size = fenceLength(t, p, end);
      if (!size) return false;
      this.leaf = Leaf.Fenced;
      this.fenceMarker = c;
      this.fenceSize = size;
      return true;
    }
    return false;
  }

  /**
   * The open paragraph under a setext underline. Link reference definitions at its start are not part
   * of it; a paragraph of nothing else is no heading (false: the underline is read as a line of its own).
   */
  private setext(depth: number): boolean {
    const t = this.text;
    const para = this.para;
    const lines = t.charCodeAt(para[0]) === 91 ? para.map((s) => t.slice(s, lineEndOf(t, s, this.cur.end))) : undefined;
    const skip = lines ? definitionLines(lines) : 0;
    if (skip >= para.length) return false;
    if (depth === 0) {
      const parts = para.slice(skip).map((s) => trimSpaces(t, s, lineEndOf(t, s, t.length)));
      const start = skip === 0 ? this.paraStart : lineStartBefore(t, para[skip]);
      this.heading(setextLevel(t, this.cur.nn, this.cur.end), parts.join(' '), this.paraLine + skip, start, true);
    }
    return true;
  }

  private heading(depth: number, text: string, line: number, start: number, setext: boolean): void {
    this.headings.push({ depth, text, span: { start, end: this.lineNext }, line, setext });
  }
}

function lineStartBefore(t: string, offset: number): number {
  let i = offset;
  while (i > 0 && t.charCodeAt(i - 1) !== 10 && t.charCodeAt(i - 1) !== 13) i--;
  return i;
}
