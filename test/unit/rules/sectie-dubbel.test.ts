import * as assert from 'node:assert/strict';
import { COMPLETE, beeld, findings, line, severityCases } from './helpers';

const RULE = 'sectie-dubbel';

describe('rule sectie-dubbel', () => {
  it('stays quiet on a complete beeld', () => {
    assert.deepEqual(findings(COMPLETE, RULE), []);
  });

  it('finds the second heading of the same section, also under another alias', () => {
    const text = beeld('x', { replace: { kennis: '## Kennis\nEen.\n\n## Knowledge\nTwee.\n\n### kennis:\nDrie.\n' } });
    const lines = text.split('\n');
    const fs = findings(text, RULE);
    assert.deepEqual(fs.map(line), [lines.indexOf('## Knowledge') + 1, lines.indexOf('### kennis:') + 1]);
    assert.ok(fs.every((f) => f.data?.section === 'kennis'));
    assert.match(fs[0].message, new RegExp(`regel ${lines.indexOf('## Kennis') + 1}`));
  });

  it('does not count the same section in two different beelden', () => {
    assert.deepEqual(findings(`${beeld('Een')}\n${beeld('Twee')}`, RULE), []);
  });

  it('leaves the writer\'s own headings alone, however often they repeat', () => {
    assert.deepEqual(findings(beeld('x', { replace: { kennis: '## Kennis\nx\n### Notitie\na\n### Notitie\nb\n' } }), RULE), []);
  });

  severityCases(RULE, 'warning', beeld('x', { replace: { vrijheid: '## Vrijheid\na\n## Vrijheid\nb\n' } }));
});
