import * as assert from 'node:assert/strict';
import { COMPLETE, beeld, findings, line, severityCases } from './helpers';

const RULE = 'situatie-onbekend';

describe('rule situatie-onbekend', () => {
  it('stays quiet on a known situation id, its title, and no situation at all', () => {
    assert.deepEqual(findings(COMPLETE, RULE), []);
    assert.deepEqual(findings(`---\nsituatie: Paniek bij oma\n---\n${beeld()}`, RULE), []);
    assert.deepEqual(findings(`---\nauteur: Sam\n---\n${beeld()}`, RULE), []);
  });

  it('finds an unknown id, at its line, and suggests the nearest', () => {
    const text = `---\nauteur: Sam\nsituatie: paniek-bij-opa\n---\n${beeld()}`;
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1);
    assert.equal(line(fs[0]), 3);
    assert.equal(fs[0].range.start.character, 0);
    assert.equal(fs[0].range.end.character, 'situatie: paniek-bij-opa'.length);
    assert.equal(fs[0].data?.suggestion, 'paniek-bij-oma');
  });

  it('reads the English key too', () => {
    const fs = findings(`---\nsituation: nothing-like-it\n---\n${beeld()}`, RULE, { lang: 'en' });
    assert.equal(fs.length, 1);
    assert.match(fs[0].message, /no situation "nothing-like-it"/);
  });

  it("accepts the team's own situations", () => {
    assert.deepEqual(findings(`---\nsituatie: onze-eigen\n---\n${beeld()}`, RULE, { extraSituaties: ['onze-eigen'] }), []);
  });

  severityCases(RULE, 'warning', `---\nsituatie: bestaat-niet\n---\n${beeld()}`);
});
