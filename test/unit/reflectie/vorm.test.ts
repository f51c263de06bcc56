import * as assert from 'node:assert/strict';
import { COUNTED_VORMEN, VORM_VALUES, isCounted, normalizeVorm, vormOf } from '../../../src/core/reflectie/vorm';

describe('reflectie: the forms of a session', () => {
  it('knows the six forms and counts four of them', () => {
    assert.deepEqual([...VORM_VALUES], ['intervisie', 'supervisie', 'moreel-beraad', 'coaching', 'casuistiek', 'zelf']);
    assert.deepEqual([...COUNTED_VORMEN], ['intervisie', 'supervisie', 'moreel-beraad', 'coaching']);
    assert.equal(isCounted('zelf'), false);
    assert.equal(isCounted('casuistiek'), false);
    assert.equal(isCounted(undefined), false);
  });

  it('reads the spellings people use, Dutch and English', () => {
    const cases: [string, string][] = [
      ['Moreel beraad', 'moreel-beraad'], ['moreel_beraad', 'moreel-beraad'], ['moral deliberation', 'moreel-beraad'],
      ['Supervision', 'supervisie'], ['casuïstiek', 'casuistiek'], ['Casuïstiekbespreking', 'casuistiek'], ['case discussion', 'casuistiek'],
      ['INTERVISIE', 'intervisie'], ['peer consultation', 'intervisie'], ['begeleide intervisie', 'intervisie'],
      ['self', 'zelf'], ['zelfreflectie', 'zelf'], ['coach', 'coaching'],
    ];
    for (const [written, canonical] of cases) assert.equal(vormOf(written), canonical, written);
    assert.equal(vormOf('werkoverleg'), undefined);
  });

  it('normalises for the frontmatter and keeps an unknown value as written', () => {
    assert.equal(normalizeVorm(' Moreel Beraad '), 'moreel-beraad');
    assert.equal(normalizeVorm('werkoverleg'), 'werkoverleg');
    assert.equal(normalizeVorm(''), undefined);
    assert.equal(normalizeVorm(null), undefined);
    assert.equal(normalizeVorm(3), '3');
  });
});
