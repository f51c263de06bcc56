#!/usr/bin/env node
// Packages the extension as goedwerk-<version>.vsix with @vscode/vsce, then checks what went in.
//
//   node scripts/package.mjs                  production build, then package (npm run package)
//   node scripts/package.mjs --no-build       package the dist/ that is already there
//   node scripts/package.mjs --out <file>     write the .vsix elsewhere
//   node scripts/package.mjs --out-dir <dir>  write <dir>/goedwerk-<version>.vsix (CI: test-results/)
//   node scripts/package.mjs --gallery        for the Marketplace or Open VSX (see below)
//   node scripts/package.mjs --install-check  then install it into a throw-away code-server profile
//
// Everything the extension runs is bundled into dist/, so vsce runs with --no-dependencies and the
// .vscodeignore whitelist decides the rest. The check below fails loudly when a change there would
// ship a broken extension (no dist/extension.js or one of its chunks) or leak sources and node_modules into it.
//
// Two kinds of package, differing only in the README's relative links and images.
// VS Code's page of an installed extension resolves no relative path (microsoft/vscode#43173), takes
// images from https: and data: only, and follows only http(s) links. So:
// - local (the default: `npm start`, the UI tests, the .vsix CI keeps for installing by hand): the
//   packaged README carries its pictures inline, as data: URIs, so that page shows them offline, and
//   its relative links point at the repository of package.json (blob/HEAD), so they open in a browser.
//   The repository's README.md itself stays as it is; the packaged copy is written to out/package/.
// - gallery (the Marketplace, Open VSX: their pages have no files of ours): vsce's own rewriting points
//   relative links at blob/HEAD and images at raw/HEAD of the repository.
// Either way media/screenshots/ need not ship (see .vscodeignore).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from './code-server.mjs';
import { EXTENSION_CHUNKS, EXTENSION_ENTRY } from './bundles.mjs';

const require = createRequire(import.meta.url);

const manifest = () => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
export const version = () => manifest().version;
export const vsixName = () => `goedwerk-${version()}.vsix`;
export const defaultVsix = () => join(root, vsixName());
/** How code-server and VS Code name the installed extension: publisher.name@version. */
export const extensionId = () => `${manifest().publisher}.${manifest().name}@${version()}`;

// The activation bundle and every chunk it requires later: a missing chunk breaks a view or the server.
const REQUIRED = ['extension/package.json', ...[EXTENSION_ENTRY, ...EXTENSION_CHUNKS].map((b) => `extension/${b.out}`),
  'extension/dist/server.js', 'extension/media/icon.png', 'extension/LICENSE.txt', 'extension/readme.md', 'extension/changelog.md'];
// Sources, tests, the developers' docs and build leftovers are of no use to someone who installs it.
const FORBIDDEN = [/^extension\/(src|test|out|scripts|node_modules|samples|bench-corpus|\.vscode-test|test-results|\.ci)\//,
  /^extension\/docs\/(dev|gebruik|guide)\//, /^extension\/media\/screenshots\//, /\.map$/, /\.ts$/, /\.vsix$/, /^extension\/CONTRIBUTING\.md$/i];

function openZip(file) {
  const yauzl = require('yauzl'); // vsce's own zip reader
  return new Promise((res, rej) => yauzl.open(file, { lazyEntries: true }, (err, zip) => (err ? rej(err) : res(zip))));
}

/** Lists the entries of a .vsix (a zip). */
export async function vsixEntries(file) {
  const zip = await openZip(file);
  return new Promise((res, rej) => {
    const names = [];
    zip.on('entry', (e) => { names.push(e.fileName); zip.readEntry(); });
    zip.on('end', () => res(names));
    zip.on('error', rej);
    zip.readEntry();
  });
}

/** The text of one entry of a .vsix, e.g. 'extension/readme.md'; undefined when it is not there. */
export async function vsixText(file, name) {
  const zip = await openZip(file);
  return new Promise((res, rej) => {
    zip.on('entry', (e) => {
      if (e.fileName !== name) return zip.readEntry();
      zip.openReadStream(e, (err, stream) => {
        if (err) return rej(err);
        const chunks = [];
        stream.on('data', (c) => chunks.push(c));
        stream.on('end', () => { zip.close(); res(Buffer.concat(chunks).toString('utf8')); });
        stream.on('error', rej);
      });
    });
    zip.on('end', () => res(undefined));
    zip.on('error', rej);
    zip.readEntry();
  });
}

/** Pictures of a Markdown page that no extension page can show: relative paths (VS Code resolves none). */
export function relativeImages(markdown) {
  return [...markdown.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((m) => m[1]).filter(isRelative);
}

export async function checkVsix(file) {
  const names = await vsixEntries(file);
  const missing = REQUIRED.filter((n) => !names.includes(n));
  const leaked = names.filter((n) => FORBIDDEN.some((re) => re.test(n)));
  const unseen = names.includes('extension/readme.md') ? relativeImages(await vsixText(file, 'extension/readme.md')) : [];
  if (missing.length || leaked.length || unseen.length) {
    throw new Error(`${file} is not right:` +
      (missing.length ? `\n  missing: ${missing.join(', ')}` : '') +
      (leaked.length ? `\n  should not ship: ${leaked.slice(0, 20).join(', ')}${leaked.length > 20 ? ', ...' : ''}` : '') +
      (unseen.length ? `\n  README pictures no extension page can show (is the file there?): ${unseen.join(', ')}` : ''));
  }
  return names;
}

const IMAGE_TYPES = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif' };
const isRelative = (url) => !/^[a-z][\w+.-]*:/i.test(url) && !url.startsWith('#');

/** https://host/owner/name of package.json's repository, or undefined. */
export function repositoryBase() {
  const repo = manifest().repository;
  const url = typeof repo === 'string' ? repo : repo?.url;
  return url && /^https:\/\//.test(url) ? url.replace(/\.git$/, '').replace(/\/$/, '') : undefined;
}

/**
 * A Markdown page as the local package ships it: relative images inline (data: URIs), relative links
 * to the repository. `from` is the page's folder, relative to the repository.
 */
export function localMarkdown(text, from = '') {
  const base = repositoryBase();
  return text.replace(/(!?)\[([^\]]*)\]\(([^)\s]+)((?:\s+"[^"]*")?)\)/g, (all, bang, label, url, title) => {
    if (!isRelative(url)) return all;
    const [path, anchor] = url.split('#');
    const file = posix.normalize(posix.join(from, decodeURIComponent(path)));
    const type = IMAGE_TYPES[extname(file).toLowerCase()];
    if (bang && type && existsSync(join(root, file))) {
      return `${bang}[${label}](data:${type};base64,${readFileSync(join(root, file)).toString('base64')}${title})`;
    }
    if (!bang && base) return `[${label}](${base}/blob/HEAD/${file}${anchor ? `#${anchor}` : ''}${title})`;
    return all;
  });
}

/**
 * Writes the local package's README to out/package/; returns vsce's arguments for it. (vsce always
 * packs the file --readme-path names; the changelog has no pictures and keeps its links.)
 */
function localReadme(file) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, localMarkdown(readFileSync(join(root, 'README.md'), 'utf8')));
  return ['--readme-path', relative(root, file).split('\\').join('/')];
}

/** The arguments for `vsce package`; `pages` names the local package's README (see localReadme). */
export function vsceArgs({ out, gallery = false, pages = [] }) {
  const args = ['package', '--no-dependencies', '--out', out];
  if (!gallery) args.push('--no-rewrite-relative-links', ...pages);
  return args;
}

/** Builds (unless build=false) and packages; resolves with the .vsix path. */
export async function packageVsix({ build = true, out = defaultVsix(), quiet = false, gallery = false } = {}) {
  const stdio = quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit';
  if (build) {
    const b = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--production'], { cwd: root, stdio, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`production build failed\n${b.stdout ?? ''}${b.stderr ?? ''}`);
  }
  mkdirSync(dirname(out), { recursive: true });
  // A name of its own, so that two runs in one checkout (npm test, npm start) never share the file.
  const readme = join(root, 'out', 'package', `README-${process.pid}-${Date.now()}.md`);
  try {
    const pages = gallery ? [] : localReadme(readme);
    const vsce = spawnSync(join(root, 'node_modules', '.bin', 'vsce'), vsceArgs({ out, gallery, pages }), { cwd: root, stdio, encoding: 'utf8' });
    if (vsce.status !== 0) throw new Error(`vsce package failed\n${vsce.stdout ?? ''}${vsce.stderr ?? ''}`);
  } finally {
    rmSync(readme, { force: true });
  }
  await checkVsix(out);
  return out;
}

/** Installs the .vsix into a fresh code-server profile, as `code --install-extension` would, and removes it again. */
export async function installCheck(vsix) {
  const { ensureCodeServer, installVsix, profileDirs } = await import('./code-server.mjs');
  await ensureCodeServer({ quiet: true });
  const tmp = mkdtempSync(join(tmpdir(), 'goedwerk-install-check-'));
  try {
    const installed = installVsix(vsix, profileDirs(tmp));
    if (!installed.includes(extensionId())) throw new Error(`${vsix} did not install as ${extensionId()}: ${installed.join(', ') || 'nothing listed'}`);
    return installed;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const valueOf = (flag) => (argv.includes(flag) ? resolve(argv[argv.indexOf(flag) + 1]) : undefined);
  const outDir = valueOf('--out-dir');
  const out = valueOf('--out') ?? (outDir ? join(outDir, vsixName()) : undefined);
  packageVsix({ build: !argv.includes('--no-build'), out, gallery: argv.includes('--gallery') })
    .then(async (file) => {
      console.log(`packaged ${file}`);
      if (argv.includes('--install-check')) console.log(`installs as ${(await installCheck(file)).join(', ')}`);
    })
    .catch((e) => { console.error(e.message || e); process.exit(1); });
}
