// `goedwerk reflectie` run as a user runs it (the built dist/cli.js on a copy of the fixture journals),
// and the PDF it writes opened by poppler: pdftoppm must render the pages, pdftotext must show the totals.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { parseJournal } from '../../../src/core/parse';
import { extractSession } from '../../../src/core/reflectie/extract';
import { renderRecordPdf } from '../../../src/core/reflectie/pdf';
import { buildRecord } from '../../../src/core/reflectie/record';

const ROOT = resolve(__dirname, '../../../..');
const CLI = join(ROOT, 'dist', 'cli.js');
const RESULTS = join(process.env.GOEDWERK_UI_RESULTS ?? join(ROOT, 'test-results'), 'reflectie');
const PERIOD = ['--van', '2023-06-01', '--tot', '31-12-2024'];

interface Run { code: number; stdout: string; stderr: string; bytes: Buffer }

function run(cwd: string, args: string[], lang = 'nl_NL.UTF-8'): Run {
  const env = { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '', GOEDWERK_LANG: '' };
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), bytes: r.stdout };
}

function has(tool: string): boolean {
  return spawnSync(tool, ['-v'], { encoding: 'utf8' }).error === undefined;
}

/** poppler-utils from Debian, installed here only when the machine lacks it (CI lists it in .ci/run). */
function ensurePoppler(): void {
  if (has('pdftotext') && has('pdftoppm')) return;
  spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'poppler-utils'], { stdio: 'ignore', timeout: 300_000 });
  assert.ok(has('pdftotext') && has('pdftoppm'), 'poppler-utils (pdftotext, pdftoppm) is needed: apt-get install -y poppler-utils');
}

/** Share of dark pixels in a binary PGM (P5) image: a rendered page of text is far from blank. */
function inkOf(pgm: Buffer): number {
  const header = pgm.subarray(0, 64).toString('latin1');
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  assert.ok(m, 'a PGM image');
  const pixels = pgm.subarray(m[0].length);
  let dark = 0;
  for (const p of pixels) if (p < 128) dark++;
  return dark / pixels.length;
}

describe('reflectie: goedwerk reflectie and its PDF', function () {
  this.timeout(180_000);
  let dir: string;

  before(() => {
    ensurePoppler();
    dir = mkdtempSync(join(tmpdir(), 'gw-reflectie-cli-'));
    cpSync(join(ROOT, 'test', 'fixtures', 'reflectie'), dir, { recursive: true });
    mkdirSync(RESULTS, { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses to guess whose record it is when the journals are by several people', () => {
    const r = run(dir, ['reflectie', ...PERIOD]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /deze journalen zijn van 2 mensen .*--auteur/);
    assert.equal(r.stdout, '');
  });

  it('prints the record as text, warning first about what the privacy scanner left out', () => {
    const r = run(dir, ['reflectie', ...PERIOD, '--auteur', 'S. de Vries']);
    assert.equal(r.code, 1, 'privacy findings were masked');
    assert.match(r.stderr, /1 passage\(s\) die een persoon herkenbaar kunnen maken .*2024-09-03-moreel-beraad\.goedwerk\.md/);
    assert.match(r.stdout, /Uren reflectie die meetellen: 8 uur\n/);
    assert.match(r.stdout, /Intervisiegroep Noord\n/);
    assert.ok(!r.stdout.includes('06-12345678') && !r.stdout.includes('Collega'));
  });

  it('gives the same record as JSON as the core builds (the golden file)', () => {
    const r = run(dir, ['reflectie', ...PERIOD, '--author', 's. de vries', '--format', 'json']);
    const record = JSON.parse(r.stdout);
    const golden = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'reflectie', 'record.golden.json'), 'utf8'));
    assert.deepEqual({ ...record, auteur: 'S. de Vries' }, golden);
  });

  it('speaks English when asked, and checks its options', () => {
    const r = run(dir, ['--lang', 'en', 'reflectie', ...PERIOD, '--auteur', 'S. de Vries']);
    assert.match(r.stdout, /Hours of reflection that count: 8 hours\n/);
    assert.match(run(dir, ['reflectie', '--van', '30-2-2024']).stderr, /ongeldige datum "30-2-2024" voor --van/);
    assert.match(run(dir, ['reflectie', '--van', '2025-01-01', '--tot', '2024-01-01']).stderr, /--van \(2025-01-01\) ligt na --tot/);
    assert.match(run(dir, ['reflectie', '--format', 'docx']).stderr, /kies uit: text, json, html, pdf/);
    const over = run(dir, ['reflectie', ...PERIOD, '--auteur', 'S. de Vries', '-o', '2024-02-06-intervisie.goedwerk.md']);
    assert.equal(over.code, 2);
    assert.match(readFileSync(join(dir, '2024-02-06-intervisie.goedwerk.md'), 'utf8'), /^---\ndatum: 2024-02-06/, 'the journal is untouched');
    assert.match(run(dir, ['reflectie', '--help']).stdout, /--format text\|json\|html\|pdf/);
  });

  it('writes a PDF that poppler renders, with the totals and the Dutch letters in its text', () => {
    const pdf = join(dir, 'verslag.pdf');
    const r = run(dir, ['reflectie', ...PERIOD, '--auteur', 'S. de Vries', '--format', 'pdf', '-o', 'verslag.pdf']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /Reflectieverslag geschreven: verslag\.pdf \(8 uur in 6 sessie\(s\)\)/);
    assert.equal(readFileSync(pdf).subarray(0, 5).toString('latin1'), '%PDF-');
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.equal(text.status, 0, text.stderr);
    for (const line of [/Uren reflectie die meetellen\s+8 uur/, /Sessies die meetellen\s+6/, /Totaal van deze reeks: 4,25 uur in 3 sessie\(s\)\./,
      /Ruimte maken: reëel, geïnspireerd, één stap/, /Casuïstiekbespreking/, /Technisch-instrumenteel/, /Normatief/, /Persoonlijk/,
      /CONCEPT: DE DRIE DIMENSIES/, /S\. de Vries/, /Pagina 1 van \d/, /slow down -> step by step, like climbing a dag\./]) {
      assert.match(text.stdout, line);
    }
    assert.ok(!text.stdout.includes('06-12345678') && !text.stdout.includes('Collega'), 'no masked value, no other author');
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
    assert.match(info.stdout, /Pages:\s+[3-9]/);
    assert.match(info.stdout, /Title:\s+Reflectieverslag — S\. de Vries/);
    const png = spawnSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', pdf, join(RESULTS, 'reflectieverslag')], { encoding: 'utf8' });
    assert.equal(png.status, 0, png.stderr);
    assert.ok(statSync(join(RESULTS, 'reflectieverslag-1.png')).size > 20_000, 'a page with content');
    const gray = spawnSync('pdftoppm', ['-r', '40', '-gray', '-f', '1', '-l', '1', pdf], { maxBuffer: 16 * 1024 * 1024 });
    const ink = inkOf(gray.stdout);
    assert.ok(ink > 0.01 && ink < 0.3, `ink ${ink}: text on a white page`);
  });

  it('writes a PDF to a pipe, and an HTML page to a file', () => {
    const piped = run(dir, ['reflectie', ...PERIOD, '--auteur', 'S. de Vries', '--format', 'pdf']);
    assert.equal(piped.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    run(dir, ['reflectie', ...PERIOD, '--auteur', 'S. de Vries', '--format', 'html', '-o', 'verslag.html']);
    const html = readFileSync(join(dir, 'verslag.html'), 'utf8');
    assert.match(html, /<title>Reflectieverslag — S\. de Vries<\/title>/);
    assert.ok(!/<script/i.test(html) && !html.includes('06-12345678'));
    assert.ok(existsSync(join(dir, 'verslag.html')));
  });

  it('never throws on text the standard fonts cannot hold, nor on an empty record', async () => {
    const odd = '---\ndatum: 2024-02-01\nvorm: coaching\nduur: 60\nreeks: "Reeks 🌱 ☕"\n---\n\n# 漢字 en emoji 🎉 → ✓\n\n## Handelingen\n\n'
      + `łódź ğ Ω ${'x'.repeat(400)}\n`;
    const record = buildRecord([extractSession(parseJournal(odd), 'odd.goedwerk.md', { privacy: true })], { van: '2024-01-01', tot: '2024-12-31' });
    for (const [name, r] of [['odd', record], ['empty', buildRecord([], { van: '2024-01-01', tot: '2024-12-31' })]] as const) {
      const file = join(dir, `${name}.pdf`);
      writeFileSync(file, await renderRecordPdf(r, 'en'));
      const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      assert.equal(text.status, 0, text.stderr);
      assert.match(text.stdout, /Hours of reflection that count/);
      if (name === 'odd') assert.match(text.stdout, /lódz g \?/, 'base letters where WinAnsi has none, a question mark where there is none');
      if (name === 'odd') assert.match(text.stdout, /emoji \? -> v/);
      else assert.match(text.stdout, /No reflection sessions in this period/);
    }
  });
});
