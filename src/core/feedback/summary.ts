// What the coach's views count: per beeld its open and resolved threads, and whether it waits for
// feedback. A beeld waits when its writer marked it ready and no open thread on it ends with a
// message from someone else: either nobody answered yet, or the writer had the last word.
import { normalizeHeading } from '../sections';
import { lastComment, type FeedbackThread } from './model';
import type { PlacedThread } from './place';

export interface BeeldFeedback {
  /** The writer asked for feedback on this beeld. */
  requested: boolean;
  open: number;
  resolved: number;
  /** Asked for, and not answered by someone other than the writer in an open thread. */
  waiting: boolean;
}

export function emptyFeedback(requested = false): BeeldFeedback {
  return { requested, open: 0, resolved: 0, waiting: requested };
}

export function samePerson(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && normalizeHeading(a) === normalizeHeading(b);
}

/** Whether an open thread holds an answer for the writer (its last message is someone else's). */
export function answeredFor(thread: FeedbackThread, writer: string | undefined): boolean {
  if (thread.status !== 'open') return false;
  const last = lastComment(thread);
  return !!last && !samePerson(last.author, writer);
}

export function beeldFeedback(requested: boolean, threads: readonly FeedbackThread[], writer?: string): BeeldFeedback {
  const open = threads.filter((t) => t.status === 'open').length;
  return {
    requested,
    open,
    resolved: threads.length - open,
    waiting: requested && !threads.some((t) => answeredFor(t, writer)),
  };
}

/** The placed threads by journal and beeld index (detached ones are left out: they sit on no beeld). */
export function threadsByBeeld(placed: readonly PlacedThread[]): Map<string, Map<number, FeedbackThread[]>> {
  const out = new Map<string, Map<number, FeedbackThread[]>>();
  for (const p of placed) {
    if (!p.journal || p.placement.beeld === undefined) continue;
    let perBeeld = out.get(p.journal);
    if (!perBeeld) out.set(p.journal, (perBeeld = new Map()));
    const list = perBeeld.get(p.placement.beeld) ?? [];
    list.push(p.thread);
    perBeeld.set(p.placement.beeld, list);
  }
  return out;
}
