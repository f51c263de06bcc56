import * as assert from 'node:assert/strict';
import { COMPLETE, beeld, findings, line, lineOf, severityCases } from './helpers';

const RULE = 'deugd-onbekend';
const withDeugden = (body: string) => beeld('x', { replace: { deugden: `## Deugden\n${body}` } });

describe('rule deugd-onbekend', () => {
  it('stays quiet on known deugden (with explanations after a colon or dash)', () => {
    assert.deepEqual(findings(COMPLETE, RULE), []);
  });

  it('finds a typo and suggests the nearest name, at the item\'s label', () => {
    const text = withDeugden('- Geduld\n- *Eerlijkhied*: ik zei het zoals het was\n');
    const fs = findings(text, RULE);
    assert.equal(fs.length, 1);
    assert.equal(line(fs[0]), lineOf(text, '- *Eerlijkhied*: ik zei het zoals het was'));
    assert.equal(fs[0].range.start.character, 3, 'the label starts inside the emphasis');
    assert.equal(fs[0].range.end.character, 14);
    assert.equal(fs[0].data?.deugd, 'Eerlijkhied');
    assert.equal(fs[0].data?.suggestion, 'Eerlijkheid');
    assert.match(fs[0].message, /Bedoel je "Eerlijkheid"/);
  });

  it('gives no suggestion when nothing is close', () => {
    const fs = findings(withDeugden('- Zwemmen\n'), RULE);
    assert.equal(fs.length, 1);
    assert.equal(fs[0].data?.suggestion, undefined);
  });

  it('accepts English names, case and accents', () => {
    assert.deepEqual(findings(withDeugden('- patience\n- COURAGE (mostly)\n- geduld – soms\n'), RULE), []);
  });

  it('accepts the team\'s own deugden from the config and the options', () => {
    const text = withDeugden('- Humor: het hielp\n- Rustgevendheid\n');
    assert.equal(findings(text, RULE).length, 2);
    assert.deepEqual(findings(text, RULE, { config: { rules: {}, deugden: ['humor'] }, extraDeugden: ['Rustgevendheid'] }), []);
  });

  it('does not check prose or nested items in the Deugden section', () => {
    assert.deepEqual(findings(withDeugden('Ik denk vooral aan Zwemmen en Fietsen.\n\n- Geduld\n  - Zwemmen\n'), RULE), []);
  });

  it('does not check lists in other sections', () => {
    assert.deepEqual(findings(beeld('x', { replace: { kennis: '## Kennis\n- Zwemmen\n' } }), RULE), []);
  });

  severityCases(RULE, 'info', withDeugden('- Zwemmen\n'));
});
