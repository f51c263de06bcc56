// The helper text Goed Werk writes into a journal sits in HTML comments, which the format does not
// count as content. A writer who types into such a comment (at the end of a prompt line, as happens in
// a text editor) has written words of their own all the same: this module finds them. Only words that
// follow a prompt Goed Werk knows, on that prompt's line, count; a comment without a known prompt is
// the writer's own comment and stays a comment, and a prompt whose wording changed since it was written
// is not mistaken for words of the writer.
import { ELEMENTS } from './model';
import { t } from './i18n';
import { GROUP_GUIDE, ONE_TO_ONE, QUESTION_SETS } from './content/index';
import { knownPromptTexts } from './template';

const KEY = 12;
let index: Map<string, string[]> | undefined;

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Every prompt a template or guide layout writes, by its first characters; longest first. */
function prompts(): Map<string, string[]> {
  if (index) return index;
  const all = new Set(knownPromptTexts());
  for (const lang of ['nl', 'en'] as const) {
    for (const s of ONE_TO_ONE.steps) all.add(norm(t(lang, s.body)));
    for (const p of GROUP_GUIDE.parts) all.add(norm(t(lang, p.body)));
    for (const e of ELEMENTS) for (const q of QUESTION_SETS[e].guide) all.add(norm(t(lang, q)));
  }
  index = new Map();
  for (const p of [...all].map((x) => x.replace(/-{2,}/g, '-')).filter((x) => x.length >= KEY)) {
    const list = index.get(p.slice(0, KEY)) ?? [];
    list.push(p);
    index.set(p.slice(0, KEY), list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

/** The known prompt a line starts with (after a list bullet), if any. */
function knownPrefix(line: string): string | undefined {
  if (line.length < KEY) return undefined;
  return prompts().get(line.slice(0, KEY))?.find((p) => line.startsWith(p));
}

const LEAD = /^([ \t]*(?:[·•*+-][ \t]+)?)/;

export interface PromptParts {
  /** The comment with the writer's words taken out: what the template wrote. */
  cleaned: string;
  /** The writer's words, one entry per prompt line they followed; empty when there are none. */
  residue: string[];
}

/**
 * Splits one HTML comment (`<!-- … -->`, the markers included) into the prompt and the words a writer
 * typed after a known prompt on its line. A comment that holds no known prompt is returned whole, with
 * no residue: it is the writer's own comment.
 */
export function splitPromptComment(comment: string): PromptParts {
  const open = comment.indexOf('<!--');
  const close = comment.lastIndexOf('-->');
  if (open === -1 || close < open + 4) return { cleaned: comment, residue: [] };
  const inner = comment.slice(open + 4, close);
  const residue: string[] = [];
  const pieces = inner.split(/(\r\n|\r|\n)/);
  for (let i = 0; i < pieces.length; i += 2) {
    const line = pieces[i];
    const lead = LEAD.exec(line)![1];
    const body = line.slice(lead.length);
    const content = body.trimStart();
    const prompt = knownPrefix(content);
    if (!prompt || content.length === prompt.length) continue;
    const rest = content.slice(prompt.length);
    if (!/[\p{L}\p{N}]/u.test(rest)) continue;
    residue.push(norm(rest));
    const trailing = /[ \t]*$/.exec(rest)![0];
    pieces[i] = lead + body.slice(0, body.length - content.length) + prompt + trailing;
  }
  if (residue.length === 0) return { cleaned: comment, residue };
  return { cleaned: comment.slice(0, open + 4) + pieces.join('') + comment.slice(close), residue };
}

/** The writer's words inside a comment (see splitPromptComment), joined by spaces; '' when none. */
export function promptResidue(comment: string): string {
  if (comment.length < KEY) return '';
  return splitPromptComment(comment).residue.join(' ');
}
