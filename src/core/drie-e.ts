// The 3E check, contract v2: three questions, each answered yes, no or partly, or still open.
//
// One item of the 3E list reads `[box] Name[:] rest`. What the rest says decides the answer:
//   1. an answer word at its start (ja/nee/deels, yes/no/partly) is the answer, whatever the box says;
//   2. otherwise a ticked box is yes;
//   3. otherwise the writer's own words are no: in v1 an unticked box meant "does not pass";
//   4. nothing at all, or a question (the template's prompt), is open: a question is not an answer.
// Nothing here rewrites a journal; `formatDrieEItem` is what a click or a quick fix writes.
import type { Lang } from './model';
import type { DrieEId } from './content/guides';

export type DrieEAnswer = 'ja' | 'nee' | 'deels' | 'open';

export const DRIE_E_IDS: readonly DrieEId[] = ['excellent', 'ethisch', 'energiek'];

export interface DrieEItem {
  id: DrieEId;
  answer: DrieEAnswer;
  /** The writer's words after the name and any answer word; '' when there are none or only a prompt. */
  explanation: string;
  /** True when the rest is the template's question (or any question) rather than an answer. */
  prompt: boolean;
}

/** How the name of each E may start, in Dutch and English (also shortened or misspelled a little). */
const NAME_PREFIXES: Record<DrieEId, readonly string[]> = {
  excellent: ['excellen', 'excelen'],
  ethisch: ['ethisch', 'ethic', 'ethiek', 'etisch'],
  energiek: ['energ', 'engag'],
};

const ANSWER_WORDS: Record<string, Exclude<DrieEAnswer, 'open'>> = {
  ja: 'ja', yes: 'ja',
  nee: 'nee', no: 'nee',
  deels: 'deels', gedeeltelijk: 'deels', partly: 'deels', partially: 'deels',
};

export const ANSWER_WORD: Record<Lang, Record<Exclude<DrieEAnswer, 'open'>, string>> = {
  nl: { ja: 'ja', nee: 'nee', deels: 'deels' },
  en: { ja: 'yes', nee: 'no', deels: 'partly' },
};

const MARKS = /^[*_~`\s]+|[*_~`\s]+$/g;
const NAME = /^[*_~`\s]*([\p{L}]+)[*_~`]*\s*(?:[:：]|[-–—](?=\s)|(?=\s)|$)\s*/u;
const ANSWER = /^[*_~`]*([\p{L}]+)[*_~`]*(?![\p{L}\p{N}])[\s,.;:!–—-]*/u;

/** Which E a name starts with, if any. */
export function drieEIdOf(word: string): DrieEId | undefined {
  const w = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return DRIE_E_IDS.find((id) => NAME_PREFIXES[id].some((p) => w.startsWith(p)));
}

/**
 * Reads one item of the 3E list: `text` is the item's first line after the list marker and task box,
 * `ticked` whether its box is ticked (undefined for an item without a box). Undefined when the item
 * names no E.
 */
export function readDrieEItem(text: string, ticked: boolean | undefined): DrieEItem | undefined {
  const name = NAME.exec(text);
  const id = name ? drieEIdOf(name[1]) : undefined;
  if (!name || !id) return undefined;
  const rest = text.slice(name[0].length).trim();
  const word = ANSWER.exec(rest);
  const said = word ? ANSWER_WORDS[word[1].toLowerCase()] : undefined;
  if (said) return { id, answer: said, explanation: rest.slice(word![0].length).trim(), prompt: false };
  const bare = rest.replace(MARKS, '');
  const prompt = bare.endsWith('?');
  if (ticked === true) return { id, answer: 'ja', explanation: prompt ? '' : rest, prompt };
  if (bare === '' || prompt) return { id, answer: 'open', explanation: '', prompt };
  return { id, answer: 'nee', explanation: rest, prompt: false };
}

/** Splits a list item's first line into marker, task box and text: `- [x] Ethisch: ja` → `[x]`, `Ethisch: ja`. */
export function splitDrieELine(line: string): { marker: string; ticked: boolean | undefined; text: string } | undefined {
  const m = /^(\s*(?:[-+*]|\d{1,9}[.)])[ \t]+)(?:\[([ xX])\][ \t]+)?(.*)$/.exec(line);
  if (!m) return undefined;
  return { marker: m[1], ticked: m[2] === undefined ? undefined : m[2] !== ' ', text: m[3] };
}

/**
 * The text of a 3E item with the given answer, as a click or a quick fix writes it: yes ticks the box,
 * no and partly leave it open and say so, open writes the question back. The writer's explanation is kept.
 */
export function formatDrieEItem(name: string, answer: DrieEAnswer, lang: Lang, opts: { explanation?: string; question?: string } = {}): string {
  const explanation = opts.explanation?.trim();
  if (answer === 'open') return `[ ] ${name}: ${explanation || opts.question || ''}`.trimEnd();
  const box = answer === 'ja' ? '[x]' : '[ ]';
  const word = ANSWER_WORD[lang][answer];
  return `${box} ${name}: ${word}${explanation ? `, ${explanation}` : ''}`;
}
