// Every thread placed on the journals as they are now. A thread whose journal was renamed or moved is
// looked for in the other journals, more strictly than in its own; one that fits nowhere is detached,
// and listed as such: it is never dropped.
import { outline, type Outline } from '../scan';
import { matchBeeld, placeAnchor, type Placement } from './anchor';
import { fingerprint, fingerprintSimilarity } from './fingerprint';
import type { FeedbackThread } from './model';

export interface PlacedThread {
  thread: FeedbackThread;
  /** The journal the thread sits on now (its own, or the one it moved to); undefined when detached. */
  journal?: string;
  placement: Placement;
}

/** The journals' current texts by their root-relative path; outlines are made once and kept. */
export class JournalTexts {
  private readonly outlines = new Map<string, Outline>();
  constructor(readonly texts: ReadonlyMap<string, string>) {}

  text(path: string): string | undefined {
    return this.texts.get(path);
  }

  outline(path: string): Outline | undefined {
    const text = this.texts.get(path);
    if (text === undefined) return undefined;
    let o = this.outlines.get(path);
    if (!o) this.outlines.set(path, (o = outline(text)));
    return o;
  }
}

/** The thread in a journal other than its own: only a same title with like words, or like words, or its quote. */
function placeElsewhere(thread: FeedbackThread, journals: JournalTexts): PlacedThread | undefined {
  let best: { path: string; score: number } | undefined;
  for (const path of journals.texts.keys()) {
    if (path === thread.anchor.journal) continue;
    const text = journals.text(path)!;
    const m = matchBeeld(text, journals.outline(path)!, thread.anchor);
    if (!m) continue;
    const body = text.slice(m.beeld.titleHeading?.span.end ?? m.beeld.span.start, m.beeld.span.end);
    const words = fingerprintSimilarity(thread.anchor.fingerprint, fingerprint(body));
    const fits = m.quote !== undefined || (words ?? 0) >= 0.5 || (m.exact && (words === undefined || words >= 0.25));
    if (fits && (!best || m.score > best.score)) best = { path, score: m.score };
  }
  if (!best) return undefined;
  const placement = placeAnchor(journals.text(best.path)!, thread.anchor, journals.outline(best.path));
  return { thread, journal: best.path, placement: { ...placement, state: 'moved' } };
}

/** Places each thread; `searchOthers` looks in the other journals for threads whose journal is gone. */
export function placeThreads(threads: readonly FeedbackThread[], journals: JournalTexts, searchOthers = true): PlacedThread[] {
  return threads.map((thread): PlacedThread => {
    const own = thread.anchor.journal;
    const text = own ? journals.text(own) : undefined;
    if (text !== undefined) {
      const placement = placeAnchor(text, thread.anchor, journals.outline(own));
      if (placement.state !== 'detached') return { thread, journal: own, placement };
      return { thread, placement };
    }
    return (searchOthers && placeElsewhere(thread, journals)) || { thread, placement: { state: 'detached', score: 0 } };
  });
}
