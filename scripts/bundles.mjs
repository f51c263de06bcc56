// What the extension host loads, in one place for the build, the bench and the package check.
// dist/extension.js is the activation bundle: it registers commands, views and the notebook serializer.
// The chunks hold the heavy parts; src/extension/lazy.ts requires each by name at first use, from the
// folder of dist/extension.js. A chunk holds pure code only (functions, no state the entry shares):
// a module bundled into both would be two copies with two states.
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
