// A beeld's fingerprint: a handful of min-hashes over runs of three words of its text. Two versions of
// the same beeld share most of them even after its title or a few sentences changed; two different
// beelden share almost none. It holds no words, so a thread file does not copy the journal's text.
const HASHES = 8;
const SHINGLE = 3;

function words(text: string): string[] {
  return text
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/^ {0,3}#{1,6}[ \t].*$/gm, ' ')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
}

function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // A final mix, so hashes of near-identical strings spread over the whole range.
  h ^= h >>> 15; h = Math.imul(h, 0x2c1b3c6d) >>> 0; h ^= h >>> 12;
  return h >>> 0;
}

/** The fingerprint of a beeld's body (title and headings do not count); '' when it has too few words. */
export function fingerprint(text: string): string {
  const w = words(text);
  if (w.length < SHINGLE) return '';
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE <= w.length; i++) shingles.add(w.slice(i, i + SHINGLE).join(' '));
  const out: string[] = [];
  for (let k = 0; k < HASHES; k++) {
    let min = 0xffffffff;
    for (const s of shingles) min = Math.min(min, fnv1a(s, k));
    out.push((min >>> 8).toString(16).padStart(6, '0'));
  }
  return out.join(' ');
}

/** The share of hashes two fingerprints have in common (0 to 1), or undefined when either is empty. */
export function fingerprintSimilarity(a: string | undefined, b: string | undefined): number | undefined {
  const x = (a ?? '').trim().split(/\s+/).filter(Boolean);
  const y = (b ?? '').trim().split(/\s+/).filter(Boolean);
  if (x.length === 0 || y.length === 0) return undefined;
  const n = Math.min(x.length, y.length);
  let same = 0;
  for (let i = 0; i < n; i++) if (x[i] === y[i]) same++;
  return same / Math.max(x.length, y.length);
}

/** How alike two short texts are (titles, headings): the Dice coefficient of their letter pairs. */
export function textSimilarity(a: string, b: string): number {
  const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const x = norm(a);
  const y = norm(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const pairs = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const px = pairs(x);
  const py = pairs(y);
  let both = 0;
  for (const [k, n] of px) both += Math.min(n, py.get(k) ?? 0);
  return (2 * both) / (x.length - 1 + y.length - 1);
}
