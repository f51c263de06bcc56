import * as assert from 'node:assert/strict';
import { COMPLETE, beeld, findings, line, lineOf, severityCases } from './helpers';

const RULE = 'element-ontbreekt';

describe('rule element-ontbreekt', () => {
  it('stays quiet on a complete beeld', () => {
    assert.deepEqual(findings(COMPLETE, RULE), []);
  });

  it('reports one finding per missing element, naming it, at the H1', () => {
    const text = beeld('Half af', { omit: ['kennis', 'vrijheid'] });
    const fs = findings(text, RULE);
    assert.deepEqual(fs.map((f) => f.data?.section), ['kennis', 'vrijheid']);
    assert.ok(fs.every((f) => line(f) === 1));
    assert.match(fs[0].message, /Kennis/);
    assert.match(fs[1].message, /Vrijheid/);
  });

  it('invites the writer to weigh the element: a short line, even "played no role", is enough', () => {
    const [nl] = findings(beeld('x', { omit: ['vrijheid'] }), RULE);
    assert.match(nl.message, /nog niet bekeken/);
    assert.match(nl.message, /korte regel/);
    assert.match(nl.message, /speelde hier geen rol/);
    const [en] = findings(beeld('x', { omit: ['vrijheid'] }), RULE, { lang: 'en' });
    assert.match(en.message, /not been looked at yet/);
    assert.match(en.message, /played no part here/);
    const [empty] = findings(beeld('x', { replace: { vrijheid: '## Vrijheid\n<!-- een vraag -->\n' } }), RULE);
    assert.match(empty.message, /nog niet bekeken/);
  });

  it('counts a section that says the element played no role as weighed', () => {
    const lines = [
      'speelde hier geen rol', '- speelde hier geen rol', 'n.v.t.', 'N.v.t.', '- n.v.t.', 'niet van toepassing',
      '*Speelde hier geen rol.*', 'played no part here', 'not applicable', 'n/a', '- N/A', '—',
    ];
    for (const body of lines) {
      const text = beeld('x', { replace: { vrijheid: `## Vrijheid\n${body}\n`, kennis: `## Kennis\n\n${body}\n\n<!-- prompt -->\n` } });
      assert.deepEqual(findings(text, RULE), [], body);
    }
  });

  it('names the element in English when asked', () => {
    const fs = findings(beeld('x', { omit: ['identiteit'] }), RULE, { lang: 'en' });
    assert.match(fs[0].message, /Identity/);
  });

  it('reports an empty element at its heading', () => {
    const text = beeld('x', { replace: { handelingen: '## Handelingen\n\n' } });
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1);
    assert.equal(line(fs[0]), lineOf(text, '## Handelingen'));
    assert.equal(fs[0].data?.section, 'handelingen');
  });

  it('accepts every alias of the contract (Skills, Actions, Values, Epistemology …)', () => {
    const text = beeld('x', { replace: {
      handelingen: '## Actions\nx\n', kennis: '## Knowledge\nx\n', identiteit: '## Identity\nx\n',
      deugden: '## Values\n- Geduld\n', vrijheid: '## Epistemology\nx\n',
    } });
    assert.deepEqual(findings(text, RULE), []);
  });

  it('is satisfied when one of two copies of an element has text', () => {
    const text = beeld('x', { replace: { kennis: '## Kennis\n\n## Kennis\nNu wel.\n' } });
    assert.deepEqual(findings(text, RULE), []);
  });

  it('does not take an element heading inside a code fence for the element', () => {
    const text = beeld('x', { replace: { vrijheid: '```\n## Vrijheid\nniet echt\n```\n' } });
    assert.deepEqual(findings(text, RULE).map((f) => f.data?.section), ['vrijheid']);
  });

  severityCases(RULE, 'warning', beeld('x', { omit: ['kennis'] }));
});
