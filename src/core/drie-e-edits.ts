// The edits of the 3E check: what each E's answer is, completing the check with the E's it lacks, and
// answering one open E the way contract v2 writes it.
import type { Lang, TextEdit } from './model';
import { outline } from './scan';
import { drieESkeleton, type Eol } from './template';
import type { DrieEId as DrieE } from './content/guides';
import { DRIE_E_IDS as DRIE_E, formatDrieEItem, readDrieEItem, splitDrieELine, type DrieEAnswer } from './drie-e';
import { drieELines } from './drie-e-beeld';
import { outermost } from './outermost';
import { addSectionEdit, endsWithLineBreak, insertBlock, trimTrailingBlank } from './section-edits';

export type { DrieE };

/** Each E's answer in the beeld's 3E check, or 'missing' when no item names it (undefined: no 3E section). */
export function drieEStatus(text: string, beeldIndex: number): Record<DrieE, DrieEAnswer | 'missing'> | undefined {
  const b = outline(text).beelden[beeldIndex];
  const s = b && outermost(b.sections).find((x) => x.kind === 'drie-e');
  if (!s) return undefined;
  const items = drieELines(text, s.body);
  const status = {} as Record<DrieE, DrieEAnswer | 'missing'>;
  for (const e of DRIE_E) {
    const found = items.filter((i) => i.id === e);
    status[e] = found.length === 0 ? 'missing' : found.find((i) => i.answer !== 'open')?.answer ?? 'open';
  }
  return status;
}

/** The skeleton's line for each E, so a completed check reads like a fresh one (its question, open). */
function skeletonLines(lang: Lang, eol: Eol): Record<DrieE, string> {
  const lines = drieESkeleton(lang, eol).split(/\r\n|\r|\n/);
  const out = {} as Record<DrieE, string>;
  for (const e of DRIE_E) {
    const line = lines.find((l) => {
      const split = splitDrieELine(l);
      return split && readDrieEItem(split.text, split.ticked)?.id === e;
    });
    out[e] = line ?? `- [ ] ${e}`;
  }
  return out;
}

/**
 * Completes the 3E check: adds the section when it is missing, else the E's its list lacks, each with
 * its question (open: the answer is the writer's, see `answer3eEdit`).
 */
export function complete3eEdit(text: string, beeldIndex: number, lang: Lang): TextEdit {
  const o = outline(text);
  const b = o.beelden[beeldIndex];
  const s = b && outermost(b.sections).find((x) => x.kind === 'drie-e');
  if (!b || !s) return addSectionEdit(text, beeldIndex, 'drie-e', lang);
  const items = drieELines(text, s.body);
  const have = new Set(items.map((i) => i.id));
  const lines = skeletonLines(lang, o.eol);
  const missing = DRIE_E.filter((e) => !have.has(e)).map((e) => lines[e]);
  if (missing.length === 0) return { span: { start: s.body.end, end: s.body.end }, newText: '' };
  const last = items[items.length - 1];
  if (last) {
    // Right after the last item, so the list stays one list.
    const at = last.span.end;
    const lead = endsWithLineBreak(text.slice(0, at)) ? '' : o.eol;
    return { span: { start: at, end: at }, newText: lead + missing.map((l) => l + o.eol).join('') };
  }
  const at = trimTrailingBlank(text, s.body.start, s.body.end);
  return insertBlock(text, at, missing.join(o.eol) + o.eol, o.eol);
}

const ITEM_NAME = /^[*_~`\s]*([\p{L}]+)/u;

/**
 * Answers one open E of the beeld's 3E check: its first item naming that E that is still open is
 * rewritten as contract v2 writes an answer (`[x] Excellent: ja`, `[ ] Energiek: nee`), keeping the
 * name as the writer spelled it and any words of their own. Undefined when that E has no open item.
 */
export function answer3eEdit(text: string, beeldIndex: number, e: DrieE, answer: Exclude<DrieEAnswer, 'open'>, lang: Lang): TextEdit | undefined {
  const b = outline(text).beelden[beeldIndex];
  const s = b && outermost(b.sections).find((x) => x.kind === 'drie-e');
  const item = s && drieELines(text, s.body).find((i) => i.id === e && i.answer === 'open');
  if (!item) return undefined;
  const line = text.slice(item.span.start, item.textSpan.end);
  const split = splitDrieELine(line);
  if (!split) return undefined;
  const name = ITEM_NAME.exec(split.text)?.[1] ?? e;
  const start = item.span.start + split.marker.length;
  return { span: { start, end: item.textSpan.end }, newText: formatDrieEItem(name, answer, lang, { explanation: item.explanation }) };
}
