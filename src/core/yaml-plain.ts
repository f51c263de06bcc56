// A fast path past the YAML library for the frontmatter nearly every journal has: one `key: value` per
// line, the value a plain word-like string, a flow list of such strings (`[a, b]`) or nothing. For that
// the answer is plain from the lines; anything else (quotes, comments, numbers, booleans, dates with a
// time, indentation, block lists, duplicate keys, odd line breaks) returns null and the `yaml` library
// reads it as before. test/unit/yaml-plain.test.ts holds it equal to `yaml` on random input.

/** A key and where its text stands in the YAML (offsets as the library's `range[0]`, `range[1]`). */
export interface PlainPair { key: string; range: [number, number] }

export interface PlainYaml {
  data: Record<string, string | string[] | null>;
  pairs: PlainPair[];
}

const KEY = /^([A-Za-z][A-Za-z0-9_-]{0,63}):(?: +(.*?))? *$/;
/** A plain scalar with no character YAML gives a meaning to (no `:`, `#`, quotes, brackets, commas). */
const WORD = /^[\p{L}\p{N}][\p{L}\p{N} ._/()'!?+&-]*$/u;
/** What the core schema would read as something other than a string: leave those to the library. */
const NOT_A_STRING = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|null|true|false)$/i;

function word(s: string): string | undefined {
  return WORD.test(s) && !NOT_A_STRING.test(s) ? s : undefined;
}

function value(raw: string | undefined): string | string[] | null | undefined {
  if (raw === undefined || raw === '') return null;
  if (!raw.startsWith('[')) return word(raw);
  if (!raw.endsWith(']')) return undefined;
  const inner = raw.slice(1, -1).trim();
  if (inner === '') return [];
  const items: string[] = [];
  for (const part of inner.split(',')) {
    const item = word(part.trim());
    if (item === undefined) return undefined;
    items.push(item);
  }
  return items;
}

/** The frontmatter's YAML when it is plain (see above), else null. */
export function readPlainYaml(yaml: string): PlainYaml | null {
  if (yaml.includes('\r') && /\r(?!\n)/.test(yaml)) return null;
  const data: PlainYaml['data'] = {};
  const pairs: PlainPair[] = [];
  let start = 0;
  while (start < yaml.length) {
    let end = yaml.indexOf('\n', start);
    if (end === -1) end = yaml.length;
    const line = yaml.slice(start, yaml.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (line !== '') {
      const m = KEY.exec(line);
      if (!m || NOT_A_STRING.test(m[1]) || Object.prototype.hasOwnProperty.call(data, m[1])) return null;
      const v = value(m[2]);
      if (v === undefined) return null;
      data[m[1]] = v;
      pairs.push({ key: m[1], range: [start, start + m[1].length] });
    }
    start = end + 1;
  }
  return pairs.length > 0 ? { data, pairs } : null;
}
