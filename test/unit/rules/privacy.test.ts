import * as assert from 'node:assert/strict';
import { COMPLETE, beeld, findings, line, lineOf, severityCases } from './helpers';

const RULE = 'privacy';
const withKennis = (body: string) => beeld('x', { replace: { kennis: `## Kennis\n${body}\n` } });

describe('rule privacy', () => {
  it('stays quiet on a complete beeld with dates, times, amounts and years', () => {
    assert.deepEqual(findings(COMPLETE, RULE), []);
    assert.deepEqual(findings(withKennis('Op 01-02-2024 om 10:30 kostte het €1.234,56; in 2023 waren het 12 gesprekken; dossier 123456789.'), RULE), []);
  });

  it('finds each kind, on its own line, without echoing the value', () => {
    const body = ['Mail: jan.jansen@example.nl', 'Bel 06-12345678', 'BSN 111222333', 'IBAN NL91 ABNA 0417 1643 00', 'Woont op 1234 AB 12'];
    const text = withKennis(body.join('\n'));
    const fs = findings(text, RULE);
    assert.deepEqual(fs.map(line), body.map((b) => lineOf(text, b)));
    const values = ['jan.jansen', '12345678', '111222333', '0417', '1234 AB'];
    fs.forEach((f, i) => assert.ok(!f.message.includes(values[i]), `message leaks ${values[i]}`));
    assert.match(fs[0].message, /e-mailadres/);
    assert.match(fs[2].message, /BSN/);
  });

  it('marks the value itself', () => {
    const text = withKennis('Zijn nummer is 0612345678, zei hij.');
    const [f] = findings(text, RULE);
    assert.equal(f.range.start.character, 'Zijn nummer is '.length);
    assert.equal(f.range.end.character, 'Zijn nummer is 0612345678'.length);
  });

  it('also looks in the frontmatter', () => {
    const fs = findings(`---\nauteur: sam@example.org\n---\n${beeld()}`, RULE);
    assert.equal(fs.length, 1);
    assert.equal(line(fs[0]), 2);
  });

  severityCases(RULE, 'warning', withKennis('Bel 020-1234567'));
});
