// Heavy parts of the extension live in bundles of their own next to dist/extension.js (see
// scripts/bundles.mjs) and are required at first use, so activation loads only what registering the
// commands, views and notebook serializer needs. Callers import a chunk's types only (`import type`)
// and reach its code through the loader, so the bundler leaves the chunk out of the entry.
import { join } from 'node:path';

/** The chunks required so far, for the test API (activation itself should require none). */
export const loadedChunks: string[] = [];

/** A loader for `dist/<name>.js`: the first call requires it, later calls return the same module. */
export function lazy<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    if (loaded === undefined) {
      // A path built at run time: esbuild keeps this require as it is instead of bundling the chunk.
      loaded = require(join(__dirname, `${name}.js`)) as T;
      if (!loadedChunks.includes(name)) loadedChunks.push(name);
    }
    return loaded;
  };
}
