import * as assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { SECTION_ORDER, type Lang } from '../../src/core/model';
import { SECTION_HEADINGS, sectionKindOf } from '../../src/core/sections';
import { outline } from '../../src/core/scan';
import { parseJournal } from '../../src/core/parse';
import {
  TITLE_PLACEHOLDER, beeldSkeleton, drieESkeleton, journalTemplate, sectionSkeleton, situationBlock,
} from '../../src/core/template';
import { SITUATIONS, SOURCE } from '../../src/core/content/index';
import { readDrieEItem, splitDrieELine } from '../../src/core/drie-e';

const LANGS: Lang[] = ['nl', 'en'];
const EOLS = ['\n', '\r\n'] as const;

/** True when every line break in `text` is `eol`: no stray LF in a CRLF text, no CR in an LF one. */
function onlyEol(text: string, eol: string): boolean {
  const breaks = text.match(/\r\n|\r|\n/g) ?? [];
  return breaks.length > 0 && breaks.every((b) => b === eol);
}

function frontmatterOf(text: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  assert.ok(m, 'the template starts with frontmatter');
  return parseYaml(m[1]) as Record<string, unknown>;
}

describe('template: journal', () => {
  for (const lang of LANGS) {
    for (const eol of EOLS) {
      it(`writes every section heading, in ${lang} with ${JSON.stringify(eol)}`, () => {
        const text = journalTemplate(lang, { situatie: 'paniek-bij-oma', auteur: 'J. de Vries', datum: '2024-03-01' }, eol);
        assert.ok(onlyEol(text, eol), 'one kind of line break');
        for (const kind of SECTION_ORDER) {
          assert.ok(text.includes(`${eol}## ${SECTION_HEADINGS[kind][lang]}${eol}`), `${kind} heading`);
        }
        const o = outline(text);
        assert.equal(o.eol, eol);
        assert.equal(o.beelden.length, 1);
        assert.equal(o.beelden[0].title, TITLE_PLACEHOLDER[lang]);
        assert.deepEqual(o.beelden[0].sections.map((s) => s.kind), [...SECTION_ORDER]);
        assert.ok(text.endsWith(eol));
      });
    }
  }

  it('uses Dutch frontmatter keys for nl and English ones for en', () => {
    const fields = { situatie: 'paniek-bij-oma', auteur: 'J. de Vries', datum: '2024-03-01', gesprek: 'een-op-een', rol: 'jeugdconsulent' };
    const nl = frontmatterOf(journalTemplate('nl', fields));
    assert.deepEqual(Object.keys(nl), ['situatie', 'datum', 'auteur', 'rol', 'gesprek', 'tags']);
    assert.equal(nl.situatie, 'paniek-bij-oma');
    assert.equal(nl.auteur, 'J. de Vries');
    assert.equal(nl.gesprek, 'een-op-een');
    assert.deepEqual(nl.tags, []);
    const en = frontmatterOf(journalTemplate('en', fields));
    assert.deepEqual(Object.keys(en), ['situation', 'date', 'author', 'role', 'conversation', 'tags']);
    assert.equal(en.author, 'J. de Vries');
  });

  it('quotes values YAML would misread, and keeps them intact', () => {
    for (const auteur of ['yes', 'Kim: de coach', '# niet', '"aanhalingstekens"', '123', 'Anna-Lena Özdemir', ' spaties ']) {
      const data = frontmatterOf(journalTemplate('nl', { auteur, datum: '2024-01-01' }));
      assert.equal(data.auteur, auteur.trim(), auteur);
    }
  });

  it('fills in today when no date is given, and leaves unknown fields empty', () => {
    const data = frontmatterOf(journalTemplate('nl'));
    const date = data.datum instanceof Date ? data.datum.toISOString().slice(0, 10) : String(data.datum);
    assert.match(date, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(data.situatie, null);
    assert.equal(data.auteur, null);
  });

  it('parses as one titled beeld whose sections all count as empty until filled in', () => {
    for (const lang of LANGS) {
      const journal = parseJournal(journalTemplate(lang, { situatie: 'wat-is-crisis', datum: '2024-01-01' }));
      assert.equal(journal.frontmatter?.fields.situatie, 'wat-is-crisis');
      assert.equal(journal.beelden.length, 1);
      const beeld = journal.beelden[0];
      assert.equal(beeld.title, TITLE_PLACEHOLDER[lang]);
      for (const s of beeld.sections.filter((x) => x.kind !== 'drie-e')) assert.ok(s.empty, `${lang}: ${s.kind} is empty`);
      const drieE = beeld.sections.find((s) => s.kind === 'drie-e');
      assert.deepEqual(drieE?.items.map((i) => i.checked), [false, false, false]);
    }
  });

  it('shows the situation before the first beeld, credited, and its prompts in the element sections', () => {
    const s = SITUATIONS.find((x) => x.id === 'paniek-bij-oma')!;
    const text = journalTemplate('nl', { situatie: s.id, datum: '2024-01-01' });
    const o = outline(text);
    const preamble = text.slice(o.preamble.start, o.preamble.end);
    assert.ok(preamble.includes(s.title.nl) && preamble.includes(SOURCE.nl));
    const kennis = o.beelden[0].sections.find((x) => x.kind === 'kennis')!;
    assert.ok(text.slice(kennis.body.start, kennis.body.end).includes(s.prompts.kennis[0].nl));
  });

  it('writes no situation block for an unknown id, and keeps the id as written', () => {
    const text = journalTemplate('nl', { situatie: 'eigen-situatie', datum: '2024-01-01' });
    assert.equal(frontmatterOf(text).situatie, 'eigen-situatie');
    assert.ok(!text.includes('> **'));
  });

  it('uses the given title, on one line', () => {
    const text = journalTemplate('en', { titel: 'Slow down\nfirst', datum: '2024-01-01' });
    assert.equal(outline(text).beelden[0].title, 'Slow down first');
  });
});

describe('template: pieces', () => {
  it('gives a section its heading at the asked depth and a prompt in a comment', () => {
    for (const lang of LANGS) {
      for (const kind of SECTION_ORDER) {
        const text = sectionSkeleton(kind, lang, '\n', 3);
        const [heading] = text.split('\n');
        assert.equal(heading, `### ${SECTION_HEADINGS[kind][lang]}`);
        assert.equal(sectionKindOf(heading.slice(4)), kind);
        assert.match(text, /<!--[\s\S]+?-->/);
      }
    }
    assert.ok(sectionSkeleton('kennis', 'nl').startsWith('## Kennis\n'));
    assert.ok(sectionSkeleton('kennis', 'nl', '\n', 99).startsWith('###### Kennis\n'));
  });

  it('never writes "--" inside a prompt comment', () => {
    for (const s of SITUATIONS) {
      const text = journalTemplate('nl', { situatie: s.id, datum: '2024-01-01' });
      for (const c of text.match(/<!--([\s\S]*?)-->/g) ?? []) assert.doesNotMatch(c.slice(4, -3), /--/);
    }
  });

  it('lists the three Es as an unticked task list, each with its question (open until answered)', () => {
    assert.deepEqual(drieESkeleton('nl').trimEnd().split('\n').map((l) => l.slice(0, 16)),
      ['- [ ] Excellent:', '- [ ] Ethisch: D', '- [ ] Energiek: ']);
    assert.match(drieESkeleton('en'), /^- \[ \] Excellent: .*\n- \[ \] Ethical: .*\n- \[ \] Engaging: .*\n$/);
    assert.ok(onlyEol(drieESkeleton('en', '\r\n'), '\r\n'));
    for (const lang of ['nl', 'en'] as const) {
      for (const line of drieESkeleton(lang).trimEnd().split('\n')) {
        const split = splitDrieELine(line)!;
        const item = readDrieEItem(split.text, split.ticked)!;
        assert.equal(item.answer, 'open', line);
        assert.equal(item.prompt, true, `a question, recognisable as a prompt: ${line}`);
      }
    }
  });

  it('builds a beeld with every section, in canonical order', () => {
    const text = beeldSkeleton('en', { titel: 'Saying no' }, '\r\n');
    assert.ok(onlyEol(text, '\r\n'));
    const o = outline(text);
    assert.equal(o.beelden[0].title, 'Saying no');
    assert.deepEqual(o.beelden[0].sections.map((s) => s.kind), [...SECTION_ORDER]);
  });

  it('quotes a situation with its title and dilemma, or gives nothing for an unknown one', () => {
    const block = situationBlock('de-grens-tussen-werk-en-prive', 'en', '\r\n');
    assert.ok(onlyEol(block, '\r\n'));
    assert.ok(block.split('\r\n').filter(Boolean).every((l) => l.startsWith('>')));
    assert.ok(block.includes('The line between work and private life'));
    assert.equal(situationBlock('onbekend', 'nl'), '');
    assert.equal(situationBlock(undefined, 'nl'), '');
  });
});
