// One core, faces around it (docs/dev/architecture.md), held by the import graph: every import of
// every source file, type-only ones and `import('…')` types included, read with the TypeScript parser.
//   src/core       imports no face (server, extension, cli, webview), no protocol, no vscode API
//   src/cli        imports no server, extension or webview, and neither the protocol nor an LSP package
//   src/extension  reaches the server only through src/protocol.ts and the language client (which only
//                  src/extension/language/ loads; elsewhere its types)
//   src/server     imports no extension, cli or webview, and not vscode or the language client
//   src/webview    imports the core only
//   src/renderer   (the notebook's renderer, in the page) the core and markdown-it only; the extension may
//                  import its protocol.ts, no other face imports it
//   src/core       reads no disk and runs no process itself (node:fs, child_process), except the files in
//                  CORE_DISK, each with its reason: elsewhere a host or the text is passed in
//   src/protocol   names and types: type-only imports, from the core only
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, posix } from 'node:path';
import type * as TS from 'typescript';

const root = join(__dirname, '..', '..', '..'); // out/test/unit -> repo
// The compiler is loaded from the repo at run time, not bundled into this test.
const ts = createRequire(join(root, 'package.json'))('typescript') as typeof import('typescript');

export interface ImportEdge {
  from: string;
  /** A repo-relative source file for a relative import, else the package name as written. */
  to: string;
  typeOnly: boolean;
  line: number;
}

/** The imports of one file's text: `import`, `export … from`, `import type`, `import('…')`, `require('…')`. */
export function importsOf(file: string, text: string): ImportEdge[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: ImportEdge[] = [];
  const add = (spec: TS.Expression | undefined, typeOnly: boolean) => {
    if (!spec || !ts.isStringLiteralLike(spec)) return;
    const line = sf.getLineAndCharacterOfPosition(spec.getStart(sf)).line + 1;
    out.push({ from: file, to: resolveSpecifier(file, spec.text), typeOnly, line });
  };
  const visit = (node: TS.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const c = node.importClause;
      const allTypes = !!c && (c.isTypeOnly || (!c.name && !!c.namedBindings && ts.isNamedImports(c.namedBindings)
        && c.namedBindings.elements.length > 0 && c.namedBindings.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier, allTypes);
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal as TS.Expression, true);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1
      && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      add(node.arguments[0], false);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node.isTypeOnly);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** `./x` from src/a/b.ts is src/a/x.ts (or src/a/x/index.ts); a package stays as written. */
function resolveSpecifier(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const base = posix.normalize(posix.join(posix.dirname(from), spec));
  for (const candidate of [`${base}.ts`, `${base}.d.ts`, `${base}/index.ts`, base]) {
    if (existsSync(join(root, candidate)) && statSync(join(root, candidate)).isFile()) return candidate;
  }
  return `${base}.ts`;
}

type Layer = 'core' | 'server' | 'extension' | 'cli' | 'webview' | 'renderer' | 'protocol' | 'other';

function layerOf(path: string): Layer {
  if (path === 'src/protocol.ts') return 'protocol';
  const m = /^src\/(core|server|extension|cli|webview|renderer)\//.exec(path);
  return m ? (m[1] as Layer) : 'other';
}

const LSP_SERVER = /^vscode-languageserver(?:\/|$)/;
const LSP_CLIENT = /^vscode-languageclient(?:\/|$)/;
const VSCODE = /^vscode$/;
const DISK_OR_PROCESS = /^(?:node:)?(?:fs|fs\/promises|child_process)$/;

/** Core files that touch the disk themselves, and why a host is not passed in (yet). */
export const CORE_DISK: Record<string, string> = {
  'src/core/cache.ts': 'the content cache is a file of its own next to the work, written by the CLI and the server alike',
  'src/core/host/node.ts': "the file host of the Node faces (the CLI and the desktop server): Node's fs behind the core's host interface",
  'src/core/overview/script.ts': 'finds the built overview script beside the bundle that runs (a build artefact, not user data)',
};

/** What an edge breaks, or undefined when it is allowed. */
function ruleBroken(e: ImportEdge): string | undefined {
  const from = layerOf(e.from);
  const to = e.to.startsWith('src/') ? layerOf(e.to) : undefined;
  const pkg = e.to.startsWith('src/') ? undefined : e.to;
  const faces: Layer[] = ['server', 'extension', 'cli', 'webview', 'protocol'];
  switch (from) {
    case 'core':
      if (to && (faces.includes(to) || to === 'renderer')) return 'the core imports no face and no protocol';
      if (pkg && DISK_OR_PROCESS.test(pkg) && !(e.from in CORE_DISK)) return 'the core reads no disk and runs no process: pass a host or the text in';
      if (pkg && (VSCODE.test(pkg) || LSP_SERVER.test(pkg) || LSP_CLIENT.test(pkg))) return 'the core imports no vscode API and no LSP package';
      return undefined;
    case 'cli':
      if (to && to !== 'core' && to !== 'cli') return 'the CLI uses the core only';
      if (pkg && (VSCODE.test(pkg) || LSP_SERVER.test(pkg) || LSP_CLIENT.test(pkg))) return 'the CLI imports no vscode API and no LSP package';
      return undefined;
    case 'extension':
      if (to === 'renderer' && e.to !== 'src/renderer/protocol.ts') return 'the extension talks to the renderer through src/renderer/protocol.ts only';
      if (to === 'server' || to === 'cli' || to === 'webview') return 'the extension reaches the server only through src/protocol.ts and the language client';
      if (pkg && LSP_SERVER.test(pkg)) return 'the extension imports no language server package';
      if (pkg && LSP_CLIENT.test(pkg) && !e.typeOnly && !e.from.startsWith('src/extension/language/')) {
        return 'only src/extension/language/ loads the language client (elsewhere: its types, and getClient())';
      }
      return undefined;
    case 'server':
      if (to === 'extension' || to === 'cli' || to === 'webview' || to === 'renderer') return 'the server imports no other face';
      if (pkg && (VSCODE.test(pkg) || LSP_CLIENT.test(pkg))) return 'the server imports no vscode API and no language client';
      return undefined;
    case 'webview':
      if (to && to !== 'core' && to !== 'webview') return 'the webview uses the core only';
      if (pkg && (VSCODE.test(pkg) || LSP_SERVER.test(pkg) || LSP_CLIENT.test(pkg))) return 'the webview runs in a browser page: no vscode API, no LSP package';
      return undefined;
    case 'renderer':
      if (to && to !== 'core' && to !== 'renderer') return 'the renderer uses the core only';
      if (pkg && !/^markdown-it(?:\/|$)/.test(pkg)) return 'the renderer runs in the notebook page: the core and markdown-it only';
      return undefined;
    case 'protocol':
      if (!e.typeOnly) return 'the protocol holds names and types only: type-only imports';
      if (to && to !== 'core') return 'the protocol imports types from the core only';
      return undefined;
    default:
      return undefined;
  }
}

export function layerViolations(edges: readonly ImportEdge[]): string[] {
  return edges.flatMap((e) => {
    const broken = ruleBroken(e);
    return broken ? [`${e.from}:${e.line} imports ${e.to}: ${broken}`] : [];
  });
}

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    return statSync(join(root, rel)).isDirectory() ? sources(rel) : /\.ts$/.test(rel) ? [rel] : [];
  });
}

function graph(): ImportEdge[] {
  return sources('src').flatMap((f) => importsOf(f, readFileSync(join(root, f), 'utf8')));
}

describe('layers', () => {
  const edges = graph();

  it('reads the whole import graph, type-only imports and import() types included', () => {
    assert.ok(edges.length > 500, `only ${edges.length} imports found`);
    const planted = importsOf('src/extension/x.ts', [
      "import type { A } from '../server/views';",
      "import { type B, type C } from './y';",
      "import { D, type E } from './z';",
      "export { F } from '../core/model';",
      "type G = import('../server/checker').IncrementalChecker;",
      "const h = require('vscode-languageserver/node');",
    ].join('\n'));
    assert.deepEqual(planted.map((e) => [e.to, e.typeOnly]), [
      ['src/server/views.ts', true], ['src/extension/y.ts', true], ['src/extension/z.ts', false],
      ['src/core/model.ts', false], ['src/server/checker.ts', true], ['vscode-languageserver/node', false],
    ]);
  });

  it('fails on a planted violation of each rule', () => {
    const plant = (file: string, line: string) => layerViolations(importsOf(file, line));
    const cases: [string, string][] = [
      ['src/core/planted.ts', "import { startServer } from '../server/server';"],
      ['src/core/planted.ts', "import * as vscode from 'vscode';"],
      ['src/core/planted.ts', "import type { StatsParams } from '../protocol';"],
      ['src/cli/planted.ts', "import type { JournalView } from '../server/views';"],
      ['src/cli/planted.ts', "import { activate } from '../extension/main';"],
      ['src/extension/planted.ts', "import { WorkspaceJournals } from '../server/workspace';"],
      ['src/extension/planted.ts', "type V = import('../server/views').JournalView;"],
      ['src/extension/views/planted.ts', "import { LanguageClient } from 'vscode-languageclient/node';"],
      ['src/server/planted.ts', "import { uiLang } from '../extension/views/ui-lang';"],
      ['src/server/planted.ts', "import * as vscode from 'vscode';"],
      ['src/webview/planted.ts', "import { STATS_REQUEST } from '../protocol';"],
      ['src/protocol.ts', "import { RULE_IDS } from './core/model';"],
      ['src/core/planted.ts', "import { readFileSync } from 'node:fs';"],
      ['src/core/planted.ts', "import { execFile } from 'child_process';"],
      ['src/core/planted.ts', "import { readFile } from 'fs/promises';"],
      ['src/renderer/planted.ts', "import * as vscode from 'vscode';"],
      ['src/renderer/planted.ts', "import { uiLang } from '../extension/views/ui-lang';"],
      ['src/extension/planted.ts', "import { goedwerkPlugin } from '../renderer/plugin';"],
      ['src/server/planted.ts', "import { VIEW_KEY } from '../renderer/protocol';"],
      ['src/cli/planted.ts', "import { VIEW_KEY } from '../renderer/protocol';"],
    ];
    for (const [file, line] of cases) {
      const found = plant(file, line);
      assert.equal(found.length, 1, `${file}: ${line} should break one rule, found: ${found.join('; ')}`);
      assert.ok(found[0].startsWith(`${file}:1 `), found[0]);
    }
  });

  it('allows what the layers are for', () => {
    const allowed: [string, string][] = [
      ['src/extension/overview/planted.ts', "import { STATS_REQUEST } from '../../protocol';"],
      ['src/extension/language/planted.ts', "import { LanguageClient } from 'vscode-languageclient/node';"],
      ['src/server/planted.ts', "import type { StatsParams } from '../protocol';"],
      ['src/cli/planted.ts', "import { checkText } from '../core/check';"],
      ['src/extension/overview/planted.ts', "import type { ProgressType } from 'vscode-languageclient';"],
      ['src/protocol.ts', "import type { TeamStats } from './core/stats';"],
      ['src/core/cache.ts', "import { readFileSync } from 'node:fs';"],
      ['src/core/planted.ts', "import { join } from 'node:path';"],
      ['src/extension/notebook/planted.ts', "import { VIEW_KEY } from '../../renderer/protocol';"],
      ['src/renderer/planted.ts', "import type MarkdownIt from 'markdown-it';"],
    ];
    for (const [file, line] of allowed) assert.deepEqual(layerViolations(importsOf(file, line)), [], `${file}: ${line}`);
  });

  it('holds in src/', () => {
    assert.deepEqual(layerViolations(edges), []);
  });

  it('lists in CORE_DISK only core files that exist and still touch the disk', () => {
    for (const file of Object.keys(CORE_DISK)) {
      assert.ok(edges.some((e) => e.from === file && DISK_OR_PROCESS.test(e.to)), `${file} no longer needs its exception`);
    }
  });
});
