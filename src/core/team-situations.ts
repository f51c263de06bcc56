// A team's own critical situations: Markdown files in `.goedwerk/situaties/` (or the folder named by
// `situaties` in `.goedwerk.json`). One file is one situation:
//
//   ---
//   id: wachtlijst          (optional; the file name without .md otherwise)
//   ---
//   # Title                 (optional; the file name otherwise)
//   The story or summary, one or more paragraphs.
//   ## Handelingen          (any element heading the format knows, Dutch or English)
//   - a prompt per list item (or paragraphs)
//
// Parsed with the line scanner and the YAML reader only, so it stays out of remark's way. Never throws.
// It lives in the core because two faces read these files: the language server (whose
// `situatie-onbekend` rule, completion and hover know the team's ids) and the extension's sidebar.
import { ELEMENTS, type ElementId } from './model';
import { findFrontmatter, scanHeadings } from './scan';
import { sectionKindOf } from './sections';
import { parseDocument } from 'yaml';

export interface TeamSituation {
  id: string;
  title: string;
  /** The first paragraph of the story: what the tree shows as description. */
  summary: string;
  /** All text between the title and the first element heading. */
  story: string;
  prompts: Partial<Record<ElementId, string[]>>;
  /** The file it came from (as given by the caller, typically a path or URI string). */
  file: string;
}

const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;

function stripComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
}

/** Splits Markdown into paragraphs, or list items when the text is a list; soft breaks become spaces. */
export function promptsOf(body: string): string[] {
  const out: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const joined = current.join(' ').replace(/\s+/g, ' ').trim();
    if (joined) out.push(joined);
    current = [];
  };
  for (const line of stripComments(body).split(/\r\n|\r|\n/)) {
    if (!line.trim()) { flush(); continue; }
    if (LIST_ITEM.test(line)) { flush(); current.push(line.replace(LIST_ITEM, '')); continue; }
    current.push(line.trim());
  }
  flush();
  return out;
}

function readMeta(text: string): { id?: string; title?: string; bodyStart: number } {
  const fm = findFrontmatter(text);
  if (!fm) return { bodyStart: 0 };
  try {
    const data = parseDocument(text.slice(fm.yamlSpan.start, fm.yamlSpan.end)).toJS({ maxAliasCount: 20 }) as unknown;
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      const d = data as Record<string, unknown>;
      const pick = (...keys: string[]): string | undefined => {
        for (const k of keys) if (typeof d[k] === 'string' && (d[k] as string).trim()) return (d[k] as string).trim();
        return undefined;
      };
      return { id: pick('id'), title: pick('titel', 'title'), bodyStart: fm.span.end };
    }
  } catch {
    // Broken YAML in a team file: fall back to the file name, the rest still shows.
  }
  return { bodyStart: fm.span.end };
}

/** A stable id from a file name: lowercase, accents dropped, runs of other characters become one hyphen. */
export function idFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.(?:goedwerk\.)?md$/i, '');
  return base.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'situatie';
}

export function parseTeamSituation(file: string, text: string): TeamSituation {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const meta = readMeta(clean);
  const headings = scanHeadings(clean, meta.bodyStart);
  const h1 = headings.find((h) => h.depth === 1);
  const storyStart = h1 ? h1.span.end : meta.bodyStart;
  const sectionHeadings = headings.filter((h) => h.depth >= 2 && h.span.start >= storyStart);
  const firstSection = sectionHeadings[0]?.span.start ?? clean.length;
  const story = promptsOf(clean.slice(storyStart, firstSection)).join('\n\n');
  const prompts: Partial<Record<ElementId, string[]>> = {};
  sectionHeadings.forEach((h, i) => {
    const kind = sectionKindOf(h.text);
    if (!kind || !(ELEMENTS as readonly string[]).includes(kind)) return;
    const end = sectionHeadings[i + 1]?.span.start ?? clean.length;
    const list = promptsOf(clean.slice(h.span.end, end));
    if (list.length) prompts[kind as ElementId] = [...(prompts[kind as ElementId] ?? []), ...list];
  });
  const fileId = idFromFileName(file);
  return {
    id: meta.id ?? fileId,
    title: meta.title ?? (h1?.text.trim() || fileId),
    summary: story.split('\n\n')[0] ?? '',
    story,
    prompts,
    file,
  };
}
