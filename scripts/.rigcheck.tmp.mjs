import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { runInCodeServer, countsLine } from './vscode-test.mjs';
const base = '/work/main/.vscode-test/rigcheck';
const opts = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'], logLevel: 'warning' };
async function scenario(name, files) {
  const dir = `${base}/${name}/out/test/vscode`;
  rmSync(`${base}/${name}`, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await build({ ...opts, entryPoints: ['/work/main/test/vscode/index.ts'], outfile: `${dir}/index.js` });
  for (const f of files) await build({ ...opts, entryPoints: [`/tmp/rigcheck/${f}.test.ts`], outfile: `${dir}/${f}.test.js` });
  const r = await runInCodeServer({ extensionTestsPath: name === 'missing' ? `${dir}/nothing-here.js` : `${dir}/index.js`, artifacts: `/tmp/rigcheck/evidence-${name}` });
  const green = r.ran && r.failures === 0;
  console.log(`### ${name}: ${countsLine(r)} ran=${r.ran} -> ${green ? 'GREEN' : 'RED'}  ${r.error ? '(' + r.error.split('\n')[0] + ')' : ''}`);
}
await scenario('ok', ['ok']);
await scenario('failing', ['ok', 'broken']);
await scenario('throws', ['ok', 'throws']);
await scenario('empty', []);
await scenario('missing', ['ok']);
rmSync(base, { recursive: true, force: true });
