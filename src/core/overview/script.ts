import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Finds the browser bundle of the overview (dist/webview/overview.js) so a standalone page can carry it
// inline. The CLI and server live in dist/, tests in out/test/…: walking up from here finds it in both.

const RELATIVE = ['webview/overview.js', 'dist/webview/overview.js'];

export function findOverviewScript(start: string = typeof __dirname === 'string' ? __dirname : process.cwd()): string | undefined {
  for (let dir = start, i = 0; i < 8; i++) {
    for (const rel of RELATIVE) {
      const candidate = join(dir, rel);
      if (existsSync(candidate)) return candidate;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

let cached: string | null | undefined;

/** The script's text, or null when it was not built (the page then works without filters and sorting). */
export function loadOverviewScript(): string | null {
  if (cached !== undefined) return cached;
  const file = findOverviewScript();
  try {
    cached = file ? readFileSync(file, 'utf8') : null;
  } catch {
    cached = null;
  }
  return cached;
}
