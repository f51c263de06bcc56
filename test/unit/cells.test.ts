import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  cellsToText, cellText, composeValue, decodeJournal, encodeJournal, eolOfCells, isBlankJournal, layout, liftPrompt,
  placeholderCell, promptGap, splitTail, textToCells, valueOffset, type CellInput, type CellSpec,
} from '../../src/core/cells';
import { journalTemplate, sectionSkeleton } from '../../src/core/template';
import { ELEMENT_INFO } from '../../src/core/content/index';

// Lines that stress the cutter: headings of every kind, fences with `#` lines inside, HTML, comments,
// frontmatter fences, YAML with comments, lists, tables, blank and whitespace-only lines.
const LINES = [
  '# Titel', '#  Titel met spaties  ', '## Kennis', '## Kenmerkende ervaring:', '### Deugden', '## Eigen kop',
  '#### diep', '# ', '#', '##Kennis', 'Titel', '===', '---', '-----', '...', '```', '```md', '~~~', '    # ingesprongen',
  '# in een fence?', '<!-- # commentaar', '-->', '<!-- prompt -->', '<div>', '</div>', '<pre>', '</pre>',
  'situatie: paniek-bij-oma # commentaar', 'tags: [a, b]', '- moed', '  - nested', '1. eerste', '> citaat',
  '| a | b |', '|---|---|', '- [x] Excellent', '- [ ] Ethisch', 'tekst  ', '\t', '   ', '', '', '', 'café – één',
  '## Uitwerking', '## 3E-check', '## Deugden', '## Vrijheid', '## Handelingen', '## Identiteit',
  // A template's prompt, and the same with words typed at its end (they are the writer's).
  '<!-- Wat moet je weten, in de ruimste zin van het woord? -->', '<!-- Wat moet je weten, in de ruimste zin van het woord? Veel -->',
  '· Wat kun je hier doen, en wat moet je daarvoor kunnen? ik luisterde',
];
const EOLS = ['\n', '\r\n', '\r'];

const journalText = fc
  .array(fc.tuple(fc.constantFrom(...LINES), fc.constantFrom(...EOLS, '\n', '\n', '\r\n')), { maxLength: 40 })
  .chain((lines) => fc.boolean().map((finalBreak) =>
    lines.map(([l, e], i) => l + (i < lines.length - 1 || finalBreak ? e : '')).join('')));

const anyText = fc.oneof(journalText, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 60 }));

const cellValue = fc.oneof(
  fc.array(fc.tuple(fc.constantFrom(...LINES), fc.constantFrom(...EOLS)), { maxLength: 6 })
    .map((ls) => ls.map(([l, e]) => l + e).join('')),
  fc.string({ maxLength: 40 }),
);

/** Each cell's piece of the file, as the untouched notebook writes it. */
function pieces(cells: readonly CellInput[]): string[] {
  const eol = eolOfCells(cells);
  return cells.map((c, i) => cellText(c, eol, i === 0));
}

function lf(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

function endsWithBreak(s: string): boolean {
  return /[\r\n]$/.test(s);
}

describe('cells: lossless round trip', () => {
  it('gives back any text unchanged (property)', () => {
    fc.assert(fc.property(anyText, (t) => {
      assert.equal(cellsToText(textToCells(t)), t);
    }), { numRuns: 3000 });
  });

  it('gives back any UTF-8 bytes unchanged, BOM included (property)', () => {
    const bytes = fc.tuple(fc.boolean(), anyText).map(([bom, t]) => {
      const body = new TextEncoder().encode(t.replace(/\0/g, ""));
      return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
    });
    fc.assert(fc.property(bytes, (b) => {
      const d = decodeJournal(b);
      assert.equal(d.problem, undefined);
      assert.deepEqual(encodeJournal(d.cells!, d.meta), b);
    }), { numRuns: 1000 });
  });

  it('gives back any text unchanged after the editor normalised every cell’s line breaks (property)', () => {
    // What VS Code's text buffer does with a cell's text: mixed line breaks become the majority kind.
    const editorNormalised = (v: string): string => {
      const crlf = (v.match(/\r\n/g) ?? []).length;
      const total = (v.match(/\r\n|\r|\n/g) ?? []).length;
      if (total === 0) return v;
      const eol = crlf > total / 2 ? '\r\n' : '\n';
      return v.replace(/\r\n|\r|\n/g, eol);
    };
    fc.assert(fc.property(anyText, (t) => {
      const cells = textToCells(t).map((c) => ({ ...c, value: editorNormalised(c.value) }));
      assert.equal(cellsToText(cells), t);
    }), { numRuns: 2000 });
  });

  it('keeps values free of their final line break and blank lines (property)', () => {
    fc.assert(fc.property(journalText, (t) => {
      for (const c of textToCells(t)) assert.equal(splitTail(c.value).tail, '', JSON.stringify(c.value));
    }), { numRuns: 1000 });
  });

  it('writes an edited value with the file’s line break, in place of that cell only (property)', () => {
    fc.assert(fc.property(journalText, fc.nat(), cellValue, (t, pick, value) => {
      const cells = textToCells(t);
      fc.pre(cells.length > 0);
      const i = pick % cells.length;
      const { starts, ends } = layout(cells);
      const before = t.slice(0, starts[i]);
      const after = t.slice(ends[i]);
      const edited = cells.map((c, j) => (j === i ? { ...c, value } : c));
      const out = cellsToText(edited);
      assert.ok(out.startsWith(before), 'text before the cell unchanged');
      assert.ok(out.endsWith(after), 'text after the cell unchanged');
      const middle = out.slice(before.length, out.length - after.length);
      const m = cells[i].meta;
      assert.ok(middle.startsWith(m.head ?? ''), 'hidden head kept');
      assert.ok(middle.endsWith(m.tail), 'hidden tail kept');
    }), { numRuns: 2000 });
  });

  it('moves a cell’s text when the cell moves (property)', () => {
    fc.assert(fc.property(journalText, fc.array(fc.nat(), { maxLength: 12 }), (t, keys) => {
      const cells = textToCells(t);
      const order = cells.map((_, i) => i).sort((a, b) => (keys[a] ?? a) - (keys[b] ?? b) || a - b);
      const moved = order.map((i) => cells[i]);
      const ps = pieces(cells);
      const eol = eolOfCells(cells);
      // The only piece that can lack a final line break is the file's last; moved up, it gets a blank line.
      const expected = order.map((i, k) => ps[i] + (k < order.length - 1 && !endsWithBreak(ps[i]) ? eol + eol : '')).join('');
      assert.equal(cellsToText(moved), expected);
    }), { numRuns: 2000 });
  });

  it('adds a new cell with a blank line around it and leaves the rest alone (property)', () => {
    fc.assert(fc.property(journalText, fc.nat(), (t, pick) => {
      const cells = textToCells(t);
      const k = pick % (cells.length + 1);
      const { starts } = layout(cells);
      const at = k < cells.length ? starts[k] : t.length;
      const eol = eolOfCells(cells);
      const out = cellsToText([...cells.slice(0, k), { kind: 'markup', value: '## Kennis\nNieuw' }, ...cells.slice(k)]);
      assert.ok(out.startsWith(t.slice(0, at)));
      assert.ok(out.endsWith(t.slice(at)));
      const added = `## Kennis${eol}Nieuw${eol}`;
      const pos = out.indexOf(added, Math.max(0, at - 1));
      assert.ok(pos >= at, 'the new cell is written where it stands');
      const before = out.slice(0, pos);
      const after = out.slice(pos + added.length);
      assert.ok(before === '' || /\n[ \t]*\n$/.test(lf(before)), 'a blank line before it');
      assert.ok(after === '' || /^[ \t]*\n/.test(lf(after)), 'a blank line after it');
    }), { numRuns: 1000 });
  });

  it('deleting a cell removes exactly its text (property)', () => {
    fc.assert(fc.property(journalText, fc.nat(), (t, pick) => {
      const cells = textToCells(t);
      fc.pre(cells.length > 1);
      const i = pick % (cells.length - 1); // not the last, which may lack a final break
      const { starts, ends } = layout(cells);
      assert.equal(cellsToText(cells.filter((_, j) => j !== i)), t.slice(0, starts[i]) + t.slice(ends[i]));
    }), { numRuns: 1000 });
  });
});

function roles(cells: CellSpec[]): string[] {
  return cells.map((c) => (c.role === 'section' ? `${c.section}` : c.role) + (c.beeld !== undefined ? `@${c.beeld}` : ''));
}

describe('cells: fixtures', () => {
  const journal = [
    '---',
    '# een commentaar in de YAML',
    'situatie: paniek-bij-oma   # waar het om ging',
    'tags:',
    '  - oma',
    '---',
    '',
    'Een woord vooraf.',
    '',
    '# Rust brengen bij oma',
    '',
    '## Kenmerkende ervaring',
    'Oma belde in paniek.  ',
    '',
    '## Handelingen',
    '- luisteren',
    '  - eerst vragen',
    '    - dan pas handelen',
    '',
    '```md',
    '# geen titel, maar code',
    '## ook geen sectie',
    '```',
    '',
    '### Een eigen tussenkop',
    'hoort bij Handelingen',
    '',
    '## Deugden',
    '- **Geduld**: niet te snel',
    '',
    '| E | ok |',
    '|---|----|',
    '| Excellent | ja |',
    '',
    '<!-- nog aanvullen -->',
    '',
  ].join('\n');

  it('cuts frontmatter, preamble, title and sections, with deeper headings of one’s own inside', () => {
    const cells = textToCells(journal);
    assert.deepEqual(roles(cells), ['frontmatter', 'preamble', 'titel@0', 'ervaring@0', 'handelingen@0', 'deugden@0']);
    assert.equal(cells[0].kind, 'markup', 'the frontmatter never runs: a Markdown-kind cell in YAML');
    assert.equal(cells[0].language, 'yaml');
    assert.equal(cells[0].value, '# een commentaar in de YAML\nsituatie: paniek-bij-oma   # waar het om ging\ntags:\n  - oma');
    assert.equal(cells[0].meta.head, '---\n');
    assert.equal(cells[0].meta.tail, '\n---\n\n');
    assert.equal(cells[1].value, 'Een woord vooraf.');
    assert.equal(cells[2].value, '# Rust brengen bij oma');
    assert.equal(cells[3].value, '## Kenmerkende ervaring\nOma belde in paniek.  ', 'trailing spaces (a hard break) stay');
    assert.ok(cells[4].value.includes('# geen titel, maar code'));
    assert.ok(cells[4].value.endsWith('hoort bij Handelingen'));
    assert.ok(cells.every((c) => c.role === 'frontmatter' || c.language === 'markdown'));
    assert.equal(cellsToText(cells), journal);
  });

  it('keeps CRLF line breaks, and writes an edit with CRLF', () => {
    const crlf = journal.replace(/\n/g, '\r\n');
    const cells = textToCells(crlf);
    assert.deepEqual(roles(cells), ['frontmatter', 'preamble', 'titel@0', 'ervaring@0', 'handelingen@0', 'deugden@0']);
    assert.equal(cellsToText(cells), crlf);
    const edited = cells.map((c) => (c.section === 'ervaring' ? { ...c, value: '## Kenmerkende ervaring\nAnders.\n' } : c));
    const out = cellsToText(edited);
    assert.ok(out.includes('\r\n## Kenmerkende ervaring\r\nAnders.\r\n\r\n## Handelingen\r\n'));
    assert.equal(out.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF slipped in');
  });

  it('keeps an untouched cell with mixed line breaks as it was, even after the editor normalised it', () => {
    const mixed = '# Titel\r\n\r\n## Kennis\nweten\r\nen meer\n\n## Deugden\r\n- moed\r\n';
    const cells = textToCells(mixed);
    const kennis = cells.find((c) => c.section === 'kennis')!;
    assert.equal(kennis.meta.raw, '## Kennis\nweten\r\nen meer');
    // VS Code hands back a cell with mixed breaks normalised to one kind.
    const normalised = cells.map((c) => (c === kennis ? { ...c, value: c.value.replace(/\r\n/g, '\n') } : c));
    assert.equal(cellsToText(normalised, '\r\n'), mixed);
  });

  it('reads setext headings and is not fooled by `#` lines in fences or comments', () => {
    const t = 'Mijn titel\n==========\n\nTekst.\n\nKennis\n------\n~~~\n# geen kop\n~~~\n<!--\n# ook geen kop\n-->\n';
    const cells = textToCells(t);
    assert.deepEqual(roles(cells), ['titel@0', 'kennis@0']);
    assert.equal(cells[0].value, 'Mijn titel\n==========\n\nTekst.');
    assert.equal(cellsToText(cells), t);
  });

  it('keeps a file without a final line break, and sets a moved last cell apart', () => {
    const t = '# Een\n\n## Kennis\nslot';
    const cells = textToCells(t);
    assert.equal(cells[cells.length - 1].meta.tail, '');
    assert.equal(cellsToText(cells), t);
    assert.equal(cellsToText([cells[1], cells[0]]), '## Kennis\nslot\n\n# Een\n\n');
  });

  it('keeps the BOM at the byte layer and refuses bytes that are not UTF-8 or are binary', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('# Titel\r\n')]);
    const d = decodeJournal(bytes);
    assert.deepEqual(d.meta, { bom: true, eol: '\r\n' });
    assert.equal(d.cells![0].value, '# Titel');
    assert.deepEqual(encodeJournal(d.cells!, d.meta), bytes);
    assert.equal(decodeJournal(new Uint8Array([0x23, 0x20, 0xe9, 0x0a])).problem, 'encoding');
    assert.equal(decodeJournal(new Uint8Array([0x23, 0x00, 0x0a])).problem, 'binary');
  });

  it('makes blank lines no cell of their own, and an empty file no cells at all', () => {
    assert.deepEqual(textToCells(''), []);
    const lead = textToCells('\n\n# T\n\n\n');
    assert.equal(lead.length, 1);
    assert.equal(lead[0].meta.head, '\n\n');
    assert.equal(lead[0].value, '# T');
    assert.equal(lead[0].meta.tail, '\n\n\n');
    const blank = textToCells(' \n\t\n');
    assert.equal(blank.length, 1);
    assert.equal(cellsToText(blank), ' \n\t\n');
  });

  it('treats sections without any H1 as one beeld without a title', () => {
    const cells = textToCells('Inleiding\n\n## Kennis\nk\n## Deugden\n- moed\n');
    assert.deepEqual(roles(cells), ['preamble@0', 'kennis@0', 'deugden@0']);
  });

  it('writes a new YAML code cell at the top as frontmatter, and other new code cells as a fence', () => {
    const cells = textToCells('# T\n');
    const out = cellsToText([{ kind: 'code', language: 'yaml', value: 'auteur: Sam' }, ...cells,
      { kind: 'code', language: 'js', value: 'a\n```\nb' }]);
    assert.equal(out, '---\nauteur: Sam\n---\n\n# T\n\n````js\na\n```\nb\n````\n');
    assert.equal(textToCells(out)[0].role, 'frontmatter');
  });

  it('saves an invalid YAML edit as typed', () => {
    const cells = textToCells('---\na: 1\n---\n# T\n');
    const out = cellsToText([{ ...cells[0], value: 'a: [1,\n  b: : :' }, cells[1]]);
    assert.equal(out, '---\na: [1,\n  b: : :\n---\n# T\n');
  });

  it('skips a new cell left empty, and keeps a cleared old one’s line breaks', () => {
    const cells = textToCells('# T\n\n## Kennis\nk\n');
    assert.equal(cellsToText([...cells, { kind: 'markup', value: '' }]), '# T\n\n## Kennis\nk\n');
    assert.equal(cellsToText([cells[0], { ...cells[1], value: '' }]), '# T\n\n\n');
  });
});

describe('cells: valueOffset', () => {
  it('points at the value inside each cell’s text, for old and new cells alike (property)', () => {
    const newCell = fc.record({
      kind: fc.constantFrom('markup' as const, 'code' as const),
      language: fc.constantFrom('yaml', 'js', 'markdown', undefined),
      value: fc.string({ maxLength: 20 }).filter((v) => v.trim() !== '' && !/[\r\n]/.test(v)),
    });
    fc.assert(fc.property(journalText, fc.array(newCell, { maxLength: 3 }), (t, added) => {
      const cells: CellInput[] = [...added, ...textToCells(t)];
      const eol = eolOfCells(cells);
      const { text, starts } = layout(cells, eol);
      let first = true;
      cells.forEach((c, i) => {
        const own = cellText(c, eol, first);
        if (own === '') return;
        const at = starts[i] + valueOffset(c, eol, first);
        // The prompt stands hidden between the value's first line and the rest.
        const gap = promptGap(c);
        const shown = gap ? c.value.replace(/^[^\r\n]*/, (line) => line + gap) : c.value;
        const expected = c.meta?.raw ?? shown;
        assert.equal(text.slice(at, at + expected.length), expected);
        first = false;
      });
    }), { numRuns: 500 });
  });
});

describe('cells: prompts step aside', () => {
  const kennisQ = ELEMENT_INFO.kennis.question.nl;

  it('takes every template prompt out of the cells’ text, and writes the template back byte for byte', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const eol of ['\n', '\r\n']) {
        const t = journalTemplate(lang, { situatie: 'paniek-bij-oma', datum: '2024-01-01' }, eol);
        const cells = textToCells(t);
        for (const c of cells) assert.ok(!c.value.includes('<!--'), `${lang}: ${c.value}`);
        assert.ok(cells.filter((c) => c.meta.prompt).length >= 10, 'the title and every section have their prompt');
        assert.equal(cellsToText(cells), t);
      }
    }
  });

  it('writes an edited cell’s prompt back right under its heading', () => {
    const cells = textToCells('# T\n\n' + sectionSkeleton('kennis', 'nl') + '\n## Deugden\n\n- Moed\n');
    const kennis = cells.find((c) => c.section === 'kennis')!;
    assert.equal(kennis.value, '## Kennis');
    const out = cellsToText(cells.map((c) => (c === kennis ? { ...c, value: '## Kennis\n\nDat oma alleen woont.' } : c)));
    assert.ok(out.includes(`## Kennis\n\n<!-- ${kennisQ} -->\n\nDat oma alleen woont.\n\n## Deugden`), out);
  });

  it('puts the prompt first when the heading is gone, and drops it with a cell the writer cleared', () => {
    const [, kennis] = textToCells(`# T\n\n## Kennis\n\n<!-- ${kennisQ} -->\n`);
    assert.equal(composeValue('Tekst zonder kop.', kennis.meta.prompt, '\n'), `<!-- ${kennisQ} -->\n\nTekst zonder kop.`);
    assert.equal(cellText({ ...kennis, value: '' }, '\n'), '\n');
  });

  it('shows words typed into a prompt as the writer’s text, and keeps the bytes until the cell is edited', () => {
    const t = `# T\n\n## Kennis\n\n<!-- ${kennisQ} Dat oma alleen woont. -->\n`;
    const cells = textToCells(t);
    const kennis = cells[1];
    assert.equal(kennis.value, '## Kennis\n\nDat oma alleen woont.');
    assert.equal(kennis.meta.prompt, `\n\n<!-- ${kennisQ} -->`);
    assert.equal(cellsToText(cells), t, 'untouched: the file as it was');
    const edited = cellsToText([cells[0], { ...kennis, value: kennis.value + ' En de buren.' }]);
    assert.equal(edited, `# T\n\n## Kennis\n\n<!-- ${kennisQ} -->\n\nDat oma alleen woont. En de buren.\n`);
  });

  it('takes only comments right under a heading; a comment further down is the writer’s and stays', () => {
    const lifted = liftPrompt('## Kennis\n\nTekst.\n\n<!-- eigen notitie -->');
    assert.equal(lifted.prompt, '');
    assert.equal(liftPrompt('Geen kop\n<!-- p -->').prompt, '');
    assert.equal(liftPrompt('## K\n<!-- a --> en tekst').prompt, '', 'a comment with text after it on its line is not a block');
    assert.deepEqual(liftPrompt('## K\n<!--\na\n-->\n\n<!-- b -->\nRest'), { value: '## K\nRest', prompt: '\n<!--\na\n-->\n\n<!-- b -->', moved: false });
  });
});

describe('cells: a blank journal opens as an invitation', () => {
  it('shows a placeholder that writes the file’s bytes back while it stands, and the writer’s text once edited', () => {
    for (const t of ['', '\n', ' \n\t\n']) {
      assert.ok(isBlankJournal(t));
      const cell = placeholderCell(t, 'Dit journaal is nog leeg.');
      assert.equal(cellsToText([cell]), t);
      assert.equal(cellsToText([{ ...cell, value: '# Mijn beeld' }]), t + '# Mijn beeld');
    }
    assert.ok(!isBlankJournal('# T'));
  });
});
