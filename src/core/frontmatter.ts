// Reads a journal's YAML frontmatter into the fields Goed Werk knows, Dutch or English keys alike.
// It never throws: YAML that does not parse, or is not a mapping, becomes `error` with a range, and the
// rest of the journal is checked as usual.
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Frontmatter, FrontmatterFields, Range, Span } from './model';
import { positionAt } from './text';
import { normalizeVorm } from './reflectie/vorm';
import { readPlainYaml } from './yaml-plain';

/** Every key the format accepts per field; the Dutch name first (and it wins when both are given). */
export const FRONTMATTER_KEYS: Record<keyof FrontmatterFields, readonly string[]> = {
  situatie: ['situatie', 'situation'],
  datum: ['datum', 'date'],
  auteur: ['auteur', 'author'],
  rol: ['rol', 'role'],
  gesprek: ['gesprek', 'conversation'],
  tags: ['tags'],
  vorm: ['vorm', 'form'],
  duur: ['duur', 'duration'],
  begeleider: ['begeleider', 'facilitator'],
  deelnemers: ['deelnemers', 'participants'],
  reeks: ['reeks', 'series'],
};

export const GESPREK_VALUES = ['een-op-een', 'groep', 'zelf'] as const;
export type Gesprek = (typeof GESPREK_VALUES)[number];

// Spellings people write for the three kinds of conversation, normalised (lowercase, no spaces/accents).
const GESPREK_ALIASES: Record<string, Gesprek> = {
  eenopeen: 'een-op-een', '1op1': 'een-op-een', onetoone: 'een-op-een', '1on1': 'een-op-een', '1to1': 'een-op-een',
  groep: 'groep', group: 'groep', team: 'groep',
  zelf: 'zelf', self: 'zelf', alleen: 'zelf', solo: 'zelf',
};

/** The message `error` carries when the YAML parses but is not a key/value mapping. */
export const NOT_A_MAPPING = 'not a mapping';

const KEY_TO_FIELD = new Map<string, keyof FrontmatterFields>(
  (Object.entries(FRONTMATTER_KEYS) as [keyof FrontmatterFields, readonly string[]][])
    .flatMap(([field, keys]) => keys.map((k) => [k, field] as const)),
);

export function parseFrontmatter(
  text: string, block: { span: Span; yamlSpan: Span }, starts: readonly number[],
): Frontmatter {
  const base = { span: block.span, yamlSpan: block.yamlSpan, fields: {}, fieldRanges: {} };
  const yamlText = text.slice(block.yamlSpan.start, block.yamlSpan.end);
  const plain = readPlainYaml(yamlText);
  if (plain) return { ...base, data: plain.data, ...readFields(plain.pairs, plain.data, block.yamlSpan.start, starts) };
  try {
    const doc = parseDocument(yamlText, { prettyErrors: false });
    const err = doc.errors[0];
    if (err) {
      const at = block.yamlSpan.start + Math.min(Math.max(0, err.pos?.[0] ?? 0), yamlText.length);
      return { ...base, data: null, error: { message: firstLine(err.message), code: err.code, range: lineRange(text, starts, at) } };
    }
    if (doc.contents === null) return { ...base, data: {} };
    if (!isMap(doc.contents)) {
      const at = block.yamlSpan.start + (doc.contents.range?.[0] ?? 0);
      return { ...base, data: null, error: { message: NOT_A_MAPPING, range: lineRange(text, starts, at) } };
    }
    const data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
    const keys = doc.contents.items.flatMap((pair) => (isScalar(pair.key) ? [{ key: String(pair.key.value), range: pair.key.range }] : []));
    const { fields, fieldRanges } = readFields(keys, data, block.yamlSpan.start, starts);
    return { ...base, data, fields, fieldRanges };
  } catch (e) {
    // toJS throws on unresolved or exploding aliases; that is YAML we cannot use either.
    const message = e instanceof Error ? firstLine(e.message) : 'invalid YAML';
    return { ...base, data: null, error: { message, code: 'BAD_ALIAS', range: lineRange(text, starts, block.yamlSpan.start) } };
  }
}

/** A top-level key of the mapping and where its text stands in the YAML. */
interface KeyAt { key: string; range?: readonly number[] | null }

function readFields(items: readonly KeyAt[], data: Record<string, unknown>, offset: number, starts: readonly number[]) {
  const fields: FrontmatterFields = {};
  const fieldRanges: Frontmatter['fieldRanges'] = {};
  const rank: Partial<Record<keyof FrontmatterFields, number>> = {};
  for (const pair of items) {
    const key = pair.key;
    const field = KEY_TO_FIELD.get(key.trim().toLowerCase());
    if (!field) continue;
    // The Dutch key wins over its English twin, whatever their order in the file.
    const r = FRONTMATTER_KEYS[field].indexOf(key.trim().toLowerCase());
    if (rank[field] !== undefined && rank[field]! <= r) continue;
    const value = normalizeField(field, data[key]);
    if (value === undefined) continue;
    rank[field] = r;
    (fields as Record<string, unknown>)[field] = value;
    const range = pair.range;
    if (range) fieldRanges[field] = { start: positionAt(starts, offset + range[0]), end: positionAt(starts, offset + range[1]) };
  }
  return { fields, fieldRanges };
}

function normalizeField(field: keyof FrontmatterFields, value: unknown): string | string[] | undefined {
  switch (field) {
    case 'datum': return normalizeDate(value);
    case 'gesprek': return normalizeGesprek(value);
    case 'tags': return normalizeTags(value);
    case 'vorm': return normalizeVorm(value);
    default: return scalarText(value);
  }
}

function scalarText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  return undefined;
}

/**
 * A date as YYYY-MM-DD. Accepts YAML dates, ISO dates and timestamps, and the Dutch day-month-year
 * (1-3-2024, 01/03/2024, 1.3.2024). Anything else is kept as written, so no data is lost.
 */
export function normalizeDate(value: unknown): string | undefined {
  const s = scalarText(value);
  if (s === undefined) return undefined;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/.exec(s);
  if (m) return ymd(m[1], m[2], m[3]) ?? s;
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return ymd(m[3], m[2], m[1]) ?? s;
  return s;
}

function ymd(y: string, m: string, d: string): string | undefined {
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `een-op-een`, `groep` or `zelf` (English `one-to-one`, `group`, `self` too); other values kept as written. */
export function normalizeGesprek(value: unknown): string | undefined {
  const s = scalarText(value);
  if (s === undefined) return undefined;
  const key = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s_-]+/g, '');
  return GESPREK_ALIASES[key] ?? s;
}

function normalizeTags(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
  const tags = list.map(scalarText).filter((t): t is string => !!t);
  return tags.length > 0 ? tags : undefined;
}

function firstLine(message: string): string {
  return message.split(/\r?\n/, 1)[0].trim();
}

/** The line holding `offset`, from its first non-blank character to its end (line break excluded). */
export function lineRange(text: string, starts: readonly number[], offset: number): Range {
  const { line } = positionAt(starts, offset);
  let start = starts[line];
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  return { start: { line, character: start - starts[line] }, end: { line, character: end - starts[line] } };
}
