// What the extension host loads, in one place for the build, the bench and the package check.
// dist/extension.js is the activation bundle: it registers commands, views and the notebook serializer.
// The chunks hold the heavy parts; src/extension/lazy.ts requires each by name at first use, from the
// folder of dist/extension.js. A chunk holds pure code only (functions, no state the entry shares):
// a module bundled into both would be two copies with two states.
import { statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve as pathResolve } from 'node:path';

export const EXTENSION_ENTRY = { in: 'src/extension/main.ts', out: 'dist/extension.js' };

export const EXTENSION_CHUNKS = [
  // Required right after activate() returns, to start the language server.
  { name: 'client', in: 'src/extension/language/client.ts', out: 'dist/client.js', holds: 'vscode-languageclient' },
  // Required when the Journaal or Kritische situaties view first reads the team's files.
  { name: 'yaml-readers', in: 'src/extension/views/yaml-readers.ts', out: 'dist/yaml-readers.js', holds: 'yaml: journal and team-situation readers' },
  // Required when the overview first renders.
  { name: 'overview', in: 'src/core/overview-html.ts', out: 'dist/overview.js', holds: "the overview's page renderer" },
  // Required when a reflection record is made (the editor's command and the CLI's --format pdf).
  { name: 'reflectie', in: 'src/core/reflectie/render.ts', out: 'dist/reflectie.js', holds: 'pdf-lib: the reflection record as PDF and HTML' },
  // Required when feedback is first checked for personal data (the name lexicon is over a megabyte).
  { name: 'feedback-privacy', in: 'src/core/feedback/privacy.ts', out: 'dist/feedback-privacy.js', holds: 'the privacy detectors over feedback text' },
];

/**
 * esbuild plugin: every `import * as vscode from 'vscode'` in a bundle shares one copy of the API.
 * Bundled to CommonJS, each such import otherwise becomes its own `__toESM(require('vscode'))`, which
 * copies VS Code's ~200 API names into a new object: for the 26 modules of the activation bundle that
 * was most of activation (about 25 ms measured in the extension host). One re-exporting module in
 * between copies them once; every use still reads the live API object through it.
 */
export const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    // Only `import` statements: a CommonJS `require('vscode')` (vscode-languageclient has dozens) stays a
    // plain require, which copies nothing; sent through the ES module it would copy at every call.
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === 'vscode-once' || args.kind !== 'import-statement'
      ? { path: 'vscode', external: true }
      : { path: 'vscode', namespace: 'vscode-once' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

// ---- Browser bundles ----

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** Whether an import path names a Node built-in (`fs`, `node:fs`, `fs/promises`, `node:test`...). */
export function isNodeBuiltin(path) {
  return NODE_BUILTINS.has(path) || NODE_BUILTINS.has(path.split('/')[0]) || path.startsWith('node:');
}

/**
 * The Node built-ins that the bundles of an esbuild metafile import, which a browser or a web worker
 * does not have: [{ importer, path, kind }], importer being the source file that asks for it. Only
 * imports left to the runtime count (esbuild leaves built-ins external on platform 'node', or when told
 * to): one esbuild resolved to a file, such as the npm package `assert` for `assert`, or replaced by an
 * empty module (a package's `"browser": { "fs": false }`), is in the bundle and harmless.
 */
export function nodeBuiltinImports(metafile) {
  return Object.entries(metafile.inputs ?? {}).flatMap(([importer, input]) => (input.imports ?? [])
    .filter((imp) => imp.external && isNodeBuiltin(imp.path))
    .map((imp) => ({ importer, path: imp.path, kind: imp.kind })));
}

/**
 * Throws when a browser bundle (its esbuild metafile; build with `metafile: true`) pulls in a Node
 * built-in, naming each file and what it asks for. A browser build should fail on that by itself, but
 * not when the built-ins were marked external (to silence esbuild) or came in through platform 'node'.
 */
export function checkBrowserBundle(metafile, name = 'the browser bundle') {
  const found = nodeBuiltinImports(metafile);
  if (found.length === 0) return;
  const list = found.map((f) => `  ${f.importer} imports ${f.path} (${f.kind})`).join('\n');
  throw new Error(`${name} pulls in Node built-ins, which the browser does not have:\n${list}`);
}

// ---- The web build (VS Code for the web: vscode.dev, github.dev) ----

/**
 * The extension's `browser` entry and the language server as a web worker. The web worker extension
 * host cannot require files by path, so the chunks are bundled into the entry (src/extension/lazy.browser.ts).
 */
export const BROWSER_ENTRIES = [
  { name: 'extension', in: 'src/extension/main.ts', out: 'dist/web/extension.js', format: 'cjs' },
  { name: 'server', in: 'src/server/browser.ts', out: 'dist/web/server.js', format: 'iife' },
];

/** The Node built-ins shared code still imports, and what stands in for each in a browser (src/browser-node/). */
export const NODE_STAND_INS = {
  fs: 'src/browser-node/fs.ts',
  'fs/promises': 'src/browser-node/fs.ts',
  url: 'src/browser-node/url.ts',
  os: 'src/browser-node/os.ts',
  crypto: 'src/browser-node/crypto.ts',
  path: 'path-browserify',
};

/**
 * esbuild plugin for the web build:
 * - a module `x.ts` with a `x.browser.ts` beside it is replaced by that file (what differs in a browser,
 *   such as starting the language server as a worker, lives in those files, in plain sight);
 * - the LSP packages' Node entries become their browser entries;
 * - the built-ins in NODE_STAND_INS get their stand-ins; any other built-in is left external, so that
 *   checkBrowserBundle names it and fails the build.
 */
export function browserVariants(root) {
  return {
    name: 'browser-variants',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.importer.endsWith('.browser.ts') && args.path === `./${basenameNoExt(args.importer)}`) return undefined;
        const base = joinPath(args.resolveDir, args.path).replace(/\.ts$/, '');
        const variant = `${base}.browser.ts`;
        return existsFile(variant) ? { path: variant } : undefined;
      });
      build.onResolve({ filter: /^vscode-language(server|client)\/node$/ }, (args) =>
        build.resolve(args.path.replace(/\/node$/, '/browser'), { resolveDir: args.resolveDir, kind: args.kind }));
      build.onResolve({ filter: /^(node:)?[a-z_/]+$/ }, async (args) => {
        if (!isNodeBuiltin(args.path)) return undefined;
        const name = args.path.replace(/^node:/, '');
        const standIn = NODE_STAND_INS[name];
        if (!standIn) return { path: args.path, external: true };
        if (standIn.startsWith('src/')) return { path: joinPath(root, standIn) };
        return build.resolve(standIn, { resolveDir: root, kind: args.kind });
      });
    },
  };
}

function basenameNoExt(file) {
  return file.replace(/^.*[\\/]/, '').replace(/\.browser\.ts$/, '');
}

function joinPath(dir, rel) {
  return pathResolve(dir, rel);
}

function existsFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
