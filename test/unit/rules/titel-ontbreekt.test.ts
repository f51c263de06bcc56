import * as assert from 'node:assert/strict';
import { COMPLETE, FRONTMATTER, beeld, findings, line, severityCases } from './helpers';

const RULE = 'titel-ontbreekt';

describe('rule titel-ontbreekt', () => {
  it('stays quiet on a complete beeld', () => {
    assert.deepEqual(findings(COMPLETE, RULE), []);
  });

  it('finds a file with sections but no H1, at the beeld\'s first line', () => {
    const text = `${FRONTMATTER}\n## Kenmerkende ervaring\nIets gebeurde.\n`;
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1);
    assert.equal(line(fs[0]), 7, 'the first line with text after the frontmatter');
    assert.equal(fs[0].data?.beeld, 0);
  });

  it('finds an empty H1, at the H1', () => {
    const text = `Inleiding\n\n#\n\n## Kennis\nIets.\n\n# Tweede\n`;
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1);
    assert.equal(line(fs[0]), 3);
    assert.match(fs[0].message, /leeg/);
  });

  it('does not count a heading inside a code fence as a title', () => {
    const text = '```\n# geen titel\n```\n## Kennis\nIets.\n';
    assert.equal(findings(text, RULE).length, 1);
  });

  it('says it in English when asked', () => {
    const fs = findings('## Kennis\nx\n', RULE, { lang: 'en' });
    assert.match(fs[0].message, /title/);
  });

  it('is not about prose without any heading (no beeld at all)', () => {
    assert.deepEqual(findings('Alleen wat losse gedachten.\n', RULE), []);
  });

  severityCases(RULE, 'warning', `## Kennis\nIets.\n\n${beeld('x').replace('# x\n', '')}`);
});
