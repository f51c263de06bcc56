// The TextMate grammar, run through the engine VS Code uses (vscode-textmate + oniguruma): element
// headings, the 3E check and known deugden get their scopes, and Markdown keeps its own.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { DEUGDEN } from '../../src/core/content/index';
import { ROOT } from './lsp';

const GRAMMAR = join(ROOT, 'syntaxes', 'goedwerk.tmLanguage.json');

/** VS Code's own Markdown grammar, from the code-server the real-editor suites install. */
function markdownGrammarPath(): string | undefined {
  const candidates = [
    process.env.GOEDWERK_MARKDOWN_GRAMMAR,
    join(ROOT, '.vscode-test', 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'extensions', 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json'),
  ];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

let wasmLoaded: Promise<void> | undefined;
const registries = new Map<string, vsctm.Registry>();

async function engine(markdown: string | undefined): Promise<vsctm.Registry> {
  const known = registries.get(markdown ?? '');
  if (known) return known;
  wasmLoaded ??= oniguruma.loadWASM(readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm')).buffer);
  await wasmLoaded;
  const stub = { scopeName: 'text.html.markdown', patterns: [] };
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope) => {
      if (scope === 'text.html.markdown.goedwerk') return vsctm.parseRawGrammar(readFileSync(GRAMMAR, 'utf8'), GRAMMAR);
      if (scope === 'text.html.markdown') return markdown ? vsctm.parseRawGrammar(readFileSync(markdown, 'utf8'), markdown) : vsctm.parseRawGrammar(JSON.stringify(stub), 'stub.json');
      return null;
    },
  });
  registries.set(markdown ?? '', registry);
  return registry;
}

interface Token { text: string; scopes: string[] }

async function tokenize(markdown: string | undefined, text: string, root = 'text.html.markdown.goedwerk'): Promise<Token[][]> {
  const grammar = await (await engine(markdown)).loadGrammar(root);
  assert.ok(grammar);
  let state = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

const has = (lines: Token[][], line: number, text: string, scope: string): boolean =>
  lines[line].some((t) => t.text.includes(text) && t.scopes.some((s) => s.startsWith(scope)));

describe('grammar', () => {
  const grammar = JSON.parse(readFileSync(GRAMMAR, 'utf8'));

  it('is a Markdown grammar at heart', () => {
    assert.equal(grammar.scopeName, 'text.html.markdown.goedwerk');
    assert.ok(grammar.patterns.some((p: { include?: string }) => p.include === 'text.html.markdown'));
  });

  it('knows every deugd of the content (Dutch, English and aliases)', async () => {
    await engine(undefined);
    const scanner = new oniguruma.OnigScanner([grammar.repository.deugd.match]);
    const missing: string[] = [];
    for (const d of DEUGDEN) {
      for (const name of [d.name, d.en, ...(d.aliases ?? []), ...(d.enAliases ?? [])]) {
        const line = `${name}: zo`;
        const m = scanner.findNextMatchSync(new oniguruma.OnigString(line), 0);
        if (!m || m.captureIndices[1].start !== 0 || m.captureIndices[1].end !== name.length) missing.push(name);
      }
    }
    assert.deepEqual(missing, []);
  });

  describe('with VS Code\'s Markdown grammar', function () {
    const markdown = markdownGrammarPath();
    before(function () {
      // The real-editor suites install code-server, which carries VS Code's Markdown grammar.
      if (!markdown) this.skip();
    });

    const TEXT = [
      '---',                                  // 0
      'situatie: paniek-bij-oma',             // 1
      '---',                                  // 2
      '# Rust **brengen**',                   // 3
      '',                                     // 4
      '## Handelingen',                       // 5
      '',                                     // 6
      'Ik had moed nodig en **durf**.',       // 7
      '',                                     // 8
      '## Deugden:',                          // 9
      '',                                     // 10
      '- Moed: ik ging toch',                 // 11
      '- **Geduld** - wachten',               // 12
      '- Verzonnen: niet bekend',             // 13
      '',                                     // 14
      '## 3E-check',                          // 15
      '',                                     // 16
      '- [x] Excellent: ja',                  // 17
      '- [ ] Ethisch: nog niet',              // 18
      '- [x] Energiek',                       // 19
      '',                                     // 20
      '```md',                                // 21
      '## Kennis',                            // 22
      '```',                                  // 23
      '## Eigen kop',                         // 24
    ].join('\n');

    it('marks element and section headings, and leaves other headings to Markdown', async () => {
      const lines = await tokenize(markdown, TEXT);
      assert.ok(has(lines, 5, 'Handelingen', 'entity.name.type.class.goedwerk.element.handelingen'));
      assert.ok(has(lines, 5, 'Handelingen', 'markup.heading.markdown'));
      assert.ok(has(lines, 9, 'Deugden', 'entity.name.type.class.goedwerk.element.deugden'));
      assert.ok(has(lines, 15, '3E-check', 'entity.name.tag.goedwerk.section.drie-e'));
      assert.ok(!has(lines, 22, 'Kennis', 'entity.name.type.class.goedwerk'), 'not inside a code fence');
      assert.ok(!has(lines, 24, 'Eigen', 'entity.name.type'));
      assert.ok(has(lines, 24, 'Eigen', 'markup.heading.markdown'));
    });

    it('marks the 3E items, each of them', async () => {
      const lines = await tokenize(markdown, TEXT);
      assert.ok(has(lines, 17, 'Excellent', 'keyword.other.goedwerk.drie-e'));
      assert.ok(has(lines, 18, 'Ethisch', 'keyword.other.goedwerk.drie-e'));
      assert.ok(has(lines, 19, 'Energiek', 'keyword.other.goedwerk.drie-e'));
      assert.ok(has(lines, 17, 'x', 'constant.language.checkbox.goedwerk'));
    });

    it('marks known deugden at the head of a list item, not in prose or unknown names', async () => {
      const lines = await tokenize(markdown, TEXT);
      assert.ok(has(lines, 11, 'Moed', 'support.constant.goedwerk.deugd'));
      assert.ok(has(lines, 12, 'Geduld', 'support.constant.goedwerk.deugd'));
      assert.ok(!has(lines, 7, 'moed', 'support.constant.goedwerk.deugd'));
      assert.ok(!has(lines, 13, 'Verzonnen', 'support.constant.goedwerk.deugd'));
    });

    it('keeps Markdown: every other line gets exactly the scopes Markdown gives it', async () => {
      const ours = await tokenize(markdown, TEXT, 'text.html.markdown.goedwerk');
      const theirs = await tokenize(markdown, TEXT, 'text.html.markdown');
      const strip = (line: Token[]) => line.map((t) => [t.text, t.scopes.slice(1).join(' ')]);
      const special = new Set([5, 9, 11, 12, 15, 17, 18, 19]);
      TEXT.split('\n').forEach((_, i) => {
        if (!special.has(i)) assert.deepEqual(strip(ours[i]), strip(theirs[i]), `line ${i}`);
      });
      assert.ok(has(ours, 3, 'brengen', 'markup.bold'));
      assert.ok(has(ours, 11, '-', 'punctuation.definition.list'));
      assert.ok(ours[22].every((t) => t.scopes.some((x) => x.includes('fenced_code') || x.includes('raw'))));
    });
  });
});

