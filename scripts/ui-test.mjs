#!/usr/bin/env node
// Runs the UI suites (out/test/ui/**/*.test.js, built from test/ui/) against one code-server that has
// the packaged extension installed, the way a user gets it. The suites drive it through
// test/ui/harness.ts, which reads the address and paths from the GOEDWERK_UI_* variables set here.
//
//   node scripts/ui-test.mjs [files...]   default: every out/test/ui/**/*.test.js
//     --dev          load the extension from the repo (extensionDevelopmentPath) instead of a .vsix
//     --vsix <file>  install this .vsix instead of packaging the current dist/
//     --grep <re>    only tests whose full title matches
//
// Suites named *.nl.test.ts run in a second code-server whose language is Dutch (see registerLocale in
// code-server.mjs): there the extension speaks Dutch, as it does for most of its users.
//
// Build first (`node scripts/build.mjs --tests`); `npm run test:ui` does both.
// Evidence: test-results/screenshots/, test-results/failures/, test-results/ui/code-server.log.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESKTOP_SETTINGS, ensureCodeServer, installVsix, profileDirs, root, startCodeServer } from './code-server.mjs';
import { packageVsix } from './package.mjs';
import { findTests, runMocha } from './run-mocha.mjs';

export const uiDir = join(root, 'out', 'test', 'ui');
const results = join(root, 'test-results');

const isDutch = (file) => /\.nl\.test\.js$/.test(file);

/** Resolves with { ran, tests, passes, failures, pending, error? }; never throws for red tests. */
export async function runUiSuites({ files = findTests(uiDir), dev = false, vsix, grep } = {}) {
  if (files.length === 0) return { ran: false, tests: 0, passes: 0, failures: 1, pending: 0, error: `no UI suites in ${uiDir}` };
  // Evidence of an older run would only mislead.
  for (const dir of ['failures', 'screenshots', 'ui']) rmSync(join(results, dir), { recursive: true, force: true });
  const tmp = mkdtempSync(join(tmpdir(), 'goedwerk-ui-test-'));
  try {
    await ensureCodeServer();
    // Package what was just built rather than rebuilding: this tests the .vsix contents themselves.
    if (!dev) vsix ??= await packageVsix({ build: false, out: join(tmp, 'goedwerk-test.vsix'), quiet: true });
    const passes = [
      { files: files.filter((f) => !isDutch(f)), locale: undefined, name: 'profile' },
      { files: files.filter(isDutch), locale: 'nl', name: 'profile-nl' },
    ].filter((p) => p.files.length > 0);
    let total;
    for (const pass of passes) {
      if (pass.locale) console.log(`\n  in a code-server whose language is ${pass.locale}:`);
      const r = await runPass({ ...pass, dev, vsix, grep, tmp });
      total = total ? addResults(total, r) : r;
      if (!r.ran) break;
    }
    return total;
  } catch (e) {
    console.error(e);
    return { ran: false, tests: 0, passes: 0, failures: 1, pending: 0, error: e.message || String(e) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function addResults(a, b) {
  return { ran: a.ran && b.ran, tests: a.tests + b.tests, passes: a.passes + b.passes, failures: a.failures + b.failures,
    pending: a.pending + b.pending, error: a.error ?? b.error };
}

/** One code-server with a fresh profile (in `locale` when given) for `files`. */
async function runPass({ files, locale, name, dev, vsix, grep, tmp }) {
  const profile = profileDirs(join(tmp, name));
  const logFile = join(results, 'ui', locale ? `code-server-${locale}.log` : 'code-server.log');
  let server;
  try {
    if (!dev) {
      const installed = installVsix(vsix, profile);
      if (!installed.some((e) => e.startsWith('goedwerk.goedwerk@'))) throw new Error(`the .vsix did not install: ${installed.join(', ')}`);
      console.log(`  installed ${installed.join(', ')} from ${vsix}`);
    }
    server = await startCodeServer({ profile, logFile, locale, settings: DESKTOP_SETTINGS, env: { GOEDWERK_TEST: '1' } });
    Object.assign(process.env, {
      GOEDWERK_UI_URL: server.url,
      GOEDWERK_UI_RESULTS: results,
      GOEDWERK_UI_SERVER_LOG: logFile,
      GOEDWERK_UI_SETTINGS: join(profile.userDataDir, 'User', 'settings.json'),
      ...(vsix ? { GOEDWERK_UI_VSIX: vsix } : {}),
      ...(dev ? { GOEDWERK_UI_DEV_PATH: root } : {}),
    });
    return await runMocha(files, { timeout: 60_000, grep });
  } catch (e) {
    console.error(e);
    return { ran: false, tests: 0, passes: 0, failures: 1, pending: 0, error: e.message || String(e) };
  } finally {
    await server?.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv.slice(2);
  const o = { files: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dev') o.dev = true;
    else if (argv[i] === '--vsix') o.vsix = resolve(argv[++i]);
    else if (argv[i] === '--grep') o.grep = argv[++i];
    else o.files.push(resolve(argv[i]));
  }
  if (o.files.length === 0) delete o.files;
  const r = await runUiSuites(o);
  if (r.error) console.error(`UI suites: ${r.error}`);
  console.log(`${r.passes} passed, ${r.failures} failed` + (r.pending ? `, ${r.pending} skipped` : ''));
  process.exit(r.ran && r.failures === 0 ? 0 : 1);
}
