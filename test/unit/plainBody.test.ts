// The fast path for plain section bodies (src/core/plainBody.ts) against remark, the way parse.ts uses
// both: every section of a journal parsed with the fast path on and with it off (everything through
// remark) must come out the same (emptiness, items, labels, task boxes, spans), for arbitrary
// list-and-prose text, for every example of the CommonMark spec, and for the fixtures and samples,
// finding for finding. The tests also count how often the fast path was taken, so they cannot pass by
// always handing the body to remark.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import fc from 'fast-check';
import { checkText } from '../../src/core/check';
import { parseJournal } from '../../src/core/parse';
import { plainBody, plainPath } from '../../src/core/plainBody';

const root = path.resolve(__dirname, '..', '..', '..');
const spec: { markdown: string; number: number }[] = createRequire(path.join(root, 'package.json'))('commonmark-spec').tests;

/** Every section's view the rules get, with lazy fields read. */
function sectionsOf(text: string): unknown {
  const j = parseJournal(text);
  return j.beelden.map((b) => b.sections.map((s) => ({ kind: s.kind, body: s.body, empty: s.empty, items: s.items })));
}

function withPath<T>(enabled: boolean, f: () => T): T {
  const before = plainPath.enabled;
  plainPath.enabled = enabled;
  try {
    return f();
  } finally {
    plainPath.enabled = before;
  }
}

/** The journal around a body: a beeld with the body under Deugden and again under the 3E check. */
function journalAround(body: string, eol = '\n'): string {
  return ['# Titel', '', '## Deugden', body, '## 3E-check', body, '## Uitwerking', 'Tekst.', ''].join(eol);
}

function assertSame(text: string): void {
  assert.deepEqual(withPath(true, () => sectionsOf(text)), withPath(false, () => sectionsOf(text)), JSON.stringify(text));
}

const textless = (html: string) => !/\S/.test(html.replace(/<!--[\s\S]*?(?:-->|$)/g, ''));
const isPlain = (body: string) => plainBody(body, { start: 0, end: body.length }, textless) !== null;

// Lines the fast path takes, lines next to them that it must refuse or get right, and odd ends.
const line = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('- Moed: iets', '* Geduld', '+ Eerlijkheid – x', '- [x] Excellent: ja', '- [ ] Ethisch',
    '- [X] **Energiek**: nee', '- **Moed**: x', '- _Tact_ (niet te veel)', 'Tekst hier.', '**Vet** begin', 'lazy regel',
    '  ingesprongen vervolg', '    diep vervolg', '> Citaat hier', '>Citaat', '<!-- vraag -->', '<!-- vraag', 'nog -->',
    '<!-- a --> b', '', '   ', 'é-woord', 'Ünïcode') },
  { weight: 2, arbitrary: fc.constantFrom('- ', '-', '- - -', '---', '***', '===', '1. Moed', '2) Geduld', '  - genest', '\t- tab',
    '-\tMoed', '-  Moed', '- [x]', '- [x]Moed', '# Kop', '```', '~~~', '    code', '<div>', '<!-->', '<!--->', '> ', '>', '> - x',
    '[a]: http://x', '- 1. x', '* * *', '_ _ _', '- > x', '-- x', '\\- x', '- <!-- x -->', '+', '*Moed*', '__x__') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const eol = fc.constantFrom('\n', '\r\n', '\r');
const body = fc.tuple(fc.array(line, { maxLength: 14 }), eol).map(([lines, e]) => [lines.join(e), e] as const);

describe('plain section bodies: fast path = remark', function () {
  this.timeout(10 * 60_000);
  it('gives the same sections as remark on arbitrary list-and-prose bodies', () => {
    let plain = 0;
    let runs = 0;
    fc.assert(fc.property(body, ([b, e]) => {
      runs++;
      if (isPlain(b)) plain++;
      assertSame(journalAround(b, e));
    }), { numRuns: Number(process.env.FC_RUNS ?? 1000) });
    // A fast path that never runs proves nothing: most generated bodies must take it.
    assert.ok(plain > runs / 4, `fast path taken ${plain} of ${runs}`);
  });

  it('gives the same sections as remark on long bodies cut into pieces', () => {
    const items = Array.from({ length: 120 }, (_, i) => `- Deugd ${i}: een zin over wat ik deed${i % 7 === 0 ? '\n  en een vervolgregel' : ''}`);
    const long = `${items.join('\n')}\n\n<!-- een vraag\ndie doorloopt -->\nSlot.`;
    assert.ok(isPlain(long));
    assertSame(journalAround(long));
    assertSame(journalAround(long.replace(/\n/g, '\r\n'), '\r\n'));
  });

  it('gives the same sections as remark on every CommonMark spec example', () => {
    let plain = 0;
    for (const ex of spec) {
      if (isPlain(ex.markdown)) plain++;
      assertSame(journalAround(ex.markdown.replace(/\n$/, '')));
    }
    assert.ok(plain >= 20, `spec examples on the fast path: ${plain}`);
  });

  it('reads a plain list the way the rules need it', () => {
    const text = journalAround('- [x] Excellent: ja\n- [ ] **Ethisch** – nee\nvervolg\n\n<!-- vraag -->');
    const deugden = withPath(true, () => parseJournal(text)).beelden[0].sections[0];
    assert.equal(deugden.empty, false);
    assert.deepEqual(deugden.items.map((i) => [i.label, i.checked]), [['Excellent', true], ['Ethisch', false]]);
    assert.equal(text.slice(deugden.items[1].span.start, deugden.items[1].span.end), '- [ ] **Ethisch** – nee\nvervolg');
  });

  it('leaves the findings on the fixtures and samples as they were', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = path.join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (name.endsWith('.md')) files.push(p);
      }
    };
    for (const dir of ['test/fixtures', 'samples']) walk(path.join(root, dir));
    assert.ok(files.length > 50, `${files.length} files`);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const lang of ['nl', 'en'] as const) {
        const on = withPath(true, () => checkText(text, { lang }));
        const off = withPath(false, () => checkText(text, { lang }));
        assert.deepEqual(on, off, file);
      }
      assertSame(text);
    }
  });
});
