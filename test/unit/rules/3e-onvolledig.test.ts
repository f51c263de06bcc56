import * as assert from 'node:assert/strict';
import { COMPLETE, beeld, findings, line, lineOf, severityCases } from './helpers';

const RULE = '3e-onvolledig';
const withDrieE = (body: string) => beeld('x', { replace: { 'drie-e': `## De 3 E's\n${body}` } });

describe('rule 3e-onvolledig', () => {
  it('stays quiet when all three Es are ticked', () => {
    assert.deepEqual(findings(COMPLETE, RULE), []);
  });

  it('finds a missing 3E check, at the H1', () => {
    const fs = findings(beeld('x', { omit: ['drie-e'] }), RULE);
    assert.equal(fs.length, 1);
    assert.equal(line(fs[0]), 1);
    assert.deepEqual(fs[0].data, { beeld: 0, section: 'drie-e' });
  });

  it('names an unticked E and a missing E in one finding, at the 3E heading', () => {
    const text = withDrieE('- [x] **Excellent**: vakkundig\n- [ ] Ethisch: ja\n');
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1);
    assert.equal(line(fs[0]), lineOf(text, "## De 3 E's"));
    assert.match(fs[0].message, /Ethisch is niet afgevinkt/);
    assert.match(fs[0].message, /Energiek ontbreekt/);
    assert.doesNotMatch(fs[0].message, /Excellent/);
  });

  it('treats a plain list item (no checkbox) as not ticked', () => {
    const fs = findings(withDrieE('- Excellent\n- [x] Ethisch\n- [X] Energiek\n'), RULE);
    assert.equal(fs.length, 1);
    assert.match(fs[0].message, /Excellent is niet afgevinkt/);
  });

  it('understands the English names (Ethical, Engaging) and heading', () => {
    const text = beeld('x', { replace: { 'drie-e': '## Three Es\n- [x] Excellent\n- [x] Ethical\n- [x] Engaging\n' } });
    assert.deepEqual(findings(text, RULE), []);
    const fs = findings(beeld('x', { replace: { 'drie-e': '## 3E check\n- [x] Excellent\n- [ ] Ethical\n' } }), RULE, { lang: 'en' });
    assert.match(fs[0].message, /Ethical is not ticked; Engaging is missing/);
  });

  it('does not count a nested ticked item as the E itself', () => {
    const fs = findings(withDrieE('- [x] Excellent\n- [x] Ethisch\n- Overig\n  - [x] Energiek\n'), RULE);
    assert.equal(fs.length, 1);
    assert.match(fs[0].message, /Energiek ontbreekt/);
  });

  it('reads CRLF journals the same way', () => {
    assert.deepEqual(findings(COMPLETE.replace(/\n/g, '\r\n'), RULE), []);
    const fs = findings(withDrieE('- [x] Excellent\n- [ ] Ethisch\n- [x] Energiek\n').replace(/\n/g, '\r\n'), RULE);
    assert.equal(fs.length, 1);
  });

  severityCases(RULE, 'info', beeld('x', { omit: ['drie-e'] }));
});
