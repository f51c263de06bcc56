// Completion: section headings after `## `, deugden in a Deugden section (their golden mean as
// documentation), situation ids and conversation kinds in the frontmatter.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver/node';
import { DEUGDEN, ELEMENT_INFO, SITUATIONS, type DeugdInfo } from '../core/content/index';
import { journalLang } from '../core/edits';
import { FRONTMATTER_KEYS, GESPREK_VALUES } from '../core/frontmatter';
import { t } from '../core/i18n';
import { SECTION_ORDER, type ElementId, type Lang } from '../core/model';
import { outline } from '../core/scan';
import { SECTION_HEADINGS, type KnownSection } from '../core/sections';
import { rangeOf } from '../core/text';
import { placeAt } from './context';
import { M } from './messages';
import { isVormKey, vormItems } from './reflectie-keys';

export const TRIGGER_CHARACTERS = ['#', ' ', ':', '-'];

export interface CompletionContext {
  /** The user's language (documentation). */
  lang: Lang;
  /** The team's own deugden, from `.goedwerk.json`. */
  teamDeugden: readonly string[];
  /** The team's own situations (`.goedwerk/situaties/`). */
  teamSituaties?: readonly { id: string; title: string; summary: string }[];
}

const isElement = (k: KnownSection): k is ElementId => k in ELEMENT_INFO;

export function deugdDocumentation(d: DeugdInfo, lang: Lang): string {
  const parts: string[] = [];
  if (d.description) parts.push(t(lang, d.description));
  if (d.tooLittle && d.tooMuch) parts.push(t(lang, M.goldenMean, t(lang, d.tooLittle), t(lang, d.tooMuch)));
  else {
    if (d.tooLittle) parts.push(`**${t(lang, M.tooLittle)}:** ${t(lang, d.tooLittle)}`);
    if (d.tooMuch) parts.push(`**${t(lang, M.tooMuch)}:** ${t(lang, d.tooMuch)}`);
  }
  return parts.join('\n\n');
}

/**
 * Whether the line up to the cursor could be one of the places completion serves. Checked before the
 * outline is made, so typing a space in prose (a trigger character) costs next to nothing.
 */
export function mayComplete(text: string, offset: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  return /^ {0,3}#{2,6}[ \t]/.test(before)
    || /^[ \t]*[-*+][ \t]+[^:\-–—([]*$/.test(before)
    || /^[ \t]*[^\s:]*$/.test(before)
    || /^[A-Za-z_][\w-]*[ \t]*:/.test(before);
}

export function complete(text: string, offset: number, ctx: CompletionContext): CompletionItem[] {
  if (!mayComplete(text, offset)) return [];
  const o = outline(text);
  const place = placeAt(text, offset, o);
  const range = (start: number, end: number) => rangeOf(o.lineStarts, { start, end });
  const docLang = journalLang(text, ctx.lang, o);
  switch (place.kind) {
    case 'frontmatter': {
      if (place.key === undefined || place.valueStart === undefined) {
        if (/^[A-Za-z]*$/.test(place.line.before)) return keyItems(docLang, range(place.line.start, place.line.end));
        return [];
      }
      if (offset < place.valueStart) return [];
      const r = range(place.valueStart, Math.max(place.valueEnd ?? place.line.end, offset));
      if (FRONTMATTER_KEYS.situatie.includes(place.key)) return [...situationItems(ctx.lang, r), ...teamSituationItems(ctx, r)];
      if (FRONTMATTER_KEYS.gesprek.includes(place.key)) return gesprekItems(ctx.lang, r);
      if (isVormKey(place.key)) return vormItems(ctx.lang, r);
      return [];
    }
    case 'heading': {
      if (offset < place.textStart) return [];
      const have = new Set(place.beeld?.sections.filter((s) => s !== place.section).map((s) => s.kind));
      return sectionItems(docLang, ctx.lang, have, range(place.textStart, place.line.end));
    }
    case 'deugden': {
      const m = /^([ \t]*)([-*+][ \t]+)?([^:\-–—([]*)$/.exec(place.line.before);
      if (!m) return [];
      const wordStart = place.line.start + m[1].length + (m[2]?.length ?? 0);
      const bullet = m[2] ? '' : '- ';
      return deugdItems(docLang, ctx, bullet, range(wordStart, offset));
    }
    default:
      return [];
  }
}

function keyItems(lang: Lang, r: ReturnType<typeof rangeOf>): CompletionItem[] {
  return (Object.keys(FRONTMATTER_KEYS) as (keyof typeof FRONTMATTER_KEYS)[]).map((field, i) => {
    const keys = FRONTMATTER_KEYS[field];
    const key = lang === 'en' ? keys[keys.length - 1] : keys[0];
    return {
      label: key,
      kind: CompletionItemKind.Property,
      sortText: String(i).padStart(2, '0'),
      textEdit: { range: r, newText: `${key}: ` },
      command: field === 'situatie' || field === 'gesprek' || field === 'vorm' ? { title: '', command: 'editor.action.triggerSuggest' } : undefined,
    };
  });
}

function situationItems(lang: Lang, r: ReturnType<typeof rangeOf>): CompletionItem[] {
  return SITUATIONS.map((s) => ({
    label: s.id,
    kind: CompletionItemKind.Value,
    detail: `${t(lang, M.situationDetail)}: ${t(lang, s.title)}`,
    documentation: { kind: MarkupKind.Markdown, value: `**${t(lang, s.title)}**\n\n${t(lang, s.summary)}\n\n*${t(lang, M.dilemma)}:* ${t(lang, s.dilemma)}\n\n_${t(lang, M.source)}_` },
    sortText: String(s.order).padStart(2, '0'),
    filterText: `${s.id} ${t('nl', s.title)} ${t('en', s.title)}`,
    textEdit: { range: r, newText: s.id },
  }));
}

function teamSituationItems(ctx: CompletionContext, r: ReturnType<typeof rangeOf>): CompletionItem[] {
  return (ctx.teamSituaties ?? []).map((s) => ({
    label: s.id,
    kind: CompletionItemKind.Value,
    detail: `${t(ctx.lang, M.teamSituationDetail)}: ${s.title}`,
    documentation: s.summary ? { kind: MarkupKind.Markdown, value: `**${s.title}**\n\n${s.summary}` } : undefined,
    sortText: `99${s.id}`,
    filterText: `${s.id} ${s.title}`,
    textEdit: { range: r, newText: s.id },
  }));
}

function gesprekItems(lang: Lang, r: ReturnType<typeof rangeOf>): CompletionItem[] {
  const docs = { 'een-op-een': M.gesprekEenOpEen, groep: M.gesprekGroep, zelf: M.gesprekZelf } as const;
  return GESPREK_VALUES.map((value, i) => ({
    label: value,
    kind: CompletionItemKind.EnumMember,
    detail: t(lang, M.gesprekDetail),
    documentation: t(lang, docs[value]),
    sortText: String(i),
    textEdit: { range: r, newText: value },
  }));
}

function sectionItems(docLang: Lang, lang: Lang, have: Set<string>, r: ReturnType<typeof rangeOf>): CompletionItem[] {
  const items: CompletionItem[] = [];
  SECTION_ORDER.forEach((kind, i) => {
    const other: Lang = docLang === 'nl' ? 'en' : 'nl';
    for (const [which, l] of [[0, docLang], [1, other]] as const) {
      const name = SECTION_HEADINGS[kind][l];
      if (which === 1 && name === SECTION_HEADINGS[kind][docLang]) continue;
      const present = have.has(kind);
      items.push({
        label: name,
        kind: CompletionItemKind.Module,
        detail: t(lang, M.sectionDetail),
        documentation: isElement(kind) ? t(lang, ELEMENT_INFO[kind].question) : undefined,
        // Sections the beeld still lacks first, in the canonical order; the other language last.
        sortText: `${which}${present ? 1 : 0}${String(i).padStart(2, '0')}`,
        preselect: which === 0 && !present && !items.some((x) => x.preselect) ? true : undefined,
        textEdit: { range: r, newText: name },
      });
    }
  });
  return items;
}

function deugdItems(docLang: Lang, ctx: CompletionContext, bullet: string, r: ReturnType<typeof rangeOf>): CompletionItem[] {
  const items: CompletionItem[] = DEUGDEN.map((d) => {
    const name = docLang === 'en' ? d.en : d.name;
    const documentation = deugdDocumentation(d, ctx.lang);
    return {
      label: name,
      kind: CompletionItemKind.Value,
      detail: docLang === 'en' ? `${t(ctx.lang, M.deugdDetail)} · ${d.name}` : `${t(ctx.lang, M.deugdDetail)} · ${d.en}`,
      documentation: documentation ? { kind: MarkupKind.Markdown, value: documentation } : undefined,
      filterText: `${name} ${docLang === 'en' ? d.name : d.en}`,
      textEdit: { range: r, newText: bullet + name },
      insertTextFormat: InsertTextFormat.PlainText,
    };
  });
  for (const name of ctx.teamDeugden) {
    items.push({ label: name, kind: CompletionItemKind.Value, detail: t(ctx.lang, M.teamDeugdDetail), sortText: `0${name}`, textEdit: { range: r, newText: bullet + name } });
  }
  return items;
}
