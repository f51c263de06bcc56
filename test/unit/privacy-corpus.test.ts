// A floor under the privacy detectors' quality on the labelled corpus (test/fixtures/privacy-corpus).
// The aims themselves are measured by `npm run bench`; this guards against a change that makes them worse.
import * as assert from 'node:assert/strict';
import { resolve } from 'node:path';
import * as core from '../../src/core/privacy';
import { parseJournal } from '../../src/core/parse';
// @ts-expect-error: a plain ES module shared with the bench, bundled by esbuild
import { corpusFiles, finderOf, scoreFiles } from '../../scripts/privacy-score.mjs';

const ROOT = resolve(__dirname, '../../..');
const find = finderOf({ ...core, parseJournal });

describe('privacy: the labelled corpus', () => {
  for (const part of ['tune', 'heldout', 'unseen']) {
    it(`meets the aims on the ${part} journals`, () => {
      const s = scoreFiles(corpusFiles(ROOT, part), find);
      assert.ok(s.names.recall >= 0.9, `names recall ${s.names.recall}`);
      assert.ok(s.names.precision >= 0.9, `names precision ${s.names.precision}`);
      assert.ok(s.structured.recall >= 0.97, `structured recall ${s.structured.recall}`);
      assert.ok(s.institutions.recall >= 0.8, `institutions recall ${s.institutions.recall}`);
    });
  }

  it('keeps the tuned journals at the level they reached (fourth round)', () => {
    const s = scoreFiles(corpusFiles(ROOT, 'tune'), find);
    assert.ok(s.names.recall >= 0.98 && s.names.precision >= 0.98, `names ${s.names.recall} / ${s.names.precision}`);
    assert.ok(s.structured.recall >= 0.98, `structured recall ${s.structured.recall}`);
    assert.ok(s.perKind.geboortedatum.recall >= 0.95, `birth dates recall ${s.perKind.geboortedatum.recall}`);
    assert.ok(s.institutions.recall >= 0.94, `institutions recall ${s.institutions.recall}`);
  });

  it('finds nothing in the clean journals full of traps', () => {
    const s = scoreFiles(corpusFiles(ROOT, 'clean'), find);
    assert.deepEqual(s.alarms.map((a: { file: string; kind: string; line: number }) => `${a.file.split('/').pop()}:${a.line} ${a.kind}`), []);
  });
});
