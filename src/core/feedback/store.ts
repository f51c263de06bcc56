// Reading and adding to the feedback folder through a host, so the CLI (Node's fs), the extension
// (vscode.workspace.fs, on the desktop and on the web) and the tests each pass their own. Paths are
// relative to the feedback root, with forward slashes. A thread file is only ever appended to.
import type { Lang } from '../model';
import { journalStem } from '../names';
import { decodeBytes } from '../text';
import { appendEntry, GITATTRIBUTES, newThreadText, parseThread, type NewEntry } from './format';
import { randomId } from './ids';
import { FEEDBACK_DIR, type FeedbackAnchor, type FeedbackThread } from './model';

export interface FeedbackHost {
  /** A file's bytes, or undefined when there is none. */
  read(rel: string): Promise<Uint8Array | undefined>;
  /** Writes a file, making its folders. */
  write(rel: string, bytes: Uint8Array): Promise<void>;
  /** The names of the files directly in a folder ([] when there is no such folder). */
  list(relDir: string): Promise<string[]>;
}

/** Thread files above this size are listed as unreadable, not read: a thread is a conversation. */
export const MAX_THREAD_BYTES = 2 * 1024 * 1024;

export interface LoadedFeedback {
  threads: FeedbackThread[];
  /** Each thread file's text, as read (for mapping findings onto it). */
  texts: Map<string, string>;
  /** Files in the folder that could not be read as a thread, with the reason. */
  unreadable: { file: string; reason: 'binary' | 'encoding' | 'too-big' }[];
}

const encoder = new TextEncoder();

export async function loadThreads(host: FeedbackHost): Promise<LoadedFeedback> {
  const names = (await host.list(FEEDBACK_DIR)).filter((n) => /\.md$/i.test(n)).sort();
  const out: LoadedFeedback = { threads: [], texts: new Map(), unreadable: [] };
  const read = await Promise.all(names.map(async (name) => {
    const file = `${FEEDBACK_DIR}/${name}`;
    return { file, bytes: await host.read(file).catch(() => undefined) };
  }));
  for (const { file, bytes } of read) {
    if (!bytes) continue;
    if (bytes.length > MAX_THREAD_BYTES) { out.unreadable.push({ file, reason: 'too-big' }); continue; }
    const decoded = decodeBytes(bytes);
    if (decoded.problem) { out.unreadable.push({ file, reason: decoded.problem }); continue; }
    out.texts.set(file, decoded.text);
    out.threads.push(parseThread(decoded.text, file));
  }
  return out;
}

/** A file name a person can read: the journal's name, then the thread's id. */
export function threadFileName(anchor: FeedbackAnchor, id: string): string {
  const stem = (journalStem(anchor.journal.replace(/^.*\//, '')).replace(/\.md$/i, '') || 'journaal')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48) || 'journaal';
  return `${FEEDBACK_DIR}/${stem}-${id}.md`;
}

export interface EntryInput { author: string; body: string; date?: Date; kind?: NewEntry['kind']; anchor?: Partial<FeedbackAnchor> }

function entryOf(threadId: string, input: EntryInput): NewEntry {
  return { id: `${threadId}-${randomId(4)}`, kind: input.kind ?? 'reactie', author: input.author, date: input.date ?? new Date(), body: input.body, anchor: input.anchor };
}

/** Starts a thread: a new file (and the folder's .gitattributes the first time). */
export async function startThread(host: FeedbackHost, anchor: FeedbackAnchor, first: EntryInput, lang: Lang = 'nl'): Promise<FeedbackThread> {
  const attributes = `${FEEDBACK_DIR}/.gitattributes`;
  if (!(await host.read(attributes).catch(() => undefined))) await host.write(attributes, encoder.encode(GITATTRIBUTES));
  let id = randomId(8);
  let file = threadFileName(anchor, id);
  // Ids are random; a clash with a file that is already there is as good as impossible, but costs nothing to avoid.
  while (await host.read(file).catch(() => undefined)) { id = randomId(8); file = threadFileName(anchor, id); }
  const text = newThreadText(id, anchor, entryOf(id, first), lang);
  await host.write(file, encoder.encode(text));
  return parseThread(text, file);
}

/** Appends an entry to a thread's file, read fresh just before, so what others added meanwhile stays. */
export async function addEntry(host: FeedbackHost, file: string, threadId: string, input: EntryInput, lang: Lang = 'nl'): Promise<FeedbackThread> {
  const bytes = await host.read(file);
  const decoded = bytes ? decodeBytes(bytes) : { text: '' };
  if ('problem' in decoded && decoded.problem) throw new Error(`${file}: ${decoded.problem}`);
  const bom = bytes ? bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf : false;
  const text = appendEntry(decoded.text, entryOf(threadId, input), lang);
  await host.write(file, encoder.encode((bom ? '\uFEFF' : '') + text));
  return parseThread(text, file);
}

/**
 * The feedback root for a journal: the nearest folder, from the journal's own upwards, that has a
 * `.goedwerk/feedback` folder or is the top of a git repository (has `.git`); else `fallback`. `ancestors`
 * lists the folders from the journal's own up to the top; `has` tells whether a folder holds an entry.
 */
export async function pickFeedbackRoot<T>(ancestors: readonly T[], has: (dir: T, entry: string) => Promise<boolean>, fallback: T): Promise<T> {
  for (const dir of ancestors) {
    // The repository's top is as far as a team's feedback reaches.
    if ((await has(dir, FEEDBACK_DIR)) || (await has(dir, '.git'))) return dir;
  }
  return fallback;
}
