import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { textToCells, type CellInput } from '../../src/core/cells';
import { cellIndexAt, cellsOutline, hasText, REQUIRED_PARTS } from '../../src/core/cellsOutline';
import { beeld } from '../fixtures/journals';

const complete = beeld('Volledig');

describe('cellsOutline: what each cell is', () => {
  it('labels frontmatter, preamble, title and sections', () => {
    const cells = textToCells('---\na: 1\n---\nVooraf\n\n# T\n\n## Kennis\nk\n### Eigen sub\nx\n## Notities\nn\n');
    const a = cellsOutline(cells);
    assert.deepEqual(a.cells.map((c) => c.role + (c.section ? `:${c.section}` : '')),
      ['frontmatter', 'preamble', 'titel', 'section:kennis', 'section:eigen']);
    assert.equal(a.beelden.length, 1);
    assert.equal(a.beelden[0].firstCell, 2);
    assert.equal(a.beelden[0].lastCell, 4);
    assert.equal(a.beelden[0].sections.kennis, 3);
  });

  it('names the parts a beeld lacks, counting a section with only a comment as missing', () => {
    const cells = textToCells('# Een\n\n## Kennis\n<!-- nog invullen -->\n\n## Deugden\n- Moed\n');
    const [b] = cellsOutline(cells).beelden;
    assert.deepEqual(b.missing, ['ervaring', 'handelingen', 'kennis', 'identiteit', 'vrijheid', 'uitwerking', 'drie-e']);
  });

  it('finds nothing missing in a complete beeld, and the title missing in one without an H1', () => {
    assert.deepEqual(cellsOutline(textToCells(complete)).beelden[0].missing, []);
    const untitled = cellsOutline(textToCells(complete.replace('# Volledig\n\n', '')));
    assert.deepEqual(untitled.beelden[0].missing, ['titel']);
  });

  it('follows the cells as they are now: an added cell, a split cell, a moved cell', () => {
    const cells: CellInput[] = textToCells('# Een\n\n## Kennis\nk\n\n# Twee\n');
    const added = [...cells.slice(0, 2), { kind: 'markup' as const, value: '## Deugden\n\n- Moed' }, { kind: 'markup' as const, value: 'meer over moed' }, cells[2]];
    const a = cellsOutline(added);
    assert.deepEqual(a.cells.map((c) => [c.role, c.section, c.heading, c.beeld]), [
      ['titel', undefined, undefined, 0],
      ['section', 'kennis', true, 0],
      ['section', 'deugden', true, 0],
      ['section', 'deugden', false, 0],
      ['titel', undefined, undefined, 1],
    ]);
    assert.equal(a.beelden[0].sections.deugden, 2);
    assert.deepEqual(a.beelden[0].parts.map((p) => [p.kind, p.cell, p.lastCell]), [['kennis', 1, 1], ['deugden', 2, 3]]);
  });

  it('gives every cell an answer and stays inside the cells, for any journal (property)', () => {
    const line = fc.constantFrom('# T', '## Kennis', '## Deugden', '### sub', 'tekst', '', '```', '---', '- [x] Ethisch', '<!-- x -->');
    fc.assert(fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
      const cells = textToCells(lines.join('\n'));
      const a = cellsOutline(cells);
      assert.equal(a.cells.length, cells.length);
      for (const b of a.beelden) {
        assert.ok(b.firstCell >= 0 && b.firstCell <= b.lastCell && b.lastCell < cells.length);
        for (const k of b.missing) assert.ok(k === 'titel' || REQUIRED_PARTS.includes(k));
      }
    }), { numRuns: 500 });
  });
});

describe('cellsOutline: helpers', () => {
  it('hasText ignores whitespace and closed HTML comments', () => {
    assert.equal(hasText(' \n<!-- a -->\n\t', 0, 13), false);
    assert.equal(hasText('<!-- a --> b', 0, 12), true);
    assert.equal(hasText('<!-- open', 0, 9), false);
  });

  it('cellIndexAt skips empty cells', () => {
    // cells: [0,5) [5,5) [5,9)
    assert.equal(cellIndexAt([0, 5, 5], [5, 5, 9], 5), 2);
    assert.equal(cellIndexAt([0, 5, 5], [5, 5, 9], 4), 0);
    assert.equal(cellIndexAt([0, 5], [5, 5], 5), 0);
  });
});
