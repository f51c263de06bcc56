import * as assert from 'node:assert/strict';
import { drieESkeleton } from '../../../src/core/template';
import { COMPLETE, beeld, findings, line, lineOf, severityCases } from './helpers';

const RULE = '3e-onvolledig';
const withDrieE = (body: string) => beeld('x', { replace: { 'drie-e': `## De 3 E's\n${body}` } });

describe('rule 3e-onvolledig (contract v2: three questions, each answered)', () => {
  it('stays quiet when all three Es are ticked', () => {
    assert.deepEqual(findings(COMPLETE, RULE), []);
  });

  it('finds a missing 3E check, at the H1', () => {
    const fs = findings(beeld('x', { omit: ['drie-e'] }), RULE);
    assert.equal(fs.length, 1);
    assert.equal(line(fs[0]), 1);
    assert.deepEqual(fs[0].data, { beeld: 0, section: 'drie-e' });
    assert.match(fs[0].message, /ja, nee of deels/);
  });

  it('takes "no" and "partly" as answers: an honest no is never nagged', () => {
    const text = withDrieE('- Excellent: ja, vakkundig\n- [ ] Ethisch: deels, voor oma niet\n- Energiek: nee, het kostte me veel\n');
    assert.deepEqual(findings(text, RULE), []);
    assert.deepEqual(findings(withDrieE('- [x] Excellent: yes\n- Ethical: partly\n- [ ] Engaging: no, drained\n'), RULE), []);
  });

  it('keeps an old journal working: unticked own words are the v1 "does not pass", so answered', () => {
    const text = withDrieE('- [x] Excellent: vakkundig gedaan\n- [x] Ethisch: goed voor de jongere en haar oma\n- [ ] Energiek: kost me nog veel energie\n');
    assert.deepEqual(findings(text, RULE), []);
  });

  it('names a missing E and an open E in one finding, at the 3E heading', () => {
    const text = withDrieE('- [x] **Excellent**: vakkundig\n- [ ] Ethisch\n');
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1);
    assert.equal(line(fs[0]), lineOf(text, "## De 3 E's"));
    assert.match(fs[0].message, /Ethisch staat nog open; Energiek ontbreekt/);
    assert.doesNotMatch(fs[0].message, /Excellent/);
  });

  it('treats the template\'s questions as open, not as answers', () => {
    for (const lang of ['nl', 'en'] as const) {
      const fs = findings(withDrieE(drieESkeleton(lang)), RULE, { lang });
      assert.equal(fs.length, 1, lang);
      assert.match(fs[0].message, lang === 'nl' ? /Excellent staat nog open; Ethisch staat nog open; Energiek staat nog open/
        : /Excellent is still open; Ethical is still open; Engaging is still open/);
    }
  });

  it('treats a bare plain item as open, and a plain item with an answer as answered', () => {
    const fs = findings(withDrieE('- Excellent\n- [x] Ethisch\n- [X] Energiek\n'), RULE);
    assert.equal(fs.length, 1);
    assert.match(fs[0].message, /Excellent staat nog open/);
    assert.deepEqual(findings(withDrieE('- Excellent: nee\n- [x] Ethisch\n- [X] Energiek\n'), RULE), []);
  });

  it('understands the English names (Ethical, Engaging) and heading, and answers in English', () => {
    const text = beeld('x', { replace: { 'drie-e': '## Three Es\n- [x] Excellent\n- [x] Ethical\n- [x] Engaging\n' } });
    assert.deepEqual(findings(text, RULE), []);
    const fs = findings(beeld('x', { replace: { 'drie-e': '## 3E check\n- [x] Excellent\n- [ ] Ethical\n' } }), RULE, { lang: 'en' });
    assert.match(fs[0].message, /Ethical is still open; Engaging is missing/);
    assert.match(fs[0].message, /no is an honest answer/);
  });

  it('lets an E named twice count its answered line', () => {
    assert.deepEqual(findings(withDrieE('- [ ] Excellent\n- Excellent: ja\n- [x] Ethisch\n- [x] Energiek\n'), RULE), []);
  });

  it('does not count a nested item as the E itself', () => {
    const fs = findings(withDrieE('- [x] Excellent\n- [x] Ethisch\n- Overig\n  - [x] Energiek\n'), RULE);
    assert.equal(fs.length, 1);
    assert.match(fs[0].message, /Energiek ontbreekt/);
  });

  it('reads CRLF journals the same way', () => {
    assert.deepEqual(findings(COMPLETE.replace(/\n/g, '\r\n'), RULE), []);
    const fs = findings(withDrieE('- [x] Excellent\n- [ ] Ethisch\n- [x] Energiek\n').replace(/\n/g, '\r\n'), RULE);
    assert.equal(fs.length, 1);
    assert.deepEqual(findings(withDrieE('- [x] Excellent\n- [ ] Ethisch: nee\n- [x] Energiek\n').replace(/\n/g, '\r\n'), RULE), []);
  });

  severityCases(RULE, 'info', beeld('x', { omit: ['drie-e'] }));
});
