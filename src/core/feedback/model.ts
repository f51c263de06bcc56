// Feedback on a beeld: threads of comments kept beside the journals, in `.goedwerk/feedback/`, one
// Markdown file per thread (see docs/format.md, section 8). Plain data, shared by every face.
import type { SectionKind } from '../model';

/** The folder, relative to the feedback root, that holds one file per thread. */
export const FEEDBACK_DIR = '.goedwerk/feedback';

/** Where a thread belongs. Written when the thread starts; later entries may carry a newer one. */
export interface FeedbackAnchor {
  /** The journal, relative to the feedback root, with forward slashes. */
  journal: string;
  /** The beeld's title as it was; null for a beeld without one. */
  beeld: string | null;
  /** 0-based position of the beeld in its journal. */
  beeldIndex: number;
  /** The section's kind; absent when the thread is on the beeld as a whole. */
  section?: SectionKind;
  /** The section's heading as written. */
  heading?: string;
  /** A passage the comment is about, as quoted from the journal. */
  quote?: string;
  /** A fingerprint of the beeld's words (not the words), so a retitled beeld is found again. */
  fingerprint?: string;
}

export type EntryKind = 'reactie' | 'afgerond' | 'heropend';

export interface FeedbackEntry {
  /** Unique across every thread: the thread id, a dash and a random part. */
  id: string;
  kind: EntryKind;
  author: string;
  /** ISO 8601 with the writer's offset, e.g. 2024-03-05T10:12:00+01:00; undefined when unreadable. */
  date?: string;
  /** The comment in Markdown ('' for a status change without a note). */
  body: string;
  /** A newer anchor, written with the entry when the beeld or section had moved since. */
  anchor?: Partial<FeedbackAnchor>;
  /** 0-based line of the entry's opening marker in its file. */
  line: number;
  /** 0-based line where the body starts (for mapping findings into the file). */
  bodyLine: number;
}

export type ThreadStatus = 'open' | 'resolved';

export interface FeedbackThread {
  id: string;
  /** The thread's file, relative to the feedback root. */
  file: string;
  /** The anchor as the header has it, with the newest entry's anchor laid over it. */
  anchor: FeedbackAnchor;
  /** Every entry, oldest first (by date; file order breaks ties). */
  entries: FeedbackEntry[];
  status: ThreadStatus;
  /** What could not be read (a missing header, an entry without author or date); the rest still counts. */
  problems: string[];
}

/** The comments of a thread (entries that are not only a status change). */
export function commentsOf(thread: FeedbackThread): FeedbackEntry[] {
  return thread.entries.filter((e) => e.kind === 'reactie' || e.body.trim() !== '');
}

export function lastComment(thread: FeedbackThread): FeedbackEntry | undefined {
  const comments = commentsOf(thread);
  return comments[comments.length - 1];
}
