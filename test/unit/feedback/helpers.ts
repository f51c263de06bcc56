// A feedback host on a folder of the real disk (the tests use temporary folders), and made-up journals.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FeedbackHost } from '../../../src/core/feedback/store';

export function diskHost(root: string): FeedbackHost {
  return {
    async read(rel) {
      try { return new Uint8Array(readFileSync(join(root, rel))); } catch { return undefined; }
    },
    async write(rel, bytes) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), bytes);
    },
    async list(dir) {
      try { return readdirSync(join(root, dir), { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name); } catch { return []; }
    },
  };
}

/** A journal of two beelden, fictional throughout. */
export const JOURNAL = `---
situatie: paniek-bij-oma
datum: 2024-03-12
auteur: Medewerker 7
---

# Paniek bij oma

## Kenmerkende ervaring
Oma belde in paniek: de jongen was niet thuisgekomen en zij wist niet wie ze moest bellen.

## Kennis
Ik wist hoe de crisisdienst werkt en wie die nacht bereikbaar was, en dat gaf rust.

## Deugden
- Geduld: ik liet haar eerst vertellen.
- Moed: ik nam zelf de beslissing.

# Loslaten na achttien

## Kenmerkende ervaring
Een jongere werd achttien en wilde geen hulp meer, terwijl ik zorgen had over zijn woonplek.

## Vrijheid
Hij mocht kiezen, ook als ik het anders zou doen.
`;
