import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../src/core/edits';
import { parseJournal } from '../../../src/core/parse';
import { fillDurationEdit, fillDurationInYaml } from '../../../src/core/reflectie/fill-duration';
import { readSession } from '../../../src/core/reflectie/session';
import { sessionLines } from '../../../src/core/reflectie/template-fields';
import { journalTemplate } from '../../../src/core/template';
import { groupJournal, oneToOneJournal } from '../../../src/extension/commands/layouts';

function fill(text: string, minutes: number): string {
  const r = fillDurationEdit(text, minutes);
  assert.ok('edit' in r, JSON.stringify(r));
  return applyEdits(text, [r.edit]);
}

describe('reflectie: the group timer fills the duration', () => {
  it('fills an empty duur line and leaves every other byte alone', () => {
    const text = '---\r\nsituatie: x\r\nduur:\r\nreeks: Noord # onze groep\r\n---\r\n# Beeld\r\n';
    assert.equal(fill(text, 75), '---\r\nsituatie: x\r\nduur: 75\r\nreeks: Noord # onze groep\r\n---\r\n# Beeld\r\n');
  });

  it('adds the key when it is missing, in the language of the other keys', () => {
    assert.equal(fill('---\ndatum: 2024-01-01\n---\n', 60), '---\ndatum: 2024-01-01\nduur: 60\n---\n');
    assert.equal(fill('---\ndate: 2024-01-01\nauthor: Sam\n---\n', 60), '---\ndate: 2024-01-01\nauthor: Sam\nduration: 60\n---\n');
    assert.equal(fill('---\n---\n', 5), '---\nduur: 5\n---\n');
  });

  it('never overwrites a duration the writer filled in', () => {
    assert.deepEqual(fillDurationEdit('---\nduur: 1u30\n---\n', 60), { kept: '1u30' });
    assert.deepEqual(fillDurationEdit('---\nDuration: 45 # minutes\n---\n', 60), { kept: '45' });
    assert.ok('edit' in fillDurationEdit('---\nduur: ~\n---\n', 60), 'an explicit null is empty');
    assert.deepEqual(fillDurationEdit('# Geen frontmatter\n', 60), { none: true });
  });

  it('works on a notebook cell, whose YAML does not end in a line break', () => {
    assert.deepEqual(fillDurationInYaml('vorm: intervisie\nduur:', 50), { yaml: 'vorm: intervisie\nduur: 50' });
    assert.deepEqual(fillDurationInYaml('vorm: intervisie', 50), { yaml: 'vorm: intervisie\nduur: 50' });
  });
});

describe('reflectie: templates carry the session keys', () => {
  it('the group guide fills the form and leaves the rest for the writer and the timer', () => {
    const text = groupJournal('nl', { datum: '2024-05-01' });
    assert.match(text, /\ngesprek: groep\nvorm: intervisie\nduur:\nbegeleider:\ndeelnemers:\nreeks:\ntags: \[\]\n/);
    const j = parseJournal(text);
    assert.equal(readSession(j.frontmatter).vorm, 'intervisie');
    assert.deepEqual(readSession(j.frontmatter).problems, []);
    const timed = fill(text, 80);
    assert.equal(readSession(parseJournal(timed).frontmatter).minutes, 80);
  });

  it('the one-to-one guide knows two people take part; English keys in English', () => {
    assert.match(oneToOneJournal('nl', {}), /\ngesprek: een-op-een\nvorm:\nduur:\nbegeleider:\ndeelnemers: 2\nreeks:\n/);
    assert.match(oneToOneJournal('en', {}), /\nconversation: een-op-een\nform:\nduration:\nfacilitator:\nparticipants: 2\nseries:\n/);
  });

  it('a plain beeld stays as it was', () => {
    assert.ok(!/\n(vorm|duur|reeks):/.test(journalTemplate('nl', {})));
    assert.deepEqual(sessionLines('nl', { vorm: 'coaching', deelnemers: '3' }, (v) => (v ? ` ${v}` : '')),
      ['vorm: coaching', 'duur:', 'begeleider:', 'deelnemers: 3', 'reeks:']);
  });
});
