// Hover: an element heading shows its guiding questions (and the situation's prompts, when the
// journal names one), a deugd its golden mean, a `situatie` value the situation's summary.
import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import { DRIE_E, ELEMENT_INFO, QUESTION_SETS, findDeugd, findSituation, normalizeName, type Situation } from '../core/content/index';
import { FRONTMATTER_KEYS } from '../core/frontmatter';
import { t } from '../core/i18n';
import type { ElementId, Lang } from '../core/model';
import { leadingLabel } from '../core/parse';
import { outline } from '../core/scan';
import { SECTION_HEADINGS, type KnownSection } from '../core/sections';
import { sectionSkeleton } from '../core/template';
import { rangeOf } from '../core/text';
import { deugdDocumentation } from './completion';
import { placeAt } from './context';
import { M } from './messages';
import { sessionKeyHover } from './reflectie-keys';

const bullets = (lines: string[]): string => lines.map((l) => `- ${l}`).join('\n');

/** The journal's situation, read from the frontmatter without YAML (hover must stay cheap). */
function situationOf(text: string, yaml: { start: number; end: number } | undefined): Situation | undefined {
  if (!yaml) return undefined;
  const m = new RegExp(`^(?:${FRONTMATTER_KEYS.situatie.join('|')})[ \\t]*:[ \\t]*["']?([^"'#\\r\\n]*?)["']?[ \\t]*(?:#.*)?$`, 'mi')
    .exec(text.slice(yaml.start, yaml.end));
  return m ? findSituation(m[1].trim()) : undefined;
}

function elementHover(kind: ElementId, lang: Lang, situation: Situation | undefined): string {
  const info = ELEMENT_INFO[kind];
  const qs = QUESTION_SETS[kind];
  const parts = [`**${t(lang, info.name)}** (${t(lang, info.skive)})`, `*${t(lang, info.question)}*`];
  parts.push(`${t(lang, M.questions)}:\n\n${bullets([...qs.first, ...qs.guide].map((q) => t(lang, q)))}`);
  const prompts = situation?.prompts[kind];
  if (prompts?.length) parts.push(`**${t(lang, situation!.title)}**\n\n${bullets(prompts.map((p) => t(lang, p)))}`);
  parts.push(`_${t(lang, M.source)}_`);
  return parts.join('\n\n');
}

/** The prompt a fresh section carries, taken from the template so both always say the same. */
function promptOf(kind: KnownSection, lang: Lang): string {
  const m = /<!--\s*([\s\S]*?)\s*-->/.exec(sectionSkeleton(kind, lang));
  return m ? m[1] : '';
}

function sectionHover(kind: KnownSection, lang: Lang, situation: Situation | undefined): string {
  if (kind in ELEMENT_INFO) return elementHover(kind as ElementId, lang, situation);
  const parts = [`**${SECTION_HEADINGS[kind][lang]}**`, promptOf(kind, lang)];
  if (kind === 'drie-e') parts.push(bullets(DRIE_E.map((e) => `**${t(lang, e.name)}**: ${t(lang, e.question)}`)));
  return parts.filter(Boolean).join('\n\n');
}

function situationHover(s: Situation, lang: Lang): string {
  return [`**${t(lang, s.title)}** (\`${s.id}\`)`, t(lang, s.summary), `*${t(lang, M.dilemma)}:* ${t(lang, s.dilemma)}`, `_${t(lang, M.source)}_`].join('\n\n');
}

export function hover(text: string, offset: number, lang: Lang, teamDeugden: readonly string[],
  teamSituaties: readonly { id: string; title: string; summary: string }[] = []): Hover | null {
  // Only headings, list items and `key:` lines have anything to show; prose needs no outline.
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  if (!/^ {0,3}#{2,6}[ \t]|^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]|^[A-Za-z_][\w-]*[ \t]*:/.test(line)) return null;
  const o = outline(text);
  const place = placeAt(text, offset, o);
  const range = (start: number, end: number) => rangeOf(o.lineStarts, { start, end });
  const markdown = (value: string, start: number, end: number): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range: range(start, end) });
  switch (place.kind) {
    case 'frontmatter': {
      const session = place.key ? sessionKeyHover(place.key, text.slice(place.valueStart ?? place.line.end, place.valueEnd ?? place.line.end), lang) : undefined;
      if (session) return markdown(session, place.line.start, place.line.end);
      if (!place.key || !FRONTMATTER_KEYS.situatie.includes(place.key) || place.valueStart === undefined) return null;
      const value = text.slice(place.valueStart, place.valueEnd).trim().replace(/^["']|["']$/g, '');
      const s = findSituation(value);
      if (s) return markdown(situationHover(s, lang), place.line.start, place.line.end);
      const own = teamSituaties.find((x) => x.id === value);
      return own ? markdown([`**${own.title}** (\`${own.id}\`)`, t(lang, M.teamSituationDetail), own.summary].filter(Boolean).join('\n\n'), place.line.start, place.line.end) : null;
    }
    case 'heading': {
      const kind = place.section?.kind;
      if (!kind || kind === 'eigen') return null;
      return markdown(sectionHover(kind, lang, situationOf(text, o.frontmatter?.yamlSpan)), place.line.start, place.line.end);
    }
    case 'deugden': {
      const m = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/.exec(place.line.text);
      if (!m) return null;
      const { label, span } = leadingLabel(text, place.line.start + m[0].length, place.line.end);
      if (!label || offset < span.start || offset > span.end) return null;
      const d = findDeugd(label);
      if (d) {
        const title = lang === 'en' ? `**${d.en}** (${d.name})` : `**${d.name}** (${d.en})`;
        const doc = deugdDocumentation(d, lang);
        return markdown([title, doc, `_${t(lang, M.source)}_`].filter(Boolean).join('\n\n'), span.start, span.end);
      }
      if (teamDeugden.some((x) => normalizeName(x) === normalizeName(label))) {
        return markdown(`**${label}**\n\n${t(lang, M.teamDeugdDetail)}`, span.start, span.end);
      }
      return null;
    }
    default:
      return null;
  }
}
