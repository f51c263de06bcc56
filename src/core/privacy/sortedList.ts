// A sorted word list ("\n" between the words, in code-unit order, as scripts/privacy-data.mjs writes
// it) asked "is this in it?". A Set of all ten thousand names cost milliseconds at every start; here
// a Set is built only for the first letters a text asks about, from that letter's run of lines.

export class SortedList {
  private readonly buckets = new Map<number, Set<string>>();

  constructor(private readonly text: string) {}

  has(word: string): boolean {
    if (!word) return false;
    const c = word.charCodeAt(0);
    let set = this.buckets.get(c);
    if (!set) {
      set = this.bucket(c);
      this.buckets.set(c, set);
    }
    return set.has(word);
  }

  /** The lines that start with code unit `c`: from the first such line to the first line after them. */
  private bucket(c: number): Set<string> {
    const from = this.firstLineFrom(c);
    const to = this.firstLineFrom(c + 1);
    if (to <= from) return new Set();
    return new Set(this.text.slice(from, to === this.text.length ? to : to - 1).split('\n'));
  }

  /** The offset of the first line whose first code unit is at least `c` (the text's length if none). */
  private firstLineFrom(c: number): number {
    const s = this.text;
    if (!s.length || s.charCodeAt(0) >= c) return 0;
    // lo is a line that starts below c; hi is a line that does not (or the end). Each step takes a line
    // start strictly between them, so the search ends when they are neighbours.
    let lo = 0;
    let hi = s.length;
    for (;;) {
      const mid = (lo + hi) >> 1;
      let start = s.lastIndexOf('\n', mid - 1) + 1;
      if (start <= lo) {
        start = s.indexOf('\n', lo) + 1;
        if (start === 0 || start >= hi) return hi;
      }
      if (s.charCodeAt(start) < c) lo = start;
      else hi = start;
    }
  }
}
