import * as assert from 'node:assert/strict';
import { RULES, checkJournal, checkText, effectiveSeverity } from '../../src/core/check';
import { RULE_IDS } from '../../src/core/model';
import { parseJournal } from '../../src/core/parse';
import { COMPLETE, beeld } from './rules/helpers';

// The contract's table, ids and default severities.
const CONTRACT = {
  'titel-ontbreekt': 'warning', 'ervaring-ontbreekt': 'warning', 'element-ontbreekt': 'warning',
  'uitwerking-ontbreekt': 'info', '3e-onvolledig': 'info', 'deugd-onbekend': 'info', 'sectie-dubbel': 'warning',
  'frontmatter-ongeldig': 'error', 'situatie-onbekend': 'warning', privacy: 'warning', 'sessie-ongeldig': 'warning',
} as const;

describe('check', () => {
  it('registers exactly the rules of the contract, with their default severities', () => {
    assert.deepEqual(Object.keys(RULES).sort(), [...RULE_IDS].sort());
    for (const id of RULE_IDS) {
      assert.equal(RULES[id].id, id);
      assert.equal(RULES[id].defaultSeverity, CONTRACT[id], id);
      assert.ok(RULES[id].description.nl && RULES[id].description.en, `${id} has a description in both languages`);
    }
  });

  it('finds nothing in a complete journal', () => {
    assert.deepEqual(checkText(COMPLETE, { lang: 'nl' }), []);
  });

  it('orders findings by position', () => {
    const fs = checkText(`---\nsituatie: nee\n---\n${beeld('x', { omit: ['kennis'] })}\n${beeld('', { omit: ['vrijheid'] })}`, { lang: 'en' });
    const keys = fs.map((f) => f.range.start.line * 1000 + f.range.start.character);
    assert.deepEqual(keys, [...keys].sort((a, b) => a - b));
    assert.ok(fs.length >= 4);
  });

  it('applies defaults < settings < team config', () => {
    assert.equal(effectiveSeverity('privacy'), 'warning');
    assert.equal(effectiveSeverity('privacy', { settings: { privacy: 'hint' } }), 'hint');
    assert.equal(effectiveSeverity('privacy', { settings: { privacy: 'hint' }, config: { rules: { privacy: 'error' }, deugden: [] } }), 'error');
    assert.equal(effectiveSeverity('privacy', { settings: { privacy: 'loud' as never } }), 'warning', 'a bad setting is ignored');
  });

  it('writes messages in the language asked for, Dutch by default', () => {
    const journal = parseJournal(beeld('x', { omit: ['kennis'] }));
    const nl = checkJournal(journal, { lang: 'nl' })[0].message;
    const en = checkJournal(journal, { lang: 'en' })[0].message;
    assert.notEqual(nl, en);
    assert.match(nl, /Kennis/);
    assert.match(en, /Knowledge/);
  });

  it('extends the deugden with the team list and the extra list', () => {
    const text = beeld('x', { replace: { deugden: '## Deugden\n- Humor\n- Rust\n' } });
    assert.equal(checkText(text, { lang: 'nl' }).filter((f) => f.rule === 'deugd-onbekend').length, 2);
    const fs = checkText(text, { lang: 'nl', config: { rules: {}, deugden: ['Humor'] }, extraDeugden: ['Rust'] });
    assert.equal(fs.filter((f) => f.rule === 'deugd-onbekend').length, 0);
  });
});
