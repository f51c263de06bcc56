// Changes one field of a journal's frontmatter the way a careful person would: only that field's
// value is rewritten (or its line added), so comments, the order of keys, unknown keys and the
// writer's own formatting stay as they were. Uses the `yaml` package's Document API for where each
// value stands; refuses YAML that does not parse as a mapping rather than guess. Pure.
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { Lang } from './model';
import { yamlScalar } from './template';

export type DetailKey = 'situatie' | 'datum' | 'auteur' | 'rol' | 'gesprek' | 'tags';

export const DETAIL_KEYS: readonly DetailKey[] = ['situatie', 'datum', 'auteur', 'rol', 'gesprek', 'tags'];

const ALIASES: Record<DetailKey, { nl: string; en: string }> = {
  situatie: { nl: 'situatie', en: 'situation' },
  datum: { nl: 'datum', en: 'date' },
  auteur: { nl: 'auteur', en: 'author' },
  rol: { nl: 'rol', en: 'role' },
  gesprek: { nl: 'gesprek', en: 'conversation' },
  tags: { nl: 'tags', en: 'tags' },
};

export type DetailValues = Partial<Record<DetailKey, string | string[]>>;

type Parsed = { ok: true; doc: ReturnType<typeof parseDocument>; pairs: Pair[] } | { ok: false };

function parse(yaml: string): Parsed {
  const doc = parseDocument(yaml, { uniqueKeys: false });
  if (doc.errors.length > 0) return { ok: false };
  if (doc.contents === null) return { ok: true, doc, pairs: [] };
  if (!isMap(doc.contents)) return { ok: false };
  return { ok: true, doc, pairs: doc.contents.items as Pair[] };
}

function keyOf(p: Pair): string | undefined {
  return isScalar(p.key) && typeof p.key.value === 'string' ? p.key.value : undefined;
}

function pairFor(pairs: Pair[], key: DetailKey): Pair | undefined {
  const names = [ALIASES[key].nl, ALIASES[key].en];
  return pairs.find((p) => names.includes(keyOf(p) ?? ''));
}

function valueOf(node: unknown): string | string[] | undefined {
  if (node === null || node === undefined) return undefined;
  if (isSeq(node)) return node.items.map((i) => (isScalar(i) ? String(i.value ?? '') : String(i))).filter(Boolean);
  if (isScalar(node)) return node.value === null ? undefined : String(node.value);
  return undefined;
}

/** The journal's details, Dutch or English keys; undefined when the YAML is not a mapping. */
export function readDetails(yaml: string): DetailValues | undefined {
  const parsed = parse(yaml);
  if (!parsed.ok) return undefined;
  const out: DetailValues = {};
  for (const key of DETAIL_KEYS) {
    const v = valueOf(pairFor(parsed.pairs, key)?.value);
    if (v !== undefined && v !== '') out[key] = v;
  }
  return out;
}

function format(value: string | string[]): string {
  if (Array.isArray(value)) return `[${value.map((v) => yamlScalar(v.trim())).filter(Boolean).join(', ')}]`;
  return value.trim() ? yamlScalar(value.trim()) : '';
}

/** Which language the keys are in: English when only English ones are there. */
function keyLang(pairs: Pair[], fallback: Lang): Lang {
  const keys = pairs.map(keyOf);
  const en = DETAIL_KEYS.some((k) => ALIASES[k].en !== ALIASES[k].nl && keys.includes(ALIASES[k].en));
  const nl = DETAIL_KEYS.some((k) => ALIASES[k].en !== ALIASES[k].nl && keys.includes(ALIASES[k].nl));
  return en && !nl ? 'en' : nl ? 'nl' : fallback;
}

/**
 * The YAML with one detail set (an empty string or list clears the value but keeps the key), or
 * undefined when the YAML does not parse as a mapping. Everything else keeps its bytes.
 */
export function setDetail(yaml: string, key: DetailKey, value: string | string[], lang: Lang): string | undefined {
  const parsed = parse(yaml);
  if (!parsed.ok) return undefined;
  const eol = /\r\n/.test(yaml) ? '\r\n' : '\n';
  const written = format(value);
  const pair = pairFor(parsed.pairs, key);
  if (!pair) {
    const line = `${ALIASES[key][keyLang(parsed.pairs, lang)]}:${written ? ` ${written}` : ''}`;
    if (yaml === '' || /^\s*$/.test(yaml)) return line;
    return yaml.replace(/(?:\r\n|\r|\n)?$/, (end) => (end ? end : eol)) + line;
  }
  const keyNode = pair.key as Node;
  const colon = yaml.indexOf(':', keyNode.range![1]);
  const valueNode = pair.value as Node | null;
  const from = colon + 1;
  // A block list's range takes in its last line break: that break stays.
  let to = valueNode?.range ? valueNode.range[1] : from;
  while (to > from && (yaml[to - 1] === '\n' || yaml[to - 1] === '\r')) to--;
  const replaced = yaml.slice(0, from) + (written ? ` ${written}` : '') + yaml.slice(to).replace(/^[ \t]+(?=\r|\n|$)/, '');
  return replaced;
}
