import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../src/core/edits';
import { isMarked, markFromValue, readFeedbackMark, setFeedbackMarkEdit } from '../../../src/core/feedback/mark';
import { checkFeedbackText, checkThreadPrivacy, isFeedbackPath, privacyKindsIn } from '../../../src/core/feedback/privacy';
import { newThreadText, parseThread, appendEntry } from '../../../src/core/feedback/format';
import { parseJournal } from '../../../src/core/parse';
import { journalStats, teamStats } from '../../../src/core/stats';
import { JournalTexts, placeThreads } from '../../../src/core/feedback/place';
import { withFeedback } from '../../../src/core/feedback/stats';
import { anchorAt } from '../../../src/core/feedback/anchor';
import { JOURNAL } from './helpers';

const fm = (yaml: string) => `---\n${yaml}\n---\n\n# Paniek bij oma\n\n## Kennis\ntekst\n\n# Tweede\n`;

describe('feedback: the "ready for feedback" mark', () => {
  it('reads every documented form from the lines, as the YAML value reads', () => {
    const cases: [string, { all: boolean; titles: string[] } | undefined][] = [
      ['feedback: gevraagd', { all: true, titles: [] }],
      ['Feedback: requested  # asked today', { all: true, titles: [] }],
      ['feedback: ja', { all: true, titles: [] }],
      ['feedback: 2024-03-05', { all: true, titles: [] }],
      ['feedback: nee', undefined],
      ['feedback:', undefined],
      ['feedback: [Paniek bij oma, "Tweede"]', { all: false, titles: ['Paniek bij oma', 'Tweede'] }],
      ['feedback:\n  - Paniek bij oma\n  - \'Tweede\'\nauteur: x', { all: false, titles: ['Paniek bij oma', 'Tweede'] }],
      ['auteur: x', undefined],
    ];
    for (const [yaml, want] of cases) {
      assert.deepEqual(readFeedbackMark(fm(yaml)), want, yaml);
      const data = parseJournal(fm(yaml)).frontmatter?.data ?? {};
      const key = Object.keys(data).find((k) => k.toLowerCase() === 'feedback');
      assert.deepEqual(markFromValue(key ? data[key] : undefined), want, `yaml: ${yaml}`);
    }
    assert.equal(readFeedbackMark('# geen frontmatter\n'), undefined);
  });

  it('marks beelden by title, case and accents aside', () => {
    const m = readFeedbackMark(fm('feedback: [paniek BIJ oma]'));
    assert.ok(isMarked(m, 'Paniek bij oma'));
    assert.ok(!isMarked(m, 'Tweede'));
    assert.ok(isMarked({ all: true, titles: [] }, null));
  });

  it('sets and removes the mark touching only its own lines, keeping CRLF', () => {
    const base = fm('auteur: Medewerker 7');
    const all = applyEdits(base, [setFeedbackMarkEdit(base, 'all')!]);
    assert.equal(all, fm('auteur: Medewerker 7\nfeedback: gevraagd'));
    const list = applyEdits(all, [setFeedbackMarkEdit(all, ['Paniek bij oma', 'Ja: nee'])!]);
    assert.equal(list, fm('auteur: Medewerker 7\nfeedback:\n  - Paniek bij oma\n  - "Ja: nee"'));
    assert.deepEqual(readFeedbackMark(list), { all: false, titles: ['Paniek bij oma', 'Ja: nee'] });
    assert.equal(applyEdits(list, [setFeedbackMarkEdit(list, null)!]), base);
    const bare = '# Titel\r\n\r\ntekst\r\n';
    assert.equal(applyEdits(bare, [setFeedbackMarkEdit(bare, 'all', 'requested')!]), '---\r\nfeedback: requested\r\n---\r\n# Titel\r\n\r\ntekst\r\n');
    assert.equal(setFeedbackMarkEdit(bare, null), undefined);
  });
});

describe('feedback: stats and privacy', () => {
  const journal = JOURNAL.replace('auteur: Medewerker 7', 'auteur: Medewerker 7\nfeedback: [Paniek bij oma, Loslaten na achttien]');
  const threadOn = (needle: string, entries: [string, string][], status?: 'afgerond') => {
    const a = anchorAt(journal, journal.indexOf(needle), 'j.goedwerk.md')!;
    let text = newThreadText('x' + needle.length, a, { id: `x${needle.length}-0`, kind: 'reactie', author: entries[0][0], date: '2024-01-01T00:00:00Z', body: entries[0][1] });
    entries.slice(1).forEach(([author, body], i) => { text = appendEntry(text, { id: `x${needle.length}-${i + 1}`, kind: 'reactie', author, date: `2024-01-0${i + 2}T00:00:00Z`, body }); });
    if (status) text = appendEntry(text, { id: `x${needle.length}-z`, kind: 'afgerond', author: 'Coach', date: '2024-02-01T00:00:00Z', body: '' });
    return parseThread(text, `.goedwerk/feedback/${needle.length}.md`);
  };

  it('counts open and resolved threads per beeld; a beeld waits until someone else answers', () => {
    const threads = [
      threadOn('Ik wist hoe', [['Coach', 'Waarom?']]),
      threadOn('Geduld', [['Coach', 'Mooi'], ['Medewerker 7', 'Dank']], 'afgerond'),
      threadOn('Hij mocht kiezen', [['Medewerker 7', 'Klopt dit zo?']]),
    ];
    const stats = journalStats(parseJournal(journal), 'j.goedwerk.md');
    assert.deepEqual(stats.beelden.map((b) => b.feedback), [
      { requested: true, open: 0, resolved: 0, waiting: true },
      { requested: true, open: 0, resolved: 0, waiting: true },
    ]);
    const placed = placeThreads(threads, new JournalTexts(new Map([['j.goedwerk.md', journal]])));
    const [withFb] = withFeedback([stats], placed, (f) => f);
    assert.deepEqual(withFb.beelden.map((b) => b.feedback), [
      { requested: true, open: 1, resolved: 1, waiting: false },
      { requested: true, open: 1, resolved: 0, waiting: true },
    ]);
    const totals = teamStats([withFb], 2).totals.feedback;
    assert.deepEqual(totals, { requested: 2, waiting: 1, open: 2, resolved: 1, detached: 2 });
  });

  it('finds personal data in feedback text, names only the kind, and places it on the file\'s line', () => {
    const t = threadOn('Ik wist hoe', [['Coach', 'Goed gedaan.'], ['Coach', 'Bel haar op 06-12345678 of mail oma@voorbeeld.nl']]);
    const text = newThreadText('x', t.anchor, { id: 'x-0', kind: 'reactie', author: 'Coach', date: '2024-01-01T00:00:00Z', body: 'Goed gedaan.' })
      + '\n<!-- reactie x-1 -->\n**Coach** · 2024-01-02 10:00 +01:00\n\nRegel een\nBel haar op 06-12345678\n<!-- /reactie x-1 -->\n';
    const parsed = parseThread(text, 'f.md');
    const findings = checkThreadPrivacy(parsed, text, { lang: 'nl' });
    assert.equal(findings.length, 1);
    const line = text.split('\n')[findings[0].range.start.line];
    assert.equal(line.slice(findings[0].range.start.character, findings[0].range.end.character), '06-12345678');
    assert.equal(findings[0].kind, 'telefoon');
    assert.ok(!findings[0].message.includes('12345678'), 'the message never repeats the value');
    assert.match(checkThreadPrivacy(parsed, text, { lang: 'en' })[0].message, /phone number/);
    assert.deepEqual(checkThreadPrivacy(parsed, text, { lang: 'nl', severity: 'off' }), []);
    assert.deepEqual(privacyKindsIn('mail oma@voorbeeld.nl of 06-12345678').sort(), ['email', 'telefoon']);
    assert.deepEqual(privacyKindsIn('Mooi beschreven, vooral de tweede alinea.'), []);
    assert.deepEqual(checkFeedbackText(text, '.goedwerk/feedback/x.md', { lang: 'nl' }).map((f) => f.range), findings.map((f) => f.range));
  });

  it('knows a thread file by its path, for the commit guard', () => {
    for (const yes of ['.goedwerk/feedback/a-1.md', 'team/.goedwerk/feedback/b.md', 'x\\.goedwerk\\feedback\\c.md']) assert.ok(isFeedbackPath(yes), yes);
    for (const no of ['.goedwerk/feedback/.gitattributes', '.goedwerk/feedback/sub/x.md', 'feedback/a.md', 'a.goedwerk.md', '.goedwerk/notes.md']) assert.ok(!isFeedbackPath(no), no);
  });
});
