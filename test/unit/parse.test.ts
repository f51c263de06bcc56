import * as assert from 'node:assert/strict';
import { leadingLabel, parseJournal, plainInline } from '../../src/core/parse';
import type { Journal, Range } from '../../src/core/model';
import { offsetAt } from '../../src/core/text';

/** The text a range covers. */
function at(j: Journal, r: Range): string {
  return j.text.slice(offsetAt(j.lineStarts, r.start), offsetAt(j.lineStarts, r.end));
}

const JOURNAL = [
  '---', 'situatie: paniek-bij-oma', '---', 'Een inleiding.', '',
  '# Paniek bij *oma*', '', '## Kenmerkende ervaring', 'Oma belde in paniek.', '',
  '## Deugden', '- **Geduld**: rustig blijven', '- Moed – ook als het spannend is', '- [Eerlijkheid](https://x.nl) (soms)',
  '  - genest, telt niet', '', '## Mijn eigen kop', 'vrij', '', '# Tweede beeld', '## 3E-check', '- [x] Excellent', '- [ ] Ethisch', '',
].join('\n');

describe('parse: structure', () => {
  const j = parseJournal(JOURNAL);

  it('cuts frontmatter, preamble and beelden', () => {
    assert.equal(j.frontmatter?.fields.situatie, 'paniek-bij-oma');
    assert.equal(j.text.slice(j.preamble.start, j.preamble.end), 'Een inleiding.\n\n');
    assert.deepEqual(j.beelden.map((b) => b.title), ['Paniek bij oma', 'Tweede beeld']);
    assert.deepEqual(j.beelden.map((b) => b.anchor.start.line), [5, 19]);
  });

  it('gives sections their kind, heading text and range', () => {
    const [b] = j.beelden;
    assert.deepEqual(b.sections.map((s) => s.kind), ['ervaring', 'deugden', 'eigen']);
    assert.deepEqual(b.sections.map((s) => at(j, s.heading.range)), ['## Kenmerkende ervaring', '## Deugden', '## Mijn eigen kop']);
    assert.equal(b.titleHeading?.kind, 'titel');
    assert.equal(at(j, b.titleHeading!.range), '# Paniek bij *oma*');
  });

  it('reads the top-level list items with labels, label ranges and task state', () => {
    const deugden = j.beelden[0].sections[1];
    assert.deepEqual(deugden.items.map((i) => i.label), ['Geduld', 'Moed', 'Eerlijkheid']);
    assert.deepEqual(deugden.items.map((i) => at(j, i.labelRange)), ['Geduld', 'Moed', 'Eerlijkheid']);
    assert.deepEqual(deugden.items.map((i) => i.checked), [undefined, undefined, undefined]);
    assert.ok(at(j, deugden.items[2].range).includes('genest'), 'an item spans its nested list');
    const drieE = j.beelden[1].sections[0];
    assert.deepEqual(drieE.items.map((i) => [i.label, i.checked]), [['Excellent', true], ['Ethisch', false]]);
    // The first line after marker and box, as written: what the 3E check reads its answer from.
    assert.deepEqual(drieE.items.map((i) => i.text), ['Excellent', 'Ethisch']);
    assert.deepEqual(deugden.items.map((i) => i.text), ['**Geduld**: rustig blijven', 'Moed – ook als het spannend is', '[Eerlijkheid](https://x.nl) (soms)']);
  });

  it('keeps every span and range inside the text', () => {
    for (const b of j.beelden) {
      assert.ok(b.span.start <= b.span.end && b.span.end <= j.text.length);
      for (const s of b.sections) {
        assert.ok(s.span.start <= s.body.start && s.body.end <= s.span.end);
        for (const i of s.items) assert.ok(s.body.start <= i.span.start && i.span.end <= s.body.end);
      }
    }
  });
});

describe('parse: line endings, BOM and odd input', () => {
  it('keeps CRLF positions right', () => {
    const crlf = JOURNAL.replace(/\n/g, '\r\n');
    const j = parseJournal(crlf);
    assert.equal(j.eol, '\r\n');
    const lf = parseJournal(JOURNAL);
    assert.deepEqual(j.beelden.map((b) => b.sections.map((s) => s.heading.range)), lf.beelden.map((b) => b.sections.map((s) => s.heading.range)));
    const deugden = j.beelden[0].sections[1];
    assert.deepEqual(deugden.items.map((i) => at(j, i.labelRange)), ['Geduld', 'Moed', 'Eerlijkheid']);
    assert.ok(!at(j, j.beelden[0].titleHeading!.range).includes('\r'));
  });

  it('strips a BOM and reports it, with positions as an editor shows them', () => {
    const j = parseJournal('\uFEFF# Titel\n## Kennis\nx\n');
    assert.equal(j.bom, true);
    assert.equal(j.text.startsWith('#'), true);
    assert.deepEqual(j.beelden[0].anchor.start, { line: 0, character: 0 });
    assert.equal(parseJournal('# T\n', { bom: true }).bom, true);
    assert.equal(parseJournal('# T\n').bom, false);
  });

  it('reads an empty file as a journal without beelden', () => {
    const j = parseJournal('');
    assert.deepEqual(j.beelden, []);
    assert.equal(j.frontmatter, undefined);
    assert.deepEqual(j.lineStarts, [0]);
  });

  it('reads setext headings as titles and sections', () => {
    const j = parseJournal('Mijn titel\n==========\n\nKennis\n------\nIets geweten.\n');
    assert.equal(j.beelden[0].title, 'Mijn titel');
    assert.equal(j.beelden[0].sections[0].kind, 'kennis');
    assert.equal(j.beelden[0].sections[0].empty, false);
    assert.equal(at(j, j.beelden[0].titleHeading!.range), 'Mijn titel\n==========');
  });

  it('ignores "# " lines inside code fences, and counts the fence as content', () => {
    const j = parseJournal('# Echt\n## Kennis\n```md\n# geen titel\n## Vrijheid\n```\n');
    assert.equal(j.beelden.length, 1);
    assert.deepEqual(j.beelden[0].sections.map((s) => s.kind), ['kennis']);
    assert.equal(j.beelden[0].sections[0].empty, false);
  });

  it('matches headings with a trailing colon, accents and other case', () => {
    const j = parseJournal('# T\n## KENNIS:\nx\n## Idéntiteit\nx\n### deugden :\n- Moed\n');
    assert.deepEqual(j.beelden[0].sections.map((s) => s.kind), ['kennis', 'identiteit', 'deugden']);
    assert.equal(j.beelden[0].sections[2].items[0].label, 'Moed');
  });

  it('treats HTML comments as empty and other HTML as content', () => {
    const j = parseJournal('# T\n## Kennis\n<!-- later -->\n\n<!--\nmeer regels\n-->\n## Vrijheid\n<div>iets</div>\n\n## Identiteit\n<!-- a --> b\n');
    assert.deepEqual(j.beelden[0].sections.map((s) => s.empty), [true, false, false]);
  });

  it('sees a heading right under a line that starts with an inline tag, but not inside an HTML block', () => {
    const j = parseJournal('# T\n## Afbeelding\n<img src="x.png"> Foto\n## Kennis\nx\n<div>\n## Vrijheid\n</div>\n');
    assert.deepEqual(j.beelden[0].sections.map((s) => s.kind), ['afbeelding', 'kennis']);
  });

  it('reads only top-level items, and items of ordered lists too', () => {
    const j = parseJournal('# T\n## Deugden\n1. Geduld\n   - Moed\n2) Humor\n\n> - Citaat\n');
    assert.deepEqual(j.beelden[0].sections[0].items.map((i) => i.label), ['Geduld', 'Humor']);
  });

  it('judges bodies that are only a link definition, a rule or an empty item as empty', () => {
    const j = parseJournal('# T\n## Kennis\n[a]: https://x.nl\n## Vrijheid\n***\n## Identiteit\n-\n## Handelingen\n*Wat deed je?*\n');
    assert.deepEqual(j.beelden[0].sections.map((s) => s.empty), [true, true, true, false]);
  });

  it('reads a very long list in pieces without losing or inventing items, fences included', () => {
    const items = Array.from({ length: 1000 }, (_, i) => `- Deugd${i}: uitleg\n  vervolgregel`);
    items.splice(500, 0, '```\n- geen item\n- ook geen item\n```');
    const j = parseJournal(`# T\n## Deugden\n${items.join('\n')}\n`);
    const labels = j.beelden[0].sections[0].items.map((i) => i.label);
    assert.equal(labels.length, 1000);
    assert.equal(labels[0], 'Deugd0');
    assert.equal(labels[999], 'Deugd999');
    assert.ok(!labels.some((l) => l.includes('item')));
    const last = j.beelden[0].sections[0].items[999];
    assert.equal(at(j, last.labelRange), 'Deugd999');
  });

  it('does not take a long rule of dashes or stars for deep nesting', () => {
    const j = parseJournal(`# T\n## Deugden\n- Geduld\n\n${'-'.repeat(80)}\n\n${'*'.repeat(80)}\n`);
    assert.deepEqual(j.beelden[0].sections[0].items.map((i) => i.label), ['Geduld']);
  });

  it('survives absurdly deep nesting (it falls back to reading the text)', () => {
    for (const body of ['- '.repeat(20_000) + 'x', '>'.repeat(20_000) + ' x', Array.from({ length: 200 }, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n')]) {
      const s = parseJournal(`# T\n## Deugden\n${body}\n`).beelden[0].sections[0];
      assert.equal(s.empty, false);
      assert.ok(Array.isArray(s.items));
    }
  });

  it('never throws on binary-looking or broken input', () => {
    for (const text of ['\0\0\0', '# \uD800\n## Kennis\n- \uDFFF', '---\n: : :\n---', '```\n# a', '<!--\n# a', '- [', '\r\r\n\r', '#'.repeat(10_000)]) {
      const j = parseJournal(text);
      assert.equal(typeof j.text, 'string');
    }
  });
});

describe('parse: lazily read sections', () => {
  const text = '# T\n## Handelingen\n- Luisteren\n- Doorvragen\n## Kennis\n[a]: https://x.nl\n';

  it('reads items and emptiness on first use, the same as always', () => {
    const [handelingen, kennis] = parseJournal(text).beelden[0].sections;
    assert.deepEqual(handelingen.items.map((i) => i.label), ['Luisteren', 'Doorvragen']);
    assert.equal(handelingen.empty, false);
    assert.equal(kennis.empty, true);
  });

  it('survives JSON and structured clone (worker threads) with every field', () => {
    const j = parseJournal(text);
    const viaJson = JSON.parse(JSON.stringify(j));
    const viaClone = structuredClone(parseJournal(text));
    for (const copy of [viaJson, viaClone]) {
      assert.deepEqual(copy.beelden[0].sections[0].items.map((i: { label: string }) => i.label), ['Luisteren', 'Doorvragen']);
      assert.equal(copy.beelden[0].sections[1].empty, true);
    }
  });

  it('lets a caller overwrite the fields', () => {
    const s = parseJournal(text).beelden[0].sections[0];
    s.items = [];
    s.empty = true;
    assert.deepEqual(s.items, []);
    assert.equal(s.empty, true);
  });
});

describe('parse: labels and heading text', () => {
  const label = (s: string) => leadingLabel(s, 0, s.length).label;

  it('takes the words before a colon, a spaced dash or a bracket, emphasis stripped', () => {
    assert.equal(label('**Geduld**: rustig'), 'Geduld');
    assert.equal(label('_Moed_ - ook als'), 'Moed');
    assert.equal(label('Eerlijkheid — altijd'), 'Eerlijkheid');
    assert.equal(label('Zelf-reflectie (soms)'), 'Zelf-reflectie');
    assert.equal(label('(Zelf)vertrouwen'), '(Zelf)vertrouwen');
    assert.equal(label('[Humor](https://x.nl): lachen'), 'Humor');
    assert.equal(label('Morele verontwaardiging.'), 'Morele verontwaardiging');
    assert.equal(label('  '), '');
  });

  it('returns where the label stands', () => {
    const s = '- **Geduld**: x';
    const { span } = leadingLabel(s, 2, s.length);
    assert.equal(s.slice(span.start, span.end), 'Geduld');
  });

  it('strips inline markup from headings', () => {
    assert.equal(plainInline('**Paniek** bij _oma_ en `code` [link](http://x)'), 'Paniek bij oma en code link');
    assert.equal(plainInline('snake_case blijft'), 'snake_case blijft');
  });
});
