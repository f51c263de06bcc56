import * as assert from 'node:assert/strict';
import { COMPLETE, beeld, findings, line, lineOf, severityCases } from './helpers';

const RULE = 'uitwerking-ontbreekt';

describe('rule uitwerking-ontbreekt', () => {
  it('stays quiet on a complete beeld', () => {
    assert.deepEqual(findings(COMPLETE, RULE), []);
  });

  it('finds a missing uitwerking, at the H1', () => {
    const fs = findings(`\n\n${beeld('x', { omit: ['uitwerking'] })}`, RULE);
    assert.equal(fs.length, 1);
    assert.equal(line(fs[0]), 3);
    assert.deepEqual(fs[0].data, { beeld: 0, section: 'uitwerking' });
  });

  it('finds an empty uitwerking, at its heading', () => {
    const text = beeld('x', { replace: { uitwerking: '## Uitwerking van het beeld\n<!--\nnog doen\n-->\n' } });
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1);
    assert.equal(line(fs[0]), lineOf(text, '## Uitwerking van het beeld'));
  });

  it('accepts "Elaboration"', () => {
    assert.deepEqual(findings(beeld('x', { replace: { uitwerking: '## Elaboration\nDone.\n' } }), RULE), []);
  });

  severityCases(RULE, 'info', beeld('x', { omit: ['uitwerking'] }));
});
