// Bundles the privacy detectors and the parser for scripts that run them in plain node (the privacy
// bench, trying a text): `await loadPrivacyCore()` gives { findPrivacyHits, parseJournal, checkText, ... }.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { privacyDataPlugin } from './privacy-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function loadPrivacyCore() {
  const outfile = join(root, 'out', 'bench', 'privacy-core.cjs');
  mkdirSync(dirname(outfile), { recursive: true });
  const entry = [
    `export * from './src/core/privacy';`,
    `export { parseJournal } from './src/core/parse';`,
    `export { checkText } from './src/core/check';`,
    `export { parseTeamConfig } from './src/core/config';`,
  ].join('\n');
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', supported: { 'regexp-unicode-property-escapes': true }, outfile, logLevel: 'warning', absWorkingDir: root, mainFields: ['module', 'main'],
    plugins: [privacyDataPlugin],
  });
  return createRequire(import.meta.url)(outfile);
}

// node scripts/privacy-core.mjs "some text" (or a file): prints what the detectors find, for trying out.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { readFileSync, existsSync } = await import('node:fs');
  const core = await loadPrivacyCore();
  const arg = process.argv[2] ?? '';
  const text = existsSync(arg) ? readFileSync(arg, 'utf8') : arg;
  const journal = core.parseJournal(text);
  for (const h of core.findPrivacyHits(text, { journal })) console.log(h.kind.padEnd(14), JSON.stringify(text.slice(h.span.start, h.span.end)));
}
