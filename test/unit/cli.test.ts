// The built CLI (dist/cli.js) run as a user runs it: a real node process on real files in a temp folder.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TWO_CORE_THRESHOLD, workerCount, workerThreshold } from '../../src/cli/engine';
import { beeld, journal } from '../fixtures/journals';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist', 'cli.js');
const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

interface Run { code: number; stdout: string; stderr: string }

let cacheHome = '';

function run(cwd: string, args: string[], env: Record<string, string | undefined> = {}): Run {
  const base: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', XDG_CACHE_HOME: cacheHome };
  delete base.GOEDWERK_LANG;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env: { ...base, ...env }, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function json(r: Run): JsonFinding[] {
  return JSON.parse(r.stdout) as JsonFinding[];
}

interface JsonFinding {
  file: string; line: number; column: number; endLine: number; endColumn: number;
  severity: string; rule: string; message: string;
}

/** A complete journal (test/fixtures/journals.ts) with the frontmatter a coach's team writes. */
const COMPLETE = journal([beeld('Eerst de rust terug')],
  '---\nsituatie: paniek-bij-oma\ndatum: 2024-03-12\nauteur: Medewerker 7\ngesprek: een-op-een\ntags: [crisis]\n---\n');

/** A beeld without Kennis and Vrijheid and with a misspelt deugd: two warnings and an info at least. */
const INCOMPLETE = `---
datum: 2024-05-02
---

# Grenzen bewaken

## Kenmerkende ervaring

Een moeder belde op zondagavond naar mijn eigen nummer.

## Handelingen

Ik belde maandag terug, vanaf het werk.

## Identiteit

Ik ben bereikbaar, maar binnen werktijd.

## Deugden

- Gedult: wachten tot maandag.

## Uitwerking

Ik legde uit waarom ik niet in het weekend reageer.
`;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'goedwerk-cli-'));
}

function write(dir: string, rel: string, content: string | Uint8Array): string {
  const file = join(dir, rel);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/** Journals of every kind the checker meets: complete, incomplete, CRLF, BOM, setext, bad YAML, and so on. */
function variedCorpus(dir: string, count: number): void {
  for (let i = 0; i < count; i++) {
    let text = i % 2 ? COMPLETE : INCOMPLETE;
    if (i % 3 === 0) text = text.replace('## Identiteit', '## Identiteit\n\n<!-- nog invullen -->\n\n## Eigen kop');
    if (i % 5 === 0) text = text.replace('# ', 'Voorwoord.\n\n# ');
    if (i % 7 === 0) text = text.replace(/^# (.*)$/m, '$1\n===');
    if (i % 11 === 0) text = text.replace('datum:', 'datum: [\n');
    if (i % 4 === 0) text = text.replace(/\n/g, '\r\n');
    if (i % 9 === 0) text = '\ufeff' + text;
    write(dir, `team-${i % 4}/j-${String(i).padStart(3, '0')}.goedwerk.md`, text);
  }
}

describe('goedwerk CLI', function () {
  this.timeout(120_000);
  let dir: string;

  before(function () {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "node scripts/build.mjs" first`);
    cacheHome = tempDir();
  });
  after(() => rmSync(cacheHome, { recursive: true, force: true }));
  beforeEach(() => { dir = tempDir(); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('check: exit codes and output', () => {
    it('exits 0 and says so when no finding is an error or warning', () => {
      write(dir, 'team/ok.goedwerk.md', COMPLETE);
      const r = run(dir, ['check']);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /^1 bestand\(en\) gecontroleerd, geen bevindingen\.\n$/);
    });

    it('exits 1 and prints file:line:column: severity rule message, then a summary', () => {
      write(dir, 'team/a.goedwerk.md', INCOMPLETE);
      const r = run(dir, ['check', 'team']);
      assert.equal(r.code, 1);
      const lines = r.stdout.trimEnd().split('\n');
      const summary = lines.pop()!;
      assert.match(summary, /^1 bestand\(en\) gecontroleerd: 0 fout\(en\), [1-9]\d* waarschuwing\(en\), \d+ info, \d+ hint\(s\)\.$/);
      assert.ok(lines.length >= 3);
      for (const line of lines) assert.match(line, /^team\/a\.goedwerk\.md:\d+:\d+: (error|warning|info|hint) [a-z0-9-]+ \S.*$/);
      assert.ok(lines.some((l) => /^team\/a\.goedwerk\.md:5:1: warning element-ontbreekt .*Kennis/.test(l)), r.stdout);
      assert.ok(lines.some((l) => /:21:3: info deugd-onbekend .*Geduld/.test(l)), r.stdout);
    });

    it('prints a JSON array with 1-based positions and paths relative to the working folder', () => {
      write(dir, 'team/sub/a.goedwerk.md', INCOMPLETE);
      write(dir, 'team/ok.goedwerk.md', COMPLETE);
      const r = run(join(dir, 'team'), ['check', '--format', 'json', '.']);
      assert.equal(r.code, 1);
      const findings = json(r);
      assert.ok(findings.length >= 3);
      for (const f of findings) {
        assert.deepEqual(Object.keys(f).sort(), ['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'rule', 'severity']);
        assert.equal(f.file, 'sub/a.goedwerk.md');
        assert.ok(Number.isInteger(f.line) && f.line >= 1 && Number.isInteger(f.column) && f.column >= 1);
        assert.ok(f.endLine > f.line || (f.endLine === f.line && f.endColumn >= f.column));
        assert.ok(['error', 'warning', 'info', 'hint'].includes(f.severity));
        assert.ok(f.message.length > 0);
      }
      const kennis = findings.find((f) => f.rule === 'element-ontbreekt' && /Kennis/.test(f.message));
      assert.deepEqual(kennis && [kennis.line, kennis.column], [5, 1]);
      assert.equal(run(dir, ['check', '--format', 'json', 'team/ok.goedwerk.md']).stdout, '[]\n');
    });

    it('exits 2 with one line on stderr and no stack trace for a missing path', () => {
      write(dir, 'a.goedwerk.md', COMPLETE);
      const r = run(dir, ['check', 'a.goedwerk.md', 'nergens']);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, 'goedwerk: pad bestaat niet: nergens\n');
    });

    for (const [args, pattern] of [
      [['check', '--bogus'], /onbekende optie --bogus/],
      [['check', '--format', 'xml'], /ongeldige waarde "xml" voor --format/],
      [['check', '--format'], /optie --format verwacht een waarde/],
      [['check', '--jobs', 'veel'], /ongeldige waarde "veel" voor --jobs/],
      [['controleer'], /onbekend commando "controleer"/],
      [['new', 'a', 'b'], /onverwacht argument "b"/],
      [['--lang', 'de', 'check'], /ongeldige waarde "de" voor --lang|onbekende optie/],
    ] as [string[], RegExp][]) {
      it(`exits 2 on a usage error: goedwerk ${args.join(' ')}`, () => {
        const r = run(dir, args);
        assert.equal(r.code, 2, r.stdout + r.stderr);
        assert.match(r.stderr, /^goedwerk: [^\n]+\n$/);
        assert.match(r.stderr, pattern);
        assert.doesNotMatch(r.stderr, /\n\s+at /);
      });
    }

    it('speaks English with --lang en, GOEDWERK_LANG=en or an English locale', () => {
      write(dir, 'ok.goedwerk.md', COMPLETE);
      const english = /^1 file\(s\) checked, no findings\.\n$/;
      assert.match(run(dir, ['check', '--lang', 'en']).stdout, english);
      assert.match(run(dir, ['--lang=en', 'check']).stdout, english);
      assert.match(run(dir, ['check'], { GOEDWERK_LANG: 'en' }).stdout, english);
      assert.match(run(dir, ['check'], { LANG: 'en_GB.UTF-8' }).stdout, english);
      assert.match(run(dir, ['check'], { LANG: 'de_DE.UTF-8' }).stdout, /geen bevindingen/);
      assert.match(run(dir, ['check', 'x'], { LANG: 'en_US.UTF-8' }).stderr, /^goedwerk: path does not exist: x\n$/);
    });

    it('prints help and the version', () => {
      const help = run(dir, ['--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /goedwerk check/);
      assert.match(run(dir, ['check', '--help'], { LANG: 'en_US.UTF-8' }).stdout, /--cache-location/);
      assert.equal(run(dir, ['--version']).stdout, `${VERSION}\n`);
    });

    it('walks folders for *.goedwerk.md only, skipping node_modules and .git, in a stable order', () => {
      write(dir, 'b/x.goedwerk.md', INCOMPLETE);
      write(dir, 'a/y.goedwerk.md', INCOMPLETE);
      write(dir, 'a/notes.md', INCOMPLETE);
      write(dir, 'node_modules/pkg/z.goedwerk.md', INCOMPLETE);
      write(dir, '.git/w.goedwerk.md', INCOMPLETE);
      const files = [...new Set(json(run(dir, ['check', '--format', 'json'])).map((f) => f.file))];
      assert.deepEqual(files, ['a/y.goedwerk.md', 'b/x.goedwerk.md']);
      // A file named on the command line is checked even without the suffix.
      assert.deepEqual([...new Set(json(run(dir, ['check', '--format', 'json', 'a/notes.md'])).map((f) => f.file))], ['a/notes.md']);
    });

    it('never writes to a journal', () => {
      const files = [write(dir, 'a.goedwerk.md', INCOMPLETE), write(dir, 'b.goedwerk.md', INCOMPLETE.replace(/\n/g, '\r\n'))];
      const before = files.map((f) => [readFileSync(f, 'latin1'), statSync(f).mtimeMs]);
      run(dir, ['check', '--cache', '--cache-location', '.goedwerk-cache']);
      assert.deepEqual(files.map((f) => [readFileSync(f, 'latin1'), statSync(f).mtimeMs]), before);
    });
  });

  describe('check: odd input never crashes', () => {
    it('reports a binary file as an error finding', () => {
      write(dir, 'plaatje.goedwerk.md', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00]));
      write(dir, 'ok.goedwerk.md', COMPLETE);
      const r = run(dir, ['check', '--format', 'json']);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stderr, '');
      const [f, ...rest] = json(r);
      assert.equal(rest.length, 0);
      assert.deepEqual([f.file, f.rule, f.severity, f.line], ['plaatje.goedwerk.md', 'bestand-binair', 'error', 1]);
    });

    it('reports a file that is not UTF-8 and still checks it', () => {
      write(dir, 'cafe.goedwerk.md', Buffer.from(COMPLETE.replace('Eerst de rust terug', 'Caf\u00e9 de rust'), 'latin1'));
      const findings = json(run(dir, ['check', '--format', 'json']));
      assert.deepEqual(findings.map((f) => f.rule), ['bestand-codering']);
      assert.equal(findings[0].severity, 'warning');
    });

    it('reports invalid YAML at its line and checks the rest of the file', () => {
      write(dir, 'yaml.goedwerk.md', COMPLETE.replace('datum: 2024-03-12', 'datum: [2024-03-12'));
      const r = run(dir, ['check', '--format', 'json']);
      assert.equal(r.code, 1);
      const bad = json(r).find((f) => f.rule === 'frontmatter-ongeldig');
      assert.ok(bad, r.stdout);
      assert.equal(bad.severity, 'error');
      assert.ok(bad.line >= 2 && bad.line <= 7, String(bad.line));
    });

    it('gives the same findings for CRLF and BOM files as for plain LF', () => {
      write(dir, 'lf/a.goedwerk.md', INCOMPLETE);
      write(dir, 'crlf/a.goedwerk.md', INCOMPLETE.replace(/\n/g, '\r\n'));
      write(dir, 'bom/a.goedwerk.md', '\ufeff' + INCOMPLETE.replace(/\n/g, '\r\n'));
      const strip = (r: Run) => json(r).map(({ file, ...rest }) => (void file, rest));
      const lf = strip(run(dir, ['check', '--format', 'json', 'lf']));
      assert.ok(lf.length >= 3);
      assert.deepEqual(strip(run(dir, ['check', '--format', 'json', 'crlf'])), lf);
      assert.deepEqual(strip(run(dir, ['check', '--format', 'json', 'bom'])), lf);
    });

    it('survives empty files, folders named like journals and huge lines', () => {
      write(dir, 'leeg.goedwerk.md', '');
      mkdirSync(join(dir, 'map.goedwerk.md'));
      write(dir, 'map.goedwerk.md/echt.goedwerk.md', COMPLETE);
      write(dir, 'lang.goedwerk.md', '# ' + 'x'.repeat(200_000) + '\n');
      const r = run(dir, ['check', '--format', 'json']);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.stderr, '');
      // An empty journal holds no beeld yet, so nothing to judge; the folder is searched, not read.
      assert.deepEqual([...new Set(json(r).map((f) => f.file))], ['lang.goedwerk.md']);
      assert.match(run(dir, ['check']).stdout, /^3 bestand\(en\) gecontroleerd: /m);
    });
  });

  describe('check: team config', () => {
    it('applies the nearest .goedwerk.json', () => {
      write(dir, '.goedwerk.json', '{"rules": {"element-ontbreekt": "error"}}');
      write(dir, 'team/.goedwerk.json', '{"rules": {"element-ontbreekt": "off"}, "deugden": ["Gedult"]}');
      write(dir, 'team/a.goedwerk.md', INCOMPLETE);
      write(dir, 'ander/a.goedwerk.md', INCOMPLETE);
      const findings = json(run(dir, ['check', '--format', 'json']));
      const rules = (file: string) => findings.filter((f) => f.file === file).map((f) => `${f.rule}:${f.severity}`);
      assert.ok(rules('ander/a.goedwerk.md').includes('element-ontbreekt:error'));
      assert.ok(!rules('team/a.goedwerk.md').some((r) => r.startsWith('element-ontbreekt')));
      assert.ok(!rules('team/a.goedwerk.md').some((r) => r.startsWith('deugd-onbekend')));
    });

    it('reports a broken config once, against the config file, as an error', () => {
      write(dir, '.goedwerk.json', '{"rules": {"privacy": "loud"},');
      write(dir, 'a.goedwerk.md', COMPLETE);
      write(dir, 'sub/b.goedwerk.md', COMPLETE);
      const r = run(dir, ['check', '--format', 'json']);
      assert.equal(r.code, 1);
      const config = json(r).filter((f) => f.file === '.goedwerk.json');
      assert.ok(config.length >= 1);
      assert.ok(config.every((f) => f.rule === 'config-ongeldig' && f.severity === 'error'));
      assert.equal(json(r).length, config.length, 'the journals themselves are fine');
      const text = run(dir, ['check']);
      assert.match(text.stdout, /^\.goedwerk\.json:1:\d+: error config-ongeldig /m);
    });
  });

  describe('check --cache', () => {
    it('gives identical output warm and cold, and notices a changed file', () => {
      variedCorpus(dir, 24);
      const cold = run(dir, ['check', '--cache', '--cache-location', '.goedwerk-cache']);
      assert.equal(readdirSync(join(dir, '.goedwerk-cache')).filter((f) => f.endsWith('.json')).length, 1);
      const warm = run(dir, ['check', '--cache', '--cache-location', '.goedwerk-cache'], { GOEDWERK_TRACE: '1' });
      assert.equal(warm.code, cold.code);
      assert.equal(warm.stdout, cold.stdout);
      assert.equal(warm.stderr, 'goedwerk: 24 uit de cache, 0 in worker threads, 0 in de hoofdthread\n');
      assert.equal(run(dir, ['check']).stdout, cold.stdout, 'the cache changes nothing');
      writeFileSync(join(dir, 'team-1/j-001.goedwerk.md'), INCOMPLETE);
      const changed = run(dir, ['check', '--cache', '--cache-location', '.goedwerk-cache'], { GOEDWERK_TRACE: '1' });
      assert.match(changed.stderr, /: 23 uit de cache, 0 in worker threads, 1 in de hoofdthread\n$/);
      assert.notEqual(changed.stdout, cold.stdout);
      assert.equal(changed.stdout, run(dir, ['check']).stdout);
    });

    it('keeps results per language and per team config', () => {
      write(dir, 'a.goedwerk.md', INCOMPLETE);
      const nl = run(dir, ['check', '--cache']);
      const en = run(dir, ['check', '--cache', '--lang', 'en']);
      assert.notEqual(en.stdout, nl.stdout);
      assert.equal(en.stdout, run(dir, ['check', '--lang', 'en']).stdout);
      write(dir, '.goedwerk.json', '{"rules": {"element-ontbreekt": "off"}}');
      assert.equal(run(dir, ['check', '--cache']).stdout, run(dir, ['check']).stdout);
    });

    it('stores the cache under XDG_CACHE_HOME by default', () => {
      const home = tempDir();
      try {
        write(dir, 'a.goedwerk.md', INCOMPLETE);
        run(dir, ['check', '--cache'], { XDG_CACHE_HOME: home });
        assert.equal(readdirSync(join(home, 'goedwerk')).length, 1);
      } finally {
        rmSync(home, { recursive: true, force: true });
      }
    });

    it('treats a corrupt cache as empty', () => {
      write(dir, 'a.goedwerk.md', INCOMPLETE);
      const cold = run(dir, ['check', '--cache-location', 'c']);
      const files = readdirSync(join(dir, 'c'));
      assert.ok(files.length > 0, 'the first run wrote a cache to corrupt');
      for (const f of files) writeFileSync(join(dir, 'c', f), '{"format": 1, "entr');
      const again = run(dir, ['check', '--cache-location', 'c'], { GOEDWERK_TRACE: '1' });
      assert.equal(again.stdout, cold.stdout);
      // Checked afresh, not answered from the broken file.
      assert.equal(again.stderr, 'goedwerk: 0 uit de cache, 0 in worker threads, 1 in de hoofdthread\n');
    });
  });

  describe('check on worker threads', () => {
    it('gives exactly the output of the single-threaded run, in the same order', () => {
      variedCorpus(dir, 60);
      write(dir, 'team-0/binair.goedwerk.md', Uint8Array.from([1, 0, 2]));
      const trace = { GOEDWERK_TRACE: '1' };
      for (const format of ['text', 'json']) {
        const single = run(dir, ['check', '--jobs', '0', '--format', format], trace);
        const pooled = run(dir, ['check', '--jobs', '2', '--format', format], trace);
        assert.equal(single.stderr, 'goedwerk: 0 uit de cache, 0 in worker threads, 61 in de hoofdthread\n');
        assert.equal(pooled.stderr, 'goedwerk: 0 uit de cache, 61 in worker threads, 0 in de hoofdthread\n');
        assert.equal(pooled.code, single.code);
        assert.equal(pooled.stdout, single.stdout);
      }
      assert.equal(json(run(dir, ['check', '--format', 'json'])).filter((f) => f.rule === 'bestand-binair').length, 1);
    });

    it('gives the same result in worker threads as in one thread', () => {
      for (let i = 0; i < 205; i++) write(dir, `f/${String(i).padStart(3, '0')}.goedwerk.md`, i % 2 ? COMPLETE : INCOMPLETE);
      const auto = run(dir, ['check', '--format', 'json', '--jobs', '2'], { GOEDWERK_TRACE: '1' });
      assert.match(auto.stderr, /: 0 uit de cache, 205 in worker threads, 0 in de hoofdthread\n$/);
      assert.equal(auto.stdout, run(dir, ['check', '--format', 'json', '--jobs', '0']).stdout);
      const few = run(join(dir, 'f'), ['check', '000.goedwerk.md', '001.goedwerk.md'], { GOEDWERK_TRACE: '1' });
      assert.match(few.stderr, /: 0 uit de cache, 0 in worker threads, 2 in de hoofdthread\n$/);
      assert.equal(new Set(json(auto).map((f) => f.file)).size, 103);
    });

    it('uses worker threads on its own only above the threshold', () => {
      const here = workerThreshold();
      if (Number.isFinite(here)) {
        assert.equal(workerCount(here, undefined), 0);
        assert.ok(workerCount(here + 1, undefined) >= 1);
      }
      assert.equal(workerCount(TWO_CORE_THRESHOLD, undefined, 2), 0);
      assert.equal(workerCount(TWO_CORE_THRESHOLD + 1, undefined, 2), 2);
      assert.equal(workerCount(TWO_CORE_THRESHOLD + 1, 0, 2), 0, '--jobs 0 wins');
      assert.equal(workerCount(10, 3), 3, '--jobs n wins');
    });

    it('chooses the threshold by the cores: none on one, fewer files the more cores, at most 4 workers', () => {
      assert.equal(workerCount(1_000_000, undefined, 1), 0, 'a worker on the only core only adds its start');
      assert.equal(workerThreshold(2), TWO_CORE_THRESHOLD);
      assert.ok(workerThreshold(3) < workerThreshold(2));
      assert.ok(workerThreshold(4) <= workerThreshold(3));
      assert.equal(workerThreshold(64), workerThreshold(4), 'no more than 4 workers, so no lower threshold');
      assert.ok(workerThreshold(4) >= 200, 'a pool never pays for a handful of files');
      assert.equal(workerCount(workerThreshold(8) + 1, undefined, 8), 4);
      assert.equal(workerCount(workerThreshold(3) + 1, undefined, 3), 3);
    });
  });

  describe('new', () => {
    it('writes a journal from the template and refuses to overwrite it', () => {
      const r = run(dir, ['new', '--situatie', 'paniek-bij-oma', 'mijn.goedwerk.md']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /mijn\.goedwerk\.md/);
      const text = readFileSync(join(dir, 'mijn.goedwerk.md'), 'utf8');
      assert.match(text, /^---\n[\s\S]*situatie: paniek-bij-oma[\s\S]*\n---\n/);
      assert.match(text, /^## Kenmerkende ervaring$/m);
      writeFileSync(join(dir, 'mijn.goedwerk.md'), 'eigen tekst');
      const again = run(dir, ['new', 'mijn.goedwerk.md']);
      assert.equal(again.code, 1);
      assert.match(again.stderr, /^goedwerk: bestand bestaat al/);
      assert.equal(readFileSync(join(dir, 'mijn.goedwerk.md'), 'utf8'), 'eigen tekst');
    });

    it('names the file after the date and situation by default, in the chosen language', () => {
      mkdirSync(join(dir, 'journals'));
      const r = run(dir, ['new', '--lang', 'en', '--situatie', 'wat-is-crisis', 'journals']);
      assert.equal(r.code, 0, r.stderr);
      const [name] = readdirSync(join(dir, 'journals'));
      assert.match(name, /^\d{4}-\d{2}-\d{2}-wat-is-crisis\.goedwerk\.md$/);
      assert.match(readFileSync(join(dir, 'journals', name), 'utf8'), /^## Characteristic experience$/m);
      assert.equal(run(dir, ['new']).code, 0);
      assert.ok(readdirSync(dir).some((f) => /^\d{4}-\d{2}-\d{2}-beeld\.goedwerk\.md$/.test(f)));
    });

    it('rejects an unknown situation and a missing folder (exit 2, nothing written)', () => {
      const bad = run(dir, ['new', '--situatie', 'bestaat-niet']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /^goedwerk: onbekende situatie "bestaat-niet"; bekende situaties: .*paniek-bij-oma/);
      assert.equal(run(dir, ['new', 'geen/map/x.goedwerk.md']).code, 2);
      assert.deepEqual(readdirSync(dir), []);
    });
  });

  describe('stats', () => {
    it('gives per-journal figures and totals as JSON', () => {
      write(dir, 'a.goedwerk.md', COMPLETE);
      write(dir, 'b.goedwerk.md', INCOMPLETE + '\n' + COMPLETE.replace(/^---[\s\S]*?---\n/, ''));
      write(dir, 'kapot.goedwerk.md', Uint8Array.from([0, 1, 2]));
      const r = run(dir, ['stats', '--format', 'json']);
      assert.equal(r.code, 0);
      assert.match(r.stderr, /kapot\.goedwerk\.md: overgeslagen/);
      const stats = JSON.parse(r.stdout);
      assert.deepEqual(stats.journals.map((j: { file: string }) => j.file), ['a.goedwerk.md', 'b.goedwerk.md']);
      assert.equal(stats.totals.journals, 2);
      assert.equal(stats.totals.beelden, 3);
      assert.equal(stats.totals.complete, 2);
      assert.deepEqual(stats.totals.elements, { handelingen: 3, kennis: 2, identiteit: 3, deugden: 3, vrijheid: 2 });
      assert.deepEqual([stats.totals.drieE.answered, stats.totals.drieE.open, stats.totals.drieE.missing], [2, 0, 1]);
      assert.deepEqual(stats.totals.drieE.answers.excellent, { ja: 2, nee: 0, deels: 0, open: 1 });
      assert.equal(stats.journals[0].beelden[0].drieE.energiek, 'ja');
      assert.deepEqual(stats.totals.deugden, { Geduld: 2, Moed: 2, Gedult: 1 });
      assert.deepEqual(stats.totals.perMonth, { '2024-03': 1, '2024-05': 2 });
      assert.ok(!stats.totals.unusedDeugden.includes('Geduld'));
      const b = stats.journals[1].beelden[0];
      assert.equal(b.title, 'Grenzen bewaken');
      assert.equal(b.elements.kennis, false);
      assert.ok(b.findings >= 3);
    });

    it('prints a readable table and the same figures with workers', () => {
      variedCorpus(dir, 20);
      const text = run(dir, ['stats']);
      assert.equal(text.code, 0);
      assert.match(text.stdout, /^Totaal: 20 journalen, \d+ beelden, waarvan \d+ compleet$/m);
      // Each E as an answer, not a tick count; and per E how often it was answered how.
      assert.match(text.stdout, / ja\/ja\/ja /);
      assert.doesNotMatch(text.stdout, /\d\/3/);
      assert.match(text.stdout, /^  Energiek +ja +\d+ +nee +\d+ +deels +\d+ +open +\d+$/m);
      assert.match(text.stdout, /team-0\/j-000\.goedwerk\.md/);
      const pooled = run(dir, ['stats', '--jobs', '2'], { GOEDWERK_TRACE: '1' });
      assert.equal(pooled.stdout, text.stdout);
      assert.match(pooled.stderr, /: 0 uit de cache, 20 in worker threads, 0 in de hoofdthread\n$/);
      assert.equal(run(dir, ['stats', '--jobs', '2', '--format', 'json']).stdout, run(dir, ['stats', '--format', 'json']).stdout);
    });

    it('writes one self-contained HTML page with --format html', () => {
      write(dir, 'a.goedwerk.md', COMPLETE);
      const r = run(dir, ['stats', '--format', 'html']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^<!DOCTYPE html>/i);
      assert.match(r.stdout, /Eerst de rust terug/);
      assert.doesNotMatch(r.stdout, /<script[^>]+src=/i);
    });
  });
});
