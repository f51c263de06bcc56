// One parsed journal in, what it brings to the reflection record out: the session fields and, per
// beeld, short plain-text fragments sorted toward the three dimensions. Everything that enters the
// record passes the privacy scanner first, and what it finds is masked, so no output repeats it.
import { readDrieEItem, splitDrieELine } from '../drie-e';
import { isSession, readSession } from './session';
import type { Beeld, ElementId, Journal, Section } from '../model';
import { findPrivacyHits, findStructured } from '../privacy';
import { FROM_ELEMENT, FROM_E } from './dimensions';
import type { BeeldSource, Fragment, SessionSource } from './types';

/** Longest fragment the draft quotes; the draft is a reminder of what was said, not a copy. */
export const FRAGMENT_CHARS = 280;

/** What a masked passage reads as in the record. */
export const MASK = '[…]';

export interface ExtractOptions {
  /** False when the team turned the privacy rule off: then nothing is masked. */
  privacy: boolean;
  /** Names the team allows (`privacy.namen` in .goedwerk.json); the writer and the facilitator always are. */
  allowedNames?: readonly string[];
}

class Masker {
  count = 0;
  constructor(private readonly on: boolean, private readonly allowedNames: readonly string[]) {}

  /** `namesToo` false: only what has a fixed shape (a phone number, an e-mail address, a date of birth…). */
  mask(text: string, namesToo = true): string {
    if (!this.on) return text;
    const hits = namesToo ? findPrivacyHits(text, { allowedNames: this.allowedNames }) : findStructured(text);
    let out = text;
    for (const h of [...hits].reverse()) out = out.slice(0, h.span.start) + MASK + out.slice(h.span.end);
    this.count += hits.length;
    return out;
  }

  maybe(text: string | undefined, namesToo = true): string | undefined {
    return text === undefined ? undefined : this.mask(text, namesToo);
  }
}

/** Markdown to one line of plain text: comments, markers, links and images out; cut at a word. */
export function plainText(markdown: string, max = FRAGMENT_CHARS): string {
  const text = markdown
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, ' ')
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/<\/?[A-Za-z][^<>\n]*>/g, ' ')
    .replace(/^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)/gm, '')
    .replace(/[*`]+|~~|(^|\s)_+|_+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

function sectionText(journal: Journal, s: Section): string {
  return plainText(journal.text.slice(s.body.start, s.body.end));
}

function drieEFragments(journal: Journal, s: Section, masker: Masker): Fragment[] {
  const out: Fragment[] = [];
  for (const item of s.items) {
    const end = journal.text.indexOf('\n', item.span.start);
    const line = journal.text.slice(item.span.start, end === -1 ? item.span.end : Math.min(end, item.span.end)).replace(/\r$/, '');
    const split = splitDrieELine(line);
    const e = split ? readDrieEItem(split.text, split.ticked) : undefined;
    // An answer without words adds nothing to write about; the draft quotes what the writer said.
    if (!e || !e.explanation) continue;
    out.push({ dimension: FROM_E[e.id], from: e.id, answer: e.answer, text: masker.mask(plainText(e.explanation)) });
  }
  return out;
}

function beeldSource(journal: Journal, b: Beeld, masker: Masker): BeeldSource {
  const fragments: Fragment[] = [];
  for (const s of b.sections) {
    if (s.empty) continue;
    if (s.kind === 'drie-e') fragments.push(...drieEFragments(journal, s, masker));
    else if (s.kind in FROM_ELEMENT) {
      const text = sectionText(journal, s);
      if (text) fragments.push({ dimension: FROM_ELEMENT[s.kind as ElementId], from: s.kind as ElementId, text: masker.mask(text) });
    }
  }
  return { title: masker.maybe(b.title?.trim() || undefined) ?? null, fragments };
}

/** What `journal` (shown to the user as `file`) brings into the record. */
export function extractSession(journal: Journal, file: string, opts: ExtractOptions): SessionSource {
  const fm = journal.frontmatter;
  const fields = fm?.fields ?? {};
  const info = readSession(fm);
  // The record is the writer's own, and the facilitator signs for it: their names belong in it. Only
  // what the beelden say about others is masked.
  const professionals = [fields.auteur, info.begeleider].filter((n): n is string => !!n?.trim());
  const masker = new Masker(opts.privacy, [...professionals, ...(opts.allowedNames ?? [])]);
  const source: SessionSource = {
    file,
    datum: fields.datum,
    auteur: masker.maybe(fields.auteur),
    gesprek: fields.gesprek,
    isSession: isSession(fields, fm?.data),
    vorm: info.vorm,
    vormText: masker.maybe(info.vormText, false),
    minutes: info.minutes,
    begeleider: masker.maybe(info.begeleider),
    deelnemers: info.deelnemers,
    // A series is named after a group or a theme, which reads like an institution: only fixed shapes count.
    reeks: masker.maybe(info.reeks, false),
    problems: info.problems,
    beelden: journal.beelden.map((b) => beeldSource(journal, b, masker)),
    masked: 0,
  };
  source.masked = masker.count;
  return source;
}
