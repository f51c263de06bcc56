#!/usr/bin/env node
// Bundles every face of Goed Werk with esbuild. `--tests` also bundles the test suites into out/.
// Entries whose source does not exist yet are skipped, so the build grows with the project.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, writeFileSync, statSync, mkdirSync, chmodSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_ENTRIES, EXTENSION_CHUNKS, EXTENSION_ENTRY, browserVariants, checkBrowserBundle, vscodeOnce } from './bundles.mjs';
import { privacyDataPlugin } from './privacy-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const withTests = process.argv.includes('--tests');
const production = process.argv.includes('--production');

const node = {
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true,
  // esbuild's table says node 20 lacks \p{…} in regular expressions (it has them since node 10), and then
  // rewrites every such literal as `new RegExp(…)`, built again on each call: in the privacy detectors,
  // which test words one by one, that was a third of their cost.
  supported: { 'regexp-unicode-property-escapes': true },
  minify: production, external: ['vscode'], logLevel: 'warning', absWorkingDir: root,
  // micromark & friends ship ESM only; bundling them into CJS keeps every face loadable by plain `node`.
  mainFields: ['module', 'main'],
  // The privacy lexicon is generated from npm packages at build time (scripts/privacy-data.mjs).
  plugins: [vscodeOnce, privacyDataPlugin],
};

const apps = [
  // The extension: the activation bundle and the chunks it requires later (see scripts/bundles.mjs).
  EXTENSION_ENTRY,
  ...EXTENSION_CHUNKS,
  { in: 'src/server/main.ts', out: 'dist/server.js' },
  { in: 'src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node' },
  { in: 'src/cli/worker.ts', out: 'dist/cli-worker.js' },
];
const browserApps = [
  { in: 'src/webview/overview.ts', out: 'dist/webview/overview.js' },
  // The notebook renderer runs in the notebook's webview and is loaded as an ES module.
  { in: 'src/renderer/journal.ts', out: 'dist/renderer/journal.js', format: 'esm' },
];

function walk(dir, test) {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = join(dir, name);
    return statSync(join(root, rel)).isDirectory() ? walk(rel, test) : test(rel) ? [rel] : [];
  });
}

// The web build (package.json `browser`): the extension and the language server for a web worker.
const web = {
  ...node, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'], metafile: true,
  // Both run in a web worker, which has no `document`: packages' worker builds before their DOM builds.
  conditions: ['worker'],
  plugins: [vscodeOnce, privacyDataPlugin, browserVariants(root)],
};

/** One web bundle; fails when it pulls in a Node built-in that has no stand-in. */
async function bundleForBrowser(entry) {
  const result = await build({ ...web, format: entry.format, entryPoints: [entry.in], outfile: entry.out });
  checkBrowserBundle(result.metafile, entry.out);
}

async function bundle(entry, options) {
  if (!existsSync(join(root, entry.in))) return;
  await build({ ...options, entryPoints: [entry.in], outfile: entry.out,
    banner: entry.banner ? { js: entry.banner } : undefined });
  if (entry.banner) chmodSync(join(root, entry.out), 0o755);
}

// Each area keeps its own strings in a fragment, so several hands can add strings without clashing;
// the build merges them into the files VS Code reads. nls/*.json: { key: { en, nl } };
// l10n/parts/*.json: { "English source string": "Nederlandse vertaling" }.
function readFragments(dir) {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).sort()
    .map((f) => ({ file: join(dir, f), data: JSON.parse(readFileSync(join(root, dir, f), 'utf8')) }));
}

function writeIfChanged(file, text) {
  const path = join(root, file);
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
}

function mergeStrings() {
  const en = {}, nl = {};
  for (const { file, data } of readFragments('nls')) {
    for (const [key, value] of Object.entries(data)) {
      if (!value || typeof value.en !== 'string' || typeof value.nl !== 'string') {
        throw new Error(`${file}: "${key}" needs both "en" and "nl"`);
      }
      en[key] = value.en; nl[key] = value.nl;
    }
  }
  writeIfChanged('package.nls.json', JSON.stringify(en, null, 2) + '\n');
  writeIfChanged('package.nls.nl.json', JSON.stringify(nl, null, 2) + '\n');
  const bundle = {};
  for (const { data } of readFragments('l10n/parts')) Object.assign(bundle, data);
  mkdirSync(join(root, 'l10n'), { recursive: true });
  writeIfChanged('l10n/bundle.l10n.nl.json', JSON.stringify(bundle, null, 2) + '\n');
}

async function main() {
  mkdirSync(join(root, 'dist'), { recursive: true });
  mergeStrings();
  await Promise.all([
    ...apps.map((e) => bundle(e, node)),
    ...browserApps.map((e) => bundle(e, { ...node, platform: 'browser', format: e.format ?? 'iife', target: 'es2022', external: [] })),
    ...BROWSER_ENTRIES.map(bundleForBrowser),
  ]);
  if (!withTests) return;
  // Unit and server suites run under mocha in plain node; vscode suites run inside the extension host.
  const suites = walk('test', (f) => /\.(test|index)\.ts$/.test(f) || /test[\\/](vscode|ui)[\\/].*\.ts$/.test(f));
  await Promise.all(suites.map((f) => build({
    ...node, entryPoints: [f], outfile: join('out', f.replace(/\.ts$/, '.js')),
    external: ['vscode', 'mocha', 'playwright-core'],
  })));
  console.log(`built ${apps.length + browserApps.length + BROWSER_ENTRIES.length} apps and ${suites.length} test bundles`);
}

main().catch((e) => { console.error(e.message || e); process.exit(1); });
