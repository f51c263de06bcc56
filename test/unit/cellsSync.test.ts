import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { cellsToText, layout, textToCells, type CellInput } from '../../src/core/cells';
import { resyncCells } from '../../src/core/cellsSync';
import { journalTemplate } from '../../src/core/template';

// Lines that make and break structure: titles, sections, frontmatter fences, comments, fences, text.
const LINES = [
  '# Titel', '## Kennis', '## Deugden', '## 3E-check', '## Eigen kop', '### diep', '---', '...', 'situatie: x',
  '```', '<!-- prompt -->', '<!--', '-->', 'tekst', 'Titel', '===', '- [ ] Excellent: Is het goed?', '', '',
];
const text = fc.array(fc.constantFrom(...LINES), { maxLength: 30 }).map((ls) => ls.join('\n') + '\n');
const lines = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 5 }).map((ls) => ls.join('\n'));

/** An edit a writer or a command makes: type into a cell, replace one, add one, delete one. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('append' as const), at: fc.nat(), lines }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), lines }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), lines }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), lines }),
);

function applyEdit(cells: CellInput[], e: { kind: string; at: number; lines: string }): CellInput[] {
  const out = cells.map((c) => ({ ...c }));
  const i = out.length ? e.at % out.length : 0;
  if (e.kind === 'insert' || out.length === 0) out.splice(i, 0, { kind: 'markup', language: 'markdown', value: e.lines });
  else if (e.kind === 'append') out[i].value = out[i].value + '\n' + e.lines;
  else if (e.kind === 'replace') out[i].value = e.lines;
  else out.splice(i, 1);
  return out;
}

function applyPlan(cells: CellInput[]): CellInput[] {
  const plan = resyncCells(cells);
  if (!plan) return cells;
  return [...cells.slice(0, plan.start), ...plan.cells, ...cells.slice(plan.start + plan.deleteCount)];
}

const structure = (cells: readonly CellInput[]) => {
  const { starts, ends } = layout(cells);
  return cells.map((c, i) => `${starts[i]}:${ends[i] - starts[i]}:${c.language}`).filter((_, i) => ends[i] > starts[i]);
};

describe('cellsSync: the cells follow the text', () => {
  it('changes nothing in cells just read from a file (property)', () => {
    fc.assert(fc.property(text, (t) => assert.equal(resyncCells(textToCells(t)), undefined)), { numRuns: 1000 });
  });

  it('after any edits, cuts the same text the way opening it would, in one replacement (property)', () => {
    fc.assert(fc.property(text, fc.array(edit, { minLength: 1, maxLength: 4 }), (t, edits) => {
      let cells: CellInput[] = textToCells(t);
      for (const e of edits) cells = applyEdit(cells, e);
      const written = cellsToText(cells);
      const synced = applyPlan(cells);
      assert.equal(cellsToText(synced), written, 'the journal’s text is unchanged');
      assert.deepEqual(structure(synced), structure(textToCells(written)), 'cut as opening the file cuts it');
      assert.equal(resyncCells(synced), undefined, 'nothing left to do');
    }), { numRuns: 2000 });
  });

  it('keeps the cells before and after the change as they are (the same objects)', () => {
    const cells: CellInput[] = textToCells('# T\n\n## Kenmerkende ervaring\n\nx\n\n## Handelingen\n\ny\n\n## Deugden\n\n- Moed\n');
    const edited = cells.map((c) => ({ ...c }));
    edited[2] = { ...edited[2], value: '## Handelingen\n\ny\n\n## Kennis\n\n<!-- Wat moet je weten? -->' };
    const plan = resyncCells(edited)!;
    assert.equal(plan.start, 2);
    assert.equal(plan.deleteCount, 1);
    assert.deepEqual(plan.cells.map((c) => c.value), ['## Handelingen\n\ny', '## Kennis']);
    assert.equal(plan.cells[1].meta.prompt, '\n\n<!-- Wat moet je weten? -->');
  });

  it('turns the first lines into the frontmatter cell once the closing fence is typed', () => {
    const open = '---\nsituatie: paniek-bij-oma\ndatum: 2024-03-01\n\n# Rust\n\n## Kennis\n\nk\n';
    const cells: CellInput[] = textToCells(open);
    assert.equal(cells[0].language, 'markdown');
    const edited = cells.map((c) => ({ ...c }));
    edited[0] = { ...edited[0], value: edited[0].value + '\n---' };
    const synced = applyPlan(edited);
    assert.equal(synced[0].language, 'yaml');
    assert.equal(synced[0].value, 'situatie: paniek-bij-oma\ndatum: 2024-03-01');
    assert.equal(cellsToText(synced), open.replace('2024-03-01\n', '2024-03-01\n---\n'));
  });

  it('merges the text of a section whose heading was deleted into the cell before', () => {
    const cells: CellInput[] = textToCells('# T\n\n## Kennis\n\nk\n\n## Deugden\n\n- Moed\n');
    const edited = cells.map((c) => ({ ...c }));
    edited[2] = { ...edited[2], value: 'Gewoon tekst nu.' };
    const synced = applyPlan(edited);
    assert.equal(synced.length, 2);
    assert.ok(synced[1].value.endsWith('Gewoon tekst nu.'));
  });

  it('leaves a new empty cell alone, so the writer can type in it', () => {
    const cells: CellInput[] = [...textToCells('# T\n\n## Kennis\n\nk\n'), { kind: 'markup', language: 'markdown', value: '' }];
    assert.equal(resyncCells(cells), undefined);
  });

  it('adopts a new cell that already stands on its own, so it gets its prompt and metadata', () => {
    const cells: CellInput[] = [...textToCells('# T\n\n## Kennis\n\nk\n'), { kind: 'markup', language: 'markdown', value: '## Deugden\n\n<!-- Wat weegt zwaar? -->' }];
    const plan = resyncCells(cells)!;
    // The cell before gets the blank line that set the new one apart, as opening the file would give it.
    assert.equal(plan.start, 1);
    assert.deepEqual(plan.cells.map((c) => c.value), ['## Kennis\n\nk', '## Deugden']);
    assert.equal(plan.cells[1].meta.prompt, '\n\n<!-- Wat weegt zwaar? -->');
  });

  it('keeps a fresh journal from the template as it is', () => {
    for (const lang of ['nl', 'en'] as const) {
      assert.equal(resyncCells(textToCells(journalTemplate(lang, { situatie: 'paniek-bij-oma', datum: '2024-01-01' }))), undefined);
    }
  });
});
