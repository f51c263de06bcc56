// The booklet's words are not ours: this guard fails when any text we ship shares a run of seven
// consecutive words with the booklet. It reads what a user can read: the sources (their strings and
// comments), the walkthrough and media, the manifest strings (nls/, package.nls*.json, package.json),
// the l10n bundles, the snippets, the samples, the README, the CHANGELOG and every page under docs/.
// Facts may be repeated: the names the booklet lists one per line (the deugden, the elements) in any
// order, and the titles of its situations; both are cut out before runs are counted, as the team's
// own check before a stop does (/work/shared/hooks/before-stop).
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { SITUATIONS } from '../../src/core/content/situations';

const RUN = 7;
/** Folders scanned whole, and single files, relative to the repository. */
const SCANNED_DIRS = ['src', 'samples', 'snippets', 'docs', 'media', 'nls', 'l10n'];
const SCANNED_FILES = ['README.md', 'CHANGELOG.md', 'package.json', 'package.nls.json', 'package.nls.nl.json'];
const SCANNED_EXT = /\.(ts|json|md|svg|code-snippets|html|txt)$/;

function findRepoRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'src'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no repository root above ${from}`);
    dir = up;
  }
  return dir;
}

const repoRoot = findRepoRoot(__dirname);

/** The seed lies in a `shared/seed` folder next to the checkout, or next to a folder above it (a worktree). */
function findSeedDir(): string | undefined {
  for (let dir = repoRoot; ; dir = path.dirname(dir)) {
    const candidate = path.join(path.dirname(dir), 'shared', 'seed');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

const seedDir = findSeedDir();

export function words(text: string): string[] {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** The seed comes from a PDF: a word broken over two lines is joined again before counting. */
export function seedWords(text: string): string[] {
  return words(text.replace(/-[ \t]*\r?\n[ \t]*/g, ''));
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules') return [];
    return statSync(full).isDirectory() ? walk(full) : SCANNED_EXT.test(name) ? [full] : [];
  });
}

interface Seed { runs: Set<string>; listWords: Set<string> }

function loadSeed(): Seed | undefined {
  if (!seedDir) return undefined;
  const files = readdirSync(seedDir).filter((f) => f.endsWith('.txt'));
  if (files.length === 0) return undefined;
  const runs = new Set<string>();
  const listWords = new Set<string>();
  for (const f of files) {
    const text = readFileSync(path.join(seedDir, f), 'utf8');
    // A line of one or two words is a name in a list (a deugd, an element, a heading), not prose.
    for (const line of text.split(/\r?\n/)) {
      if (line.trim().split(/\s+/).length <= 2) for (const w of words(line)) listWords.add(w);
    }
    const w = seedWords(text);
    for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
  }
  return { runs, listWords };
}

/** The situation titles, as word sequences: names we repeat on purpose. */
const FACTS: string[][] = SITUATIONS.map((s) => words(s.title.nl)).filter((w) => w.length > 0);

/**
 * The text's words cut into pieces at every fact (a situation title): a run never reaches across one,
 * so a title is never counted, and neither are the words around it together with it.
 */
export function pieces(text: string, facts: readonly string[][] = FACTS): string[][] {
  const w = words(text);
  const out: string[][] = [];
  let piece: string[] = [];
  for (let i = 0; i < w.length;) {
    const fact = facts.find((f) => f.every((x, k) => w[i + k] === x));
    if (fact) {
      out.push(piece);
      piece = [];
      i += fact.length;
    } else {
      piece.push(w[i]);
      i++;
    }
  }
  out.push(piece);
  return out;
}

/** Every run of RUN words `text` shares with the seed, ignoring facts and runs of list names only. */
export function sharedRuns(text: string, seed: Seed): string[] {
  const found = new Set<string>();
  for (const w of pieces(text)) {
    for (let i = 0; i + RUN <= w.length; i++) {
      const run = w.slice(i, i + RUN);
      if (run.every((x) => seed.listWords.has(x))) continue;
      const key = run.join(' ');
      if (seed.runs.has(key)) found.add(key);
    }
  }
  return [...found];
}

export function sharedRun(text: string, seed: Seed): string | undefined {
  return sharedRuns(text, seed)[0];
}

export function shippedFiles(): string[] {
  return [
    ...SCANNED_DIRS.flatMap((d) => walk(path.join(repoRoot, d))),
    ...SCANNED_FILES.map((f) => path.join(repoRoot, f)).filter((f) => existsSync(f)),
  ];
}

describe('booklet words guard', function () {
  let seed: Seed | undefined;

  before(function () {
    seed = loadSeed();
    if (!seed) this.skip();
  });

  it('catches a sentence copied from the booklet, and lets our own words pass', function () {
    const s = seed!;
    // Taken from the seed itself, so the check stays honest whatever the seed holds.
    const text = readFileSync(path.join(seedDir!, readdirSync(seedDir!).find((f) => f.endsWith('.txt'))!), 'utf8');
    const copied = seedWords(text).slice(400, 408).join(' ');
    assert.ok(sharedRun(`Inleiding. ${copied.toUpperCase()} en verder.`, s), 'a copied passage of eight words is caught');
    assert.equal(sharedRun('Een beeld van goed werk is jouw eigen antwoord, in je eigen woorden geschreven.', s), undefined);
    // Seven list names in a row are facts, not prose.
    const names = [...s.listWords].filter((x) => x.length > 3).slice(0, RUN).join(' ');
    assert.equal(sharedRun(names, s), undefined);
  });

  it('lets the situation titles stand, but not a copied sentence next to one', function () {
    const s = seed!;
    const title = SITUATIONS.find((x) => words(x.title.nl).length >= RUN)!.title.nl;
    assert.equal(sharedRun(`Situatie: ${title}. Lees hem rustig.`, s), undefined, title);
    const text = readFileSync(path.join(seedDir!, readdirSync(seedDir!).find((f) => f.endsWith('.txt'))!), 'utf8');
    const copied = seedWords(text).slice(900, 910).join(' ');
    assert.ok(sharedRun(`${title} ${copied}`, s));
  });

  it('reads every kind of text we ship', function () {
    const rel = shippedFiles().map((f) => path.relative(repoRoot, f).split(path.sep).join('/'));
    for (const wanted of [/^src\/core\/content\/situations\.ts$/, /^media\/walkthrough\/.*\.md$/, /^media\/walkthrough\/.*\.svg$/,
      /^nls\/.*\.json$/, /^l10n\/.*\.json$/, /^package\.nls\.nl\.json$/, /^snippets\//, /^README\.md$/, /^docs\/rules\//]) {
      assert.ok(rel.some((f) => wanted.test(f)), `nothing scanned matches ${wanted}`);
    }
  });

  it(`finds no run of ${RUN} words shared with the booklet in any text we ship`, function () {
    const s = seed!;
    const offences = shippedFiles().flatMap((f) => {
      return sharedRuns(readFileSync(f, 'utf8'), s).map((run) => `${path.relative(repoRoot, f)}: "${run}"`);
    });
    assert.deepEqual(offences, [], `files repeat the booklet word for word:\n${offences.join('\n')}`);
  });
});
