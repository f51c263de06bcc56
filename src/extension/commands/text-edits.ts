// Small text pieces the commands write, kept pure so they are unit-tested with the core's edits.
import type { Lang, TextEdit } from '../../core/model';
import { findDeugd } from '../../core/content/deugden';
import { findSituation } from '../../core/content/situations';
import { outline, type Outline } from '../../core/scan';
import type { KnownSection } from '../../core/sections';
import { addSectionEdit, beeldIndexAt, complete3eEdit, insertDeugdEdit, journalLang } from '../../core/edits';
import { beeldSkeleton, situationBlock } from '../../core/template';

/** The name as the journal's language writes it: the English name in an English journal. */
export function deugdName(given: string, lang: Lang): string {
  const d = findDeugd(given);
  if (!d) return given.trim();
  return lang === 'en' ? d.en : d.name;
}

/** A reminder block for a team situation, shaped like the built-in one the template writes. */
export function teamSituationBlock(title: string, summary: string, lang: Lang, eol: string): string {
  const label = lang === 'nl' ? 'Kritische situatie' : 'Critical situation';
  const own = lang === 'nl' ? 'Eigen situatie van het team' : "The team's own situation";
  const quote = summary.split(/\n{2,}/).filter((p) => p.trim())
    .map((p) => `> ${p.replace(/\s*\n\s*/g, ' ').trim()}`).join(`${eol}>${eol}`);
  return [`> **${label}: ${title.replace(/[\r\n]+/g, ' ')}**`, '>', ...(quote ? [quote, '>'] : []), `> <small>${own}</small>`, ''].join(eol);
}

/**
 * Places a block on lines of its own: on the cursor's line when that line is empty, else after it,
 * with a blank line on either side so Markdown keeps it a separate block.
 */
export function blockAtCursor(text: string, offset: number, block: string, eol: string): TextEdit {
  const at0 = Math.min(Math.max(0, offset), text.length);
  const lineStart = text.lastIndexOf('\n', at0 - 1) + 1;
  let lineEnd = text.indexOf('\n', at0);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  const body = block.endsWith(eol) ? block : block + eol;
  if (!line.trim()) {
    // The empty line itself ends up after the block and keeps it apart from what follows.
    const before = text.slice(0, lineStart);
    const prevBlank = before === '' || /(?:^|\n)[ \t]*\r?\n$/.test(before);
    return { span: { start: lineStart, end: lineStart }, newText: (prevBlank ? '' : eol) + body };
  }
  if (lineEnd >= text.length) return { span: { start: text.length, end: text.length }, newText: eol + eol + body };
  const at = lineEnd + 1;
  const after = text.slice(at);
  const trail = after === '' || /^[ \t]*\r?\n/.test(after) ? '' : eol;
  return { span: { start: at, end: at }, newText: eol + body + trail };
}

// ── the edits each command makes in the text editor, from the text and the cursor offset ─────────

export interface AtCursor {
  outline: Outline;
  /** The beeld at the cursor; the first one when the cursor is in the frontmatter or preamble. */
  beeld: number;
  /** The journal's own language, judged by its headings; `fallback` when it has none. */
  lang: Lang;
  eol: '\n' | '\r\n';
}

export function atCursor(text: string, offset: number, fallback: Lang): AtCursor {
  const o = outline(text);
  const at = beeldIndexAt(text, offset, o);
  return { outline: o, beeld: at >= 0 ? at : 0, lang: journalLang(text, fallback, o), eol: o.eol };
}

/** goedwerk.insertDeugd: the deugd (in the journal's language) into the Deugden section of the beeld at the cursor. */
export function deugdEditAt(text: string, offset: number, deugd: string, fallback: Lang): TextEdit {
  const c = atCursor(text, offset, fallback);
  return insertDeugdEdit(text, c.beeld, deugdName(deugd, c.lang), c.lang);
}

/**
 * goedwerk.addElement: the section for `kind` in the beeld at the cursor, or, when the beeld has it
 * already, where its heading starts (the command then shows it instead).
 */
export function sectionEditAt(text: string, offset: number, kind: KnownSection, fallback: Lang): { edit: TextEdit } | { existing: number } {
  const c = atCursor(text, offset, fallback);
  const found = c.outline.beelden[c.beeld]?.sections.find((s) => s.kind === kind);
  if (found) return { existing: found.heading.span.start };
  return { edit: addSectionEdit(text, c.beeld, kind, c.lang) };
}

/** goedwerk.add3e: the 3E check for the beeld at the cursor, or the E's it lacks; an empty edit when complete. */
export function drieEEditAt(text: string, offset: number, fallback: Lang): TextEdit {
  const c = atCursor(text, offset, fallback);
  return complete3eEdit(text, c.beeld, c.lang);
}

/** The situation a journal's frontmatter names, for the prompts of a new beeld. */
export function frontmatterSituation(text: string): string | undefined {
  const o = outline(text);
  if (!o.frontmatter) return undefined;
  const m = /^(?:situatie|situation)[ \t]*:[ \t]*["']?([A-Za-z0-9-]+)/m.exec(text.slice(o.frontmatter.yamlSpan.start, o.frontmatter.yamlSpan.end));
  return m && findSituation(m[1]) ? findSituation(m[1])!.id : undefined;
}

/** goedwerk.addBeeld: a whole new beeld right after the beeld at the cursor (at the end without one). */
export function beeldEditAt(text: string, offset: number, fallback: Lang, titel?: string): TextEdit {
  const c = atCursor(text, offset, fallback);
  const b = c.outline.beelden[c.beeld];
  const at = b ? b.span.end : text.length;
  const before = text.slice(0, at);
  const lead = before.length === 0 || /(?:\r?\n){2}$/.test(before) ? '' : /\r?\n$/.test(before) ? c.eol : c.eol + c.eol;
  const skeleton = beeldSkeleton(c.lang, { titel, situatie: frontmatterSituation(text) }, c.eol);
  return { span: { start: at, end: at }, newText: lead + skeleton + (at < text.length ? c.eol : '') };
}

/** goedwerk.insertSituation: a built-in situation's reminder block on lines of its own at the cursor. */
export function situationEditAt(text: string, offset: number, situatie: string, fallback: Lang): TextEdit | undefined {
  const c = atCursor(text, offset, fallback);
  const block = situationBlock(situatie, c.lang, c.eol);
  return block ? blockAtCursor(text, offset, block, c.eol) : undefined;
}
