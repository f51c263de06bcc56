// The shared journal fixtures must be what they say: complete beelden on which no rule fires, in both
// languages, so a test that leaves out one part sees that part's finding and nothing else.
import * as assert from 'node:assert/strict';
import { checkText } from '../../src/core/check';
import { parseJournal } from '../../src/core/parse';
import { COMPLETE, COMPLETE_EN, beeld, beeldEn, journal } from '../fixtures/journals';

describe('journal fixtures', () => {
  it('a complete Dutch journal has no findings', () => {
    assert.deepEqual(checkText(COMPLETE, { lang: 'nl' }).map((f) => f.rule), []);
  });

  it('a complete English journal has no findings', () => {
    assert.deepEqual(checkText(COMPLETE_EN, { lang: 'en' }).map((f) => f.rule), []);
  });

  it('leaves out exactly the sections asked for', () => {
    const j = parseJournal(journal([beeld('Een', { omit: ['kennis'] }), beeldEn('Two', { omit: ['deugden', 'vrijheid'] })]));
    assert.deepEqual(j.beelden.map((b) => b.title), ['Een', 'Two']);
    assert.equal(j.beelden[0].sections.length, 7);
    assert.ok(!j.beelden[0].sections.some((s) => s.kind === 'kennis'));
    assert.deepEqual(j.beelden[1].sections.map((s) => s.kind).filter((k) => k === 'deugden' || k === 'vrijheid'), []);
  });
});
