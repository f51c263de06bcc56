// The snippets: gw- prefixes in Dutch and English, headings the format knows, and a whole beeld
// that, typed out with its defaults, is a beeld the rules accept (all but the ticks of the 3E check).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../src/core/check';
import { sectionKindOf } from '../../src/core/sections';
import { ROOT } from './lsp';

interface Snippet { prefix: string | string[]; body: string[]; description: string }

const snippets: Record<string, Snippet> = JSON.parse(readFileSync(join(ROOT, 'snippets', 'goedwerk.code-snippets'), 'utf8'));
const byPrefix = new Map(Object.values(snippets).map((s) => [String(s.prefix), s]));

/** The text a snippet inserts when every placeholder keeps its default. */
function expand(s: Snippet): string {
  return s.body.join('\n').replace(/\$\{\d+:((?:[^}\\]|\\.)*)\}/g, (_m, d: string) => d.replace(/\\(.)/g, '$1')).replace(/\$\d+/g, '');
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

  it('expands a whole beeld that the rules accept, but for the unticked 3E check', () => {
    for (const [prefix, lang] of [['gw-beeld', 'nl'], ['gw-picture', 'en']] as const) {
      const text = expand(byPrefix.get(prefix)!);
      const rules = checkText(text, { lang }).map((f) => f.rule);
      assert.deepEqual([...new Set(rules)], ['3e-onvolledig'], `${prefix}: ${rules}\n${text}`);
    }
  });

  it('fills the 3E check with all three E\'s, in either language', () => {
    const nl = expand(byPrefix.get('gw-3e-check')!);
    const en = expand(byPrefix.get('gw-three-es')!);
    for (const e of ['Excellent', 'Ethisch', 'Energiek']) assert.match(nl, new RegExp(`- \\[ \\] ${e}`));
    for (const e of ['Excellent', 'Ethical', 'Engaging']) assert.match(en, new RegExp(`- \\[ \\] ${e}`));
  });
});
