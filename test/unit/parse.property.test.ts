import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkJournal } from '../../src/core/check';
import type { Journal, Position, Range, Span } from '../../src/core/model';
import { parseJournal } from '../../src/core/parse';

// Pieces of lines a journal is made of, and the ways people break them: enough to hit fences, comments,
// frontmatter, setext underlines, lists, task boxes, CRLF and a stray BOM in every order.
const piece = fc.oneof(
  fc.constantFrom('# ', '## ', '### ', '#', '# Titel', '## Kennis', '## Deugden', '## 3E-check', '## Ervaring:',
    '## Handelingen', '### Uitwerking', '- ', '* ', '+ ', '1. ', '2) ', '- [x] Excellent', '- [ ] Ethisch', '  - ',
    '    ', '\t', '```', '~~~', '```md', '---', '...', '===', '***', '<!--', '-->', '<div>', '</div>', '<pre>', '> ',
    '[a]: http://x', 'Geduld: x', '**Moed**', '_x_', '(', '[', ']', ':', ' – ', 'situatie: x', 'tags: [a',
    '06-12345678', 'a@b.nl', '111222333', 'NL91 ABNA 0417 1643 00', '1234 AB 12', '\uFEFF', '\0', '\uD800', 'é'),
  fc.string({ maxLength: 12 }),
);
const eol = fc.constantFrom('\n', '\r\n', '\r', '');
const markdownish = fc.array(fc.tuple(fc.array(piece, { maxLength: 4 }), eol), { maxLength: 40 })
  .map((lines) => lines.map(([parts, end]) => parts.join('') + end).join(''));
const withFrontmatter = fc.tuple(fc.constantFrom('---\n', '---\r\n', '\uFEFF---\n', ''), markdownish, fc.constantFrom('---\n', '...\n', ''), markdownish)
  .map(([open, yaml, close, body]) => open + yaml + close + body);
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), markdownish, withFrontmatter);

function assertSpan(j: Journal, s: Span, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
  assert.ok(0 <= s.start && s.start <= s.end && s.end <= j.text.length, `${what}: ${s.start}..${s.end} of ${j.text.length}`);
}

function assertPosition(j: Journal, p: Position, what: string): void {
  assert.ok(p.line >= 0 && p.line < j.lineStarts.length, `${what}: line ${p.line}`);
  const lineLength = (j.lineStarts[p.line + 1] ?? j.text.length) - j.lineStarts[p.line];
  assert.ok(p.character >= 0 && p.character <= lineLength, `${what}: character ${p.character} of ${lineLength}`);
}

function assertRange(j: Journal, r: Range, what: string): void {
  assertPosition(j, r.start, what);
  assertPosition(j, r.end, what);
  const before = r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character);
  assert.ok(before, `${what}: start after end`);
}

function assertJournal(j: Journal): void {
  assertSpan(j, j.preamble, 'preamble');
  if (j.frontmatter) {
    assertSpan(j, j.frontmatter.span, 'frontmatter');
    assertSpan(j, j.frontmatter.yamlSpan, 'yaml');
    if (j.frontmatter.error) assertRange(j, j.frontmatter.error.range, 'yaml error');
    for (const r of Object.values(j.frontmatter.fieldRanges)) assertRange(j, r!, 'field');
  }
  for (const b of j.beelden) {
    assertSpan(j, b.span, 'beeld');
    assertRange(j, b.anchor, 'anchor');
    if (b.titleHeading) assertRange(j, b.titleHeading.range, 'title');
    for (const s of b.sections) {
      assertSpan(j, s.span, 'section');
      assertSpan(j, s.body, 'body');
      assertSpan(j, s.heading.span, 'heading');
      assertRange(j, s.heading.range, 'heading');
      for (const i of s.items) {
        assertSpan(j, i.span, 'item');
        assertRange(j, i.range, 'item');
        assertRange(j, i.labelRange, 'label');
      }
    }
  }
}

describe('parse + check: properties', () => {
  it('never throw, and keep every span and range inside the text', () => {
    fc.assert(fc.property(anyText, fc.boolean(), fc.constantFrom('nl', 'en') as fc.Arbitrary<'nl' | 'en'>, (text, bom, lang) => {
      const j = parseJournal(text, { bom });
      assertJournal(j);
      for (const f of checkJournal(j, { lang, config: { rules: { 'titel-ontbreekt': 'hint' }, deugden: ['x'] } })) {
        assertRange(j, f.range, f.rule);
        assert.ok(f.message.length > 0);
      }
    }), { numRuns: 400 });
  });

  it('give the same structure for LF and CRLF', () => {
    fc.assert(fc.property(markdownish, (text) => {
      const lf = text.replace(/\r\n?/g, '\n');
      const shape = (j: Journal) => j.beelden.map((b) => [b.title, b.anchor.start.line,
        b.sections.map((s) => [s.kind, s.empty, s.heading.range.start.line, s.items.map((i) => [i.label, i.checked, i.labelRange])])]);
      assert.deepEqual(shape(parseJournal(lf.replace(/\n/g, '\r\n'))), shape(parseJournal(lf)));
    }), { numRuns: 200 });
  });
});
