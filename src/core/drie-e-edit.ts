// The edit a click on a 3E answer makes: the E's list item rewritten through the shared contract
// (src/core/drie-e.ts `formatDrieEItem`), keeping the writer's list marker, name and explanation; an
// E the list lacks gets an item after the last one. Computed on one section's text (a notebook cell).
import type { DrieEId } from './content/guides';
import { DRIE_E } from './content/index';
import { DRIE_E_IDS, formatDrieEItem, readDrieEItem, splitDrieELine, type DrieEAnswer, type DrieEItem } from './drie-e';
import { t } from './i18n';
import type { Lang, TextEdit } from './model';

interface Found { start: number; end: number; marker: string; name: string; item: DrieEItem }

/**
 * The top-level 3E items of a section's text, outside code fences, each with its line's span; an E
 * named twice counts at its first item (the notebook's outline reads the answers with it too).
 */
export function drieEItemLines(text: string): Found[] {
  const out: Found[] = [];
  let fence = '';
  let at = 0;
  for (const line of text.split(/(?<=\r\n|\r(?!\n)|\n)/)) {
    const start = at;
    at += line.length;
    const body = line.replace(/(?:\r\n|\r|\n)$/, '');
    const mark = /^ {0,3}(`{3,}|~{3,})/.exec(body)?.[1];
    if (fence) { if (mark && mark[0] === fence[0] && mark.length >= fence.length) fence = ''; continue; }
    if (mark) { fence = mark; continue; }
    if (!/^ {0,3}(?:[-+*]|\d{1,9}[.)])[ \t]/.test(body)) continue;
    const split = splitDrieELine(body);
    const item = split && readDrieEItem(split.text, split.ticked);
    if (!split || !item || out.some((f) => f.item.id === item.id)) continue;
    const name = /^[*_~`\s]*([\p{L}]+)/u.exec(split.text)?.[1] ?? item.id;
    out.push({ start, end: start + body.length, marker: split.marker, name, item });
  }
  return out;
}

/** How the E stands in this section's text ('open' when it has no item). */
export function drieEAnswerIn(text: string, id: DrieEId): DrieEAnswer {
  return drieEItemLines(text).find((f) => f.item.id === id)?.item.answer ?? 'open';
}

/**
 * The edit that gives E `id` the answer (and, when given, the explanation). Undefined when the text
 * would not change.
 */
export function answerDrieEEdit(text: string, id: DrieEId, answer: DrieEAnswer, lang: Lang, explanation?: string): TextEdit | undefined {
  const e = DRIE_E.find((x) => x.id === id);
  if (!e || !DRIE_E_IDS.includes(id)) return undefined;
  const found = drieEItemLines(text);
  const hit = found.find((f) => f.item.id === id);
  const why = explanation ?? hit?.item.explanation ?? '';
  const line = formatDrieEItem(hit?.name ?? t(lang, e.name), answer, lang, { explanation: answer === 'open' ? '' : why, question: t(lang, e.question) });
  if (hit) {
    const newText = hit.marker + line;
    return text.slice(hit.start, hit.end) === newText ? undefined : { span: { start: hit.start, end: hit.end }, newText };
  }
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const last = found[found.length - 1];
  const marker = last?.marker ?? '- ';
  const at = last ? last.end : text.length;
  // After the last item on its own line; else after a blank line, however the text ends.
  const trailing = /(?:\r\n|\r|\n)*$/.exec(text)![0].replace(/\r\n/g, '\n').length;
  const lead = last ? eol : /\S/.test(text) ? eol.repeat(Math.max(0, 2 - trailing)) : '';
  return { span: { start: at, end: at }, newText: `${lead}${marker}${line}` };
}
