#!/usr/bin/env node
// The notebook's core on a 5 MB journal (~1,300 beelden): bytes → cells (what opening the notebook
// costs before VS Code draws it), cells → bytes (what saving costs), the cell outline the status bar
// and the renderer read after each change, and the re-cut check after an edit. Aim: each under 150 ms.
// Times are medians of several runs in one process.
//
// Then a 50 KB journal opened as a notebook in a real VS Code (code-server in headless Chromium, the
// extension from dist/): from the moment the editor opens until its first cell's content shows. Aim:
// under 300 ms. Measured next to it, so the number can be read: the same for a one-cell .ipynb (VS
// Code's own cost of a notebook, no Goed Werk in it), and the time from the webview's frame being
// loaded to the content (the Markdown renderer, Goed Werk's renderer and the first cells: ours).
// Skipped when code-server or Chromium is not installed (scripts/code-server.mjs).
//
//   node scripts/bench-notebook.mjs [--no-editor]   prints the rows; `npm run bench` loads run() with the others.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigJournal } from './bench-corpus.mjs';
import { openInEditor } from './bench-notebook-editor.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const AIM_MS = 150;
const RUNS = 9;

/** The core is TypeScript: bundle just the modules the notebook uses, as plain node would load them. */
async function loadCore() {
  const outfile = join(root, 'out', 'bench', 'notebook-core.cjs');
  mkdirSync(dirname(outfile), { recursive: true });
  const entry = `export * from './src/core/cells'; export { cellsOutline } from './src/core/cellsOutline'; export { resyncCells } from './src/core/cellsSync';`;
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', outfile, logLevel: 'warning', absWorkingDir: root,
  });
  return createRequire(import.meta.url)(outfile);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median wall time, and median CPU time (which a busy machine disturbs less). */
function time(fn) {
  fn(); // warm up: the first call pays for JIT and lazy parsing
  const wall = [];
  const cpu = [];
  let result;
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    result = fn();
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: median(wall), cpu: median(cpu), result };
}

const round = (x) => Math.round(x * 10) / 10;

function row(name, t, note = '') {
  return { bench: 'notebook', name, value: round(t.ms), unit: 'ms', cpu: round(t.cpu), aim: `< ${AIM_MS} ms`, ok: t.ms < AIM_MS, note };
}

export async function run(ctx = {}) {
  const log = ctx.log ?? (() => {});
  const core = await loadCore();
  const { text, beelden } = bigJournal();
  const rows = [];
  for (const [label, body] of [['LF', text], ['CRLF + BOM', '\uFEFF' + text.replace(/\n/g, '\r\n')]]) {
    const bytes = new TextEncoder().encode(body);
    const mb = (bytes.length / 1048576).toFixed(1);
    log(`notebook: ${label} journal, ${mb} MB, ${beelden} beelden`);
    const open = time(() => core.decodeJournal(bytes));
    const { cells, meta } = open.result;
    const save = time(() => core.encodeJournal(cells, meta));
    const same = Buffer.compare(Buffer.from(save.result), Buffer.from(bytes)) === 0;
    if (!same) throw new Error(`bench-notebook: saving the unchanged ${label} journal changed its bytes`);
    const i = Math.floor(cells.length / 2);
    const edited = cells.map((c, j) => (j === i ? { ...c, value: c.value + ' (bewerkt)' } : c));
    const saveEdited = time(() => core.encodeJournal(edited, meta));
    const status = time(() => core.cellsOutline(cells));
    const resync = time(() => core.resyncCells(edited));
    const note = `${mb} MB, ${beelden} beelden, ${cells.length} cells`;
    rows.push(
      row(`open (bytes → cells), ${label}`, open, note),
      row(`save unchanged (cells → bytes, identical), ${label}`, save, note),
      row(`save after editing one cell, ${label}`, saveEdited, note),
      row(`cell outline for the status bar and the renderer, ${label}`, status, note),
      row(`re-cut check after an edit (cells follow the text), ${label}`, resync, note),
    );
  }
  const small = bigJournal(undefined, 50 * 1024);
  const smallBytes = new TextEncoder().encode(small.text);
  const smallOpen = time(() => core.cellsOutline(core.decodeJournal(smallBytes).cells));
  rows.push(row('open a 50 KB journal (bytes → cells, and their outline)', smallOpen, `${(smallBytes.length / 1024).toFixed(0)} KB, ${small.beelden} beelden`));
  if (ctx.editor !== false) rows.push(...(await openInEditor({ root, journal: small.text, log, runs: ctx.quick ? 2 : 5 })));
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await run({ log: console.log, editor: !process.argv.includes('--no-editor') });
  for (const r of rows) console.log(`${r.ok === false ? 'SLOW' : r.ok ? 'ok  ' : '    '} ${String(r.value).padStart(7)} ms${r.cpu !== undefined ? ` (cpu ${String(r.cpu).padStart(6)} ms)` : ''}  ${r.name}  (${r.note})`);
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}
