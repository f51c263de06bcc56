#!/usr/bin/env node
// Packages the extension as goedwerk-<version>.vsix with @vscode/vsce, then checks what went in.
//
//   node scripts/package.mjs                production build, then package (npm run package)
//   node scripts/package.mjs --no-build     package the dist/ that is already there
//   node scripts/package.mjs --out <file>   write the .vsix elsewhere
//
// Everything the extension runs is bundled into dist/, so vsce runs with --no-dependencies and the
// .vscodeignore whitelist decides the rest. The check below fails loudly when a change there would
// ship a broken extension (no dist/extension.js or one of its chunks) or leak sources and node_modules into it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from './code-server.mjs';
import { EXTENSION_CHUNKS, EXTENSION_ENTRY } from './bundles.mjs';

const require = createRequire(import.meta.url);

export const version = () => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
export const defaultVsix = () => join(root, `goedwerk-${version()}.vsix`);

// The activation bundle and every chunk it requires later: a missing chunk breaks a view or the server.
const REQUIRED = ['extension/package.json', ...[EXTENSION_ENTRY, ...EXTENSION_CHUNKS].map((b) => `extension/${b.out}`), 'extension/media/icon.png', 'extension/LICENSE.txt'];
const FORBIDDEN = [/^extension\/(src|test|out|scripts|node_modules|samples|\.vscode-test|test-results)\//, /\.map$/, /\.ts$/];

/** Lists the entries of a .vsix (a zip) with yauzl, which vsce itself depends on. */
export function vsixEntries(file) {
  const yauzl = require('yauzl');
  return new Promise((res, rej) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return rej(err);
      const names = [];
      zip.on('entry', (e) => { names.push(e.fileName); zip.readEntry(); });
      zip.on('end', () => res(names));
      zip.on('error', rej);
      zip.readEntry();
    });
  });
}

export async function checkVsix(file) {
  const names = await vsixEntries(file);
  const missing = REQUIRED.filter((n) => !names.includes(n));
  const leaked = names.filter((n) => FORBIDDEN.some((re) => re.test(n)));
  if (missing.length || leaked.length) {
    throw new Error(`${file} is not right:` +
      (missing.length ? `\n  missing: ${missing.join(', ')}` : '') +
      (leaked.length ? `\n  should not ship: ${leaked.slice(0, 20).join(', ')}${leaked.length > 20 ? ', ...' : ''}` : ''));
  }
  return names;
}

/** Builds (unless build=false) and packages; resolves with the .vsix path. */
export async function packageVsix({ build = true, out = defaultVsix(), quiet = false } = {}) {
  const stdio = quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit';
  if (build) {
    const b = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--production'], { cwd: root, stdio, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`production build failed\n${b.stdout ?? ''}${b.stderr ?? ''}`);
  }
  // --no-rewrite-relative-links: README images stay relative and ship in media/, so the Extensions
  // view shows them offline; we have no public repository URL to point them at.
  const args = ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out];
  const vsce = spawnSync(join(root, 'node_modules', '.bin', 'vsce'), args, { cwd: root, stdio, encoding: 'utf8' });
  if (vsce.status !== 0) throw new Error(`vsce package failed\n${vsce.stdout ?? ''}${vsce.stderr ?? ''}`);
  await checkVsix(out);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const outAt = argv.indexOf('--out');
  packageVsix({ build: !argv.includes('--no-build'), out: outAt >= 0 ? resolve(argv[outAt + 1]) : undefined })
    .then((file) => console.log(`packaged ${file}`))
    .catch((e) => { console.error(e.message || e); process.exit(1); });
}
