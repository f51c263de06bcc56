// A feedback thread as Markdown, and back. One file per thread; the file only ever grows: a comment, a
// resolve or a reopen is a block appended at the end, opened and closed by a marker line that carries
// the entry's unique id. So when two people add to the same thread at once, git's union merge (set for
// the folder by its .gitattributes) keeps both blocks whole, and even a plain merge's conflict markers
// stand between whole blocks, which the reader skips. Nothing is ever rewritten, the journal least of all.
import type { Lang, SectionKind } from '../model';
import { ELEMENTS } from '../model';
import { isoLocal, parseReadableDate, readableDate, timeOf } from './ids';
import type { EntryKind, FeedbackAnchor, FeedbackEntry, FeedbackThread } from './model';
import { FEEDBACK_DIR } from './model';

export const FORMAT_VERSION = 1;

/** What `.goedwerk/feedback/.gitattributes` says: merge thread files by keeping both sides' lines. */
export const GITATTRIBUTES = '# Goed Werk: feedback threads only grow; a merge keeps what both sides added.\n*.md merge=union\n';

const KINDS: Record<string, EntryKind> = {
  reactie: 'reactie', comment: 'reactie',
  afgerond: 'afgerond', resolved: 'afgerond',
  heropend: 'heropend', reopened: 'heropend',
};

const SECTION_KINDS: readonly SectionKind[] = ['ervaring', ...ELEMENTS, 'uitwerking', 'afbeelding', 'drie-e', 'eigen'];

const HEADER_KEYS: Record<string, keyof FeedbackAnchor | 'id' | 'version' | 'number'> = {
  'goedwerk-feedback': 'version',
  draad: 'id', thread: 'id',
  journaal: 'journal', journal: 'journal',
  beeld: 'beeld',
  beeldnummer: 'number', 'beeld-number': 'number',
  sectie: 'section', section: 'section',
  kop: 'heading', heading: 'heading',
  citaat: 'quote', quote: 'quote',
  vingerafdruk: 'fingerprint', fingerprint: 'fingerprint',
};

const WORDS = {
  nl: { title: 'Feedback', journal: 'Journaal', whole: 'het hele beeld', untitled: '(beeld zonder titel)', afgerond: 'afgerond', heropend: 'heropend' },
  en: { title: 'Feedback', journal: 'Journal', whole: 'the whole beeld', untitled: '(untitled beeld)', afgerond: 'resolved', heropend: 'reopened' },
};

// ---------------------------------------------------------------------------- writing

/** A YAML scalar that reads back as the same string: JSON's double quotes are valid YAML. */
function quoted(value: string): string {
  return JSON.stringify(value.replace(/[\r\n]+/g, ' '));
}

/** JSON that cannot end an HTML comment. */
function markerJson(value: object): string {
  return JSON.stringify(value).replace(/>/g, '\\u003e').replace(/--/g, '-\\u002d');
}

function escapeAuthor(name: string): string {
  return name.replace(/[\r\n]+/g, ' ').replace(/([\\*_`])/g, '\\$1').trim();
}

/** A link from the thread's file to its journal, for a reader without Goed Werk. */
function journalLink(journal: string): string {
  const depth = FEEDBACK_DIR.split('/').length;
  return `<${'../'.repeat(depth)}${journal.replace(/[<>]/g, '')}>`;
}

export interface NewEntry {
  id: string;
  kind: EntryKind;
  author: string;
  date: Date | string;
  body: string;
  anchor?: Partial<FeedbackAnchor>;
}

/** One entry block, with a blank line before it, ready to append. */
export function entryText(e: NewEntry, lang: Lang = 'nl'): string {
  const iso = typeof e.date === 'string' ? e.date : isoLocal(e.date);
  const extra = e.anchor && Object.keys(e.anchor).length ? ` ${markerJson(e.anchor)}` : '';
  const status = e.kind === 'reactie' ? '' : ` · *${WORDS[lang][e.kind]}*`;
  const body = e.body.replace(/\r\n?/g, '\n').replace(/^\n+|\s+$/g, '');
  return [
    '',
    `<!-- ${e.kind} ${e.id}${extra} -->`,
    `**${escapeAuthor(e.author) || '?'}** · ${readableDate(iso)}${status}`,
    ...(body ? ['', body] : []),
    `<!-- /${e.kind} ${e.id} -->`,
    '',
  ].join('\n');
}

/** The whole file of a new thread: its header, a heading and link for people, and the first entry. */
export function newThreadText(id: string, anchor: FeedbackAnchor, first: NewEntry, lang: Lang = 'nl'): string {
  const w = WORDS[lang];
  const header = [
    '---',
    `goedwerk-feedback: ${FORMAT_VERSION}`,
    `draad: ${quoted(id)}`,
    `journaal: ${quoted(anchor.journal)}`,
    `beeld: ${anchor.beeld === null ? 'null' : quoted(anchor.beeld)}`,
    `beeldnummer: ${anchor.beeldIndex + 1}`,
    ...(anchor.section ? [`sectie: ${anchor.section}`] : []),
    ...(anchor.heading ? [`kop: ${quoted(anchor.heading)}`] : []),
    ...(anchor.quote ? [`citaat: ${quoted(anchor.quote)}`] : []),
    ...(anchor.fingerprint ? [`vingerafdruk: ${quoted(anchor.fingerprint)}`] : []),
    '---',
  ];
  const where = `${anchor.beeld ?? w.untitled} › ${anchor.heading ?? w.whole}`;
  const quote = anchor.quote ? ['', ...anchor.quote.split(/\r?\n/).map((l) => `> ${l}`)] : [];
  return [...header, '', `# ${w.title}: ${where.replace(/[\r\n]+/g, ' ')}`, '', `${w.journal}: ${journalLink(anchor.journal)}`, ...quote, '']
    .join('\n') + entryText(first, lang);
}

/** The file with one more entry at its end. The text before it is kept exactly as it was. */
export function appendEntry(existing: string, e: NewEntry, lang: Lang = 'nl'): string {
  const sep = existing === '' || existing.endsWith('\n') ? '' : '\n';
  return existing + sep + entryText(e, lang);
}

// ---------------------------------------------------------------------------- reading

const START = /^<!--\s*([a-z]+)\s+([A-Za-z0-9_-]+)(?:\s+(\{.*\}))?\s*-->\s*$/;
const END = /^<!--\s*\/([a-z]+)\s+([A-Za-z0-9_-]+)\s*-->\s*$/;
const CONFLICT = /^(?:<{7}|={7}|>{7}|\|{7})(?:\s|$)/;
const BYLINE = /^\*\*(.+?)\*\*\s*(?:·\s*([^·]+?))?\s*(?:·\s*\*[^*]*\*\s*)?$/;

function unquote(raw: string): string {
  const v = raw.trim();
  if (v.startsWith('"')) {
    try { return String(JSON.parse(v)); } catch { return v.slice(1, v.endsWith('"') ? -1 : undefined); }
  }
  if (v.startsWith("'")) return v.slice(1, v.endsWith("'") ? -1 : undefined).replace(/''/g, "'");
  return v.replace(/\s+#.*$/, '');
}

interface Header { values: Partial<Record<string, string>>; end: number }

function readHeader(lines: readonly string[]): Header | undefined {
  if (!/^---\s*$/.test(lines[0] ?? '')) return undefined;
  const values: Partial<Record<string, string>> = {};
  for (let i = 1; i < lines.length; i++) {
    if (/^(?:---|\.\.\.)\s*$/.test(lines[i])) return { values, end: i + 1 };
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(lines[i]);
    const key = m && HEADER_KEYS[m[1].toLowerCase()];
    if (key && values[key] === undefined) values[key] = unquote(m[2]);
  }
  return undefined;
}

function sectionKind(value: string | undefined): SectionKind | undefined {
  return SECTION_KINDS.find((k) => k === value?.trim().toLowerCase());
}

function anchorOf(h: Header | undefined, fallbackJournal: string): FeedbackAnchor {
  const v = h?.values ?? {};
  const n = Number(v.number);
  const beeld = v.beeld === undefined || v.beeld === 'null' || v.beeld === '~' ? null : v.beeld;
  const anchor: FeedbackAnchor = { journal: v.journal || fallbackJournal, beeld, beeldIndex: Number.isInteger(n) && n > 0 ? n - 1 : 0 };
  const section = sectionKind(v.section);
  if (section) anchor.section = section;
  if (v.heading) anchor.heading = v.heading;
  if (v.quote) anchor.quote = v.quote;
  if (v.fingerprint) anchor.fingerprint = v.fingerprint;
  return anchor;
}

function overrideOf(json: string | undefined): Partial<FeedbackAnchor> | undefined {
  if (!json) return undefined;
  try {
    const o = JSON.parse(json) as Record<string, unknown>;
    const out: Partial<FeedbackAnchor> = {};
    if (typeof o.journal === 'string') out.journal = o.journal;
    if (typeof o.beeld === 'string' || o.beeld === null) out.beeld = o.beeld as string | null;
    if (typeof o.beeldIndex === 'number' && Number.isInteger(o.beeldIndex) && o.beeldIndex >= 0) out.beeldIndex = o.beeldIndex;
    const section = typeof o.section === 'string' ? sectionKind(o.section) : undefined;
    if (section) out.section = section;
    if (typeof o.heading === 'string') out.heading = o.heading;
    if (typeof o.fingerprint === 'string') out.fingerprint = o.fingerprint;
    return Object.keys(out).length ? out : undefined;
  } catch {
    return undefined;
  }
}

function readEntry(kind: EntryKind, id: string, json: string | undefined, body: string[], line: number, problems: string[]): FeedbackEntry {
  let i = 0;
  while (i < body.length && body[i].trim() === '') i++;
  const by = BYLINE.exec(body[i]?.trim() ?? '');
  let author = '';
  let date: string | undefined;
  if (by) {
    author = by[1].replace(/\\([\\*_`])/g, '$1').trim();
    date = by[2] ? parseReadableDate(by[2]) : undefined;
    i++;
  }
  if (!author) problems.push(`entry ${id}: no author line`);
  else if (!date) problems.push(`entry ${id}: no readable date`);
  while (i < body.length && body[i].trim() === '') i++;
  let end = body.length;
  while (end > i && body[end - 1].trim() === '') end--;
  const entry: FeedbackEntry = { id, kind, author: author || '?', date, body: body.slice(i, end).join('\n'), line, bodyLine: line + 1 + i };
  const anchor = overrideOf(json);
  if (anchor) entry.anchor = anchor;
  return entry;
}

/** Journal-relative name a thread file gets when its header lost the journal (for listing, never for writing). */
const UNKNOWN_JOURNAL = '';

/**
 * Reads a thread file. Never throws: a file without a header is still a thread (detached, its
 * comments kept), entries are read up to a missing end marker, conflict markers and anything between
 * blocks are skipped, and an entry that stands twice (a merge can do that) counts once.
 */
export function parseThread(text: string, file: string): FeedbackThread {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const header = readHeader(lines);
  const problems: string[] = [];
  if (!header) problems.push('no header');
  const anchor = anchorOf(header, UNKNOWN_JOURNAL);
  const id = header?.values.id || file.replace(/^.*\//, '').replace(/\.md$/i, '');
  const entries: FeedbackEntry[] = [];
  const seen = new Set<string>();
  const closed = new Set(lines.map((l) => END.exec(l)?.[2]).filter((x): x is string => !!x));
  for (let i = header?.end ?? 0; i < lines.length; i++) {
    const start = START.exec(lines[i]);
    const kind = start && KINDS[start[1]];
    if (!start || !kind) continue;
    const body: string[] = [];
    // A block whose end marker was lost (a hand edit, a broken merge) ends where the next one starts.
    const unclosed = !closed.has(start[2]);
    let j = i + 1;
    for (; j < lines.length; j++) {
      const end = END.exec(lines[j]);
      if (end && end[2] === start[2]) break;
      if (unclosed && START.test(lines[j])) { j--; break; }
      if (!CONFLICT.test(lines[j])) body.push(lines[j]);
    }
    if (unclosed) problems.push(`entry ${start[2]}: no end marker`);
    if (!seen.has(start[2])) {
      seen.add(start[2]);
      entries.push(readEntry(kind, start[2], start[3], body, i, problems));
    }
    i = j;
  }
  const sorted = entries.map((e, order) => ({ e, order }))
    .sort((a, b) => timeOf(a.e.date) - timeOf(b.e.date) || a.order - b.order)
    .map((x) => x.e);
  let status: FeedbackThread['status'] = 'open';
  const effective: FeedbackAnchor = { ...anchor };
  for (const e of sorted) {
    if (e.kind === 'afgerond') status = 'resolved';
    else if (e.kind === 'heropend') status = 'open';
    if (e.anchor) Object.assign(effective, e.anchor);
  }
  return { id, file, anchor: effective, entries: sorted, status, problems };
}
