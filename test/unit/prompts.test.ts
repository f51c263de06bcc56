import * as assert from 'node:assert/strict';
import { textToCells } from '../../src/core/cells';
import { cellsOutline } from '../../src/core/cellsOutline';
import { ELEMENT_INFO, SITUATIONS } from '../../src/core/content/index';
import { parseJournal } from '../../src/core/parse';
import { promptResidue, splitPromptComment } from '../../src/core/prompts';
import { journalTemplate, sectionSkeleton } from '../../src/core/template';

const kennisQ = ELEMENT_INFO.kennis.question.nl;
const oma = SITUATIONS.find((s) => s.id === 'paniek-bij-oma')!;

describe('prompts: the writer’s words inside a prompt', () => {
  it('finds words typed at the end of a prompt line, on one line or in a list of prompts', () => {
    assert.equal(promptResidue(`<!-- ${kennisQ} Dat oma alleen woont. -->`), 'Dat oma alleen woont.');
    const many = sectionSkeleton('kennis', 'nl', '\n', 2, oma.id).split('\n').slice(2).join('\n');
    const typed = many.replace(oma.prompts.kennis[0].nl, `${oma.prompts.kennis[0].nl}   Ja, en hoe.`);
    const parts = splitPromptComment(typed.trim());
    assert.deepEqual(parts.residue, ['Ja, en hoe.']);
    assert.equal(parts.cleaned, many.trim(), 'the prompt as the template wrote it');
  });

  it('finds nothing in an untouched prompt, in a comment of the writer’s own, or in a prompt worded otherwise', () => {
    assert.equal(promptResidue(sectionSkeleton('kennis', 'en').split('\n')[2]), '');
    assert.equal(promptResidue('<!-- nog even navragen bij de coach -->'), '');
    assert.equal(promptResidue('<!-- Wat moet je weten, breed bekeken? Extra woorden die ooit prompt waren -->'), '');
    assert.equal(promptResidue(`<!-- ${kennisQ} -->`), '');
    assert.equal(promptResidue(`<!-- ${kennisQ} ?! -->`), '', 'punctuation alone is no text');
  });

  it('counts such words as content: the rules do not call the section empty', () => {
    const t = journalTemplate('nl', { datum: '2024-01-01' }).replace(`${kennisQ} -->`, `${kennisQ} Dat oma alleen woont. -->`);
    const kennis = parseJournal(t).beelden[0].sections.find((s) => s.kind === 'kennis')!;
    assert.equal(kennis.empty, false);
    const identiteit = parseJournal(t).beelden[0].sections.find((s) => s.kind === 'identiteit')!;
    assert.equal(identiteit.empty, true, 'an untouched prompt is still empty');
    const b = cellsOutline(textToCells(t)).beelden[0];
    assert.ok(!b.missing.includes('kennis'));
    assert.ok(b.missing.includes('identiteit'));
  });
});
