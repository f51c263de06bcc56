import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseJournal } from '../../../src/core/parse';
import { MASK, extractSession, plainText } from '../../../src/core/reflectie/extract';
import { authorsIn, buildRecord, fiveYearsBefore, isoDate, sameName } from '../../../src/core/reflectie/record';
import type { SessionSource } from '../../../src/core/reflectie/types';

const ROOT = resolve(__dirname, '../../../..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'reflectie');
const GOLDEN = join(FIXTURES, 'record.golden.json');

function fixtureSources(): SessionSource[] {
  return readdirSync(FIXTURES).filter((f) => f.endsWith('.goedwerk.md')).sort()
    .map((f) => extractSession(parseJournal(readFileSync(join(FIXTURES, f), 'utf8')), f, { privacy: true }));
}

/** A session from frontmatter lines and an optional beeld. */
function session(file: string, fm: string, body = '# Beeld\n\n## Handelingen\n\nIets gedaan.\n'): SessionSource {
  return extractSession(parseJournal(`---\n${fm}\n---\n\n${body}`), file, { privacy: true });
}

const PERIOD = { van: '2024-01-01', tot: '2024-12-31' };

describe('reflectie: the record', () => {
  it('matches the golden JSON for the fixture journals', () => {
    const record = buildRecord(fixtureSources(), { van: '2023-06-01', tot: '2024-12-31', auteur: 'S. de Vries' });
    const json = JSON.stringify(record, null, 2) + '\n';
    if (process.env.GOEDWERK_UPDATE_GOLDEN === '1' || !existsSync(GOLDEN)) writeFileSync(GOLDEN, json);
    assert.equal(json, readFileSync(GOLDEN, 'utf8'), 'set GOEDWERK_UPDATE_GOLDEN=1 to accept a deliberate change');
  });

  it('groups counted sessions by series name (case and spacing aside), else by form', () => {
    const r = buildRecord([
      session('a.goedwerk.md', 'datum: 2024-02-01\nvorm: intervisie\nduur: 90\nreeks: Groep Noord'),
      session('b.goedwerk.md', 'datum: 2024-03-01\nvorm: intervisie\nduur: 60\nreeks: groep  noord'),
      session('c.goedwerk.md', 'datum: 2024-01-15\nvorm: supervisie\nduur: 45'),
      session('d.goedwerk.md', 'datum: 2024-04-01\nvorm: supervisie\nduur: 45'),
      session('e.goedwerk.md', 'datum: 2024-05-01\nvorm: coaching\nduur: 30\nreeks: Groep Noord'),
    ], PERIOD);
    assert.deepEqual(r.series.map((s) => [s.name, s.named, s.sessions.length, s.minutes]), [
      ['supervisie', false, 2, 90],
      ['Groep Noord', true, 3, 180],
    ]);
    assert.deepEqual(r.series[1].vormen, ['intervisie', 'coaching'], 'a series may hold more than one form');
    assert.deepEqual(r.series[1].sessions.map((s) => s.datum), ['2024-02-01', '2024-03-01', '2024-05-01'], 'sessions by date');
    assert.deepEqual([r.series[0].van, r.series[0].tot], ['2024-01-15', '2024-04-01']);
  });

  it('adds up the hours that count and keeps self-reflection, case discussions and unknown forms apart', () => {
    const r = buildRecord([
      session('a.goedwerk.md', 'datum: 2024-02-01\nvorm: moreel beraad\nduur: 1u30'),
      session('b.goedwerk.md', 'datum: 2024-02-02\ngesprek: zelf\nduur: 30'),
      session('c.goedwerk.md', 'datum: 2024-02-03\nvorm: casuistiek\nduur: 60'),
      session('d.goedwerk.md', 'datum: 2024-02-04\ngesprek: groep\nduur: 45'),
      session('e.goedwerk.md', 'datum: 2024-02-05\nvorm: werkoverleg\nduur: 20'),
      session('f.goedwerk.md', 'datum: 2024-02-06\nvorm: intervisie'),
    ], PERIOD);
    assert.deepEqual(r.totals, { sessions: 2, minutes: 90, withoutDuration: 1, apartSessions: 4, apartMinutes: 155 });
    assert.deepEqual(r.apart.map((s) => [s.apart, s.sessions.length, s.minutes]), [['zelf', 1, 30], ['casuistiek', 1, 60], ['onbekend', 2, 65]]);
    assert.equal(r.apart[2].sessions[1].vormText, 'werkoverleg');
    assert.deepEqual(r.apart[2].sessions[1].problems, ['vorm']);
    assert.equal(r.apart.every((s) => s.draft === undefined), true, 'no draft for what does not count');
  });

  it('takes only the period, both ends included, and counts what fell outside or had no date', () => {
    const r = buildRecord([
      session('a.goedwerk.md', 'datum: 2024-01-01\nvorm: coaching\nduur: 60'),
      session('b.goedwerk.md', 'datum: 31-12-2024\nvorm: coaching\nduur: 60'),
      session('c.goedwerk.md', 'datum: 2023-12-31\nvorm: coaching\nduur: 60'),
      session('d.goedwerk.md', 'datum: maart\nvorm: coaching\nduur: 60'),
      session('e.goedwerk.md', 'vorm: coaching\nduur: 60'),
      session('f.goedwerk.md', 'datum: 2024-06-01\nauteur: Sam'),
    ], PERIOD);
    assert.equal(r.totals.sessions, 2);
    assert.equal(r.skipped.outsidePeriod, 1);
    assert.deepEqual(r.skipped.withoutDate, ['d.goedwerk.md', 'e.goedwerk.md']);
    assert.equal(r.series.length + r.apart.length, 1, 'a journal without session fields is no session');
  });

  it('never takes in other people: their sessions stay out and their names appear nowhere', () => {
    const sources = [
      session('a.goedwerk.md', 'datum: 2024-02-01\nauteur: S. de Vries\nvorm: intervisie\nduur: 60'),
      session('b.goedwerk.md', 'datum: 2024-02-01\nauteur: Kim Collega\nvorm: intervisie\nduur: 60'),
      session('c.goedwerk.md', 'datum: 2024-02-01\nvorm: intervisie\nduur: 60'),
    ];
    assert.deepEqual(authorsIn(sources, PERIOD), ['Kim Collega', 'S. de Vries']);
    const r = buildRecord(sources, { ...PERIOD, auteur: 's. DE vries' });
    assert.equal(r.totals.sessions, 2, 'their own and the one without an author');
    assert.equal(r.skipped.otherAuthors, 1);
    assert.ok(!JSON.stringify(r).includes('Kim'), 'no other name anywhere in the record');
  });

  it('masks what the privacy scanner finds, counts it, and leaves it when the team turned the rule off', () => {
    const text = '---\ndatum: 2024-02-01\nvorm: intervisie\nbegeleider: r.voorbeeld@example.nl\n---\n\n# Bellen met 06-12345678\n\n## Handelingen\n\nIk belde 06-12345678 terug en mailde naar ouder@example.nl.\n';
    const on = extractSession(parseJournal(text), 'x.goedwerk.md', { privacy: true });
    assert.equal(on.masked, 4);
    const all = JSON.stringify(on);
    assert.ok(!all.includes('12345678') && !all.includes('@example.nl'), all);
    assert.equal(on.beelden[0].fragments[0].text, `Ik belde ${MASK} terug en mailde naar ${MASK}.`);
    assert.equal(buildRecord([on], PERIOD).privacyMasked, 4);
    const off = extractSession(parseJournal(text), 'x.goedwerk.md', { privacy: false });
    assert.equal(off.masked, 0);
    assert.ok(JSON.stringify(off).includes('06-12345678'));
  });

  it('keeps the writer and the facilitator by name, and masks the names of others in the beelden', () => {
    const text = '---\ndatum: 2024-02-01\nauteur: S. de Vries\nvorm: supervisie\nbegeleider: mevrouw Bakker\n---\n\n# Rust\n\n## Handelingen\n\nIk sprak met Kelly de Jong en haar moeder.\n';
    const on = extractSession(parseJournal(text), 'x.goedwerk.md', { privacy: true });
    assert.equal(on.auteur, 'S. de Vries');
    assert.equal(on.begeleider, 'mevrouw Bakker');
    assert.ok(!JSON.stringify(on).includes('Kelly'), JSON.stringify(on));
    assert.ok(on.masked >= 1);
  });

  it('sorts the beeld toward the three dimensions, with the 3E answers and where each line comes from', () => {
    const body = '# Rust\n\n## Handelingen\n\nLuisteren.\n\n## Kennis\n\nHechting.\n\n## Identiteit\n\nRustig.\n\n## Deugden\n\n- Geduld: wachten.\n\n'
      + '## Vrijheid\n\nRuimte.\n\n## Uitwerking\n\nNiet in de draft.\n\n## 3E-check\n\n- [x] Excellent: ja, goed gedaan.\n- [ ] Ethisch: nee, de ouder was er niet.\n- [x] Energiek\n';
    const r = buildRecord([session('a.goedwerk.md', 'datum: 2024-02-01\nvorm: supervisie\nduur: 60', body)], PERIOD);
    const d = r.series[0].draft!;
    assert.deepEqual(d['technisch-instrumenteel'].map((l) => [l.from, l.text]), [['handelingen', 'Luisteren.'], ['kennis', 'Hechting.'], ['excellent', 'goed gedaan.']]);
    assert.deepEqual(d.normatief.map((l) => [l.from, l.answer, l.text]), [['deugden', undefined, 'Geduld: wachten.'], ['ethisch', 'nee', 'de ouder was er niet.']]);
    assert.deepEqual(d.persoonlijk.map((l) => l.from), ['identiteit', 'vrijheid'], 'an E without words adds nothing');
    assert.deepEqual([d.normatief[0].beeld, d.normatief[0].datum], ['Rust', '2024-02-01']);
  });

  it('makes plain, short text of Markdown', () => {
    assert.equal(plainText('<!-- prompt -->\n- **Moed**: zeggen wat ik zag\n- [Link](http://x) en ![img](a.png) `code`'), 'Moed: zeggen wat ik zag Link en code');
    const long = plainText('woord '.repeat(100), 50);
    assert.ok(long.length <= 51 && long.endsWith('…'), long);
  });

  it('reads dates and periods as the record needs them', () => {
    assert.equal(isoDate('1-3-2024'), '2024-03-01');
    assert.equal(isoDate('2024-2-30'), undefined);
    assert.equal(isoDate('maart'), undefined);
    assert.equal(fiveYearsBefore('2024-12-31'), '2020-01-01');
    assert.equal(fiveYearsBefore('2024-02-29'), '2019-03-02');
    assert.ok(sameName(' Sanne  de Vries', 'sanne de vries'));
    assert.ok(sameName('Zoë', 'Zoe'));
  });
});
