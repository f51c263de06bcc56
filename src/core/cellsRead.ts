// Text to cells: the journal cut at line starts into pieces, each shown as a cell's value with its
// hidden head and tail in the metadata (see `cells.ts` for the contract).
import type { CellMeta, CellRole, CellSpec } from './cells';
import { hasForeignBreak, isBlank, liftPrompt, splitTail } from './cellValue';
import type { SectionKind, Span } from './model';
import { outermost } from './outermost';
import { outline, type Outline } from './scan';

interface Cut { at: number; role: CellRole; section?: SectionKind; beeld?: number }

/** Cuts a journal into cells. For every string `t`: `cellsToText(textToCells(t)) === t`. */
export function textToCells(text: string, o: Outline = outline(text)): CellSpec[] {
  const eol = o.eol;
  const cuts = cutsOf(text, o);
  const cells: CellSpec[] = [];
  let carry = '';
  for (let i = 0; i < cuts.length; i++) {
    const cut = cuts[i];
    const end = i + 1 < cuts.length ? cuts[i + 1].at : text.length;
    if (cut.role === 'frontmatter' && o.frontmatter) {
      cells.push(frontmatterCell(text, o.frontmatter.yamlSpan, end, eol));
      continue;
    }
    let piece = text.slice(cut.at, end);
    // Blank lines between cells make no cell and are not shown: they end the cell before them,
    // or, at the very start of the file, ride along hidden in front of the first cell.
    const lead = isBlank(piece) && (cells.length > 0 || i + 1 < cuts.length) ? piece.length : leadingBlankLines(piece);
    if (lead > 0 && cells.length > 0) {
      cells[cells.length - 1].meta.tail += piece.slice(0, lead);
      piece = piece.slice(lead);
    } else if (lead > 0) {
      carry += piece.slice(0, lead);
      piece = piece.slice(lead);
    }
    if (piece === '' && (cells.length > 0 || i + 1 < cuts.length || carry === '')) continue;
    const cell = markupCell(piece, cut, eol);
    if (carry) { cell.meta.head = carry; carry = ''; }
    cells.push(cell);
  }
  return cells;
}

/** Length of the whole whitespace-only lines at the start of `s`. */
function leadingBlankLines(s: string): number {
  let done = 0;
  let i = 0;
  for (;;) {
    while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
    const c = s.charCodeAt(i);
    if (c === 13) i += s.charCodeAt(i + 1) === 10 ? 2 : 1;
    else if (c === 10) i++;
    else return done;
    done = i;
  }
}

function cutsOf(text: string, o: Outline): Cut[] {
  const cuts: Cut[] = [];
  if (o.frontmatter) cuts.push({ at: 0, role: 'frontmatter' });
  const bodyStart = o.frontmatter?.span.end ?? 0;
  if (bodyStart < (o.beelden[0]?.span.start ?? text.length) || cuts.length === 0) {
    cuts.push({ at: bodyStart, role: 'preamble' });
  }
  for (const b of o.beelden) {
    cuts.push({ at: b.span.start, role: b.titleHeading ? 'titel' : 'preamble', beeld: b.index });
    // A heading inside the span of the section before it (a deeper heading of the writer's own)
    // stays in that section's cell; every other section heading starts a cell.
    for (const s of outermost(b.sections)) {
      cuts.push({ at: s.span.start, role: 'section', section: s.kind, beeld: b.index });
    }
  }
  return normalizeCuts(cuts, text.length);
}

/** Keeps cuts in order and inside the text; when two fall together the later (more specific) one wins. */
function normalizeCuts(cuts: Cut[], length: number): Cut[] {
  const out: Cut[] = [];
  for (const c of cuts) {
    const at = Math.max(0, Math.min(length, c.at));
    const last = out[out.length - 1];
    if (last && (at < last.at || (at === last.at && last.role === 'frontmatter'))) continue;
    if (last && at === last.at) out.pop();
    out.push({ ...c, at });
  }
  // The first cut must be at 0 so that no text is lost.
  if (out.length === 0 || out[0].at !== 0) out.unshift({ at: 0, role: 'preamble' });
  // A cut at the very end makes an empty piece; drop it unless it is the only one.
  while (out.length > 1 && out[out.length - 1].at >= length) out.pop();
  return out;
}

function frontmatterCell(text: string, yaml: Span, end: number, eol: string): CellSpec {
  const { value, tail } = splitTail(text.slice(yaml.start, yaml.end));
  // A Markdown-kind cell in YAML: it never runs, and the notebook's renderer shows it as a card.
  return {
    kind: 'markup', language: 'yaml', value, role: 'frontmatter',
    meta: withRaw({ head: text.slice(0, yaml.start), tail: tail + text.slice(yaml.end, end) }, value, eol),
  };
}

function markupCell(piece: string, cut: Cut, eol: string): CellSpec {
  const { value: body, tail } = splitTail(piece);
  const lifted = liftPrompt(body, eol);
  const meta: CellMeta = withRaw({ tail }, body, eol, lifted.moved);
  if (lifted.prompt) meta.prompt = lifted.prompt;
  const cell: CellSpec = { kind: 'markup', language: 'markdown', value: lifted.value, role: cut.role, meta };
  if (cut.section) cell.section = cut.section;
  if (cut.beeld !== undefined) cell.beeld = cut.beeld;
  return cell;
}

/** `raw` keeps the piece's own bytes when writing the shown value back would not give them. */
function withRaw(meta: CellMeta, body: string, eol: string, moved = false): CellMeta {
  if (moved || hasForeignBreak(body, eol)) meta.raw = body;
  if (eol === '\r\n') meta.eol = eol;
  return meta;
}

/**
 * The one cell a blank journal opens with: it shows `placeholder` (an invitation to start) and, while
 * it does, writes the file's bytes back as they were.
 */
export function placeholderCell(text: string, placeholder: string): CellSpec {
  const meta: CellMeta = { tail: '', placeholder };
  if (text) meta.head = text;
  return { kind: 'markup', language: 'markdown', value: placeholder, role: 'invitation', meta };
}

/** True when a journal holds nothing but whitespace: it opens as an invitation to start. */
export function isBlankJournal(text: string): boolean {
  return isBlank(text);
}
