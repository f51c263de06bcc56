#!/usr/bin/env node
// `npm start`: a real VS Code in your browser with Goed Werk installed and the samples open.
//
//   1. production build + goedwerk-<version>.vsix (scripts/package.mjs)
//   2. code-server 4.100.3 into .vscode-test/code-server/ on first use (about a minute, once)
//   3. the .vsix installed into a project-local profile, .vscode-test/profile/ (your settings there
//      are kept between runs)
//   4. code-server on 127.0.0.1 at a free port, without a password (it listens on this machine only),
//      with samples/ open; Ctrl-C stops it.
//
//   options: --port <n> (or PORT=n)   --folder <dir> (default samples/)   --no-package (reuse the .vsix)
//            --vsix <file> (install this one)   --profile <dir> (default .vscode-test/profile/)
//            --locale <nl|en> (default nl: the extension speaks Dutch, as to most of its users; VS Code's
//            own menus stay English, its Dutch language pack is only in the marketplace)
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ensureCodeServer, installVsix, profileDirs, root, startCodeServer } from './code-server.mjs';
import { defaultVsix, packageVsix } from './package.mjs';

function parseArgs(argv) {
  const o = { port: process.env.PORT ? Number(process.env.PORT) : undefined, folder: join(root, 'samples'), pack: true, locale: 'nl' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') o.port = Number(argv[++i]);
    else if (argv[i] === '--folder') o.folder = resolve(argv[++i]);
    else if (argv[i] === '--no-package') o.pack = false;
    else if (argv[i] === '--locale') o.locale = argv[++i];
    else if (argv[i] === '--vsix') { o.vsix = resolve(argv[++i]); o.pack = false; }
    else if (argv[i] === '--profile') o.profile = resolve(argv[++i]);
    else { console.error(`unknown option ${argv[i]}`); process.exit(2); }
  }
  return o;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const step = (text) => console.log(`\n▸ ${text}`);
  step('building and packaging the extension');
  const vsix = o.vsix ?? (o.pack ? await packageVsix({ build: true, quiet: true }) : defaultVsix());
  if (!existsSync(vsix)) throw new Error(`${vsix} does not exist; run without --no-package`);
  console.log(`  ${relative(root, vsix)}`);
  step('setting up code-server (first time only)');
  await ensureCodeServer();
  const base = o.profile ?? join(root, '.vscode-test', 'profile');
  const profile = profileDirs(base);
  step(`installing the extension into ${relative(root, base)}/`);
  const installed = installVsix(vsix, profile);
  console.log(`  ${installed.join(', ')}`);
  mkdirSync(o.folder, { recursive: true });
  const server = await startCodeServer({ profile, port: o.port, locale: o.locale, logFile: join(base, 'code-server.log') });
  const url = `${server.url}/?folder=${encodeURIComponent(o.folder)}`;

  console.log(`
Goed Werk is running in VS Code (code-server) with ${relative(root, o.folder) || o.folder}/ open:

    ${url}

Open that address in your browser. Ctrl-C stops the server.
For desktop VS Code instead:  code --install-extension ${relative(process.cwd(), vsix)}
(server log: ${relative(root, join(base, 'code-server.log'))})`);

  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping code-server…');
    await server.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  process.on('SIGHUP', () => stop(0));
  await server.exited;
  if (!stopping) {
    console.error(`code-server stopped unexpectedly; its last words:\n${server.log().split('\n').slice(-20).join('\n')}`);
    process.exit(1);
  }
}

main().catch((e) => { console.error(e.message || e); process.exit(1); });
