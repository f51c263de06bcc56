// The privacy rule over feedback text with the team's choices of .goedwerk.json: names that are fine,
// kinds left off, the people of the thread and the journal's writer; and the config read from its text
// (the extension's way, through its own file system).
import * as assert from 'node:assert/strict';
import { appendEntry, newThreadText, parseThread } from '../../../src/core/feedback/format';
import { checkThreadPrivacy, feedbackRootOfPath, maskPrivacy, privacyKindsIn, teamPrivacyOf } from '../../../src/core/feedback/privacy';

const ANCHOR = { journal: 'team/a.goedwerk.md', beeld: 'Een beeld', beeldIndex: 0, section: 'kennis' as const, heading: 'Kennis' };
const LEAK = 'Ik sprak met Kelly de Jong over de overdracht.';

function thread(body: string): { text: string } {
  const first = { id: 't1-a', kind: 'reactie' as const, author: 'Coach Een (fictief)', date: '2024-03-05T10:00:00+01:00', body: 'Mooi beschreven.' };
  const text = appendEntry(newThreadText('t1', ANCHOR, first), { id: 't1-b', kind: 'reactie', author: 'Medewerker Twee (fictief)', date: '2024-03-06T10:00:00+01:00', body });
  return { text };
}

describe('feedback: privacy with the team\'s settings', () => {
  it('finds a client\'s name in a comment, on its line, naming the kind only', () => {
    const { text } = thread(LEAK);
    const findings = checkThreadPrivacy(parseThread(text, 'f.md'), text, { lang: 'nl' });
    assert.deepEqual(findings.map((f) => f.kind), ['naam']);
    const line = text.split('\n')[findings[0].range.start.line];
    assert.equal(line.slice(findings[0].range.start.character, findings[0].range.end.character), 'Kelly de Jong');
    assert.match(findings[0].message, /de naam van een persoon/);
    assert.ok(!/Kelly|Jong/.test(findings[0].message));
    assert.match(checkThreadPrivacy(parseThread(text, 'f.md'), text, { lang: 'en' })[0].message, /a person's name/);
  });

  it('leaves alone the names the team allows (privacy.namen), the writer of the journal and the thread\'s people', () => {
    const { text } = thread(LEAK);
    const parsed = parseThread(text, 'f.md');
    assert.deepEqual(checkThreadPrivacy(parsed, text, { lang: 'nl', privacy: { namen: ['Kelly de Jong'] } }), []);
    assert.deepEqual(checkThreadPrivacy(parsed, text, { lang: 'nl', names: ['Kelly de Jong'] }), []);
    const body = 'Dank je, Pieter Bakker. Ik heb het er met Sanne Visser over gehad.';
    assert.deepEqual(privacyKindsIn(body), ['naam'], 'read on its own, these are names');
    const first = { id: 't2-a', kind: 'reactie' as const, author: 'Sanne Visser', date: '2024-03-05T10:00:00+01:00', body: 'Mooi beschreven.' };
    const named = appendEntry(newThreadText('t2', ANCHOR, first), { id: 't2-b', kind: 'reactie', author: 'Pieter Bakker', date: '2024-03-06T10:00:00+01:00', body });
    assert.deepEqual(checkThreadPrivacy(parseThread(named, 'g.md'), named, { lang: 'nl' }), [], 'the thread\'s own people may be named');
  });

  it('leaves out the kinds the team turned off (privacy.uit), and keeps the others', () => {
    const { text } = thread(`${LEAK} Bel 06-12345678.`);
    const parsed = parseThread(text, 'f.md');
    assert.deepEqual(checkThreadPrivacy(parsed, text, { lang: 'nl' }).map((f) => f.kind), ['naam', 'telefoon']);
    assert.deepEqual(checkThreadPrivacy(parsed, text, { lang: 'nl', privacy: { uit: ['naam'] } }).map((f) => f.kind), ['telefoon']);
    assert.deepEqual(privacyKindsIn(`${LEAK} Bel 06-12345678.`, [], { privacy: { uit: ['telefoon'] } }), ['naam']);
  });

  it('masks what it finds for output, but not an allowed name', () => {
    assert.equal(maskPrivacy(LEAK), 'Ik sprak met […] over de overdracht.');
    assert.equal(maskPrivacy(LEAK, [], { privacy: { namen: ['Kelly de Jong'] } }), LEAK);
  });

  it('reads the team\'s privacy choices from the text of .goedwerk.json, comments and mistakes included', () => {
    const config = teamPrivacyOf('\uFEFF{\n  // our team\n  "rules": { "privacy": "error" },\n  "privacy": { "namen": ["Sanne Visser"], "uit": ["instelling", "bogus"] }\n}');
    assert.deepEqual(config, { rules: { privacy: 'error' }, privacy: { namen: ['Sanne Visser'], uit: ['instelling'] } });
    assert.deepEqual(teamPrivacyOf('{"rules": {"privacy": "loud"}}'), { rules: {} });
    assert.deepEqual(teamPrivacyOf('not json at all'), { rules: {} });
    assert.deepEqual(teamPrivacyOf(''), { rules: {} });
  });

  it('knows the feedback root of a thread file\'s path', () => {
    assert.equal(feedbackRootOfPath('.goedwerk/feedback/a-1.md'), '');
    assert.equal(feedbackRootOfPath('team/.goedwerk/feedback/a-1.md'), 'team/');
    assert.equal(feedbackRootOfPath('team\\.goedwerk\\feedback\\a-1.md'), 'team/');
  });
});
