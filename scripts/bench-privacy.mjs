#!/usr/bin/env node
// How well the privacy rule finds what it should: recall per kind and precision on the labelled corpus
// (test/fixtures/privacy-corpus), tuned and held-out parts apart, and the false alarms on the clean
// journals. Aims: names recall ≥ 0.90 at precision ≥ 0.90; structured identifiers recall ≥ 0.97;
// schools and institutions recall ≥ 0.80; no finding on the clean journals. Also times loading the
// lexicon, which must stay under 30 ms.
//
//   node scripts/bench-privacy.mjs [--misses]   (--misses lists what the tuned part missed or over-found;
//                                                the held-out part is never listed, so it stays unseen)
//   `npm run bench` loads run() with the other sections.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPrivacyCore } from './privacy-core.mjs';
import { KINDS, corpusFiles, finderOf, scoreFiles } from './privacy-score.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function aimsOf(score, part) {
  const rows = [
    { name: `${part}: names recall`, value: score.names.recall, aim: '≥ 0.90', ok: score.names.recall >= 0.9 },
    { name: `${part}: names precision`, value: score.names.precision, aim: '≥ 0.90', ok: score.names.precision >= 0.9 },
    { name: `${part}: structured identifiers recall`, value: score.structured.recall, aim: '≥ 0.97', ok: score.structured.recall >= 0.97 },
    { name: `${part}: structured identifiers precision`, value: score.structured.precision },
    { name: `${part}: schools and institutions recall`, value: score.institutions.recall, aim: '≥ 0.80', ok: score.institutions.recall >= 0.8 },
    { name: `${part}: schools and institutions precision`, value: score.institutions.precision },
    { name: `${part}: all kinds precision`, value: score.all.precision },
  ];
  for (const k of KINDS) {
    const s = score.perKind[k];
    if (s.labels) rows.push({ name: `${part}: ${k} recall (${s.found}/${s.labels})`, value: s.recall });
  }
  return rows.map((r) => ({ digits: 2, ...r }));
}

export async function run(ctx = {}) {
  const core = await loadPrivacyCore();
  const find = finderOf(core);
  // Loading the lexicon (decoding the filters, filling the sets) is what a start pays for it.
  const t0 = performance.now();
  core.lexicon();
  const firstUse = performance.now() - t0;
  const tune = scoreFiles(corpusFiles(root, 'tune'), find);
  const heldout = scoreFiles(corpusFiles(root, 'heldout'), find);
  const unseen = scoreFiles(corpusFiles(root, 'unseen'), find);
  const clean = scoreFiles(corpusFiles(root, 'clean'), find);
  ctx.log?.(`privacy: tuned ${tune.files} journals, held-out ${heldout.files}, unseen ${unseen.files}, clean ${clean.files}`);
  return [
    ...(ctx.measureRounds && ctx.corpus ? cost(ctx) : []),
    ...aimsOf(tune, 'tuned'),
    ...aimsOf(heldout, 'held-out'),
    ...aimsOf(unseen, 'unseen'),
    { name: 'clean journals: findings (false alarms)', value: clean.all.findings, aim: '0', ok: clean.all.findings === 0, digits: 0 },
    { name: 'lexicon load (in-process, first use)', value: firstUse, unit: 'ms', aim: '< 30', ok: firstUse < 30, digits: 1 },
  ];
}

/**
 * What the privacy rule costs `goedwerk check` cold on the 1,000-journal corpus: the same journals with
 * the rule on and (in a copy whose .goedwerk.json turns it off) off, alternated. Off still loads the
 * bundle with the lexicon in it, so the lexicon's load is measured apart (above). Aim: at most +15 %.
 */
function cost(ctx) {
  const dir = mkdtempSync(join(tmpdir(), 'goedwerk-bench-privacy-'));
  try {
    cpSync(ctx.corpus.j1k, join(dir, 'j1k'), { recursive: true });
    writeFileSync(join(dir, '.goedwerk.json'), JSON.stringify({ rules: { privacy: 'off' } }));
    const [on, off] = ctx.measureRounds([
      ctx.jobs.goedwerk('goedwerk check, 1k cold, privacy on', ['check', 'j1k']),
      { ...ctx.jobs.goedwerk('goedwerk check, 1k cold, privacy off', ['check', join(dir, 'j1k')]) },
    ], { runs: Math.max(ctx.runs, 5) });
    const wall = on.wall / off.wall - 1;
    const cpu = on.cpu / off.cpu - 1;
    return [
      { name: 'privacy rule: goedwerk check 1k cold, extra wall time', value: wall * 100, unit: '%', aim: '≤ 15', ok: wall <= 0.15, digits: 1 },
      { name: 'privacy rule: goedwerk check 1k cold, extra CPU time', value: cpu * 100, unit: '%', digits: 1 },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const rows = await run({ log: (m) => process.stderr.write(`${m}\n`) });
  for (const r of rows) {
    const v = Number.isFinite(r.value) ? r.value.toFixed(r.digits ?? 2) : String(r.value);
    console.log(`${r.ok === false ? '✗' : r.ok ? '✓' : ' '} ${r.name.padEnd(52)} ${v}${r.unit ? ` ${r.unit}` : ''}${r.aim ? `  (aim ${r.aim})` : ''}`);
  }
  if (process.argv.includes('--misses')) {
    const core = await loadPrivacyCore();
    const find = finderOf(core);
    for (const part of ['tune', 'clean']) {
      const s = scoreFiles(corpusFiles(root, part), find);
      for (const m of s.misses) console.log(`miss  ${part} ${m.file.split('/').pop()} ${m.kind}: ${m.value}`);
      for (const a of s.alarms) console.log(`alarm ${part} ${a.file.split('/').pop()}:${a.line} ${a.kind}: ${a.value}`);
    }
  }
}
