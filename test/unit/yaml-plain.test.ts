// The fast path for plain frontmatter (src/core/yaml-plain.ts) against the `yaml` library that reads
// everything else: whenever the fast path answers, the library must read the same YAML without errors
// as a mapping with the same data and the same keys at the same places. parseFrontmatter feeds both
// answers to the same field reader, so equal inputs mean equal fields. The test also counts how often
// the fast path answered, so it cannot pass by always declining.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isMap, isScalar, parseDocument } from 'yaml';
import { parseFrontmatter } from '../../src/core/frontmatter';
import { outline } from '../../src/core/scan';
import { readPlainYaml } from '../../src/core/yaml-plain';

function library(yaml: string) {
  const doc = parseDocument(yaml, { prettyErrors: false });
  if (doc.errors.length || !isMap(doc.contents)) return { errors: doc.errors.map((e) => e.code) };
  return {
    data: doc.toJS({ maxAliasCount: 100 }),
    pairs: doc.contents.items.map((p) => ({ key: isScalar(p.key) ? String(p.key.value) : '?', range: isScalar(p.key) ? [p.key.range![0], p.key.range![1]] : [] })),
  };
}

const key = fc.constantFrom('situatie', 'datum', 'date', 'auteur', 'rol', 'gesprek', 'tags', 'vorm', 'duur', 'reeks', 'x-y', 'a_b',
  'Datum', 'null', 'true', 'True', 'e', 'k1');
const word = fc.constantFrom('paniek-bij-oma', 'Medewerker 1', 'gezinsvoogd', 'een-op-een', '2024-09-23', '1-3-2024', '01/03/2024',
  '1.3.2024', '90', '1.5', '1.', '1e5', '0x1F', '0o17', '-3', '+4', 'null', 'Null', 'NULL', '~', 'true', 'False', 'yes', 'no', 'on',
  '.inf', '.nan', 'é é', 'Jan\'s', 'a  b', 'a #b', 'a#b', 'a: b', 'a:b', '"q"', "'q'", '@x', '`x`', '%x', '&a', '*a', '!t', '|', '>',
  '- x', '? x', '12:30', '2024-09-23T10:00', '1_000', 'ⅻ', '²', 'x)', '(x', 'a/b', 'a?', 'a!', 'a+b', 'a&b', '');
const list = fc.array(fc.oneof(word, fc.constantFrom(' ', '  a  ', '[', ']', '{a}')), { maxLength: 4 })
  .chain((items) => fc.constantFrom(`[${items.join(', ')}]`, `[${items.join(',')}]`, `[ ${items.join(' , ')} ]`, `[${items.join(', ')},]`, `[${items.join(', ')}`));
const line = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(key, fc.constantFrom(': ', ':  ', ':'), fc.oneof(word, list), fc.constantFrom('', ' ', '  ', '\t')).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '# opmerking', '  genest: x', '- item', 'key value', '---', '...', '\t', 'a: b: c', 'a: |', '  tekst') },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);
const eol = fc.constantFrom('\n', '\r\n', '\r');
const anyYaml = fc.tuple(fc.array(line, { maxLength: 8 }), eol, fc.boolean())
  .map(([lines, e, last]) => lines.join(e) + (last ? e : ''));
// Mostly plain: distinct keys with word values, and now and then one odd line among them.
const good = fc.constantFrom('paniek-bij-oma', 'Medewerker 1', 'gezinsvoogd', '2024-09-23', '1-3-2024', 'é é', 'a  b', '');
const goodLine = fc.tuple(fc.constantFrom(': ', ':  '), fc.oneof({ weight: 6, arbitrary: good }, { weight: 2, arbitrary: word },
  { weight: 1, arbitrary: list }), fc.constantFrom('', '', '', ' ', '  '));
const goodKey = fc.constantFrom('situatie', 'datum', 'date', 'auteur', 'rol', 'gesprek', 'tags', 'vorm', 'duur', 'reeks', 'x-y', 'a_b', 'Datum', 'k1');
const mostlyPlain = fc.tuple(fc.uniqueArray(fc.oneof({ weight: 9, arbitrary: goodKey }, { weight: 1, arbitrary: key }), { minLength: 1, maxLength: 7 }), fc.array(goodLine, { minLength: 7, maxLength: 7 }),
  fc.option(line, { freq: 4 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([keys, values, odd, e, last]) => {
    const lines = keys.map((k, i) => k + values[i].join(''));
    if (odd !== null) lines.splice(lines.length >> 1, 0, odd);
    return lines.join(e) + (last ? e : '');
  });
const yaml = fc.oneof({ weight: 1, arbitrary: anyYaml }, { weight: 2, arbitrary: mostlyPlain });

describe('frontmatter: plain YAML fast path = the yaml library', () => {
  it('answers only where the library reads the same data and keys', () => {
    let plain = 0;
    let runs = 0;
    fc.assert(fc.property(yaml, (y) => {
      runs++;
      const fast = readPlainYaml(y);
      if (!fast) return;
      plain++;
      assert.deepEqual({ data: fast.data, pairs: fast.pairs }, library(y), JSON.stringify(y));
    }), { numRuns: Number(process.env.FC_RUNS ?? 3000) });
    assert.ok(plain > runs / 20, `fast path taken ${plain} of ${runs}`);
  });

  it('reads a typical frontmatter on the fast path, as the library would', () => {
    const text = '---\nsituatie: paniek-bij-oma\ndatum: 2024-09-23\nauteur: Medewerker 1\ntags: [crisis, intervisie]\n---\n# T\n';
    const o = outline(text);
    const y = text.slice(o.frontmatter!.yamlSpan.start, o.frontmatter!.yamlSpan.end);
    assert.ok(readPlainYaml(y));
    const fm = parseFrontmatter(text, o.frontmatter!, o.lineStarts);
    assert.deepEqual(fm.fields, { situatie: 'paniek-bij-oma', datum: '2024-09-23', auteur: 'Medewerker 1', tags: ['crisis', 'intervisie'] });
    assert.deepEqual(fm.fieldRanges.datum, { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } });
    assert.deepEqual({ data: readPlainYaml(y)!.data, pairs: readPlainYaml(y)!.pairs }, library(y));
  });

  it('declines what it does not know', () => {
    for (const y of ['duur: 90\n', 'a: "b"\n', '# c\na: b\n', 'a: b\na: c\n', 'a:\n  - b\n', 'a: b # c\n', 'a: true\n', 'a: b\rc: d\n', '']) {
      assert.equal(readPlainYaml(y), null, y);
    }
  });
});
