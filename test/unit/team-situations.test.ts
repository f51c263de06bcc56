import * as assert from 'node:assert/strict';
import { idFromFileName, parseTeamSituation, promptsOf } from '../../src/core/team-situations';

// The reader of a team's own situation files, shared by the language server (the ids the
// `situatie-onbekend` rule, completion and hover know) and the sidebar (what the tree shows).
describe('core: team situations', () => {
  const team = parseTeamSituation('file:///ws/.goedwerk/situaties/wachtlijst-dilemma.md', [
    '---', 'id: wachtlijst', '---', '# Wachten op de wachtlijst', '', 'Een gezin wacht al maanden.', 'Wat doe je tot dan?', '',
    'Tweede alinea.', '', '## Handelingen', '- Bellen?', '- Langsgaan?', '', '## Virtues', 'Geduld en eerlijkheid.', '', '## Notities', 'eigen kop',
  ].join('\n'));

  it('parses a team situation: id, title, story and prompts per element (any known heading)', () => {
    assert.equal(team.id, 'wachtlijst');
    assert.equal(team.title, 'Wachten op de wachtlijst');
    assert.equal(team.summary, 'Een gezin wacht al maanden. Wat doe je tot dan?');
    assert.equal(team.story, 'Een gezin wacht al maanden. Wat doe je tot dan?\n\nTweede alinea.');
    assert.deepEqual(team.prompts, { handelingen: ['Bellen?', 'Langsgaan?'], deugden: ['Geduld en eerlijkheid.'] });
    assert.equal(team.file, 'file:///ws/.goedwerk/situaties/wachtlijst-dilemma.md');
  });

  it('falls back to the file name for a team file without frontmatter or title, and never throws', () => {
    const bare = parseTeamSituation('/x/Ruzie op de groep.md', 'Alleen tekst.');
    assert.equal(bare.id, 'ruzie-op-de-groep');
    assert.equal(bare.title, 'ruzie-op-de-groep');
    assert.equal(bare.summary, 'Alleen tekst.');
    assert.doesNotThrow(() => parseTeamSituation('y.md', '---\n: : [\n---\n\u0000'));
    assert.equal(idFromFileName('C:\\a\\Één.goedwerk.md'), 'een');
    assert.deepEqual(promptsOf('- a\n  vervolg\n\nb\nc\n<!-- weg -->'), ['a vervolg', 'b c']);
  });

  it('takes the title from the frontmatter (Dutch or English key) over the H1, with CRLF and a BOM', () => {
    const s = parseTeamSituation('crisis.md', '\uFEFF---\r\nid: " nacht-crisis "\r\ntitle: Crisis in de nacht\r\n---\r\n# Kop\r\n\r\nVerhaal.\r\n');
    assert.equal(s.id, 'nacht-crisis');
    assert.equal(s.title, 'Crisis in de nacht');
    assert.equal(s.summary, 'Verhaal.');
    assert.equal(parseTeamSituation('a.md', '---\ntitel: Nederlands\ntitle: English\n---\n').title, 'Nederlands');
  });

  it('uses the file name when the frontmatter is broken or no mapping, and still reads the body', () => {
    const broken = parseTeamSituation('Te laat.md', '---\nid: [open\n---\n# Te laat\n\nHet verhaal.\n');
    assert.equal(broken.id, 'te-laat');
    assert.equal(broken.title, 'Te laat');
    assert.equal(broken.summary, 'Het verhaal.');
    const list = parseTeamSituation('lijst.md', '---\n- id: x\n---\nTekst.\n');
    assert.equal(list.id, 'lijst');
    assert.equal(list.summary, 'Tekst.');
    // An id that is not a string (a number, an empty string) is no id: the file name holds.
    assert.equal(parseTeamSituation('nummer.md', '---\nid: 12\n---\n').id, 'nummer');
    assert.equal(parseTeamSituation('leeg.md', '---\nid: ""\n---\n').id, 'leeg');
  });
});
