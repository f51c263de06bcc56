import * as assert from 'node:assert/strict';
import { beeldAt, findFrontmatter, outline, scanHeadings } from '../../src/core/scan';
import { normalizeHeading, sectionKindOf } from '../../src/core/sections';
import { decodeBytes, detectEol, lineStarts, offsetAt, positionAt } from '../../src/core/text';

describe('scan: headings', () => {
  it('finds ATX headings and drops a closing run of #', () => {
    const hs = scanHeadings('# Titel #\n\n## Kennis ##\ntekst\n');
    assert.deepEqual(hs.map((h) => [h.depth, h.text, h.line]), [[1, 'Titel', 0], [2, 'Kennis', 2]]);
  });

  it('ignores # lines inside code fences of either kind', () => {
    const hs = scanHeadings('```md\n# niet\n```\n~~~~\n## ook niet\n~~~\n~~~~\n# wel\n');
    assert.deepEqual(hs.map((h) => h.text), ['wel']);
  });

  it('ignores # lines inside HTML comments and blocks', () => {
    const hs = scanHeadings('<!--\n# niet\n-->\n<div>\n# ook niet\n</div>\n\n# wel\n');
    assert.deepEqual(hs.map((h) => h.text), ['wel']);
  });

  it('reads setext headings over a paragraph, but not under a list item', () => {
    const hs = scanHeadings('Mijn titel\nover twee regels\n===\n\n- punt\n---\nKennis\n------\n');
    assert.deepEqual(hs.map((h) => [h.depth, h.text, h.setext]), [[1, 'Mijn titel over twee regels', true], [2, 'Kennis', true]]);
  });

  it('does not take #hashtag or seven #s for a heading', () => {
    assert.equal(scanHeadings('#hashtag\n####### zeven\n').length, 0);
  });

  // The cases of issue 13, each once read wrongly.
  it('ends a paragraph at a list item, so a rule under the list is no underline', () => {
    const at = (t: string) => scanHeadings(t).map((h) => [h.depth, h.text]);
    assert.deepEqual(at('# T\n\n## Handelingen\n\nWat ik deed:\n- gebeld\n---\n'), [[1, 'T'], [2, 'Handelingen']]);
    assert.deepEqual(at('# T\n\n## Handelingen\n\nWat ik deed:\n- gebeld\n===\n'), [[1, 'T'], [2, 'Handelingen']]);
    assert.deepEqual(at('# T\n\n## Handelingen\n\n-\n-\n'), [[1, 'T'], [2, 'Handelingen']]);
  });

  it('does not underline link reference definitions, but the paragraph after them', () => {
    assert.deepEqual(scanHeadings('[oma]: /x\n===\n').length, 0);
    const hs = scanHeadings('[oma]: /x "titel"\nKennis\n------\n');
    assert.deepEqual(hs.map((h) => [h.depth, h.text, h.line, h.span.start]), [[2, 'Kennis', 1, 18]]);
  });

  it('reads a setext heading right after indented code', () => {
    const hs = scanHeadings('# T\n\n## Kennis\n\n    code\nHandelingen\n-----------\n');
    assert.deepEqual(hs.map((h) => [h.depth, h.text, h.line]), [[1, 'T', 0], [2, 'Kennis', 2], [2, 'Handelingen', 5]]);
  });

  it('counts top-level headings only: not in block quotes or list items', () => {
    assert.deepEqual(scanHeadings('> # Geciteerd\n- # In een lijst\n1. ## Ook\n\n# Wel\n').map((h) => h.text), ['Wel']);
    // A lazy line stays in the quote's paragraph; a heading line leaves the quote.
    assert.deepEqual(scanHeadings('> citaat\nloopt door\n===\n# Titel\n').map((h) => h.text), ['Titel']);
  });

  it('ends a list item and the fence in it at an unindented heading', () => {
    assert.deepEqual(scanHeadings('- punt\n  ```\n# Titel\n').map((h) => h.text), ['Titel']);
  });

  it('skips a byte order mark and keeps tabs as CommonMark counts them', () => {
    assert.deepEqual(scanHeadings('\uFEFF# T\n').map((h) => h.text), ['T']);
    assert.equal(scanHeadings(' \t# niet: code\n').length, 0);
    assert.deepEqual(scanHeadings('>\t\tcode\n\n# T\n').map((h) => h.line), [2]);
  });
});

describe('scan: outline', () => {
  const text = '---\nsituatie: paniek-bij-oma\n---\nvooraf\n\n# Een\n## Kenmerkende ervaring:\nx\n## Deugden\n- moed\n# Twee\n## Kennis\n';
  const o = outline(text);

  it('splits frontmatter, preamble and beelden', () => {
    assert.equal(text.slice(o.frontmatter!.yamlSpan.start, o.frontmatter!.yamlSpan.end), 'situatie: paniek-bij-oma\n');
    assert.equal(text.slice(o.preamble.start, o.preamble.end), 'vooraf\n\n');
    assert.deepEqual(o.beelden.map((b) => b.title), ['Een', 'Twee']);
    assert.equal(o.beelden[1].span.end, text.length);
  });

  it('classifies sections and gives each its body', () => {
    assert.deepEqual(o.beelden[0].sections.map((s) => s.kind), ['ervaring', 'deugden']);
    const deugden = o.beelden[0].sections[1];
    assert.equal(text.slice(deugden.body.start, deugden.body.end), '- moed\n');
  });

  it('treats a file with sections but no H1 as one untitled beeld', () => {
    const u = outline('## Kennis\nfoo\n');
    assert.equal(u.beelden.length, 1);
    assert.equal(u.beelden[0].title, null);
  });

  it('keeps a file without sections as preamble only', () => {
    assert.equal(outline('alleen tekst\n').beelden.length, 0);
    assert.equal(outline('').beelden.length, 0);
  });

  it('ends an own sub-heading inside a known section, not the section', () => {
    const s = outline('# T\n## Kennis\na\n### notitie\nb\n## Vrijheid\nc\n').beelden[0].sections;
    assert.deepEqual(s.map((x) => x.kind), ['kennis', 'eigen', 'vrijheid']);
    assert.ok(s[0].span.end === s[2].span.start);
  });

  it('finds the beeld at an offset', () => {
    assert.equal(beeldAt(o, o.beelden[1].span.start + 2)?.title, 'Twee');
    assert.equal(beeldAt(o, text.length)?.title, 'Twee');
    assert.equal(beeldAt(o, 0), undefined);
  });

  it('needs a closing fence for frontmatter', () => {
    assert.equal(findFrontmatter('---\na: 1\n'), undefined);
    assert.ok(findFrontmatter('---\r\na: 1\r\n...\r\n'));
  });
});

describe('sections', () => {
  it('matches every alias case- and accent-insensitively, colon ignored', () => {
    assert.equal(sectionKindOf('KENMERKENDE ERVARING:'), 'ervaring');
    assert.equal(sectionKindOf('De 3 E’s'), 'drie-e');
    assert.equal(sectionKindOf('3E-check'), 'drie-e');
    assert.equal(sectionKindOf('Three Es'), 'drie-e');
    assert.equal(sectionKindOf('Epistemology'), 'vrijheid');
    assert.equal(sectionKindOf('Uitwerking van het beeld'), 'uitwerking');
    assert.equal(sectionKindOf('Mijn eigen kop'), null);
    assert.equal(normalizeHeading('  Idéntiteit : '), 'identiteit');
  });
});

describe('text', () => {
  it('strips and reports a BOM, flags binary and non-UTF-8 input', () => {
    const bom = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]));
    assert.deepEqual(bom, { text: 'a', bom: true });
    assert.equal(decodeBytes(new Uint8Array([0x61, 0, 0x62])).problem, 'binary');
    assert.equal(decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9])).problem, 'encoding');
  });

  it('maps offsets and positions both ways over LF, CRLF and lone CR', () => {
    const t = 'ab\r\ncd\ref\ng';
    const starts = lineStarts(t);
    assert.deepEqual(starts, [0, 4, 7, 10]);
    for (let off = 0; off <= t.length; off++) {
      const p = positionAt(starts, off);
      if (t[off - 1] !== '\r' || t[off] !== '\n') assert.equal(offsetAt(starts, p), off);
    }
    assert.equal(detectEol(t), '\r\n');
    assert.equal(detectEol('a\nb'), '\n');
  });
});
