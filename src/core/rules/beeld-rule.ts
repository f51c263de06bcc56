// Most structure rules judge each beeld on its own: they say what one beeld lacks, and this puts the
// findings of every beeld together in order.
import type { Msg } from '../i18n';
import type { Beeld, RuleId, Severity } from '../model';
import type { RawFinding, Rule } from './types';

export function beeldRule(
  id: RuleId, defaultSeverity: Severity, description: Msg, inBeeld: (beeld: Beeld) => RawFinding[],
): Rule {
  return {
    id,
    defaultSeverity,
    description,
    check: (journal) => journal.beelden.flatMap(inBeeld),
  };
}
