// The booklet's words are not ours: this guard fails when any file we ship shares a run of nine
// consecutive words with the booklet. Names the booklet lists one per line (the deugden, the elements)
// are facts we may repeat in any order, so runs made only of those words don't count.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const RUN = 9;
const SCANNED_DIRS = ['src', 'samples', 'snippets', 'docs'];
const SCANNED_EXT = /\.(ts|json|md)$/;

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
const seedDir = path.join(repoRoot, '..', 'shared', 'seed');

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
  if (!existsSync(seedDir)) return undefined;
  const files = readdirSync(seedDir).filter((f) => f.endsWith('.txt'));
  if (files.length === 0) return undefined;
  const runs = new Set<string>();
  const listWords = new Set<string>();
  for (const f of files) {
    const text = readFileSync(path.join(seedDir, f), 'utf8');
    for (const line of text.split(/\r?\n/)) {
      const w = words(line);
      if (w.length === 1) listWords.add(w[0]);
    }
    const w = seedWords(text);
    for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
  }
  return { runs, listWords };
}

/** The first run of RUN words `text` shares with the seed, ignoring runs of list names only. */
export function sharedRun(text: string, seed: Seed): string | undefined {
  const w = words(text);
  for (let i = 0; i + RUN <= w.length; i++) {
    const run = w.slice(i, i + RUN);
    if (run.every((x) => seed.listWords.has(x))) continue;
    const key = run.join(' ');
    if (seed.runs.has(key)) return key;
  }
  return undefined;
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
    const text = readFileSync(path.join(seedDir, readdirSync(seedDir).find((f) => f.endsWith('.txt'))!), 'utf8');
    const copied = seedWords(text).slice(400, 420).join(' ');
    assert.ok(sharedRun(`Inleiding. ${copied.toUpperCase()} en verder.`, s), 'a copied passage is caught');
    assert.equal(sharedRun('Een beeld van goed werk is jouw eigen antwoord, in je eigen woorden geschreven.', s), undefined);
    // Nine list names in a row are facts, not prose.
    const names = [...s.listWords].filter((x) => x.length > 3).slice(0, RUN).join(' ');
    assert.equal(sharedRun(names, s), undefined);
  });

  it('finds no run of nine words shared with the booklet in src/, samples/, snippets/ or docs/', function () {
    const s = seed!;
    const files = SCANNED_DIRS.flatMap((d) => walk(path.join(repoRoot, d)));
    assert.ok(files.length > 0, 'there are files to check');
    const offences = files.flatMap((f) => {
      const run = sharedRun(readFileSync(f, 'utf8'), s);
      return run ? [`${path.relative(repoRoot, f)}: "${run}"`] : [];
    });
    assert.deepEqual(offences, [], `files repeat the booklet word for word:\n${offences.join('\n')}`);
  });
});
