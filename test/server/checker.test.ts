// The incremental checker gives exactly what a whole check gives, for any edit of a big journal,
// while parsing only the beelden an ordinary edit touches.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { IncrementalChecker, SPLIT_MIN, checkWhole } from '../../src/server/checker';
import { commonPrefix, commonSuffix } from '../../src/server/text-diff';
// @ts-expect-error: a plain ES module shared with the bench, bundled by esbuild
import { corpusFiles, readLabelled } from '../../scripts/privacy-score.mjs';

const ROOT = resolve(__dirname, '../../..');

const opts = { lang: 'nl' as const };

function big(beelden: number): string {
  const parts: string[] = ['---', 'situatie: paniek-bij-oma', '---', '', 'Vooraf.', ''];
  for (let i = 0; i < beelden; i++) {
    parts.push(`# Beeld ${i}`, '', '## Kenmerkende ervaring', '', `Ervaring ${i} `.repeat(3), '', '## Handelingen', '', '- een', '- twee', '',
      '## Kennis', '', 'Kennis.', '', '## Kennis', '', 'Nog eens.', '', '## Deugden', '', '- Moed', '- Gedudl', '', '## Uitwerking', '', 'Zo.', '');
  }
  return parts.join('\n');
}

describe('server: incremental checker', function () {
  this.timeout(120000);
  const base = big(25);

  it('finds the common start and end of two texts', () => {
    fc.assert(fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (a, x, y, z) => {
      const s = a + x + z;
      const t = a + y + z;
      const p = commonPrefix(s, t);
      const q = commonSuffix(s, t, p);
      assert.ok(p >= a.length || s === t || p >= Math.min(s.length, t.length) || s[p] !== t[p]);
      assert.equal(s.slice(0, p), t.slice(0, p));
      assert.equal(s.slice(s.length - q), t.slice(t.length - q));
      assert.ok(p + q <= Math.min(s.length, t.length));
    }), { numRuns: 300 });
    const long = 'x'.repeat(100000);
    assert.equal(commonPrefix(long + 'a', long + 'b'), 100000);
    assert.equal(commonSuffix('a' + long, 'b' + long, 0), 100000);
  });

  it('re-parses one beeld for an edit inside it', () => {
    const c = new IncrementalChecker(0);
    c.check(base, opts, 'k');
    const edited = base.replace('# Beeld 12\n', '# Beeld 12\n\nEen nieuwe regel.\n');
    const got = c.check(edited, opts, 'k');
    assert.equal(c.quickLastTime, true);
    assert.equal(c.parsedLastTime, 1);
    assert.deepEqual(got, checkWhole(edited, opts));
  });

  it('agrees with a whole check after any sequence of edits', () => {
    const snippets = fc.constantFrom('\n', '\r\n', '# ', '## ', '#', 'Kennis\n', '```\n', '~~~\n', '<!--', '-->', '---\n', '===\n', '- [x] ', '- Moed\n', 'x', '', '\n# Nieuw\n',
      '> ', '- ', '2) ', '    ', '  ', '[a]: /x\n', '<div>\n', 'Toen belde Semhar Tesfay. ', 'tags: [semhar]\n', 'auteur: Semhar\n');
    const edit = fc.record({ at: fc.nat(), len: fc.nat({ max: 300 }), insert: fc.array(snippets, { maxLength: 4 }).map((a) => a.join('')) });
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
      const c = new IncrementalChecker(0);
      let text = base;
      c.check(text, opts, 'k');
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.len));
        assert.deepEqual(c.check(text, opts, 'k'), checkWhole(text, opts));
      }
    }), { numRuns: Number(process.env.FC_RUNS ?? 25) });
  });

  it('does not cut at a title that would open a list when read on its own', () => {
    // micromark reads `2) Titel` right after indented code as text, so with `===` it is a title; read
    // alone, from its own line, it would be a list item. The beeld cannot be checked apart from the code.
    const c = new IncrementalChecker(0);
    let text = base.replace('# Beeld 7\n', '2) Beeld 7\n===\n').replace('Zo.\n\n2)', '    code\n2)');
    assert.deepEqual(c.check(text, opts, 'k'), checkWhole(text, opts));
    text = text.replace('Ervaring 7', 'Ervaring zeven');
    assert.deepEqual(c.check(text, opts, 'k'), checkWhole(text, opts));
    text = text.replace('Ervaring 3', 'Ervaring drie');
    assert.deepEqual(c.check(text, opts, 'k'), checkWhole(text, opts));
  });

  it('sees an edit below that closes a frontmatter left open', () => {
    const c = new IncrementalChecker(0);
    let text = base.replace('---\nsituatie: paniek-bij-oma\n---\n', '---\n#---\n');
    c.check(text, opts, 'k');
    text = text.replace('# Beeld 0\n', '#\n---\n Beeld 0\n');
    const got = c.check(text, opts, 'k');
    assert.ok(got.some((f) => f.rule === 'frontmatter-ongeldig'), 'the frontmatter now ends at the new ---');
    assert.deepEqual(got, checkWhole(text, opts));
  });

  it('checks an unclosed frontmatter whole, since the lines below decide what it is', () => {
    const c = new IncrementalChecker(0);
    c.check(base, opts, 'k');
    const text = base.replace('situatie: paniek-bij-oma\n---\n', 'situatie: p\n===\n');
    const got = c.check(text, opts, 'k');
    assert.ok(got.some((f) => f.rule === 'frontmatter-ongeldig' && f.range.start.line === 0));
    assert.deepEqual(got, checkWhole(text, opts));
  });

  it('knows the writer in every beeld it checks on its own (privacy), also after the name changes', () => {
    // The privacy rule lets the frontmatter's `auteur` be named; a beeld cut from the journal has no
    // frontmatter, so the checker must pass the name on, and forget the old one when it is edited.
    const named = base.replace('situatie: paniek-bij-oma\n', 'situatie: paniek-bij-oma\nauteur: Annelies Verhoeven\n')
      .replace(/Ervaring (\d+) /g, (m, n) => (Number(n) % 5 === 0 ? `Annelies Verhoeven belde met Sanne de Vries. ` : m));
    const c = new IncrementalChecker(0);
    const first = c.check(named, opts, 'k');
    assert.deepEqual(first, checkWhole(named, opts));
    assert.ok(first.some((f) => f.rule === 'privacy'), 'the other name is still found');
    for (const next of [named.replace('auteur: Annelies Verhoeven', 'auteur: Sanne de Vries'), named.replace('# Beeld 5\n', '# Beeld 5\n\nAnnelies Verhoeven.\n')]) {
      assert.deepEqual(c.check(next, opts, 'k'), checkWhole(next, opts));
    }
    const team = { lang: 'nl' as const, config: { rules: {}, deugden: [], privacy: { namen: ['Sanne de Vries'] } } };
    assert.deepEqual(new IncrementalChecker(0).check(named, team, 't'), checkWhole(named, team));
  });

  it('starts afresh when the options change', () => {
    const c = new IncrementalChecker(0);
    c.check(base, opts, 'a');
    const en = c.check(base, { lang: 'en' }, 'b');
    assert.deepEqual(en, checkWhole(base, { lang: 'en' }));
  });

  it('looks in the frontmatter for the names found in the beelden, as a whole check does', () => {
    // The privacy rule reads the frontmatter for the names it found in the prose ("tags: [semhar]");
    // a beeld checked on its own has no frontmatter, so the head must be checked along with it.
    const text = base.replace('situatie: paniek-bij-oma\n', 'situatie: paniek-bij-oma\ntags: [semhar, crisis]\n')
      .replace('Ervaring 9 ', 'Gisteren belde Semhar Tesfay mij op. ');
    const c = new IncrementalChecker(0);
    const got = c.check(text, opts, 'k');
    assert.ok(got.some((f) => f.rule === 'privacy' && f.range.start.line === 2), 'the tag is a name');
    assert.deepEqual(got, checkWhole(text, opts));
    const without = text.replace('Gisteren belde Semhar Tesfay mij op. ', 'Gisteren belde zij mij op. ');
    assert.deepEqual(c.check(without, opts, 'k'), checkWhole(without, opts));
    assert.ok(!c.check(without, opts, 'k').some((f) => f.rule === 'privacy' && f.range.start.line === 2));
    assert.deepEqual(c.check(text, opts, 'k'), checkWhole(text, opts));
  });

  it('agrees with a whole check on journals full of names, their frontmatter naming them too', () => {
    // Two journals of the labelled privacy corpus under one frontmatter whose tags and fields repeat
    // names from both, written small and as written; then edits that add and remove names.
    const files: string[] = corpusFiles(ROOT, 'tune');
    const bodies = files.map((f) => {
      const { text, labels } = readLabelled(readFileSync(f, 'utf8'));
      const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
      const names = labels.filter((l: { kind: string }) => l.kind === 'naam').map((l: { value: string }) => l.value);
      return { body: body.endsWith('\n') ? body : body + '\n', names: names as string[] };
    });
    let compared = 0;
    for (let i = 0; i < bodies.length; i++) {
      const a = bodies[i];
      const b = bodies[(i + 1) % bodies.length];
      const tags = [...a.names.slice(0, 1).map((n) => n.toLowerCase()), ...b.names.slice(-1)].join(', ');
      const head = `---\nsituatie: paniek-bij-oma\nauteur: ${a.names[1] ?? 'Medewerker 3'}\ntags: [${tags}]\nnotitie: ${b.names[0] ?? 'geen'} belde\n---\n\nVooraf.\n\n`;
      let text = head + a.body + '\n' + b.body;
      const c = new IncrementalChecker(0);
      assert.deepEqual(c.check(text, opts, 'k'), checkWhole(text, opts), files[i]);
      compared++;
      for (const edit of [(t: string) => t.replace('\n## ', `\nToen kwam ${b.names[0] ?? 'Mira'} binnen.\n\n## `), (t: string) => t.split(a.names[0] ?? '\u0000').join('hij'),
        (t: string) => t.replace(/\n## ([^\n]*)\n(?![\s\S]*\n## )/, '\n## $1\nIk sprak Noor Haddou.\n')]) {
        text = edit(text);
        assert.deepEqual(c.check(text, opts, 'k'), checkWhole(text, opts), files[i]);
        compared++;
      }
    }
    assert.ok(compared >= 40, `${compared} comparisons`);
  });

  it('cuts journals of a few KB at the default size and agrees with a whole check on them', () => {
    // The samples, each alone and each followed by the beelden of the next (LF and CRLF mixed as found).
    const dir = join(ROOT, 'samples');
    const samples = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
    const texts = [...samples, ...samples.map((t, i) => t + '\n' + samples[(i + 1) % samples.length].replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''))];
    let cut = 0;
    for (const text of texts) {
      for (const lang of ['nl', 'en'] as const) {
        const c = new IncrementalChecker();
        assert.deepEqual(c.check(text, { lang }, lang), checkWhole(text, { lang }));
        const at = text.indexOf('\n', text.lastIndexOf('\n# ') + 3);
        const edited = text.slice(0, at) + ' met Daan Visser' + text.slice(at);
        assert.deepEqual(c.check(edited, { lang }, lang), checkWhole(edited, { lang }));
        if (text.length >= SPLIT_MIN && c.quickLastTime) cut++;
      }
    }
    assert.ok(cut >= 8, `${cut} journals cut`);
  });
});
