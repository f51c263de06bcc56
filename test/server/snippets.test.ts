// The snippets: gw- prefixes in Dutch and English, headings the format knows, and a whole beeld
// that, typed out with its defaults, is a beeld the rules accept (all but the 3E check, whose questions
// wait for an answer).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../src/core/check';
import { sectionKindOf } from '../../src/core/sections';
import { DRIE_E } from '../../src/core/content/guides';
import { readDrieEItem, splitDrieELine } from '../../src/core/drie-e';
import { ROOT } from './lsp';

interface Snippet { prefix: string | string[]; body: string[]; description: string }

const snippets: Record<string, Snippet> = JSON.parse(readFileSync(join(ROOT, 'snippets', 'goedwerk.code-snippets'), 'utf8'));
const byPrefix = new Map(Object.values(snippets).map((s) => [String(s.prefix), s]));

/** The text a snippet inserts when every placeholder keeps its default (a choice: its first option). */
function expand(s: Snippet): string {
  return s.body.join('\n')
    .replace(/\$\{\d+:((?:[^}\\]|\\.)*)\}/g, (_m, d: string) => d.replace(/\\(.)/g, '$1'))
    .replace(/\$\{\d+\|((?:[^,|\\]|\\.)*)(?:,(?:[^|\\]|\\.)*)?\|\}/g, (_m, d: string) => d.replace(/\\(.)/g, '$1'))
    .replace(/\$\d+/g, '');
}

/** The options of each choice placeholder, unescaped. */
function choices(s: Snippet): string[][] {
  return [...s.body.join('\n').matchAll(/\$\{\d+\|((?:[^|\\]|\\.)*)\|\}/g)]
    .map((m) => m[1].split(/(?<!\\),/).map((o) => o.replace(/\\(.)/g, '$1')));
}

describe('snippets', () => {
  it('all start with gw-, so ordinary Markdown is not crowded', () => {
    for (const s of Object.values(snippets)) assert.match(String(s.prefix), /^gw-/);
  });

  const pairs: [string, string, string][] = [
    ['ervaring', 'gw-ervaring', 'gw-experience'],
    ['handelingen', 'gw-handelingen', 'gw-skills'],
    ['kennis', 'gw-kennis', 'gw-knowledge'],
    ['identiteit', 'gw-identiteit', 'gw-identity'],
    ['deugden', 'gw-deugden', 'gw-virtues'],
    ['vrijheid', 'gw-vrijheid', 'gw-freedom'],
    ['uitwerking', 'gw-uitwerking', 'gw-elaboration'],
    ['drie-e', 'gw-3e-check', 'gw-three-es'],
  ];

  it('has a Dutch and an English snippet for each section, with a heading the format knows', () => {
    for (const [kind, nl, en] of pairs) {
      for (const prefix of [nl, en]) {
        const s = byPrefix.get(prefix);
        assert.ok(s, prefix);
        const heading = s.body[0].replace(/^#+\s+/, '');
        assert.equal(sectionKindOf(heading), kind, prefix);
      }
    }
  });

  it('expands a whole beeld that the rules accept, but for the 3E check that still waits for answers', () => {
    for (const [prefix, lang] of [['gw-beeld', 'nl'], ['gw-picture', 'en']] as const) {
      const text = expand(byPrefix.get(prefix)!);
      const rules = checkText(text, { lang }).map((f) => f.rule);
      assert.deepEqual([...new Set(rules)], ['3e-onvolledig'], `${prefix}: ${rules}\n${text}`);
    }
  });

  it('asks the three questions of the 3E check, with yes, no and partly to choose from, in either language', () => {
    for (const [prefix, lang, words] of [['gw-3e-check', 'nl', ['ja', 'nee', 'deels']], ['gw-three-es', 'en', ['yes', 'no', 'partly']]] as const) {
      const s = byPrefix.get(prefix)!;
      const lines = expand(s).split('\n').filter((l) => l.startsWith('- '));
      assert.deepEqual(lines.map((l) => l.replace(/:.*/, '')), DRIE_E.map((e) => `- ${e.name[lang]}`), prefix);
      for (const l of lines) {
        const split = splitDrieELine(l)!;
        assert.equal(split.ticked, undefined, `no box to tick: ${l}`);
        assert.equal(readDrieEItem(split.text, split.ticked)?.answer, 'open', `the question is not an answer: ${l}`);
      }
      const opts = choices(s);
      assert.deepEqual(opts.map((o) => o[0]), DRIE_E.map((e) => e.question[lang]), 'the question comes first');
      for (const o of opts) assert.deepEqual(o.slice(1), [...words]);
      // Each answer the writer can pick reads back as that answer.
      for (const [i, w] of words.entries()) {
        const split = splitDrieELine(`- ${DRIE_E[0].name[lang]}: ${w}`)!;
        assert.equal(readDrieEItem(split.text, split.ticked)?.answer, (['ja', 'nee', 'deels'] as const)[i]);
      }
    }
  });
});
