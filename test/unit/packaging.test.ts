// What ships in the .vsix and whether the package is ready for a gallery (the Marketplace, Open VSX):
// `vsce ls` lists what `vsce package` would take, with the same flags scripts/package.mjs uses, and a
// gallery package is built for real to see where its README points. The local package (the one a
// professional installs by hand) is installed through VS Code's own UI in test/ui/install.test.ts.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULE_IDS } from '../../src/core/model';
import { docLinks, headingSlugs } from './doc-links';

const root = join(__dirname, '..', '..', '..'); // out/test/unit -> repo
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsce = join(root, 'node_modules', '.bin', 'vsce');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** scripts/package.mjs is an ES module with import.meta; load it at run time rather than bundle it. */
type PackageScript = { vsixText(file: string, name: string): Promise<string | undefined>; vsixName(): string };
const packageScript = (): Promise<PackageScript> => import(pathToFileURL(join(root, 'scripts', 'package.mjs')).href);

// The Marketplace's categories (code.visualstudio.com/api/references/extension-manifest).
const CATEGORIES = ['Programming Languages', 'Snippets', 'Linters', 'Themes', 'Debuggers', 'Formatters', 'Keymaps',
  'SCM Providers', 'Other', 'Extension Packs', 'Language Packs', 'Data Science', 'Machine Learning', 'Visualization',
  'Notebooks', 'Education', 'Testing', 'AI', 'Chat'];

/** The README is a user's first page: the detail lives in docs/gebruik/ and docs/guide/. */
const README_MAX_BYTES = 12.5 * 1024;

// Pages other engineers write at the same time as the links to them; until they land, a link to one
// of these may point at nothing. Everything else must exist.
const WRITTEN_ELSEWHERE = new Set(['cli', 'privacy'].flatMap((p) => [`docs/gebruik/${p}.md`, `docs/guide/${p}.md`]));

function markdownFiles(dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = posix.join(dir, name);
    return statSync(join(root, rel)).isDirectory() ? markdownFiles(rel) : rel.endsWith('.md') ? [rel] : [];
  });
}

describe('packaging (.vsix)', function () {
  this.timeout(120_000);
  let listed: string[] = [];

  before(() => {
    const r = spawnSync(vsce, ['ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, `vsce ls failed:\n${r.stdout}${r.stderr}`);
    listed = r.stdout.split('\n').map((l) => l.trim()).filter((l) => l && !/^[=\s]|^(WARNING|ERROR|DONE)\b/.test(l));
  });

  it('ships the bundles, the rule pages and what they link to, the icons, README, licence and changelog', () => {
    const bundles = readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js')).map((f) => `dist/${f}`);
    assert.ok(bundles.includes('dist/extension.js'), 'dist/ is built (npm test builds it; by hand: node scripts/build.mjs)');
    const rules = readdirSync(join(root, 'docs', 'rules')).map((f) => `docs/rules/${f}`);
    const needed = [...bundles, ...rules, 'docs/format.md', 'README.md', 'CHANGELOG.md', 'LICENSE', 'media/icon.png',
      'package.nls.json', 'package.nls.nl.json', 'l10n/bundle.l10n.nl.json', 'snippets/goedwerk.code-snippets'];
    assert.deepEqual(needed.filter((f) => !listed.includes(f)), []);
  });

  it('has a page and a setting for every rule (a finding links to its page in the installed extension)', () => {
    const settings = pkg.contributes.configuration.properties;
    const missing = RULE_IDS.flatMap((id) => [
      ...(listed.includes(`docs/rules/${id}.md`) ? [] : [`docs/rules/${id}.md`]),
      ...(settings[`goedwerk.rules.${id}`] ? [] : [`goedwerk.rules.${id}`]),
    ]);
    assert.deepEqual(missing, []);
  });

  it('leaves out sources, tests, source maps, the developers\' docs, the user\'s guide and the screenshots', () => {
    const out = /^(src|test|out|scripts|samples|node_modules|test-results|\.ci|docs\/(dev|gebruik|guide)|media\/screenshots)\/|\.(ts|map|vsix)$|^CONTRIBUTING\.md$/;
    assert.deepEqual(listed.filter((f) => out.test(f)), []);
    assert.ok(listed.length > 20, `vsce ls listed ${listed.length} files`);
  });

  it('has what a Marketplace or Open VSX page needs: licence, repository, issues, banner, categories', () => {
    assert.match(pkg.version, /^\d+\.\d+\.\d+$/);
    assert.equal(pkg.license, 'MIT');
    assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /MIT License/);
    assert.match(pkg.repository?.url ?? '', /^https:\/\/\S+$/);
    assert.match(pkg.bugs?.url ?? '', /^https:\/\/\S+$/);
    assert.match(pkg.homepage ?? '', /^https:\/\/\S+$/);
    assert.match(pkg.galleryBanner?.color ?? '', /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(pkg.galleryBanner?.theme), 'galleryBanner.theme is dark or light');
    assert.deepEqual(pkg.categories.filter((c: string) => !CATEGORIES.includes(c)), []);
    assert.ok(pkg.keywords.length >= 1 && pkg.keywords.length <= 5, 'the Marketplace takes up to 5 keywords');
    assert.ok(pkg.publisher && pkg.displayName && pkg.description && pkg.icon);
  });

  it('has a changelog entry for this version, in both languages', () => {
    const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
    assert.match(changelog, new RegExp(`^## .*${pkg.version.replace(/\./g, '\\.')}`, 'm'));
    assert.match(changelog, /Nederlands/);
    assert.match(changelog, /English/);
  });

  /** Packages with scripts/package.mjs (no build) and resolves with the README inside. */
  async function packagedReadme(tmp: string, ...flags: string[]): Promise<{ readme: string; manifest: string }> {
    const out = join(tmp, `${flags.join('') || 'local'}.vsix`);
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'package.mjs'), '--no-build', ...flags, '--out', out], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, `package.mjs ${flags.join(' ')} failed:\n${r.stdout}${r.stderr}`);
    const { vsixText } = await packageScript();
    return { readme: (await vsixText(out, 'extension/readme.md'))!, manifest: (await vsixText(out, 'extension.vsixmanifest'))! };
  }

  const repository = pkg.repository.url.replace(/\.git$/, '');
  const relativeLinks = () => docLinks(readme).filter((l) => !/^[a-z][\w+.-]*:/i.test(l.url) && !l.url.startsWith('#'));

  it('a local package carries the README\'s pictures inline and links to the repository (for VS Code\'s page, offline)', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'goedwerk-local-'));
    try {
      const shipped = docLinks((await packagedReadme(tmp)).readme);
      const pictures = relativeLinks().filter((l) => l.image).length;
      assert.ok(pictures >= 6, 'the README shows the product and each install step');
      assert.equal(shipped.filter((l) => l.image && l.url.startsWith('data:image/png;base64,')).length, pictures);
      const links = shipped.filter((l) => !l.image && !l.url.startsWith('#'));
      assert.equal(links.filter((l) => l.url.startsWith(`${repository}/blob/HEAD/`)).length, relativeLinks().filter((l) => !l.image).length);
      assert.deepEqual(links.filter((l) => !l.url.startsWith('https://')).map((l) => l.url), []);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('a gallery package points every relative link and picture of the README at the repository', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'goedwerk-gallery-'));
    try {
      const { readme: shipped, manifest } = await packagedReadme(tmp, '--gallery');
      const links = docLinks(shipped).filter((l) => !l.url.startsWith('#') && !l.url.startsWith('mailto:'));
      assert.ok(links.length > 5);
      assert.deepEqual(links.filter((l) => !l.url.startsWith('https://')).map((l) => l.url), []);
      assert.deepEqual(links.filter((l) => l.image && !l.url.startsWith(`${repository}/raw/`)).map((l) => l.url), []);
      for (const id of ['Links.Source', 'Links.Support', 'Links.Learn', 'Branding.Color']) assert.match(manifest, new RegExp(`Services\\.${id}" Value="[^"]+"`), id);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('README (a user\'s first page)', () => {
  it(`stays short: at most ${README_MAX_BYTES} bytes`, () => {
    const bytes = Buffer.byteLength(readme);
    assert.ok(bytes <= README_MAX_BYTES, `README.md is ${bytes} bytes; move detail to docs/gebruik/ and docs/guide/`);
  });

  it('keeps the two commands and names the .vsix of this version', () => {
    assert.match(readme, /npm ci && npm start/);
    assert.match(readme, /npm test/);
    assert.ok(readme.includes(`goedwerk-${pkg.version}.vsix`), 'the install steps name the file CI builds');
    assert.match(readme, /Install from VSIX/);
  });

  it('speaks Dutch first, with English beside it, in every section', () => {
    const sections = readme.split(/^## /m).slice(1).map((s) => s.split('\n')[0]);
    assert.ok(sections.length >= 6);
    assert.deepEqual(sections.filter((h) => !h.includes(' / ')), [], 'each heading: "Nederlands / English"');
  });

  it('holds no <svg> (vsce refuses a README with one) and only images that exist', () => {
    assert.doesNotMatch(readme, /<svg/i);
    const images = docLinks(readme).filter((l) => l.image);
    assert.deepEqual(images.filter((l) => !/^\w+:/.test(l.url) && !existsSync(join(root, l.url))).map((l) => l.url), []);
    assert.deepEqual(images.filter((l) => !l.alt.trim()).map((l) => l.url), [], 'every image says what it shows');
  });
});

describe('documentation links', () => {
  const files = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...markdownFiles('docs')].filter((f) => existsSync(join(root, f)));
  const slugs = new Map<string, Set<string>>();
  const slugsOf = (file: string) => {
    if (!slugs.has(file)) slugs.set(file, headingSlugs(readFileSync(join(root, file), 'utf8')));
    return slugs.get(file)!;
  };

  it('every relative link and anchor in README, CONTRIBUTING, CHANGELOG and docs/ leads somewhere', () => {
    const broken: string[] = [];
    for (const file of files) {
      for (const link of docLinks(readFileSync(join(root, file), 'utf8'))) {
        if (/^\w[\w+.-]*:/.test(link.url)) continue; // https:, mailto:, command:
        const [target, anchor] = link.url.split('#');
        const rel = target ? posix.normalize(posix.join(posix.dirname(file), decodeURIComponent(target))) : file;
        if (!existsSync(join(root, rel))) {
          if (!WRITTEN_ELSEWHERE.has(rel)) broken.push(`${file}: ${link.url} (no ${rel})`);
          continue;
        }
        if (anchor && rel.endsWith('.md') && !slugsOf(rel).has(anchor)) broken.push(`${file}: ${link.url} (no heading #${anchor} in ${rel})`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it('the user\'s guide has each page in Dutch and in English, each linking to the other', () => {
    const pairs: [string, string][] = [['index', 'index'], ['editor', 'editor'], ['zijbalk', 'sidebar'], ['overzicht', 'overview'],
      ['instellingen', 'settings'], ['team', 'team'], ['feedback', 'feedback'], ['notebook', 'notebook']];
    const problems: string[] = [];
    for (const [nl, en] of pairs) {
      const nlFile = `docs/gebruik/${nl}.md`;
      const enFile = `docs/guide/${en}.md`;
      for (const [from, to] of [[nlFile, enFile], [enFile, nlFile]]) {
        if (!existsSync(join(root, from))) { problems.push(`${from} is missing`); continue; }
        const targets = docLinks(readFileSync(join(root, from), 'utf8')).map((l) => posix.normalize(posix.join(posix.dirname(from), l.url.split('#')[0])));
        if (!targets.includes(to)) problems.push(`${from} does not link to ${to}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('the guide\'s index pages reach every page of the guide', () => {
    for (const dir of ['docs/gebruik', 'docs/guide']) {
      const index = `${dir}/index.md`;
      const targets = new Set(docLinks(readFileSync(join(root, index), 'utf8')).map((l) => posix.normalize(posix.join(dir, l.url.split('#')[0]))));
      const pages = [...markdownFiles(dir), ...[...WRITTEN_ELSEWHERE].filter((f) => dirname(f) === dir)];
      const unreached = [...new Set(pages)].filter((p) => p !== index && !targets.has(p));
      assert.deepEqual(unreached.map((p) => relative(dir, p)), [], `${index} links every page`);
    }
  });
});
