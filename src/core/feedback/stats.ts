// Lays the threads over the stats: per beeld its open and resolved threads and whether it still waits
// for feedback. The stats know which beelden were asked for (from the frontmatter); the threads come
// from whichever face read the feedback folder (the CLI from disk, the extension through its host).
import type { JournalStats } from '../stats';
import type { PlacedThread } from './place';
import { beeldFeedback, threadsByBeeld } from './summary';

/**
 * The stats with feedback counted. `keyOf` turns a stats `file` into the root-relative path the
 * threads use (undefined: the journal lies outside the feedback root).
 */
export function withFeedback(journals: readonly JournalStats[], placed: readonly PlacedThread[], keyOf: (file: string) => string | undefined): JournalStats[] {
  const byBeeld = threadsByBeeld(placed);
  return journals.map((j) => {
    const key = keyOf(j.file);
    const perBeeld = key === undefined ? undefined : byBeeld.get(key);
    return {
      ...j,
      beelden: j.beelden.map((b) => ({
        ...b,
        feedback: beeldFeedback(!!b.feedback?.requested, perBeeld?.get(b.index) ?? [], b.auteur ?? j.auteur),
      })),
    };
  });
}

export function detachedCount(placed: readonly PlacedThread[]): number {
  return placed.filter((p) => p.placement.state === 'detached').length;
}
