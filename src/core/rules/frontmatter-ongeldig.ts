// Frontmatter that does not parse loses the situatie, datum and auteur a coach relies on, silently.
import { NOT_A_MAPPING } from '../frontmatter';
import type { Rule } from './types';
import { msg } from './util';
import { yamlErrorReason } from '../yaml-errors';

export const messages = {
  description: {
    nl: 'De frontmatter (tussen de `---` regels bovenaan) is geldige YAML met sleutels en waarden.',
    en: 'The frontmatter (between the `---` lines at the top) is valid YAML with keys and values.',
  },
  invalid: {
    nl: 'De frontmatter is geen geldige YAML ({0}). Situatie, datum en auteur worden nu niet gelezen; de rest van het journaal wel.',
    en: 'The frontmatter is not valid YAML ({0}). Situation, date and author are not read now; the rest of the journal is.',
  },
  unclosed: {
    nl: 'De frontmatter begint hier met `---`, maar de afsluitende `---` ontbreekt. Zonder die regel leest niemand situatie, datum en auteur.',
    en: 'The frontmatter opens here with `---`, but its closing `---` is missing. Without that line nobody reads situation, date and author.',
  },
  notMapping: {
    nl: 'De frontmatter moet bestaan uit regels `sleutel: waarde`, zoals `situatie: paniek-bij-oma`.',
    en: 'The frontmatter must consist of `key: value` lines, such as `situation: paniek-bij-oma`.',
  },
};

export const frontmatterOngeldig: Rule = {
  id: 'frontmatter-ongeldig',
  defaultSeverity: 'error',
  description: messages.description,
  check(journal) {
    if (!journal.frontmatter && opensUnclosed(journal.text)) {
      return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, message: messages.unclosed }];
    }
    const error = journal.frontmatter?.error;
    if (!error) return [];
    const message = error.message === NOT_A_MAPPING ? messages.notMapping : msg(messages.invalid, yamlErrorReason(error.code));
    return [{ range: error.range, message }];
  },
};

/**
 * A first line `---` followed by a `key:` line is frontmatter whose closing line was forgotten (a file
 * never starts with a rule and a key); remark then reads it as a rule and a paragraph, silently.
 */
function opensUnclosed(text: string): boolean {
  return /^---[ \t]*\r?\n[ \t]*[\p{L}_][\p{L}\p{N}_ -]*:(?:[ \t]|\r?\n|$)/u.test(text);
}
