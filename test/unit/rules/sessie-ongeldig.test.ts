import * as assert from 'node:assert/strict';
import { beeld, findings, line } from './helpers';

const RULE = 'sessie-ongeldig';
const doc = (fm: string) => `---\ndatum: 2024-03-01\n${fm}\n---\n${beeld()}`;

describe('rule sessie-ongeldig', () => {
  it('stays quiet on readable values, empty values and no session fields at all', () => {
    assert.deepEqual(findings(doc('vorm: intervisie\nduur: 1u30\nbegeleider: R. Voorbeeld\ndeelnemers: 5\nreeks: Groep Noord'), RULE), []);
    assert.deepEqual(findings(doc('form: Supervision\nduration: 1h\nparticipants: 1'), RULE), []);
    assert.deepEqual(findings(doc('vorm:\nduur:\ndeelnemers:\nreeks:'), RULE), []);
    assert.deepEqual(findings(doc('auteur: Sam'), RULE), []);
    assert.deepEqual(findings(`# Zonder frontmatter\n`, RULE), []);
  });

  it('finds an unknown form, naming the known ones, at its line', () => {
    const fs = findings(doc('auteur: Sam\nvorm: werkoverleg'), RULE);
    assert.equal(fs.length, 1);
    assert.equal(line(fs[0]), 4);
    assert.equal(fs[0].range.start.character, 0);
    assert.equal(fs[0].range.end.character, 'vorm: werkoverleg'.length);
    assert.match(fs[0].message, /intervisie, supervisie, moreel-beraad, coaching, casuistiek, zelf/);
    assert.ok(!fs[0].message.includes('werkoverleg'), 'the message does not repeat the value');
  });

  it('finds durations that are unreadable, zero, too long or ambiguous', () => {
    const cases: [string, RegExp][] = [
      ['duur: een tijdje', /niet te lezen/], ['duur: 0', /nul minuten/], ['duur: 900', /Meer dan 12 uur/],
      ['duur: 1.5', /uren of minuten/], ['duration: 25 hours', /More than 12 hours/],
    ];
    for (const [fm, re] of cases) {
      const fs = findings(doc(fm), RULE, { lang: fm.startsWith('duration') ? 'en' : 'nl' });
      assert.equal(fs.length, 1, fm);
      assert.match(fs[0].message, re, fm);
      assert.equal(line(fs[0]), 3, fm);
    }
  });

  it('finds participants that are no whole number, or names, and a self-reflection with others', () => {
    for (const fm of ['deelnemers: 0', 'deelnemers: -2', 'deelnemers: 2.5', 'deelnemers: veel', 'deelnemers: [Anna, Bram]', 'deelnemers:\n  - Anna\n  - Bram']) {
      const fs = findings(doc(fm), RULE);
      assert.equal(fs.length, 1, fm);
      assert.match(fs[0].message, /heel getal/, fm);
      assert.equal(line(fs[0]), 3, fm);
      assert.ok(!/Anna|Bram/.test(fs[0].message));
    }
    assert.match(findings(doc('deelnemers: 500'), RULE)[0].message, /Meer dan 100 deelnemers/);
    const self = findings(doc('vorm: zelf\ndeelnemers: 4'), RULE);
    assert.equal(self.length, 1);
    assert.match(self[0].message, /alleen/);
  });

  it('finds a list where one text belongs', () => {
    const fs = findings(doc('begeleider: [A, B]\nreeks: {a: 1}'), RULE);
    assert.deepEqual(fs.map(line), [3, 4]);
  });

  it('is a warning by default and can be turned off by the team', () => {
    const fs = findings(doc('duur: nooit'), RULE);
    assert.equal(fs[0].severity, 'warning');
    assert.deepEqual(findings(doc('duur: nooit'), RULE, { config: { rules: { 'sessie-ongeldig': 'off' }, deugden: [] } }), []);
  });
});
