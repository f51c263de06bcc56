import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { readDetails, setDetail } from '../../src/core/frontmatter-edit';
import { journalTemplate } from '../../src/core/template';

const YAML = '# onze gegevens\nsituatie: paniek-bij-oma   # uit de bundel\ndatum: 2024-03-14\nauteur:\neigen: iets van mij\ntags:\n  - crisis\n  - netwerk\n';

describe('frontmatter: the details form changes one field', () => {
  it('reads the details, Dutch or English keys', () => {
    assert.deepEqual(readDetails(YAML), { situatie: 'paniek-bij-oma', datum: '2024-03-14', tags: ['crisis', 'netwerk'] });
    assert.deepEqual(readDetails('author: Sam\nconversation: groep'), { auteur: 'Sam', gesprek: 'groep' });
    assert.deepEqual(readDetails(''), {});
  });

  it('rewrites only that value: comments, order and unknown keys stay', () => {
    const out = setDetail(YAML, 'auteur', 'Sam de Vries', 'nl')!;
    assert.equal(out, YAML.replace('auteur:\n', 'auteur: Sam de Vries\n'));
    assert.equal(setDetail(YAML, 'situatie', 'wat-is-crisis', 'nl'), YAML.replace('paniek-bij-oma', 'wat-is-crisis'));
    assert.equal(setDetail(YAML, 'tags', ['school'], 'nl'), YAML.replace('tags:\n  - crisis\n  - netwerk\n', 'tags: [school]\n'));
    assert.equal(setDetail(YAML, 'datum', '', 'nl'), YAML.replace('datum: 2024-03-14\n', 'datum:\n'));
  });

  it('adds a missing key in the language the keys are in, and quotes what YAML would misread', () => {
    assert.equal(setDetail('author: Sam\n', 'rol', 'coach', 'nl'), 'author: Sam\nrole: coach');
    assert.equal(setDetail('datum: 2024-01-01', 'rol', 'ja: nee', 'nl'), 'datum: 2024-01-01\nrol: "ja: nee"');
    assert.equal(setDetail('', 'auteur', 'Sam', 'en'), 'author: Sam');
    for (const v of ['yes', '# niet', 'Kim: de coach', '123']) {
      assert.equal(parse(setDetail(YAML, 'rol', v, 'nl')!).rol, v);
    }
  });

  it('keeps a CRLF frontmatter CRLF, and leaves the template’s empty fields readable', () => {
    const crlf = YAML.replace(/\n/g, '\r\n');
    assert.equal(setDetail(crlf, 'gesprek', 'groep', 'nl'), crlf + 'gesprek: groep');
    const fm = /^---\n([\s\S]*?)\n---/.exec(journalTemplate('nl', { datum: '2024-01-01' }))![1];
    const filled = setDetail(fm, 'gesprek', 'een-op-een', 'nl')!;
    assert.equal(parse(filled).gesprek, 'een-op-een');
    assert.equal(filled.split('\n').length, fm.split('\n').length);
  });

  it('refuses YAML that does not read as a mapping, rather than guess', () => {
    assert.equal(setDetail('datum: [2024', 'auteur', 'Sam', 'nl'), undefined);
    assert.equal(setDetail('- een lijst', 'auteur', 'Sam', 'nl'), undefined);
    assert.equal(readDetails('datum: [2024'), undefined);
  });
});
