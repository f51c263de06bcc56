// Both languages complete for the sidebar: every UI string in the views and commands has a Dutch
// translation, and every manifest key the sidebar uses has an English and a Dutch text.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');
const sources = ['src/extension/views', 'src/extension/commands'].flatMap((dir) =>
  fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.ts')).map((f) => `${dir}/${f}`));

function l10nStrings(text: string): string[] {
  const out: string[] = [];
  const re = /l10n\.t\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push((m[1] ?? m[2]).replace(/\\(.)/g, '$1'));
  return out;
}

describe('sidebar strings in two languages', () => {
  it('translates every vscode.l10n.t string of the views and commands into Dutch', () => {
    const dutch = JSON.parse(read('l10n/parts/sidebar.json')) as Record<string, string>;
    const used = new Set(sources.flatMap((f) => l10nStrings(read(f))));
    assert.ok(used.size > 40, `found ${used.size} strings`);
    const missing = [...used].filter((s) => typeof dutch[s] !== 'string' || !dutch[s].trim());
    assert.deepEqual(missing, []);
    for (const [en, nl] of Object.entries(dutch)) {
      const holes = (s: string) => (s.match(/\{\d\}/g) ?? []).sort().join();
      assert.equal(holes(nl), holes(en), `placeholders of "${en}"`);
    }
  });

  it('gives every %sidebar.*% manifest key an English and a Dutch text', () => {
    const nls = JSON.parse(read('nls/sidebar.json')) as Record<string, { en?: string; nl?: string }>;
    const keys = new Set([...read('package.json').matchAll(/%(sidebar\.[\w.]+)%/g)].map((m) => m[1]));
    assert.ok(keys.size > 30);
    for (const key of keys) {
      assert.ok(nls[key]?.en?.trim() && nls[key]?.nl?.trim(), key);
    }
  });

  it('ships every icon the manifest and the trees name, light and dark', () => {
    for (const name of ['handelingen', 'kennis', 'identiteit', 'deugden', 'vrijheid', 'drie-e', 'goedwerk']) {
      for (const theme of ['light', 'dark']) {
        const svg = read(`media/icons/${name}-${theme}.svg`);
        assert.match(svg, /^<svg [^>]*viewBox=/, `${name}-${theme}`);
      }
    }
    for (const m of read('package.json').matchAll(/"(media\/[^"]+\.(?:svg|md))"/g)) {
      assert.ok(fs.existsSync(path.join(root, m[1])), m[1]);
    }
  });
});
