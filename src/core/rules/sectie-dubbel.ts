// Two "Kennis" headings in one beeld split a thought in two; readers, stats and fixes see only one.
import type { SectionKind } from '../model';
import type { KnownSection } from '../sections';
import type { RawFinding, Rule } from './types';
import { beeldRule } from './beeld-rule';
import { msg, sectionName } from './util';

export const messages = {
  description: {
    nl: 'Elke sectie (zoals Kennis of Uitwerking) staat maar één keer in een beeld.',
    en: 'Each section (such as Knowledge or Elaboration) appears only once in a beeld.',
  },
  duplicate: {
    nl: 'De sectie {0} staat al eerder in dit beeld (regel {1}). Voeg de twee samen.',
    en: 'The section {0} already appears earlier in this beeld (line {1}). Merge the two.',
  },
};

export const sectieDubbel: Rule = beeldRule('sectie-dubbel', 'warning', messages.description, (b) => {
  const out: RawFinding[] = [];
  const first = new Map<SectionKind, number>();
  for (const s of b.sections) {
    if (s.kind === 'eigen') continue;
    const line = first.get(s.kind);
    if (line === undefined) { first.set(s.kind, s.heading.range.start.line); continue; }
    out.push({
      range: s.heading.range,
      message: msg(messages.duplicate, sectionName(s.kind as KnownSection), String(line + 1)),
      data: { beeld: b.index, section: s.kind },
    });
  }
  return out;
});
