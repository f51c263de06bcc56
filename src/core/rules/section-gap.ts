// The rules that ask every beeld for one section of its own (the kenmerkende ervaring, the uitwerking):
// a finding at the section's heading when it is there but empty, at the beeld's anchor when it is missing.
import type { Msg } from '../i18n';
import type { RuleId, Severity } from '../model';
import type { Rule } from './types';
import { beeldRule } from './beeld-rule';
import { missingOrEmpty } from './util';

export interface SectionGapMessages {
  description: Msg;
  missing: Msg;
  empty: Msg;
}

export function sectionGapRule(
  id: RuleId, defaultSeverity: Severity, section: 'ervaring' | 'uitwerking', messages: SectionGapMessages,
): Rule {
  return beeldRule(id, defaultSeverity, messages.description, (b) => {
    const gap = missingOrEmpty(b, section);
    if (!gap) return [];
    return [{
      range: gap.section?.heading.range ?? b.anchor,
      message: gap.missing ? messages.missing : messages.empty,
      data: { beeld: b.index, section },
    }];
  });
}
