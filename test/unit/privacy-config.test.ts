import * as assert from 'node:assert/strict';
import { parseTeamConfig } from '../../src/core/config';
import { blockingKinds } from '../../src/core/privacy-config';
import { DEFAULT_BLOCKING } from '../../src/core/privacy';

describe('config: privacy', () => {
  it('reads names that are fine, kinds left off and kinds that block', () => {
    const { config, errors } = parseTeamConfig('{"privacy": {"namen": ["Sanne Visser", " Mo "], "uit": ["instelling"], "blokkeren": ["bsn", "iban"]}}');
    assert.deepEqual(errors, []);
    assert.deepEqual(config.privacy, { namen: ['Sanne Visser', 'Mo'], uit: ['instelling'], blokkeren: ['bsn', 'iban'] });
  });

  it('reports every mistake at its place and keeps what is right', () => {
    const text = '{"privacy": {\n  "namen": ["Mo", 3],\n  "uit": ["naam", "adresje"],\n  "blokeren": []\n}}';
    const { config, errors } = parseTeamConfig(text);
    assert.deepEqual(config.privacy, { namen: ['Mo'], uit: ['naam'] });
    assert.equal(errors.length, 3);
    assert.match(errors[0].message.nl, /privacy\.namen/);
    assert.equal(errors[0].range.start.line, 1);
    assert.match(errors[1].message.en, /Unknown kind "adresje"/);
    assert.equal(errors[1].range.start.line, 2);
    assert.match(errors[2].message.nl, /Onbekende sleutel "blokeren" in "privacy"/);
  });

  it('rejects a privacy value of the wrong type', () => {
    assert.match(parseTeamConfig('{"privacy": []}').errors[0].message.en, /"privacy" must be an object/);
    assert.match(parseTeamConfig('{"privacy": {"uit": "naam"}}').errors[0].message.en, /must be a list/);
  });

  it('blocks everything but institutions by default; a kind left off never blocks', () => {
    assert.deepEqual([...blockingKinds(undefined)], [...DEFAULT_BLOCKING]);
    assert.ok(!blockingKinds(undefined).has('instelling'));
    assert.deepEqual([...blockingKinds({ blokkeren: ['naam', 'bsn'], uit: ['naam'] })], ['bsn']);
  });
});
