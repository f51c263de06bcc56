// The `situatie` field ties a journal to one of the booklet's situations (or the team's own), so
// prompts, overviews and stats can group beelden. A typo cuts that tie without anyone noticing.
import { findSituation, SITUATIONS } from '../content/situations';
import { editDistance } from '../content/deugden';
import type { Journal, Range } from '../model';
import { lineRange } from '../frontmatter';
import { offsetAt } from '../text';
import type { Rule } from './types';
import { msg } from './util';

export const messages = {
  description: {
    nl: 'Het veld `situatie` in de frontmatter noemt een bekende situatie (het id, zoals `paniek-bij-oma`).',
    en: 'The `situatie` field in the frontmatter names a known situation (its id, such as `paniek-bij-oma`).',
  },
  unknownWithSuggestion: {
    nl: 'Er is geen situatie "{0}". Bedoel je "{1}"?',
    en: 'There is no situation "{0}". Did you mean "{1}"?',
  },
  unknown: {
    nl: 'Er is geen situatie "{0}". Gebruik het id van een situatie uit de praktijkbundel (bijvoorbeeld "{1}") of een eigen situatie van het team.',
    en: 'There is no situation "{0}". Use the id of a situation from the booklet (for example "{1}") or one of the team\'s own.',
  },
};

export const situatieOnbekend: Rule = {
  id: 'situatie-onbekend',
  defaultSeverity: 'warning',
  description: messages.description,
  check(journal, ctx) {
    const fm = journal.frontmatter;
    const id = fm?.fields.situatie;
    if (!fm || !id || findSituation(id) || ctx.extraSituaties.includes(id)) return [];
    const suggestion = nearestSituation(id, ctx.extraSituaties);
    const shown = id.length > 60 ? `${id.slice(0, 59)}…` : id;
    return [{
      range: fieldLine(journal, fm.fieldRanges.situatie) ?? fm.error?.range ?? lineRange(journal.text, journal.lineStarts, fm.span.start),
      message: suggestion
        ? msg(messages.unknownWithSuggestion, shown, suggestion)
        : msg(messages.unknown, shown, SITUATIONS[0]?.id ?? ''),
      data: suggestion ? { suggestion } : undefined,
    }];
  },
};

function fieldLine(journal: Journal, key: Range | undefined): Range | undefined {
  return key ? lineRange(journal.text, journal.lineStarts, offsetAt(journal.lineStarts, key.start)) : undefined;
}

function nearestSituation(id: string, extra: readonly string[]): string | undefined {
  if (id.length > 80) return undefined;
  const wanted = id.toLowerCase();
  let best: { id: string; distance: number } | undefined;
  for (const candidate of [...SITUATIONS.map((s) => s.id), ...extra]) {
    const distance = editDistance(wanted, candidate);
    if (distance <= Math.max(2, Math.floor(candidate.length / 4)) && (!best || distance < best.distance)) {
      best = { id: candidate, distance };
    }
  }
  return best?.id;
}
