// The writer's "ready for feedback" mark: the frontmatter key `feedback`. `feedback: gevraagd` asks
// it for every beeld of the journal; a list of titles asks it for those beelden. Read from the YAML
// value (server, CLI) or from the frontmatter's lines (the extension, which does not load `yaml` at
// start), both through `markFromValue`, so every face reads the same thing.
import type { TextEdit } from '../model';
import { findFrontmatter, type Outline } from '../scan';
import { normalizeHeading } from '../sections';
import { detectEol } from '../text';

export const MARK_KEY = 'feedback';

export interface FeedbackMark {
  /** Every beeld of the journal is ready for feedback. */
  all: boolean;
  /** Titles of the beelden that are (when not `all`). */
  titles: string[];
}

const YES = new Set(['gevraagd', 'requested', 'ja', 'yes', 'true', 'klaar', 'ready']);
const NO = new Set(['', 'nee', 'no', 'false', 'null', '~', 'niet', 'none', 'geen']);

/** The mark a YAML value stands for; undefined when it asks nothing. A date means: asked on that day. */
export function markFromValue(value: unknown): FeedbackMark | undefined {
  if (value === true || value instanceof Date) return { all: true, titles: [] };
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (NO.has(v)) return undefined;
    if (YES.has(v) || /^\d{4}-\d{1,2}-\d{1,2}/.test(v)) return { all: true, titles: [] };
    return { all: false, titles: [value.trim()] };
  }
  if (Array.isArray(value)) {
    const titles = value.filter((t) => typeof t === 'string' || typeof t === 'number').map((t) => String(t).trim()).filter(Boolean);
    return titles.length ? { all: false, titles } : undefined;
  }
  return undefined;
}

/** The key's lines in the frontmatter: its own line and the indented or list lines under it. */
function keyLines(text: string, yaml: { start: number; end: number }): { start: number; end: number; first: string; rest: string[] } | undefined {
  const re = /^feedback[ \t]*:(.*)$/gim;
  const block = text.slice(yaml.start, yaml.end);
  const m = re.exec(block);
  if (!m) return undefined;
  const start = yaml.start + m.index;
  let end = start + m[0].length;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  const rest: string[] = [];
  for (;;) {
    const nl = text.indexOf('\n', end);
    const lineEnd = nl === -1 || nl >= yaml.end ? yaml.end : nl + 1;
    const line = text.slice(end, lineEnd).replace(/\r?\n$/, '');
    if (end >= yaml.end || !/^(?:[ \t]+\S|-[ \t]|-$)/.test(line)) break;
    rest.push(line);
    end = lineEnd;
  }
  return { start, end, first: m[1], rest };
}

function scalar(raw: string): string {
  const v = raw.replace(/[ \t]+#.*$/, '').trim();
  if (v.startsWith('"')) {
    try { return String(JSON.parse(v)); } catch { return v.slice(1, -1); }
  }
  if (v.startsWith("'")) return v.slice(1, v.endsWith("'") ? -1 : undefined).replace(/''/g, "'");
  return v;
}

/** The mark from the frontmatter's lines, without a YAML parser (the forms docs/format.md names). */
export function readFeedbackMark(text: string, o?: Pick<Outline, 'frontmatter'>): FeedbackMark | undefined {
  const fm = o ? o.frontmatter : findFrontmatter(text);
  if (!fm) return undefined;
  const k = keyLines(text, fm.yamlSpan);
  if (!k) return undefined;
  const first = k.first.replace(/[ \t]+#.*$/, '').trim();
  if (first.startsWith('[')) {
    const inner = first.replace(/^\[|\]$/g, '');
    return markFromValue(inner.split(',').map(scalar).filter(Boolean));
  }
  if (first) return markFromValue(scalar(first));
  const items = k.rest.map((l) => /^[ \t]*-[ \t]*(.*)$/.exec(l)?.[1]).filter((x): x is string => x !== undefined).map(scalar);
  return markFromValue(items);
}

/** Whether the mark asks feedback for a beeld with this title. */
export function isMarked(mark: FeedbackMark | undefined, title: string | null): boolean {
  if (!mark) return false;
  if (mark.all) return true;
  if (title === null) return false;
  const want = normalizeHeading(title);
  return mark.titles.some((t) => normalizeHeading(t) === want);
}

function yamlString(s: string): string {
  return /^[\w\u00C0-\u024F][\w\u00C0-\u024F .,!?'()-]*$/u.test(s) && !/^(?:ja|nee|yes|no|true|false|null|on|off)$/i.test(s) ? s : JSON.stringify(s);
}

/**
 * The edit that sets the mark: `'all'` asks for every beeld, a list of titles for those, `null`
 * removes the key. Only the key's own lines change; a journal without frontmatter gets one.
 */
export function setFeedbackMarkEdit(text: string, mark: 'all' | string[] | null, word = 'gevraagd'): TextEdit | undefined {
  const eol = detectEol(text);
  const fm = findFrontmatter(text);
  const lines = mark === null ? [] : mark === 'all' ? [`${MARK_KEY}: ${word}`]
    : mark.length ? [`${MARK_KEY}:`, ...mark.map((t) => `  - ${yamlString(t)}`)] : [];
  const block = lines.map((l) => l + eol).join('');
  if (!fm) {
    if (!block) return undefined;
    return { span: { start: 0, end: 0 }, newText: `---${eol}${block}---${eol}` };
  }
  const k = keyLines(text, fm.yamlSpan);
  if (k) return { span: { start: k.start, end: k.end }, newText: block };
  if (!block) return undefined;
  // Before the closing fence; a YAML block whose last line lacks a break gets one first.
  const at = fm.yamlSpan.end;
  const needsBreak = at > fm.yamlSpan.start && text[at - 1] !== '\n';
  return { span: { start: at, end: at }, newText: (needsBreak ? eol : '') + block };
}

/** The journal's writer (`auteur` or `author` in the frontmatter), read from its line. */
export function readWriter(text: string, o?: Pick<Outline, 'frontmatter'>): string | undefined {
  const fm = o ? o.frontmatter : findFrontmatter(text);
  if (!fm) return undefined;
  const m = /^(?:auteur|author)[ \t]*:(.*)$/im.exec(text.slice(fm.yamlSpan.start, fm.yamlSpan.end));
  const v = m ? scalar(m[1]) : '';
  return v || undefined;
}
