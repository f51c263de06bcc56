// One journal's summary for the Journaal view: its frontmatter (read with `yaml`) and each beeld's state.
// Bundled into dist/yaml-readers.js, not the activation bundle (see yaml-readers.ts). Pure; never throws.
import { outline } from '../../core/scan';
import { parseFrontmatter } from '../../core/frontmatter';
import { isMarked, readFeedbackMark } from '../../core/feedback/mark';
import { summarizeBeeld, type JournalSummary } from './journal-data';

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (typeof v === 'number') return String(v);
  return undefined;
}

/** Summarises one journal; never throws, whatever the text. */
export function summarizeJournal(file: string, text: string): JournalSummary {
  const o = outline(text);
  const summary: JournalSummary = { file, beelden: [] };
  if (o.frontmatter) {
    const fm = parseFrontmatter(text, o.frontmatter, o.lineStarts);
    if (fm.error) summary.problem = 'yaml';
    summary.auteur = str(fm.fields.auteur);
    summary.situatie = str(fm.fields.situatie);
    summary.datum = str(fm.fields.datum);
    summary.gesprek = str(fm.fields.gesprek);
  }
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = o.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (o.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const mark = readFeedbackMark(text, o);
  summary.beelden = o.beelden.map((b) => ({ ...summarizeBeeld(text, b, lineOf), ...(isMarked(mark, b.title) ? { feedbackRequested: true } : {}) }));
  return summary;
}
