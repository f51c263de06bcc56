// A Bloom filter as scripts/privacy-data.mjs builds it: a yes may be wrong (about 1 %), a no never is.
// The word lists are large and only ever asked "is this in it?", so this is far cheaper to load than a Set.

export interface BloomData { bits: number; k: number; data: string }

/** FNV-1a over UTF-16 code units with a seed; must match the build script's `fnv`. */
function fnv(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export class Bloom {
  private readonly bytes: Uint8Array;
  private readonly bits: number;
  private readonly k: number;

  constructor(d: BloomData) {
    // Buffer where there is one (fast); atob in the browser's language server, which has none.
    this.bytes = typeof Buffer === 'function' ? Buffer.from(d.data, 'base64') : Uint8Array.from(atob(d.data), (c) => c.charCodeAt(0));
    this.bits = d.bits;
    this.k = d.k;
  }

  has(s: string): boolean {
    const h1 = fnv(s, 0);
    const h2 = fnv(s, 0x9e3779b9) | 1;
    for (let i = 0; i < this.k; i++) {
      const at = ((h1 + Math.imul(i, h2)) >>> 0) % this.bits;
      if ((this.bytes[at >> 3] & (1 << (at & 7))) === 0) return false;
    }
    return true;
  }
}
