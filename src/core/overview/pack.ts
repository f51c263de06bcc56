import { ELEMENTS } from '../model';
import { drieEStateOf, type DrieEAnswers, type OverviewData, type OverviewRow } from './data';
import type { DrieEAnswer } from '../drie-e';

// The page carries its rows packed: every string once in a table, each row an array of numbers with the
// yes/no facts as bits. For 5,000 journals that is about a fifth of plain JSON, which is what the
// browser must read before the table can move, and what a webview message must copy.

export interface PackedOverview {
  v: 2;
  lang: OverviewData['lang'];
  scope?: string;
  journals: number;
  knownDeugden: string[];
  unusedDeugden: string[];
  strings: string[];
  /** [file, path, line, beeld, title, auteur, datum, situatie, situatieTitle, flags, findings, tags[], deugden[], open feedback] */
  rows: (number | number[])[][];
}

const BIT = { ervaring: 1, uitwerking: 2, afbeelding: 4, complete: 8, drieE: 16, el0: 32, asked: 1 << 16, waits: 1 << 17 } as const;
/** Each E's answer takes two bits, from this one up (after the five element bits). */
const E_SHIFT = 10;
const ANSWER_CODE: readonly DrieEAnswer[] = ['open', 'ja', 'nee', 'deels'];

function flagsOf(r: OverviewRow): number {
  let f = 0;
  if (r.ervaring) f |= BIT.ervaring;
  if (r.uitwerking) f |= BIT.uitwerking;
  if (r.afbeelding) f |= BIT.afbeelding;
  if (r.complete) f |= BIT.complete;
  if (r.drieE !== 'missing') f |= BIT.drieE;
  r.e.forEach((answer, i) => { f |= Math.max(0, ANSWER_CODE.indexOf(answer)) << (E_SHIFT + 2 * i); });
  r.elements.forEach((present, i) => { if (present) f |= BIT.el0 << i; });
  if (r.asked) f |= BIT.asked;
  if (r.waits) f |= BIT.waits;
  return f;
}

export function packOverview(data: OverviewData): PackedOverview {
  const strings = [''];
  const index = new Map<string, number>([['', 0]]);
  const s = (value: string | undefined) => {
    const v = value ?? '';
    let i = index.get(v);
    if (i === undefined) { i = strings.length; strings.push(v); index.set(v, i); }
    return i;
  };
  const rows = data.rows.map((r) => [
    s(r.file), r.path === r.file ? -1 : s(r.path), r.line, r.beeld, s(r.title), s(r.auteur), s(r.datum), s(r.situatie),
    s(r.situatieTitle), flagsOf(r), r.findings, r.tags.map(s), r.deugden.map(s), r.feedback,
  ]);
  return {
    v: 2, lang: data.lang, scope: data.scope, journals: data.journals,
    knownDeugden: data.knownDeugden, unusedDeugden: data.unusedDeugden, strings, rows,
  };
}

/** The reverse of `packOverview`; anything malformed yields an empty overview rather than an error. */
export function unpackOverview(p: PackedOverview): OverviewData {
  const strings = Array.isArray(p?.strings) ? p.strings : [];
  const str = (i: unknown) => (typeof i === 'number' && typeof strings[i] === 'string' ? strings[i] : '');
  const list = (v: unknown) => (Array.isArray(v) ? v.map(str) : []);
  const rows: OverviewRow[] = (Array.isArray(p?.rows) ? p.rows : []).map((a, id) => {
    const f = Number(a[9]) || 0;
    const e = [0, 1, 2].map((i) => ANSWER_CODE[(f >> (E_SHIFT + 2 * i)) & 3]) as DrieEAnswers;
    const file = str(a[0]);
    return {
      id, file, path: a[1] === -1 ? file : str(a[1]), line: Number(a[2]) || 0, beeld: Number(a[3]),
      title: str(a[4]), auteur: str(a[5]), datum: str(a[6]), situatie: str(a[7]), situatieTitle: str(a[8]) || undefined,
      tags: list(a[11]), ervaring: !!(f & BIT.ervaring), uitwerking: !!(f & BIT.uitwerking), afbeelding: !!(f & BIT.afbeelding),
      elements: ELEMENTS.map((_, i) => !!(f & (BIT.el0 << i))),
      drieE: drieEStateOf(!!(f & BIT.drieE), e),
      e, deugden: list(a[12]), complete: !!(f & BIT.complete), findings: Number(a[10]) || 0,
      feedback: Number(a[13]) || 0, asked: !!(f & BIT.asked), waits: !!(f & BIT.waits),
    };
  });
  return {
    lang: p?.lang === 'en' ? 'en' : 'nl', scope: typeof p?.scope === 'string' ? p.scope : undefined,
    journals: Number(p?.journals) || 0, rows,
    knownDeugden: Array.isArray(p?.knownDeugden) ? p.knownDeugden : [],
    unusedDeugden: Array.isArray(p?.unusedDeugden) ? p.unusedDeugden : [],
  };
}
