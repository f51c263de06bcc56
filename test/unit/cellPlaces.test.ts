import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { textToCells } from '../../src/core/cells';
import { cellPlaces, toCellRange } from '../../src/core/cellPlaces';
import { journalTemplate } from '../../src/core/template';

const LINES = ['# Titel', '## Kennis', '## Deugden', '<!-- Wat moet je weten? -->', '<!--', 'vraag', '-->', 'tekst', '- Moed', '', '', '---', 'a: 1'];
const text = fc.array(fc.constantFrom(...LINES), { maxLength: 30 }).map((ls) => ls.join('\n') + '\n');

describe('cell places: a closed journal’s findings on the cells it opens as', () => {
  it('maps every line a cell shows onto that cell’s own line with the same text (property)', () => {
    fc.assert(fc.property(text, (t) => {
      const cells = textToCells(t);
      const places = cellPlaces(t, cells);
      const lines = t.split('\n');
      lines.forEach((line, n) => {
        const hit = toCellRange(places, { start: { line: n, character: 0 }, end: { line: n, character: line.length } });
        if (!hit) return;
        const shown = cells[hit.index].value.split(/\r\n|\r|\n/);
        const local = hit.range.start.line;
        // Always inside the cell; a line the cell shows (and the journal holds once) on its own line.
        assert.ok(local >= 0 && local < shown.length, JSON.stringify({ t, n, local, shown }));
        if (line.trim() && lines.filter((l) => l === line).length === 1 && shown.includes(line)) assert.equal(shown[local], line, JSON.stringify({ t, n }));
      });
    }), { numRuns: 500 });
  });

  it('puts a finding below a hidden prompt on its line in the cell', () => {
    const t = journalTemplate('nl', { datum: '2024-01-01', titel: 'T' }).replace('## Deugden\n\n', '## Deugden\n\n- Gedudl\n\n');
    const n = t.split('\n').findIndex((l) => l === '- Gedudl');
    const cells = textToCells(t);
    const hit = toCellRange(cellPlaces(t, cells), { start: { line: n, character: 2 }, end: { line: n, character: 8 } })!;
    assert.equal(cells[hit.index].value.split('\n')[hit.range.start.line].slice(2, 8), 'Gedudl');
  });
});
