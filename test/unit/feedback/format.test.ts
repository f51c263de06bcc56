import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendEntry, entryText, newThreadText, parseThread } from '../../../src/core/feedback/format';
import { parseReadableDate, readableDate } from '../../../src/core/feedback/ids';
import { FEEDBACK_DIR, type FeedbackAnchor } from '../../../src/core/feedback/model';
import { addEntry, loadThreads, startThread, threadFileName } from '../../../src/core/feedback/store';
import { diskHost } from './helpers';

const ANCHOR: FeedbackAnchor = {
  journal: 'team/paniek-bij-oma.goedwerk.md', beeld: 'Paniek bij oma', beeldIndex: 0,
  section: 'kennis', heading: 'Kennis', quote: 'wie die nacht bereikbaar was', fingerprint: '0a0b0c 111111',
};

describe('feedback format', () => {
  it('round-trips a thread: anchor, entries, authors, dates, status', () => {
    let text = newThreadText('k3f9a2x1', ANCHOR, { id: 'k3f9a2x1-aaaa', kind: 'reactie', author: 'Coach Één', date: '2024-03-05T10:12:00+01:00', body: 'Waarom eerst de crisisdienst?\n\n- een lijst\n- met *nadruk*' });
    text = appendEntry(text, { id: 'k3f9a2x1-bbbb', kind: 'reactie', author: 'Medewerker 7', date: '2024-03-05T11:00:00+01:00', body: 'Omdat het nacht was.' });
    text = appendEntry(text, { id: 'k3f9a2x1-cccc', kind: 'afgerond', author: 'Coach Één', date: '2024-03-06T09:00:00+01:00', body: '' });
    const t = parseThread(text, `${FEEDBACK_DIR}/x.md`);
    assert.deepEqual(t.problems, []);
    assert.equal(t.id, 'k3f9a2x1');
    assert.deepEqual(t.anchor, ANCHOR);
    assert.deepEqual(t.entries.map((e) => [e.id, e.kind, e.author, e.date]), [
      ['k3f9a2x1-aaaa', 'reactie', 'Coach Één', '2024-03-05T10:12:00+01:00'],
      ['k3f9a2x1-bbbb', 'reactie', 'Medewerker 7', '2024-03-05T11:00:00+01:00'],
      ['k3f9a2x1-cccc', 'afgerond', 'Coach Één', '2024-03-06T09:00:00+01:00'],
    ]);
    assert.equal(t.entries[0].body, 'Waarom eerst de crisisdienst?\n\n- een lijst\n- met *nadruk*');
    assert.equal(t.status, 'resolved');
    const reopened = parseThread(appendEntry(text, { id: 'k3f9a2x1-dddd', kind: 'heropend', author: 'M', date: '2024-03-07T09:00:00Z', body: 'Nog één vraag' }), 'x.md');
    assert.equal(reopened.status, 'open');
  });

  it('reads like Markdown without the extension: a heading, a link to the journal, the quote, bylines', () => {
    const text = newThreadText('abc', ANCHOR, { id: 'abc-1', kind: 'reactie', author: 'Coach', date: '2024-03-05T10:12:00+01:00', body: 'Mooi.' });
    assert.match(text, /^# Feedback: Paniek bij oma › Kennis$/m);
    assert.match(text, /^Journaal: <\.\.\/\.\.\/team\/paniek-bij-oma\.goedwerk\.md>$/m);
    assert.match(text, /^> wie die nacht bereikbaar was$/m);
    assert.match(text, /^\*\*Coach\*\* · 2024-03-05 10:12 \+01:00$/m);
    assert.ok(!/\r/.test(text));
  });

  it('keeps odd author names and bodies that look like markers', () => {
    const body = 'Zie <!-- reactie zzz-1 --> hierboven\n<!-- /reactie zzz-1 -->\n**vet**';
    const text = newThreadText('t1', ANCHOR, { id: 't1-a', kind: 'reactie', author: 'A*B_c', date: '2024-01-01T00:00:00Z', body });
    const t = parseThread(text, 'f.md');
    assert.equal(t.entries.length, 1);
    assert.equal(t.entries[0].author, 'A*B_c');
    assert.equal(t.entries[0].body, body);
  });

  it('records a moved anchor with an entry and lays it over the header', () => {
    const text = appendEntry(newThreadText('t2', ANCHOR, { id: 't2-a', kind: 'reactie', author: 'A', date: '2024-01-01T00:00:00Z', body: 'x' }),
      { id: 't2-b', kind: 'reactie', author: 'B', date: '2024-01-02T00:00:00Z', body: 'y', anchor: { beeld: 'Oma --> in paniek', heading: 'Knowledge' } });
    assert.match(text, /<!-- reactie t2-b \{.*\} -->/);
    const t = parseThread(text, 'f.md');
    assert.equal(t.anchor.beeld, 'Oma --> in paniek');
    assert.equal(t.anchor.heading, 'Knowledge');
    assert.equal(t.anchor.section, 'kennis');
  });

  it('never throws on bad input, and keeps what it can', () => {
    for (const bad of ['', '---', '\u0000\u0001', 'gewoon tekst', '---\nbeeld: x\n', '<!-- reactie a-1 -->\n**X** · geen datum\nhoi', '\uFEFF---\r\ndraad: "q"\r\n---\r\n']) {
      const t = parseThread(bad, `${FEEDBACK_DIR}/bad.md`);
      assert.ok(Array.isArray(t.entries));
    }
    const noEnd = parseThread('<!-- reactie a-1 -->\n**X** · 2024-01-01 10:00 +01:00\n\nhoi\n<!-- reactie a-2 -->\n**Y** · 2024-01-02 10:00 +01:00\n\nook\n<!-- /reactie a-2 -->\n', 'f.md');
    assert.deepEqual(noEnd.entries.map((e) => [e.id, e.body]), [['a-1', 'hoi'], ['a-2', 'ook']]);
    assert.ok(noEnd.problems.some((p) => p.includes('a-1')));
    const crlf = parseThread(newThreadText('c', ANCHOR, { id: 'c-1', kind: 'reactie', author: 'A', date: '2024-01-01T00:00:00Z', body: 'r1\nr2' }).replace(/\n/g, '\r\n'), 'f.md');
    assert.equal(crlf.entries[0].body, 'r1\nr2');
    assert.deepEqual(crlf.anchor, ANCHOR);
  });

  it('reads a file with conflict markers between blocks as both sides', () => {
    const base = newThreadText('m', ANCHOR, { id: 'm-0', kind: 'reactie', author: 'A', date: '2024-01-01T00:00:00Z', body: 'begin' });
    const conflicted = `${base}<<<<<<< HEAD${entryText({ id: 'm-1', kind: 'reactie', author: 'A', date: '2024-01-02T00:00:00Z', body: 'links' })}=======${entryText({ id: 'm-2', kind: 'reactie', author: 'B', date: '2024-01-02T01:00:00Z', body: 'rechts' })}>>>>>>> other\n`;
    const t = parseThread(conflicted, 'f.md');
    assert.deepEqual(t.entries.map((e) => e.body), ['begin', 'links', 'rechts']);
  });

  it('counts an entry that stands twice once', () => {
    const e = { id: 'd-1', kind: 'reactie' as const, author: 'A', date: '2024-01-02T00:00:00Z', body: 'twee keer' };
    const text = appendEntry(appendEntry(newThreadText('d', ANCHOR, { ...e, id: 'd-0' }), e), e);
    assert.equal(parseThread(text, 'f.md').entries.length, 2);
  });

  it('writes and reads dates with their offset', () => {
    assert.equal(readableDate('2024-03-05T10:12:33+01:00'), '2024-03-05 10:12 +01:00');
    assert.equal(parseReadableDate('2024-03-05 10:12 +01:00'), '2024-03-05T10:12:00+01:00');
    assert.equal(parseReadableDate('2024-03-05T10:12:33Z'), '2024-03-05T10:12:33+00:00');
    assert.equal(parseReadableDate('5 maart'), undefined);
  });
});

describe('feedback store (on disk)', () => {
  let dir = '';
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'gw-fb-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('starts a thread in its own file with the folder\'s .gitattributes, appends, and loads it back', async () => {
    const host = diskHost(dir);
    const t = await startThread(host, ANCHOR, { author: 'Coach', body: 'Eerste vraag', date: new Date('2024-03-05T09:00:00Z') });
    assert.equal(t.file, threadFileName(ANCHOR, t.id));
    assert.match(t.file, /^\.goedwerk\/feedback\/paniek-bij-oma-[0-9a-z]{8}\.md$/);
    assert.match(readFileSync(join(dir, FEEDBACK_DIR, '.gitattributes'), 'utf8'), /^\*\.md merge=union$/m);
    const before = readFileSync(join(dir, t.file), 'utf8');
    await addEntry(host, t.file, t.id, { author: 'Medewerker 7', body: 'Antwoord', date: new Date('2024-03-05T10:00:00Z') });
    const after = readFileSync(join(dir, t.file), 'utf8');
    assert.ok(after.startsWith(before), 'appending keeps every byte that was there');
    writeFileSync(join(dir, FEEDBACK_DIR, 'kapot.md'), Buffer.from([0x66, 0, 0x67]));
    const loaded = await loadThreads(host);
    assert.equal(loaded.threads.length, 1);
    assert.deepEqual(loaded.threads[0].entries.map((e) => e.body), ['Eerste vraag', 'Antwoord']);
    assert.deepEqual(loaded.unreadable, [{ file: `${FEEDBACK_DIR}/kapot.md`, reason: 'binary' }]);
  });

  it('loads nothing, without error, when there is no feedback folder', async () => {
    assert.deepEqual((await loadThreads(diskHost(dir))).threads, []);
  });
});
