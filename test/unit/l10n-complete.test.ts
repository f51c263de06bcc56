// Both languages complete everywhere a user reads us, not only in the sidebar (tree-l10n.test.ts):
// every vscode.l10n.t string of the extension has its Dutch in the bundle the build merges, every
// %key% of the manifest has an English and a Dutch text, and every { nl, en } pair (how the core, the
// server, the CLI and parts of the extension speak) has both halves. A missing Dutch text shows the
// English source to a Dutch user without any warning, so only a test catches it.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..', '..'); // out/test/unit -> repo
const read = (rel: string) => readFileSync(join(root, rel), 'utf8');
const readJson = (rel: string) => JSON.parse(read(rel)) as Record<string, unknown>;

function tsFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = join(dir, name);
    return statSync(join(root, rel)).isDirectory() ? tsFiles(rel) : rel.endsWith('.ts') ? [rel] : [];
  });
}

const holes = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();

function unescape(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|.)/g, (_, e: string) =>
    e[0] === 'u' && e.length > 1 ? String.fromCodePoint(parseInt(e.replace(/[u{}]/g, ''), 16))
      : ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[e] ?? e);
}

/**
 * Every `l10n.t(` call in a source text: its key, or null when the first argument is not one whole
 * string literal (a variable, a `${}` template, a concatenation): such a key no scan can check.
 */
export function l10nKeys(text: string): { key: string | null; line: number }[] {
  const out: { key: string | null; line: number }[] = [];
  for (const m of text.matchAll(/\bl10n\.t\(\s*/g)) {
    const from = m.index! + m[0].length;
    const lit = /^(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.|\$(?!\{))*)`)\s*[,)]/.exec(text.slice(from));
    const body = lit ? lit[1] ?? lit[2] ?? lit[3] : undefined;
    out.push({ key: body === undefined ? null : unescape(body), line: text.slice(0, m.index).split('\n').length });
  }
  return out;
}

describe('l10n: both languages complete', () => {
  it('reads the keys of l10n.t calls, and refuses the ones it cannot read', () => {
    const keys = l10nKeys([
      "vscode.l10n.t('Open {0}', name)", 'vscode.l10n.t(\n  "It\\\'s \\"here\\"")', "l10n.t(`plain`)",
      'l10n.t(message)', 'l10n.t(`${a} b`)', "l10n.t('a' + b)",
    ].join('\n'));
    assert.deepEqual(keys.map((k) => k.key), ['Open {0}', 'It\'s "here"', 'plain', null, null, null]);
    assert.deepEqual(keys.map((k) => k.line), [1, 2, 4, 5, 6, 7]);
  });

  it('has a Dutch text, with the same {n} holes, for every vscode.l10n.t string of the extension', () => {
    const dutch = readJson('l10n/bundle.l10n.nl.json');
    const calls = tsFiles('src/extension').flatMap((file) => l10nKeys(read(file)).map((c) => ({ ...c, file })));
    assert.ok(calls.length > 80, `found only ${calls.length} l10n.t calls`);
    const problems = calls.flatMap(({ key, file, line }) => {
      const where = `${file}:${line}`;
      if (key === null) return [`${where}: the key is not one string literal`];
      const nl = dutch[key];
      if (typeof nl !== 'string' || !nl.trim()) return [`${where}: no Dutch for "${key}"`];
      return holes(nl) === holes(key) ? [] : [`${where}: the Dutch of "${key}" has other placeholders: "${nl}"`];
    });
    assert.deepEqual(problems, []);
  });

  it('gives an English string one Dutch text across l10n/parts (the merge keeps only the last)', () => {
    const seen = new Map<string, { nl: unknown; part: string }>();
    const clashes: string[] = [];
    for (const part of readdirSync(join(root, 'l10n', 'parts')).filter((f) => f.endsWith('.json')).sort()) {
      for (const [en, nl] of Object.entries(readJson(`l10n/parts/${part}`))) {
        const before = seen.get(en);
        if (before && before.nl !== nl) clashes.push(`"${en}": ${before.part} and ${part} disagree`);
        seen.set(en, { nl, part });
      }
    }
    assert.deepEqual(clashes, []);
  });

  it('has an English and a Dutch text for every %key% of package.json', () => {
    const keys = new Set([...read('package.json').matchAll(/%([\w.-]+)%/g)].map((m) => m[1]));
    assert.ok(keys.size > 50, `found only ${keys.size} keys`);
    for (const file of ['package.nls.json', 'package.nls.nl.json']) {
      const table = readJson(file);
      const missing = [...keys].filter((k) => typeof table[k] !== 'string' || !(table[k] as string).trim());
      assert.deepEqual(missing, [], `${file} lacks these keys`);
    }
  });

  it('fills both halves of every { nl, en } pair, in the core, the server, the CLI and the extension', function () {
    this.timeout(20_000);
    // The TypeScript parser, from the repo at run time: bundling the compiler into this test would
    // cost more than the check.
    const ts = createRequire(join(root, 'package.json'))('typescript') as typeof import('typescript');
    const text = (e: import('typescript').Expression) =>
      ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) ? e.text
        : ts.isTemplateExpression(e) ? e.getText().slice(1, -1) : undefined;
    const problems: string[] = [];
    let pairs = 0;
    for (const file of ['src/core', 'src/server', 'src/cli', 'src/extension'].flatMap(tsFiles)) {
      const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
      const visit = (node: import('typescript').Node): void => {
        if (ts.isObjectLiteralExpression(node)) {
          const halves = new Map<string, import('typescript').Expression>();
          for (const p of node.properties) {
            if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) halves.set(p.name.text, p.initializer);
            if (ts.isShorthandPropertyAssignment(p)) halves.set(p.name.text, p.name);
          }
          const nl = halves.get('nl');
          const en = halves.get('en');
          const where = `${relative(root, join(root, file))}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
          // A Msg has nothing but its two halves; a record such as a deugd's { name, en } is no Msg.
          if ((nl || en) && [...halves.keys()].every((k) => k === 'nl' || k === 'en')) {
            if (!nl || !en) problems.push(`${where}: only ${nl ? 'nl' : 'en'}`);
          }
          if (nl && en) {
            pairs++;
            const [nlText, enText] = [text(nl), text(en)];
            if (nlText !== undefined && enText !== undefined) {
              if (!nlText.trim() || !enText.trim()) problems.push(`${where}: an empty half`);
              else if (holes(nlText) !== holes(enText)) problems.push(`${where}: other placeholders in nl and en`);
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.ok(pairs > 300, `found only ${pairs} pairs`);
    assert.deepEqual(problems, []);
  });
});
