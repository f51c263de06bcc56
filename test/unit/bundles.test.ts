import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join, relative } from 'node:path';
// @ts-expect-error: a plain .mjs without types, shared with scripts/build.mjs and the bench.
import { BROWSER_ENTRIES, browserVariants, checkBrowserBundle, EXTENSION_CHUNKS, EXTENSION_ENTRY, nodeBuiltinImports, vscodeOnce } from '../../scripts/bundles.mjs';

// What activation loads: dist/extension.js must leave the heavy parts to the chunks it requires later
// (src/extension/lazy.ts), and every chunk the code asks for must be built. Bundles the sources the
// way scripts/build.mjs does (in memory) and reads which modules went into each bundle.
const root = join(__dirname, '..', '..', '..'); // out/test/unit -> repo

interface Bundle { in: string; out: string; name?: string }
const entry = EXTENSION_ENTRY as Bundle;
const chunks = EXTENSION_CHUNKS as Bundle[];

// esbuild is loaded at run time from the repo (a native binary cannot be bundled into this test).
const esbuild = createRequire(join(root, 'package.json'))('esbuild') as typeof import('esbuild');

function modulesOf(bundle: Bundle): string[] {
  const r = esbuild.buildSync({
    entryPoints: [join(root, bundle.in)], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    external: ['vscode', 'goedwerk:privacy-data'], mainFields: ['module', 'main'], write: false, metafile: true, outfile: join(root, bundle.out),
    absWorkingDir: root, logLevel: 'silent',
  });
  return Object.keys(r.metafile.inputs);
}

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = join(dir, name);
    return statSync(join(root, rel)).isDirectory() ? sources(rel) : rel.endsWith('.ts') ? [rel] : [];
  });
}

describe('extension bundles', () => {
  it('keeps vscode-languageclient, yaml, the overview renderer and the privacy lexicon out of the activation bundle', () => {
    const modules = modulesOf(entry);
    assert.ok(modules.includes(entry.in), `${entry.out} should hold ${entry.in}`);
    const heavy = modules.filter((m) => /^node_modules\/(vscode-languageclient|vscode-jsonrpc|yaml|remark|micromark|unified)\/|^src\/core\/(overview\/|overview-html\.ts|frontmatter\.ts|team-situations\.ts|privacy\/)/.test(m));
    assert.deepEqual(heavy, []);
  });

  it('builds every chunk, each holding what it is for', () => {
    const expect: Record<string, RegExp> = {
      client: /^node_modules\/vscode-languageclient\//,
      'yaml-readers': /^node_modules\/yaml\//,
      overview: /^src\/core\/overview\//,
      reflectie: /^node_modules\/@cantoo\/pdf-lib\//,
      'feedback-privacy': /^src\/core\/privacy\//,
    };
    assert.deepEqual(chunks.map((c) => c.name).sort(), Object.keys(expect).sort(), 'a chunk without a check here, or a check without a chunk');
    for (const c of chunks) {
      assert.ok(existsSync(join(root, c.out)), `${c.out} is not built`);
      assert.ok(modulesOf(c).some((m) => expect[c.name!].test(m)), `${c.in} does not bring what ${c.out} is for`);
    }
  });

  it('copies the vscode API once per bundle, not once per module that imports it (vscodeOnce)', async () => {
    for (const bundle of [entry, chunks.find((c) => c.name === 'client')!]) {
      const r = await esbuild.build({
        entryPoints: [join(root, bundle.in)], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
        external: ['vscode', 'goedwerk:privacy-data'], mainFields: ['module', 'main'], write: false, outfile: join(root, bundle.out),
        absWorkingDir: root, logLevel: 'silent', plugins: [vscodeOnce],
      });
      const js = r.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
      const copies = (js.match(/__toESM\(require\("vscode"\)\)|__toCommonJS\(vscode_exports\)|__reExport\(vscode_exports, require\("vscode"\)\)/g) ?? []).length;
      assert.equal(copies, 1, `${bundle.out}: ${copies} copies of the API`);
    }
  });

  it('has a chunk for every lazy() in the extension, and no chunk nobody asks for', () => {
    const asked = new Set<string>();
    for (const file of sources('src/extension')) {
      for (const m of readFileSync(join(root, file), 'utf8').matchAll(/\blazy<[^>]*>\('([^']+)'\)/g)) asked.add(m[1]);
    }
    assert.ok(asked.size > 0, 'found no lazy() call in src/extension');
    assert.deepEqual([...asked].sort(), chunks.map((c) => c.name).sort());
    for (const c of chunks) assert.equal(relative('dist', c.out), `${c.name}.js`, 'lazy() requires dist/<name>.js');
  });
});

// The check a browser bundle (the web extension, the overview's webview script) must pass: no Node
// built-in left for the runtime to provide. Fixtures in test/web/fixtures/bundles/.
describe('browser bundles', () => {
  const fixture = (name: string) => join('test', 'web', 'fixtures', 'bundles', `${name}.ts`);
  const builtins = ['node:*', ...builtinModules];
  const bundle = (entry: string, o: { platform?: 'browser' | 'node'; external?: string[] } = {}) => esbuild.buildSync({
    entryPoints: [join(root, entry)], bundle: true, platform: o.platform ?? 'browser', format: 'cjs', write: false, metafile: true,
    outfile: join(root, 'out', 'bundle-check.js'), external: ['vscode', ...(o.external ?? [])], absWorkingDir: root, logLevel: 'silent',
  }).metafile;

  it('fails a bundle that imports node:fs through another module, and path the CommonJS way', () => {
    for (const metafile of [bundle(fixture('uses-disk'), { external: builtins }), bundle(fixture('uses-disk'), { platform: 'node' })]) {
      assert.deepEqual(nodeBuiltinImports(metafile).map((f: { importer: string; path: string }) => `${f.importer} > ${f.path}`).sort(),
        ['test/web/fixtures/bundles/reads-disk.ts > node:fs', 'test/web/fixtures/bundles/uses-disk.ts > path']);
      assert.throws(() => checkBrowserBundle(metafile, 'web.js'), /web\.js pulls in Node built-ins[^]*reads-disk\.ts imports node:fs/);
    }
  });

  it('passes a bundle of pure code, and one whose built-in esbuild resolved to a browser port', () => {
    assert.doesNotThrow(() => checkBrowserBundle(bundle(fixture('pure'), { external: builtins })));
    assert.doesNotThrow(() => checkBrowserBundle(bundle('test/web/host/assert-strict.cjs')), 'require(\'assert\') is the npm package here');
  });

  it('is not needed when nothing silences esbuild: a plain browser build stops at node:fs', () => {
    assert.throws(() => bundle(fixture('uses-disk')), /node:fs/);
  });

  it('passes the bundles the build makes for the browser today (the overview\'s webview script)', () => {
    const metafile = bundle('src/webview/overview.ts');
    assert.ok(Object.keys(metafile.inputs).includes('src/webview/overview.ts'));
    checkBrowserBundle(metafile, 'dist/webview/overview.js');
  });

  // The web build (package.json `browser`), bundled as scripts/build.mjs bundles it: its plugin puts the
  // x.browser.ts variants and the stand-ins of src/browser-node/ in; nothing else of Node may be left.
  const webBundle = (entry: { in: string; out: string; format: string }) => esbuild.build({
    entryPoints: [join(root, entry.in)], bundle: true, platform: 'browser', format: entry.format as 'cjs' | 'iife', target: 'es2022',
    external: ['vscode', 'goedwerk:privacy-data'], mainFields: ['browser', 'module', 'main'], conditions: ['worker'], write: false, metafile: true,
    outfile: join(root, entry.out), absWorkingDir: root, logLevel: 'silent', plugins: [vscodeOnce, browserVariants(root)],
  });

  it('passes the web extension and the language server worker, with the browser variants in them', async () => {
    const inputs: Record<string, string[]> = {};
    for (const entry of BROWSER_ENTRIES as { name: string; in: string; out: string; format: string }[]) {
      const r = await webBundle(entry);
      checkBrowserBundle(r.metafile, entry.out);
      inputs[entry.name] = Object.keys(r.metafile.inputs);
    }
    for (const v of ['src/extension/lazy.browser.ts', 'src/extension/language/client.browser.ts', 'src/extension/commands/git-name.browser.ts', 'src/extension/privacy/hook-install.browser.ts']) {
      assert.ok(inputs.extension.includes(v), `the web extension takes ${v}`);
    }
    for (const n of ['src/extension/lazy.ts', 'src/extension/language/client.ts', 'src/core/host/node.ts']) assert.ok(!inputs.extension.includes(n), `and leaves ${n} out`);
    assert.ok(inputs.extension.some((m) => m.startsWith('node_modules/vscode-languageclient/lib/browser/')));
    assert.ok(inputs.server.some((m) => m.startsWith('node_modules/vscode-languageserver/lib/browser/')));
    assert.ok(!inputs.server.some((m) => /decode-named-character-reference\/index\.dom\.js$/.test(m)), 'no DOM build in a worker');
  });

  it('bundles every chunk into the web extension (lazy.browser.ts knows each one)', () => {
    const text = readFileSync(join(root, 'src', 'extension', 'lazy.browser.ts'), 'utf8');
    const block = /const CHUNKS[^{]*\{([^}]*)\}/.exec(text)?.[1] ?? '';
    const names = block.split(',').map((p) => p.trim().split(':')[0].replace(/'/g, '').trim()).filter(Boolean);
    assert.deepEqual(names.sort(), chunks.map((c) => c.name!).sort());
  });
});
