// A deugd is a golden mean between too little and too much. Naming it with a word the team shares
// (the booklet's list, plus the team's own) makes beelden comparable and lets a coach see patterns.
import { findDeugd, nearestDeugd, normalizeName } from '../content/deugden';
import type { RawFinding, Rule } from './types';
import { msg, sectionsOfKind } from './util';

export const messages = {
  description: {
    nl: 'De deugden in de sectie Deugden komen uit de lijst van de praktijkbundel of uit de eigen lijst van het team.',
    en: "The virtues in the Virtues section come from the booklet's list or from the team's own list.",
  },
  unknownWithSuggestion: {
    nl: '"{0}" staat niet in de lijst met deugden. Bedoel je "{1}"?',
    en: '"{0}" is not in the list of virtues. Did you mean "{1}"?',
  },
  unknown: {
    nl: '"{0}" staat niet in de lijst met deugden. Kies een deugd uit de lijst, of laat het team hem toevoegen in .goedwerk.json.',
    en: '"{0}" is not in the list of virtues. Pick one from the list, or have the team add it in .goedwerk.json.',
  },
};

/** No deugd's name is longer than this; a longer label is a sentence, only its first words may be one. */
const MAX_NAME = 40;

export const deugdOnbekend: Rule = {
  id: 'deugd-onbekend',
  defaultSeverity: 'info',
  description: messages.description,
  check(journal, ctx) {
    const extra = new Set(ctx.extraDeugden.map(normalizeName));
    const out: RawFinding[] = [];
    for (const b of journal.beelden) {
      for (const section of sectionsOfKind(b, 'deugden')) {
        for (const item of section.items) {
          const label = item.label.trim();
          if (!label || findDeugd(label) || extra.has(normalizeName(label))) continue;
          const suggestion = suggest(label, ctx.extraDeugden);
          out.push({
            range: item.labelRange,
            message: suggestion
              ? msg(messages.unknownWithSuggestion, shorten(label), suggestion)
              : msg(messages.unknown, shorten(label)),
            data: { beeld: b.index, section: 'deugden', deugd: label, ...(suggestion ? { suggestion } : {}) },
          });
        }
      }
    }
    return out;
  },
};

// A team writes the same few odd names in journal after journal; the nearest-name search compares with
// every known name, so its answers are remembered (per team list, a bounded number of them).
const memo = new Map<string, string | undefined>();
const MEMO_LIMIT = 2000;

function suggest(label: string, extra: readonly string[]): string | undefined {
  const key = `${extra.join('\u0000')}\u0001${label}`;
  if (memo.has(key)) return memo.get(key);
  const answer = nearest(label, extra);
  if (memo.size >= MEMO_LIMIT) memo.delete(memo.keys().next().value!);
  memo.set(key, answer);
  return answer;
}

function nearest(label: string, extra: readonly string[]): string | undefined {
  if (label.length <= MAX_NAME) return nearestDeugd(label, extra);
  // "Geduld omdat het kind tijd nodig had": the name is the start of the sentence.
  const first = label.split(/\s+/, 1)[0];
  return findDeugd(first) ? first : undefined;
}

function shorten(label: string): string {
  return label.length <= MAX_NAME ? label : `${label.slice(0, MAX_NAME - 1)}…`;
}
