// The sidebar commands' text, without an editor: their arguments, file names, the journals they lay
// out and the edits they make at the cursor (computed with the core, as the commands do).
import * as assert from 'node:assert/strict';
import { ELEMENTS } from '../../src/core/model';
import { applyEdits } from '../../src/core/edits';
import { outline } from '../../src/core/scan';
import { SITUATIONS } from '../../src/core/content/situations';
import { GROUP_GUIDE, ONE_TO_ONE } from '../../src/core/content/guides';
import { QUESTION_SETS } from '../../src/core/content/questions';
import { deugdArg, guideArg, newJournalArg, sectionArg, situationArg } from '../../src/extension/commands/args';
import { freeName, isoDate, journalFileName } from '../../src/extension/commands/journal-file';
import { groupJournal, journalText, oneToOneJournal, questionsJournal } from '../../src/extension/commands/layouts';
import {
  beeldEditAt, blockAtCursor, deugdEditAt, deugdName, drieEEditAt, frontmatterSituation, sectionEditAt, situationEditAt, teamSituationBlock,
} from '../../src/extension/commands/text-edits';
import { timerFace } from '../../src/extension/commands/timer-format';
import { summarizeJournal } from '../../src/extension/views/journal-summary';

const JOURNAL = `---
situatie: paniek-bij-oma
---

# Eerst rust

## Kenmerkende ervaring
Oma belde.

## Handelingen
Luisteren.

## Vrijheid
Ruimte.

# Tweede beeld

## Kennis
Iets.
`;

const at = (text: string, needle: string): number => {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return i;
};

describe('sidebar commands: arguments', () => {
  it('reads a situation id from a string, an object or a tree node', () => {
    assert.equal(situationArg('paniek-bij-oma'), 'paniek-bij-oma');
    assert.equal(situationArg({ situatie: 'a' }), 'a');
    assert.equal(situationArg({ situation: 'b' }), 'b');
    assert.equal(situationArg({ kind: 'situatie', situation: { id: 'c' } }), 'c');
    assert.equal(situationArg({ id: 'd' }), 'd');
    assert.equal(situationArg({ kind: 'guide', id: 'x' }), undefined);
    assert.equal(situationArg(42), undefined);
  });

  it('reads deugden, sections and guides', () => {
    assert.equal(deugdArg('Moed'), 'Moed');
    assert.equal(deugdArg({ name: 'Geduld', label: 'Patience' }), 'Geduld');
    assert.equal(deugdArg({ deugd: ' Zorg ' }), 'Zorg');
    assert.equal(sectionArg('kennis'), 'kennis');
    assert.equal(sectionArg({ element: 'Vrijheid' }), 'vrijheid');
    assert.equal(sectionArg('3e'), 'drie-e');
    assert.equal(sectionArg('ervaring'), 'ervaring');
    assert.equal(sectionArg('nonsense'), undefined);
    assert.equal(guideArg('groep'), 'groep');
    assert.equal(guideArg({ kind: 'guide', guide: 'drie-e' }), 'drie-e');
    assert.equal(guideArg('x'), undefined);
  });

  it('decides whether a new journal asks: nothing asks, a string or object chooses', () => {
    assert.deepEqual(newJournalArg(undefined), { askTitle: true });
    assert.deepEqual(newJournalArg(''), { situatie: null, askTitle: false });
    assert.deepEqual(newJournalArg('paniek-bij-oma'), { situatie: 'paniek-bij-oma', askTitle: false });
    assert.equal(newJournalArg({ blank: true }).situatie, null);
    assert.equal(newJournalArg({ situatie: null }).situatie, null);
    assert.deepEqual(newJournalArg({ titel: 'T' }), { situatie: null, titel: 'T', auteur: undefined, askTitle: false });
    assert.equal(newJournalArg({ situatie: 's', auteur: 'Ik' }).auteur, 'Ik');
  });
});

describe('sidebar commands: file names', () => {
  const vars = { datum: '2025-04-02', titel: 'Eerst luisteren, dán plannen!' };

  it('fills the default pattern with the date and a slugged title', () => {
    assert.equal(journalFileName(undefined, vars), '2025-04-02-eerst-luisteren-dan-plannen.goedwerk.md');
    assert.equal(journalFileName('', vars), '2025-04-02-eerst-luisteren-dan-plannen.goedwerk.md');
  });

  it('knows Dutch and English placeholders, sub folders, and always ends in .goedwerk.md', () => {
    assert.equal(journalFileName('{jaar}/{maand}/{titel}', vars), '2025/04/eerst-luisteren-dan-plannen.goedwerk.md');
    assert.equal(journalFileName('{date}_{title}.md', vars), '2025-04-02_eerst-luisteren-dan-plannen.goedwerk.md');
    assert.equal(journalFileName('{situatie}-{titel}', { ...vars, situatie: 'Paniek bij oma' }), 'paniek-bij-oma-eerst-luisteren-dan-plannen.goedwerk.md');
    assert.equal(journalFileName('{datum}-{situatie}.goedwerk.md', vars), '2025-04-02.goedwerk.md');
  });

  it('never climbs out of the journal folder or writes odd characters', () => {
    assert.equal(journalFileName('../../{titel}', vars), 'eerst-luisteren-dan-plannen.goedwerk.md');
    assert.equal(journalFileName('/abs/{titel}', vars), 'abs/eerst-luisteren-dan-plannen.goedwerk.md');
    assert.equal(journalFileName('a:b*c?{titel}', { datum: '2025-01-01', titel: '' }), 'a-b-c.goedwerk.md');
    assert.equal(journalFileName('{titel}', { datum: '2025-01-01', titel: '!!!' }), '2025-01-01.goedwerk.md');
    assert.equal(journalFileName('{onbekend}', vars), '{onbekend}.goedwerk.md');
  });

  it('finds a free name by counting up', async () => {
    const taken = new Set(['a.goedwerk.md', 'a-2.goedwerk.md']);
    assert.equal(await freeName('a.goedwerk.md', (n) => taken.has(n)), 'a-3.goedwerk.md');
    assert.equal(await freeName('b.goedwerk.md', (n) => taken.has(n)), 'b.goedwerk.md');
    assert.match(isoDate(new Date(2025, 0, 5)), /^2025-01-05$/);
  });
});

describe('sidebar commands: journals that follow a guide', () => {
  it('lays out a one-to-one conversation: steps 1-4 before the beeld, the beeld in the journal format', () => {
    const text = oneToOneJournal('nl', { datum: '2025-01-01', situatie: SITUATIONS[0].id });
    const o = outline(text);
    assert.match(text, /^---\n(?:.*\n)*gesprek: een-op-een\n/);
    for (const [i, s] of ONE_TO_ONE.steps.slice(0, 4).entries()) assert.ok(text.includes(`## ${i + 1}. ${s.title.nl}\n`), s.title.nl);
    assert.ok(text.includes(`*${QUESTION_SETS.kennis.first[0].nl}*`));
    assert.ok(text.includes(`*${QUESTION_SETS.kennis.deepening[0].nl}*`));
    assert.equal(o.beelden.length, 1);
    assert.ok(text.indexOf('## 4.') < o.beelden[0].span.start, 'the steps sit in the preamble');
    assert.ok(text.includes(`Kritische situatie: ${SITUATIONS[0].title.nl}`));
    const b = summarizeJournal('f', text).beelden[0];
    assert.deepEqual(b.missingElements, [...ELEMENTS], 'a fresh beeld is empty: prompts are comments');
  });

  it('lays out a group conversation as kop, romp and staart with the guide\'s questions, then the shared beeld', () => {
    for (const lang of ['nl', 'en'] as const) {
      const text = groupJournal(lang, { datum: '2025-01-01' });
      const heads = GROUP_GUIDE.parts.map((p) => text.indexOf(`## ${p.title[lang]}\n`));
      assert.ok(heads.every((h) => h > 0) && heads[0] < heads[1] && heads[1] < heads[2], lang);
      for (const p of GROUP_GUIDE.parts) for (const q of p.questions) assert.ok(text.includes(`- *${q[lang]}*`), q[lang]);
      assert.ok(text.includes(lang === 'nl' ? '3 tot 6 mensen, 45 tot 90 minuten' : '3 to 6 people, 45 to 90 minutes'));
      assert.match(text, lang === 'nl' ? /\ngesprek: groep\n/ : /\nconversation: groep\n/);
      const o = outline(text);
      assert.equal(o.beelden.length, 1);
      assert.ok(heads[2] < o.beelden[0].span.start);
      assert.ok(o.beelden[0].sections.some((s) => s.kind === 'drie-e'));
    }
  });

  it('puts the questions per element into the element sections', () => {
    const text = questionsJournal('en', { datum: '2025-01-01' });
    const o = outline(text);
    for (const e of ELEMENTS) {
      const s = o.beelden[0].sections.find((x) => x.kind === e)!;
      const body = text.slice(s.body.start, s.body.end);
      assert.ok(body.includes(`- ${QUESTION_SETS[e].guide[0].en}`), e);
    }
    assert.equal(summarizeJournal('f', text).beelden[0].missingElements.length, 5, 'still empty: questions are comments');
  });

  it('writes CRLF journals when asked, and puts a team situation after the frontmatter', () => {
    const crlf = journalText('groep', 'nl', { datum: '2025-01-01' }, undefined, '\r\n');
    assert.ok(!/[^\r]\n/.test(crlf), 'every line break is CRLF');
    const team = { id: 't', title: 'Wachten', summary: 'Een gezin wacht.', prompts: {}, deugden: [], team: true };
    const text = journalText('beeld', 'nl', { datum: '2025-01-01', situatie: 't' }, team);
    const o = outline(text);
    const preamble = text.slice(o.preamble.start, o.preamble.end);
    assert.ok(preamble.includes('> **Kritische situatie: Wachten**') && preamble.includes('> Een gezin wacht.'));
    assert.match(text, /\nsituatie: t\n/);
  });
});

describe('sidebar commands: edits at the cursor', () => {
  it('insert deugd goes to the beeld at the cursor, creating its Deugden section in canonical order', () => {
    const text = applyEdits(JOURNAL, [deugdEditAt(JOURNAL, at(JOURNAL, 'Luisteren'), 'moed', 'nl')]);
    const first = outline(text).beelden[0];
    const names = first.sections.map((s) => s.kind);
    assert.deepEqual(names, ['ervaring', 'handelingen', 'deugden', 'vrijheid']);
    assert.ok(text.includes('## Deugden\n\n- Moed\n'));
    assert.equal(outline(text).beelden[1].sections.length, 1, 'the second beeld is untouched');
  });

  it('insert deugd writes the English name in an English journal and appends to an existing list', () => {
    const en = '# T\n\n## Virtues\n- Patience\n\n## Freedom\nx\n';
    const text = applyEdits(en, [deugdEditAt(en, 0, 'Moed', 'nl')]);
    assert.ok(text.includes('- Patience\n- Courage\n'), text);
    assert.equal(deugdName('Moed', 'en'), 'Courage');
    assert.equal(deugdName('Speelsheid', 'en'), 'Speelsheid');
  });

  it('add element adds a missing section to the beeld at the cursor, or points at the one that is there', () => {
    const offset = at(JOURNAL, 'Iets.');
    const r = sectionEditAt(JOURNAL, offset, 'vrijheid', 'nl');
    assert.ok('edit' in r);
    const text = applyEdits(JOURNAL, [r.edit]);
    assert.deepEqual(outline(text).beelden[1].sections.map((s) => s.kind), ['kennis', 'vrijheid']);
    const there = sectionEditAt(JOURNAL, at(JOURNAL, 'Oma'), 'vrijheid', 'nl');
    assert.deepEqual(there, { existing: at(JOURNAL, '## Vrijheid') });
  });

  it('add element in the frontmatter works on the first beeld', () => {
    const r = sectionEditAt(JOURNAL, 2, 'kennis', 'nl');
    assert.ok('edit' in r);
    const text = applyEdits(JOURNAL, [r.edit]);
    assert.deepEqual(outline(text).beelden[0].sections.map((s) => s.kind), ['ervaring', 'handelingen', 'kennis', 'vrijheid']);
  });

  it('add 3E check adds the task list, then completes it, then has nothing left to do', () => {
    const one = applyEdits(JOURNAL, [drieEEditAt(JOURNAL, at(JOURNAL, 'Oma'), 'nl')]);
    assert.match(one, /## 3E-check\n(?:.*\n)*- \[ \] Excellent.*\n- \[ \] Ethisch.*\n- \[ \] Energiek/);
    const partial = '# T\n\n## 3E-check\n- [x] Excellent\n';
    const two = applyEdits(partial, [drieEEditAt(partial, 0, 'nl')]);
    assert.match(two, /- \[x\] Excellent\n- \[ \] Ethisch.*\n- \[ \] Energiek/);
    const done = drieEEditAt(two, 0, 'nl');
    assert.equal(done.newText, '');
    assert.equal(done.span.start, done.span.end);
  });

  it('add beeld puts a full skeleton after the beeld at the cursor, with the journal\'s situation prompts', () => {
    assert.equal(frontmatterSituation(JOURNAL), 'paniek-bij-oma');
    const text = applyEdits(JOURNAL, [beeldEditAt(JOURNAL, at(JOURNAL, 'Oma'), 'nl', 'Nieuw')]);
    const o = outline(text);
    assert.deepEqual(o.beelden.map((b) => b.title), ['Eerst rust', 'Nieuw', 'Tweede beeld']);
    assert.equal(o.beelden[1].sections.length, 9);
    const handelingen = o.beelden[1].sections.find((s) => s.kind === 'handelingen')!;
    assert.ok(text.slice(handelingen.body.start, handelingen.body.end).includes(SITUATIONS.find((s) => s.id === 'paniek-bij-oma')!.prompts.handelingen[0].nl.slice(0, 30)));
    const empty = applyEdits('', [beeldEditAt('', 0, 'en')]);
    assert.match(empty, /^# Catchy title\n/);
  });

  it('insert situation puts the reminder on lines of its own, keeping CRLF', () => {
    const crlf = JOURNAL.replace(/\n/g, '\r\n');
    const edit = situationEditAt(crlf, at(crlf, 'Oma belde.') + 3, SITUATIONS[1].id, 'nl')!;
    const text = applyEdits(crlf, [edit]);
    assert.ok(text.includes(`Oma belde.\r\n\r\n> **Kritische situatie: ${SITUATIONS[1].title.nl}**\r\n`));
    assert.ok(!/[^\r]\n/.test(text));
    assert.equal(situationEditAt(JOURNAL, 0, 'bestaat-niet', 'nl'), undefined);
  });

  it('places blocks on an empty line, after a line, and at the end', () => {
    const B = '> b\n';
    assert.equal(applyEdits('a\n\nc\n', [blockAtCursor('a\n\nc\n', 2, B, '\n')]), 'a\n\n> b\n\nc\n');
    assert.equal(applyEdits('a\nc\n', [blockAtCursor('a\nc\n', 0, B, '\n')]), 'a\n\n> b\n\nc\n');
    assert.equal(applyEdits('a', [blockAtCursor('a', 1, B, '\n')]), 'a\n\n> b\n');
    assert.equal(applyEdits('', [blockAtCursor('', 0, B, '\n')]), '> b\n');
    assert.equal(applyEdits('a\n', [blockAtCursor('a\n', 2, B, '\n')]), 'a\n\n> b\n');
    assert.match(teamSituationBlock('T', 'Een.\n\nTwee.', 'en', '\n'), /^> \*\*Critical situation: T\*\*\n>\n> Een\.\n>\n> Twee\.\n>\n> <small>/);
  });
});

describe('sidebar commands: the group timer', () => {
  it('counts mm:ss and says where the session stands against 45-90 minutes', () => {
    assert.deepEqual(timerFace(0, 45, 90), { clock: '00:00', minutes: 0, phase: 'early' });
    assert.deepEqual(timerFace(61_500, 45, 90), { clock: '01:01', minutes: 1, phase: 'early' });
    assert.equal(timerFace(45 * 60_000, 45, 90).phase, 'window');
    assert.equal(timerFace(90 * 60_000, 45, 90).phase, 'window');
    assert.deepEqual(timerFace(90 * 60_000 + 1000, 45, 90), { clock: '1:30:01', minutes: 90, phase: 'over' });
    assert.equal(timerFace(-5, 45, 90).clock, '00:00');
  });
});
