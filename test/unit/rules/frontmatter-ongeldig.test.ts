import * as assert from 'node:assert/strict';
import { checkText } from '../../../src/core/check';
import { beeld, findings, line, severityCases } from './helpers';

const RULE = 'frontmatter-ongeldig';

describe('rule frontmatter-ongeldig', () => {
  it('stays quiet on valid frontmatter, empty frontmatter and none at all', () => {
    assert.deepEqual(findings(`---\nsituatie: paniek-bij-oma\ntags: [a, b]\n---\n${beeld()}`, RULE), []);
    assert.deepEqual(findings(`---\n---\n${beeld()}`, RULE), []);
    assert.deepEqual(findings(beeld(), RULE), []);
  });

  it('reports YAML that does not parse, at the line of the error, as an error', () => {
    const text = `---\nsituatie: paniek-bij-oma\ntags: [a, b\n---\n${beeld()}`;
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1);
    assert.equal(fs[0].severity, 'error');
    assert.ok(line(fs[0]) >= 3 && line(fs[0]) <= 4, `line ${line(fs[0])}`);
  });

  it('reports a duplicate key at the second one', () => {
    const fs = findings(`---\nauteur: Sam\ndatum: 2024-01-01\nauteur: Kim\n---\n${beeld()}`, RULE);
    assert.equal(fs.length, 1);
    assert.equal(line(fs[0]), 4);
    // In the writer's words and language, not the YAML library's English.
    assert.match(fs[0].message, /een sleutel staat er twee keer in/);
    assert.match(findings(`---\nauteur: Sam\nauteur: Kim\n---\n${beeld()}`, RULE, { lang: 'en' })[0].message, /a key appears twice/);
    assert.match(findings(`---\nrol: mentor: ambulant\n---\n${beeld()}`, RULE)[0].message, /tussen aanhalingstekens/);
  });

  it('reports a frontmatter whose closing --- is missing, at its first line', () => {
    const fs = findings(`---\nsituatie: paniek-bij-oma\nauteur: Sam\n\n${beeld()}`, RULE);
    assert.equal(fs.length, 1);
    assert.equal(line(fs[0]), 1);
    assert.match(fs[0].message, /afsluitende `---` ontbreekt/);
    const crlf = findings(`---\r\nauteur: Sam\r\n\r\n${beeld().replace(/\n/g, '\r\n')}`, RULE);
    assert.equal(crlf.length, 1);
    // A file that merely starts with a horizontal rule is not frontmatter.
    assert.deepEqual(findings(`---\n\nEen inleiding.\n\n${beeld()}`, RULE), []);
    assert.deepEqual(findings(`---\nEen inleiding: met een dubbele punt verderop.\n\n${beeld()}`, RULE).length, 1);
  });

  it('reports YAML that is not a mapping', () => {
    const fs = findings(`---\n- een\n- twee\n---\n${beeld()}`, RULE);
    assert.equal(fs.length, 1);
    assert.equal(line(fs[0]), 2);
    assert.match(fs[0].message, /sleutel: waarde/);
  });

  it('still checks the rest of the file', () => {
    const all = checkText(`---\nsituatie: [\n---\n${beeld('x', { omit: ['kennis'] })}`, { lang: 'nl' });
    assert.ok(all.some((f) => f.rule === RULE));
    assert.ok(all.some((f) => f.rule === 'element-ontbreekt' && f.data?.section === 'kennis'));
  });

  severityCases(RULE, 'error', `---\na: [\n---\n${beeld()}`);
});
