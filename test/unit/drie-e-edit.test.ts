import * as assert from 'node:assert/strict';
import { answerDrieEEdit, drieEAnswerIn } from '../../src/core/drie-e-edit';
import { applyEdits } from '../../src/core/edits';
import { drieESkeleton } from '../../src/core/template';

const CELL = `## 3E-check\n\n${drieESkeleton('nl')}`.trimEnd();
const answer = (text: string, id: 'excellent' | 'ethisch' | 'energiek', a: 'ja' | 'nee' | 'deels' | 'open', why?: string) => {
  const e = answerDrieEEdit(text, id, a, 'nl', why);
  return e ? applyEdits(text, [e]) : text;
};

describe('3E check: a click writes the contract', () => {
  it('ticks for yes, writes the word for no and partly, and the question back for open', () => {
    let t = answer(CELL, 'excellent', 'ja');
    t = answer(t, 'ethisch', 'deels');
    t = answer(t, 'energiek', 'nee');
    assert.deepEqual(t.split('\n').slice(2), ['- [x] Excellent: ja', '- [ ] Ethisch: deels', '- [ ] Energiek: nee']);
    assert.equal(drieEAnswerIn(t, 'ethisch'), 'deels');
    assert.equal(answer(t, 'energiek', 'open'), t.replace('Energiek: nee', 'Energiek: Voelt het goed, en geeft het je energie?'));
  });

  it('keeps the writer’s marker, name and explanation, and changes nothing when nothing changes', () => {
    const own = '## De 3 E’s\n\n* [ ] **Ethical**: no, not for grandma\n';
    assert.equal(answer(own, 'ethisch', 'deels'), '## De 3 E’s\n\n* [ ] Ethical: deels, not for grandma\n');
    assert.equal(answerDrieEEdit('- [x] Excellent: ja', 'excellent', 'ja', 'nl'), undefined);
    assert.equal(answer('- [ ] Excellent: nee', 'excellent', 'nee', 'te snel'), '- [ ] Excellent: nee, te snel');
  });

  it('adds an E the list lacks after its last item, with the file’s line break', () => {
    const crlf = '## 3E-check\r\n\r\n- [x] Excellent: ja\r\n- [ ] Ethisch: nee\r\n';
    assert.equal(answer(crlf, 'energiek', 'ja'), '## 3E-check\r\n\r\n- [x] Excellent: ja\r\n- [ ] Ethisch: nee\r\n- [x] Energiek: ja\r\n');
    assert.equal(answer('## 3E-check', 'excellent', 'deels'), '## 3E-check\n\n- [ ] Excellent: deels');
  });

  it('leaves items in a code block alone', () => {
    const fenced = '## 3E-check\n\n```\n- [ ] Excellent\n```\n';
    assert.equal(answer(fenced, 'excellent', 'ja'), `${fenced}\n- [x] Excellent: ja`);
  });
});
