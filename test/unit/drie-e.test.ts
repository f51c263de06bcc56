import * as assert from 'node:assert/strict';
import { formatDrieEItem, readDrieEItem, splitDrieELine } from '../../src/core/drie-e';

const read = (line: string) => {
  const s = splitDrieELine(line);
  assert.ok(s, `not a list item: ${line}`);
  return readDrieEItem(s.text, s.ticked);
};

describe('3E contract v2: reading one item', () => {
  it('reads an answer word first, whatever the box says', () => {
    assert.equal(read('- Energiek: nee, kost me veel')?.answer, 'nee');
    assert.equal(read('- [ ] Ethisch: deels, voor oma niet')?.answer, 'deels');
    assert.equal(read('- [x] Energiek: nee')?.answer, 'nee');
    assert.equal(read('- [ ] Excellent: Ja.')?.answer, 'ja');
    assert.equal(read('- [ ] Engaging: partly, it drained me')?.answer, 'deels');
    assert.equal(read('- Ethical — no')?.answer, 'nee');
    assert.equal(read('- [ ] **Excellent**: *yes*')?.answer, 'ja');
  });

  it('keeps the explanation after the answer word', () => {
    assert.equal(read('- Energiek: nee, kost me veel energie')?.explanation, 'kost me veel energie');
  });

  it('does not read the start of a longer word as an answer', () => {
    // "nog" starts with "no", "jammer" with "ja": these are the writer's own words, unticked: no
    const r = read('- [ ] Energiek: nog niet helemaal');
    assert.equal(r?.answer, 'nee');
    assert.equal(r?.explanation, 'nog niet helemaal');
    assert.equal(read('- [x] Ethisch: jammer genoeg wel')?.answer, 'ja');
  });

  it('reads a tick as yes, and unticked own words as no (the v1 meaning)', () => {
    assert.equal(read('- [x] Excellent: vakkundig gedaan')?.answer, 'ja');
    assert.equal(read('- [X] Energiek')?.answer, 'ja');
    assert.equal(read('- [ ] Energiek: kost me nog veel energie')?.answer, 'nee');
  });

  it('treats nothing, or a question, as open: the template prompt is not an answer', () => {
    const p = read('- [ ] Excellent: Is het vakkundig goed gedaan?');
    assert.equal(p?.answer, 'open');
    assert.equal(p?.prompt, true);
    assert.equal(read('- [ ] Ethisch')?.answer, 'open');
    assert.equal(read('- Energiek:')?.answer, 'open');
    assert.equal(read('- [ ] Engaging: *Does it give you energy?*')?.answer, 'open');
  });

  it('names the E in Dutch or English, and nothing else', () => {
    assert.equal(read('- [x] Ethical: yes')?.id, 'ethisch');
    assert.equal(read('- [x] Engaging')?.id, 'energiek');
    assert.equal(read('- [x] Éthisch')?.id, 'ethisch');
    assert.equal(read('- [x] Moed: ja'), undefined);
  });
});

describe('3E contract v2: writing one item', () => {
  it('ticks for yes, writes the word for no and partly, and keeps the explanation', () => {
    assert.equal(formatDrieEItem('Excellent', 'ja', 'nl'), '[x] Excellent: ja');
    assert.equal(formatDrieEItem('Energiek', 'nee', 'nl', { explanation: 'te zwaar' }), '[ ] Energiek: nee, te zwaar');
    assert.equal(formatDrieEItem('Ethical', 'deels', 'en'), '[ ] Ethical: partly');
    assert.equal(formatDrieEItem('Ethisch', 'open', 'nl', { question: 'Doet het recht aan iedereen?' }), '[ ] Ethisch: Doet het recht aan iedereen?');
  });

  it('reads back what it writes', () => {
    for (const answer of ['ja', 'nee', 'deels', 'open'] as const) {
      for (const lang of ['nl', 'en'] as const) {
        const line = `- ${formatDrieEItem('Energiek', answer, lang, { explanation: answer === 'open' ? '' : 'want zo', question: 'Geeft het energie?' })}`;
        assert.equal(read(line)?.answer, answer, line);
      }
    }
  });
});
