import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The manifest as a whole: no single area owns it, and VS Code only warns (or silently drops a
// contribution) when it is inconsistent, so these checks catch what nothing else would.
const root = join(__dirname, '..', '..', '..'); // out/test/unit -> repo
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const pkg = readJson('package.json');
const contributes = pkg.contributes ?? {};

function strings(value: unknown, where: string, out: { where: string; value: string }[] = []) {
  if (typeof value === 'string') out.push({ where, value });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${where}.${k}`, out);
  return out;
}

describe('manifest (package.json)', () => {
  const all = strings(pkg, 'package.json');

  for (const nls of ['package.nls.json', 'package.nls.nl.json']) {
    it(`has every %key% in ${nls}`, () => {
      const table = readJson(nls);
      const missing = all.filter((s) => /^%[^%]+%$/.test(s.value) && typeof table[s.value.slice(1, -1)] !== 'string');
      assert.deepEqual(missing.map((s) => `${s.where}: ${s.value}`), []);
    });
  }

  it('defines every goedwerk command that a menu or keybinding uses', () => {
    const defined = new Set<string>((contributes.commands ?? []).map((c: { command: string }) => c.command));
    const used = [
      ...Object.entries(contributes.menus ?? {}).flatMap(([menu, items]) =>
        (items as { command?: string }[]).filter((i) => i.command).map((i) => ({ where: `menus.${menu}`, command: i.command! }))),
      ...(contributes.keybindings ?? []).map((k: { command: string }) => ({ where: 'keybindings', command: k.command.replace(/^-/, '') })),
    ].filter((u) => u.command.startsWith('goedwerk.'));
    const undefinedOnes = used.filter((u) => !defined.has(u.command)).map((u) => `${u.where}: ${u.command}`);
    assert.deepEqual(undefinedOnes, []);
  });

  it('points only at files that exist', () => {
    const fileLike = all.filter((s) => /^(\.\/)?(media|syntaxes|snippets|dist|l10n|docs)\/[^\s*]+\.\w+$/.test(s.value) || s.where.endsWith('.configuration') && s.value.startsWith('./'));
    const missing = fileLike.filter((s) => !existsSync(join(root, s.value))).map((s) => `${s.where}: ${s.value}`);
    assert.ok(fileLike.length > 0, 'expected file references (icon, grammar, snippets, ...)');
    assert.deepEqual(missing, []);
  });

  it('has a 128x128 PNG icon', () => {
    const png = readFileSync(join(root, pkg.icon));
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  it('activates without "*" and targets the VS Code it is tested on', () => {
    assert.ok(!(pkg.activationEvents ?? []).includes('*'));
    assert.equal(pkg.engines.vscode, '^1.100.0');
    assert.equal(pkg.main, './dist/extension.js');
  });
});
