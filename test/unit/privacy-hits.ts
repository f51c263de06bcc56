// What the privacy rounds' unit suites (privacy-general, privacy-third, privacy-sixth) ask of the detectors: the hits
// in a whole journal as [kind, matched text], the frontmatter's author allowed as the rule allows it.
import { findPrivacyHits } from '../../src/core/privacy';
import { parseJournal } from '../../src/core/parse';

export function hits(text: string): [string, string][] {
  const journal = parseJournal(text);
  const auteur = journal.frontmatter?.fields.auteur;
  return findPrivacyHits(text, { journal, allowedNames: auteur ? [auteur] : [] })
    .map((h) => [h.kind, text.slice(h.span.start, h.span.end)]);
}

/** The matched texts of one kind (`naam`, `instelling`, …). */
export const hitsOf = (kind: string) => (text: string): string[] => hits(text).filter(([k]) => k === kind).map(([, v]) => v);

/** A beeld whose kenmerkende ervaring is `body`, after `head` (a frontmatter, say). */
export const beeld = (body: string, head = '') => `${head}# Een middag\n\n## Kenmerkende ervaring\n\n${body}\n`;
