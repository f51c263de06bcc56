// How two versions of a text differ, fast on megabytes: the common start and end (compared in large
// chunks before character by character) and the line breaks in a stretch, as the incremental check needs.

/** Line breaks in text[from, to): \r\n, \n and a lone \r, as VS Code and core/text count them. */
export function countBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}

/** Chunk sizes the common start and end are compared in (memcmp), largest first, before char by char. */
const CHUNKS = [16384, 1024, 64];

/** Length of the common start of two strings. */
export function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let p = 0;
  for (const n of CHUNKS) while (p + n <= max && a.substring(p, p + n) === b.substring(p, p + n)) p += n;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** Length of the common end of two strings, not reaching into the first `floor` characters of either. */
export function commonSuffix(a: string, b: string, floor: number): number {
  const max = Math.min(a.length, b.length) - floor;
  let q = 0;
  for (const n of CHUNKS) {
    while (q + n <= max && a.substring(a.length - q - n, a.length - q) === b.substring(b.length - q - n, b.length - q)) q += n;
  }
  while (q < max && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) q++;
  return q;
}
