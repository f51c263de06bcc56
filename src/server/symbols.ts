// Document symbols (Outline, breadcrumbs, Go to Symbol): beelden and their sections; folding ranges
// per beeld, per section and for the frontmatter. All from the scanner, no remark.
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange } from 'vscode-languageserver/node';
import { t } from '../core/i18n';
import type { Lang, Span } from '../core/model';
import { outline, type Outline, type OutlineSection } from '../core/scan';
import { SECTION_HEADINGS } from '../core/sections';
import { positionAt, rangeOf } from '../core/text';

const UNTITLED = { nl: '(beeld zonder titel)', en: '(untitled beeld)' };
const FRONTMATTER = { nl: 'Frontmatter', en: 'Frontmatter' };

/** The span without its trailing blank lines, so a symbol or fold ends at the last written line. */
function trimmed(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(text[end - 1])) end--;
  return { start: span.start, end: Math.max(end, span.start) };
}

function sectionSymbol(text: string, o: Outline, s: OutlineSection, children: DocumentSymbol[]): DocumentSymbol {
  const name = s.heading.text || (s.kind !== 'eigen' ? SECTION_HEADINGS[s.kind].nl : '#');
  return {
    name,
    detail: s.kind === 'eigen' ? undefined : s.kind,
    kind: s.kind === 'eigen' ? SymbolKind.String : SymbolKind.Field,
    range: rangeOf(o.lineStarts, trimmed(text, s.span)),
    selectionRange: rangeOf(o.lineStarts, trimmed(text, s.heading.span)),
    children,
  };
}

/** Sections nested by span: a writer's sub-heading inside a section becomes its child. */
function nest(text: string, o: Outline, sections: readonly OutlineSection[]): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  let i = 0;
  while (i < sections.length) {
    const s = sections[i];
    let j = i + 1;
    while (j < sections.length && sections[j].span.start < s.span.end) j++;
    out.push(sectionSymbol(text, o, s, nest(text, o, sections.slice(i + 1, j))));
    i = j;
  }
  return out;
}

export function documentSymbols(text: string, lang: Lang): DocumentSymbol[] {
  const o = outline(text);
  const out: DocumentSymbol[] = [];
  if (o.frontmatter) {
    const r = rangeOf(o.lineStarts, trimmed(text, o.frontmatter.span));
    out.push({ name: t(lang, FRONTMATTER), kind: SymbolKind.Namespace, range: r, selectionRange: r });
  }
  for (const b of o.beelden) {
    const range = rangeOf(o.lineStarts, trimmed(text, b.span));
    const selection = b.titleHeading ? rangeOf(o.lineStarts, trimmed(text, b.titleHeading.span)) : { start: range.start, end: range.start };
    out.push({
      name: b.title || t(lang, UNTITLED),
      kind: SymbolKind.Class,
      range,
      selectionRange: selection,
      children: nest(text, o, b.sections),
    });
  }
  return out;
}

export function foldingRanges(text: string): FoldingRange[] {
  const o = outline(text);
  const out: FoldingRange[] = [];
  const fold = (span: Span, kind?: string) => {
    const t = trimmed(text, span);
    const start = positionAt(o.lineStarts, t.start).line;
    const end = positionAt(o.lineStarts, t.end).line;
    if (end > start) out.push(kind ? { startLine: start, endLine: end, kind } : { startLine: start, endLine: end });
  };
  if (o.frontmatter) fold(o.frontmatter.span, FoldingRangeKind.Region);
  for (const b of o.beelden) {
    fold(b.span);
    for (const s of b.sections) fold(s.span);
  }
  return out;
}
