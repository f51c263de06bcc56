import * as assert from 'node:assert/strict';
import { normalizeDate, normalizeGesprek } from '../../src/core/frontmatter';
import { checkText } from '../../src/core/check';
import { parseJournal } from '../../src/core/parse';

const fm = (yaml: string) => parseJournal(`---\n${yaml}\n---\n# T\n`).frontmatter!;

describe('frontmatter', () => {
  it('reads the Dutch keys', () => {
    const f = fm('situatie: paniek-bij-oma\ndatum: 2024-03-01\nauteur: Sam\nrol: mentor\ngesprek: een-op-een\ntags: [crisis, familie]');
    assert.deepEqual(f.fields, { situatie: 'paniek-bij-oma', datum: '2024-03-01', auteur: 'Sam', rol: 'mentor', gesprek: 'een-op-een', tags: ['crisis', 'familie'] });
    assert.equal(f.error, undefined);
  });

  it('reads the English keys and values, under the Dutch field names', () => {
    const f = fm('situation: paniek-bij-oma\ndate: 2024-3-1\nauthor: Sam\nrole: coach\nconversation: one-to-one\ntags: a, b');
    assert.deepEqual(f.fields, { situatie: 'paniek-bij-oma', datum: '2024-03-01', auteur: 'Sam', rol: 'coach', gesprek: 'een-op-een', tags: ['a', 'b'] });
    assert.deepEqual(f.fieldRanges.situatie, { start: { line: 1, character: 0 }, end: { line: 1, character: 9 } });
  });

  it('lets the Dutch key win when both are given, in any order', () => {
    assert.equal(fm('situation: b\nsituatie: a').fields.situatie, 'a');
    assert.equal(fm('situatie: a\nsituation: b').fields.situatie, 'a');
  });

  it('keeps unknown keys in data without complaint', () => {
    const f = fm('eigen: waarde\nsituatie: x');
    assert.equal(f.data?.eigen, 'waarde');
    assert.equal(f.error, undefined);
  });

  it('normalises dates and conversation kinds', () => {
    assert.equal(normalizeDate('2024-03-01'), '2024-03-01');
    assert.equal(normalizeDate('1-3-2024'), '2024-03-01');
    assert.equal(normalizeDate('01/03/2024'), '2024-03-01');
    assert.equal(normalizeDate('2024-03-01T10:00:00Z'), '2024-03-01');
    assert.equal(normalizeDate(new Date(Date.UTC(2024, 2, 1))), '2024-03-01');
    assert.equal(normalizeDate('voorjaar 2024'), 'voorjaar 2024', 'kept as written, not lost');
    assert.equal(normalizeDate('2024-13-01'), '2024-13-01');
    assert.equal(normalizeGesprek('Een op een'), 'een-op-een');
    assert.equal(normalizeGesprek('group'), 'groep');
    assert.equal(normalizeGesprek('Self'), 'zelf');
    assert.equal(normalizeGesprek('intervisie'), 'intervisie');
  });

  it('reports YAML that does not parse, with the line of the error, and keeps checking', () => {
    const text = '---\nsituatie: x\ntags: [a\n---\n# T\n## Kennis\n';
    const j = parseJournal(text);
    assert.equal(j.frontmatter?.data, null);
    assert.ok(j.frontmatter?.error);
    assert.ok(j.frontmatter!.error!.range.start.line >= 2);
    assert.equal(j.beelden.length, 1);
    assert.ok(checkText(text, { lang: 'nl' }).some((f) => f.rule === 'ervaring-ontbreekt'));
  });

  it('reports a scalar or a list as not a mapping', () => {
    for (const yaml of ['gewoon tekst', '- a\n- b']) {
      const f = fm(yaml);
      assert.equal(f.data, null);
      assert.equal(f.error?.range.start.line, 1);
    }
  });

  it('treats empty frontmatter and comments-only frontmatter as an empty mapping', () => {
    assert.deepEqual(parseJournal('---\n---\n').frontmatter?.data, {});
    assert.deepEqual(fm('# alleen commentaar').data, {});
  });

  it('survives aliases that do not resolve or explode', () => {
    assert.ok(fm('a: *nergens').error);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]'].join('\n');
    assert.ok(fm(bomb).error, 'a billion-laughs alias bomb is refused, not expanded');
  });

  it('reads frontmatter in a CRLF file', () => {
    const j = parseJournal('---\r\nsituatie: x\r\nauteur: Sam\r\n---\r\n# T\r\n');
    assert.deepEqual(j.frontmatter?.fields, { situatie: 'x', auteur: 'Sam' });
    assert.deepEqual(j.frontmatter?.fieldRanges.auteur?.start, { line: 2, character: 0 });
  });
});
