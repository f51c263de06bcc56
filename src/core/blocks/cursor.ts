// A position in one line that counts columns the way CommonMark does: a tab runs to the next multiple of
// 4, and a container may take part of a tab (`>\tx` leaves two columns of the tab to what follows).
import { afterTab, SPACE, TAB } from './chars';

export class LineCursor {
  /** Offset in the text, and the column there (inside a tab when part of it was taken). */
  pos = 0;
  col = 0;
  /** Where the line's text ends (before its line break). */
  end = 0;
  /** After peek(): the first character that is not a space or tab, and its column. */
  nn = 0;
  nnCol = 0;

  constructor(readonly text: string) {}

  start(pos: number, end: number): void {
    this.pos = pos;
    this.col = 0;
    this.end = end;
  }

  /** Looks for the first non-space character; returns how many columns of indentation lie before it. */
  peek(): number {
    const t = this.text;
    let i = this.pos;
    let c = this.col;
    while (i < this.end) {
      const ch = t.charCodeAt(i);
      if (ch === SPACE) c++;
      else if (ch === TAB) c = afterTab(c);
      else break;
      i++;
    }
    this.nn = i;
    this.nnCol = c;
    return c - this.col;
  }

  /** After peek(): nothing but spaces and tabs is left. */
  get blank(): boolean {
    return this.nn >= this.end;
  }

  /** The character at the cursor, or -1 at the end of the line. */
  char(): number {
    return this.pos < this.end ? this.text.charCodeAt(this.pos) : -1;
  }

  /** Moves to `pos` (a character that is not a space or tab, so its column is known). */
  moveTo(pos: number, col: number): void {
    this.pos = pos;
    this.col = col;
  }

  /** Moves past up to `n` columns of spaces and tabs, taking part of a tab when `n` ends inside it. */
  skipColumns(n: number): void {
    const t = this.text;
    while (n > 0 && this.pos < this.end) {
      const ch = t.charCodeAt(this.pos);
      if (ch === SPACE) {
        this.pos++;
        this.col++;
        n--;
      } else if (ch === TAB) {
        const stop = afterTab(this.col);
        const take = Math.min(n, stop - this.col);
        this.col += take;
        n -= take;
        if (this.col === stop) this.pos++;
      } else {
        return;
      }
    }
  }
}
