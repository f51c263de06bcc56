// parse.ts remembers the last frontmatters it read, by the text up to their end: a journal whose
// frontmatter is unchanged gets the same answer as a fresh read, and any change is read afresh.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFrontmatter } from '../../src/core/frontmatter';
import { parseJournal } from '../../src/core/parse';
import { outline } from '../../src/core/scan';

function fresh(text: string) {
  const o = outline(text);
  return o.frontmatter ? parseFrontmatter(text, o.frontmatter, o.lineStarts) : undefined;
}

const yamlLine = fc.constantFrom('situatie: paniek-bij-oma', 'datum: 2024-03-01', 'datum: 1-3-2024', 'tags: [a, b]', 'tags: a, b',
  'auteur: Medewerker', 'gesprek: 1op1', 'duur: 90', 'x: [', 'a: "b', '- lijst', ': leeg', 'key: value # note', 'datum:', '\t tab: x', 'date: 2024-13-40');
const frontmatter = fc.tuple(fc.array(yamlLine, { maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.constantFrom('---', '...'))
  .map(([lines, eol, close]) => ['---', ...lines, close].join(eol));
const rest = fc.constantFrom('', '\n', '\r\n', '\n# Titel\n\n## Deugden\n- Moed\n', '\n\n# Ander\nTekst', 'x');

describe('parse: frontmatter memo', () => {
  it('gives what a fresh read gives, whatever follows the frontmatter', () => {
    fc.assert(fc.property(frontmatter, rest, rest, (fm, a, b) => {
      for (const text of [fm + a, fm + b, fm + a]) assert.deepEqual(parseJournal(text).frontmatter, fresh(text), JSON.stringify(text));
    }), { numRuns: 400 });
  });

  it('reads a changed frontmatter afresh', () => {
    const a = parseJournal('---\ndatum: 2024-03-01\n---\n# T\n').frontmatter;
    const b = parseJournal('---\ndatum: 2024-03-02\n---\n# T\n').frontmatter;
    assert.equal(a?.fields.datum, '2024-03-01');
    assert.equal(b?.fields.datum, '2024-03-02');
  });
});
