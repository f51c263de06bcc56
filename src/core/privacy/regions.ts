// Which parts of a journal are prose the name detectors may read. Everything else (the frontmatter,
// headings, the deugden's names in a Deugden list, code, links, addresses of web pages) is blanked out
// with spaces, keeping every line break, so positions stay the same and a blanked heading reads as a
// paragraph break.
import type { Journal, Span } from '../model';
import { offsetAt } from '../text';

/** Code fences and spans, HTML comments, URLs and link targets: never prose (e-mail addresses are blanked as findings). */
const NOT_PROSE = /^(?:```|~~~)[^\n]*\n[\s\S]*?(?:\n(?:```|~~~)[^\n]*(?=\n|$)|$(?![\s\S]))|`[^`\n]+`|<!--[\s\S]*?(?:-->|$(?![\s\S]))|\]\([^)\n]*\)|<[^>\n]+>|\b(?:https?:\/\/|www\.)[^\s)>\]]+/gmu;

export function blank(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(at, s.start);
    const end = Math.min(text.length, s.end);
    if (end <= start) continue;
    const piece = text.slice(start, end);
    const lines = piece.indexOf('\n') !== -1 || piece.indexOf('\r') !== -1;
    parts.push(text.slice(at, start), lines ? piece.replace(/[^\r\n]/g, ' ') : ' '.repeat(piece.length));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Code, comments and links, looked for in each part on its own (`cuts`: where parts start), so that an
 * unclosed fence or comment ends with its beeld, as it does when the server checks beeld by beeld.
 */
function notProse(text: string, cuts: readonly number[] = [0]): Span[] {
  // Most journals have none of these: a few plain searches spare the pattern.
  if (!/[`<~]|\]\(|https?:|www\./.test(text)) return [];
  const out: Span[] = [];
  cuts.forEach((from, i) => {
    const part = text.slice(from, cuts[i + 1] ?? text.length);
    for (const m of part.matchAll(NOT_PROSE)) out.push({ start: from + m.index!, end: from + m.index! + m[0].length });
  });
  return out;
}

/** The spans of a parsed journal that are not prose: frontmatter, headings, deugd labels. */
function structure(journal: Journal): Span[] {
  const out: Span[] = [];
  if (journal.frontmatter) out.push(journal.frontmatter.span);
  for (const b of journal.beelden) {
    if (b.titleHeading) out.push(b.titleHeading.span);
    for (const s of b.sections) {
      out.push(s.heading.span);
      if (s.kind !== 'deugden') continue;
      for (const item of s.items) {
        // The deugd's name is the label's first word ("Hoop", "Trouw" are names too); whatever else the
        // label holds ("Eerlijkheid tegenover ...") is prose.
        const start = offsetAt(journal.lineStarts, item.labelRange.start);
        const end = offsetAt(journal.lineStarts, item.labelRange.end);
        const first = /^[*_\s]*[\p{L}\p{M}'’-]+[*_]*/u.exec(journal.text.slice(start, end));
        out.push({ start, end: first ? start + first[0].length : end });
      }
    }
  }
  return out;
}

/** The text as the name detectors read it: only prose left, the rest (and `also`: other findings) blanked. */
export function proseOf(text: string, journal?: Journal, cuts?: readonly number[], also: readonly Span[] = []): string {
  const spans = notProse(text, cuts);
  spans.push(...also);
  if (journal) spans.push(...structure(journal));
  else spans.push(...headingLines(text));
  return blank(text, spans);
}

/** Without a parsed journal: ATX heading lines and a leading frontmatter block. */
function headingLines(text: string): Span[] {
  const out: Span[] = [];
  const fm = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?=\r?\n|$)/.exec(text);
  if (fm) out.push({ start: 0, end: fm[0].length });
  for (const m of text.matchAll(/^[ \t]{0,3}#{1,6}(?:[ \t][^\n]*)?$/gm)) out.push({ start: m.index!, end: m.index! + m[0].length });
  return out;
}
