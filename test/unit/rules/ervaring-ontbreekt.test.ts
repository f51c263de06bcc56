import * as assert from 'node:assert/strict';
import { COMPLETE, beeld, findings, line, lineOf, severityCases } from './helpers';

const RULE = 'ervaring-ontbreekt';

describe('rule ervaring-ontbreekt', () => {
  it('stays quiet on a complete beeld', () => {
    assert.deepEqual(findings(COMPLETE, RULE), []);
  });

  it('finds a missing ervaring, at the H1', () => {
    const text = `Voorwoord\n\n${beeld('Zonder ervaring', { omit: ['ervaring'] })}`;
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1);
    assert.equal(line(fs[0]), 3);
    assert.deepEqual(fs[0].data, { beeld: 0, section: 'ervaring' });
  });

  it('finds an empty ervaring (only a comment and blank lines), at its heading', () => {
    const text = beeld('Leeg', { replace: { ervaring: '## Ervaring:\n\n<!-- wat gebeurde er? -->\n\n' } });
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1);
    assert.equal(line(fs[0]), lineOf(text, '## Ervaring:'));
    assert.match(fs[0].message, /leeg/);
  });

  it('accepts the English heading and accents or case differences', () => {
    const en = beeld('x', { replace: { ervaring: '## Characteristic Experience\nSomething happened.\n' } });
    assert.deepEqual(findings(en, RULE), []);
    const caps = beeld('x', { replace: { ervaring: '### KENMERKENDE ERVARING:\nIets.\n' } });
    assert.deepEqual(findings(caps, RULE), []);
  });

  it('counts a body with only a code block or a list as filled', () => {
    assert.deepEqual(findings(beeld('x', { replace: { ervaring: '## Ervaring\n```\nlog\n```\n' } }), RULE), []);
    assert.deepEqual(findings(beeld('x', { replace: { ervaring: '## Ervaring\n- punt\n' } }), RULE), []);
  });

  it('counts a body with only a thematic break, or an empty list item, as empty', () => {
    assert.equal(findings(beeld('x', { replace: { ervaring: '## Ervaring\n\n---\n\n' } }), RULE).length, 1);
    assert.equal(findings(beeld('x', { replace: { ervaring: '## Ervaring\n-\n' } }), RULE).length, 1);
  });

  it('reports each beeld on its own', () => {
    const text = `${beeld('Een', { omit: ['ervaring'] })}\n${beeld('Twee')}\n${beeld('Drie', { omit: ['ervaring'] })}`;
    assert.deepEqual(findings(text, RULE).map((f) => f.data?.beeld), [0, 2]);
  });

  severityCases(RULE, 'warning', beeld('x', { omit: ['ervaring'] }));
});
