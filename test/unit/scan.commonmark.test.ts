// The line scanner against micromark, the parser remark (and so the rest of Goed Werk) uses: for every
// example of the CommonMark spec and for arbitrary Markdown-like text, the scanner's headings are
// exactly micromark's top-level headings (level, line, text). Like is compared with like: the scanner
// reports top-level headings only (docs/format.md, "Headings"), so only the root's heading children count.
import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Heading, Root } from 'mdast';
import type { Processor } from 'unified';
import { findFrontmatter, outline, scanHeadings } from '../../src/core/scan';

const root = path.resolve(__dirname, '..', '..', '..');
const requireHere = createRequire(path.join(root, 'package.json'));

interface SpecExample { markdown: string; number: number; section: string }
const spec: SpecExample[] = requireHere('commonmark-spec').tests;

// The project's remark setup (src/core/parse.ts): remark-parse with GFM task items. Frontmatter is not
// remark's business there: the scanner finds it and the Markdown starts after it.
function taskItems(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push([gfmTaskListItemFromMarkdown()]);
}
const remark = unified().use(remarkParse).use(taskItems).freeze();
const withFrontmatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

type H = [level: number, line: number, text: string];

/** A heading's text as the scanner gives it: its source, each line trimmed of spaces and tabs, joined by one space. */
function sourceText(text: string, h: Heading): string {
  const first = h.children[0]?.position;
  const last = h.children[h.children.length - 1]?.position;
  if (!first || !last) return '';
  return text.slice(first.start.offset, last.end.offset).split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^[ \t]+|[ \t]+$/g, '')).join(' ').replace(/^[ \t]+|[ \t]+$/g, '');
}

function micromarkHeadings(text: string): H[] {
  const tree = remark.parse(text) as Root;
  // micromark drops a byte order mark before it counts offsets.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return tree.children.filter((n): n is Heading => n.type === 'heading').map((h) => [
    h.depth,
    // micromark starts a setext heading at the link definitions above its text; its text starts where it does.
    (h.children[0]?.position?.start.line ?? h.position!.start.line) - 1,
    sourceText(text, h),
  ]);
}

function scannerHeadings(text: string): H[] {
  const fm = findFrontmatter(text);
  return scanHeadings(text, fm?.span.end ?? 0).map((h) => [h.depth, h.line, h.text]);
}

/** The text with its frontmatter (as the scanner finds it) turned into blank lines: offsets and lines stay. */
function comparable(text: string): string {
  const fm = findFrontmatter(text);
  if (!fm) return text;
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return text.slice(0, bom) + text.slice(bom, fm.span.end).replace(/[^\r\n]/g, ' ') + text.slice(fm.span.end);
}

function assertSame(text: string, what: string): void {
  const input = comparable(text);
  assert.deepEqual(scannerHeadings(input), micromarkHeadings(input), `${what}: ${JSON.stringify(input)}`);
}

describe('scan: headings as micromark reads them', function () {
  // Thousands of micromark parses: slow on a busy machine, which is no reason to fail.
  this.timeout(10 * 60_000);
  it(`agrees on all ${spec.length} examples of the CommonMark spec`, () => {
    assert.ok(spec.length > 600, 'the spec examples are there');
    const wrong = spec.filter((e) => {
      try { assertSame(e.markdown, ''); return false; } catch { return true; }
    });
    assert.deepEqual(wrong.map((e) => `${e.number} (${e.section}): ${JSON.stringify(e.markdown)}`), []);
  });

  it('agrees on the spec examples with CRLF, a BOM and frontmatter', () => {
    for (const e of spec) {
      assertSame(e.markdown.replace(/\n/g, '\r\n'), `example ${e.number}, CRLF`);
      assertSame('\uFEFF' + e.markdown, `example ${e.number}, BOM`);
      assertSame('---\ntitel: x\n---\n' + e.markdown, `example ${e.number}, frontmatter`);
    }
  });

  // Fragments of the constructs that decide headings, with the indents and markers that make them nest.
  const fragment = fc.constantFrom(
    '# T', '## Handelingen', '### x ###', '#', '#x', '####### 7', '  # T', '    # code', '\t# T',
    'Tekst', 'Wat ik deed:', 'twee woorden', '', '   ', '\t',
    '===', '---', '-', '=', '  ---', '- - -', '***', '___', '* * *', '--- x',
    '- ', '-', '* punt', '+ punt', '- gebeld', '1. een', '2) twee', '01. nul', '10. tien', '- [ ] taak', '-\tx', '1.',
    '  - genest', '    - diep', '  ', '   voort', '     code',
    '> ', '>', '> citaat', '> # T', '>> diep', '> - punt', '- > citaat', '> ```',
    '```', '```md', '~~~', '````', '``` a`b', '  ```', '~~~~ x',
    '<!--', '-->', '<!-- x -->', '<div>', '</div>', '<pre>', '</pre>', '<span>', '<span a="b">', '</span>', '<?x', '?>',
    '<![CDATA[', ']]>', '<!X', '>', '<img src=x>', '<a/>',
    '[oma]: /x', '[oma]:', '/x "t"', '[a]: <b> \'c\'', '[x]: /y (z', ')', '"titel"', '[oma]', '[a]:\t/b',
  );
  const eol = fc.constantFrom('\n', '\r\n', '\r');
  const lines = fc.array(fc.tuple(fc.array(fragment, { minLength: 1, maxLength: 3 }), eol), { maxLength: 14 })
    .map((ls) => ls.map(([parts, end]) => parts.join('') + end).join(''));
  const doc = fc.tuple(fc.constantFrom('', '\uFEFF', '---\ntitel: x\n---\n', '---\r\na: 1\r\n...\r\n', '\uFEFF---\n---\n'), lines)
    .map(([head, body]) => head + body);

  it('agrees on arbitrary Markdown-like text', () => {
    fc.assert(fc.property(doc, (text) => assertSame(text, 'generated')), { numRuns: Number(process.env.FC_RUNS ?? 1500) });
  });

  it('finds the frontmatter remark-frontmatter finds, when it closes with ---', () => {
    fc.assert(fc.property(doc, (text) => {
      const fm = findFrontmatter(text);
      if (!fm || !/^---/.test(text.slice(fm.yamlSpan.end, fm.span.end))) return;
      const yaml = (withFrontmatter.parse(text) as Root).children[0];
      const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
      assert.equal(yaml?.type, 'yaml');
      assert.equal(yaml.position!.end.offset! + bom, fm.span.end - (text.slice(0, fm.span.end).match(/(\r\n|\r|\n)$/)?.[0].length ?? 0));
    }), { numRuns: 500 });
  });

  it('cuts beelden where the headings are', () => {
    fc.assert(fc.property(doc, (text) => {
      const input = comparable(text);
      const titles = micromarkHeadings(input).filter(([level]) => level === 1);
      const o = outline(input);
      assert.equal(o.beelden.filter((b) => b.titleHeading).length, titles.length);
    }), { numRuns: 500 });
  });
});
