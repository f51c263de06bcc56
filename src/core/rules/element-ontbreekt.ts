// A beeld van goed werk rests on five elements (Handelingen, Kennis, Identiteit, Deugden, Vrijheid).
// Not every one needs to be worked out, but each deserves a look, so the rule asks the writer to weigh
// the one not yet looked at. Any text counts as weighed, a single "speelde hier geen rol" or "n.v.t." too.
import { ELEMENTS } from '../model';
import type { Rule } from './types';
import { beeldRule } from './beeld-rule';
import { missingOrEmpty, msg, sectionName } from './util';

export const messages = {
  description: {
    nl: 'Een beeld kijkt naar alle vijf elementen: Handelingen, Kennis, Identiteit, Deugden en Vrijheid. Een korte regel per element is genoeg, ook "speelde hier geen rol".',
    en: 'A beeld looks at all five elements: Skills, Knowledge, Identity, Virtues and Freedom. A short line per element is enough, "played no part here" too.',
  },
  missing: {
    nl: 'Het element {0} is nog niet bekeken. Weeg het even: wat betekende {0} hier? Een korte regel onder een kop "{0}" is genoeg; speelde het geen rol, schrijf dan "speelde hier geen rol".',
    en: 'The element {0} has not been looked at yet. Weigh it for a moment: what did {0} mean here? A short line under a "{0}" heading is enough; if it played no part, write "played no part here".',
  },
  empty: {
    nl: 'Het element {0} is nog niet bekeken. Weeg het even: een korte regel is genoeg, ook "speelde hier geen rol".',
    en: 'The element {0} has not been looked at yet. Weigh it for a moment: a short line is enough, "played no part here" too.',
  },
};

export const elementOntbreekt: Rule = beeldRule('element-ontbreekt', 'warning', messages.description, (b) =>
  ELEMENTS.flatMap((element) => {
    const gap = missingOrEmpty(b, element);
    if (!gap) return [];
    return [{
      range: gap.section?.heading.range ?? b.anchor,
      message: msg(gap.missing ? messages.missing : messages.empty, sectionName(element)),
      data: { beeld: b.index, section: element },
    }];
  }));
