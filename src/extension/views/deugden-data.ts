// What the Deugden view shows: every deugd alphabetically with its golden mean, filtered by what the
// user types. Pure, so it is unit-tested without an editor.
import type { Lang } from '../../core/model';
import { t } from '../../core/i18n';
import { normalizeName, type DeugdInfo } from '../../core/content/deugden';

export interface DeugdRow {
  /** The Dutch name (the key the insert command understands; it picks the journal's language itself). */
  name: string;
  label: string;
  /** The golden mean in one line: too little and too much. */
  mean: string;
  tooLittle?: string;
  tooMuch?: string;
  description?: string;
  /** A name the team added in `.goedwerk.json`. */
  team: boolean;
}

const LABELS: Record<Lang, { little: string; much: string; team: string }> = {
  nl: { little: 'te weinig', much: 'te veel', team: 'eigen deugd van het team' },
  en: { little: 'too little', much: 'too much', team: "the team's own deugd" },
};

export function goldenMean(lang: Lang, tooLittle?: string, tooMuch?: string): string {
  const l = LABELS[lang];
  return [tooLittle && `${l.little}: ${tooLittle}`, tooMuch && `${l.much}: ${tooMuch}`].filter(Boolean).join(' · ');
}

function rowOf(d: DeugdInfo, lang: Lang): DeugdRow {
  const tooLittle = d.tooLittle && t(lang, d.tooLittle);
  const tooMuch = d.tooMuch && t(lang, d.tooMuch);
  return {
    name: d.name,
    label: lang === 'en' ? d.en : d.name,
    mean: goldenMean(lang, tooLittle, tooMuch),
    tooLittle,
    tooMuch,
    description: d.description && t(lang, d.description),
    team: false,
  };
}

function haystack(row: DeugdRow, d?: DeugdInfo): string {
  const parts = [row.name, row.label, row.tooLittle, row.tooMuch, row.description,
    d?.en, ...(d?.aliases ?? []), ...(d?.enAliases ?? [])];
  return parts.filter(Boolean).map((p) => normalizeName(p as string)).join('\n');
}

/**
 * The rows to show: the known deugden plus the team's extra names (those not already known), sorted
 * by label with Dutch collation ("IJver" among the I's), then kept when every word of `filter` occurs
 * in the name, an alias or the golden mean (case- and accent-insensitive).
 */
export function deugdRows(deugden: readonly DeugdInfo[], extra: readonly string[], lang: Lang, filter = ''): DeugdRow[] {
  const known = new Set(deugden.flatMap((d) => [d.name, d.en, ...(d.aliases ?? []), ...(d.enAliases ?? [])].map(normalizeName)));
  const rows: { row: DeugdRow; hay: string }[] = deugden.map((d) => {
    const row = rowOf(d, lang);
    return { row, hay: haystack(row, d) };
  });
  const seen = new Set<string>();
  for (const raw of extra) {
    if (typeof raw !== 'string') continue;
    const name = raw.trim();
    const key = normalizeName(name);
    if (!key || known.has(key) || seen.has(key)) continue;
    seen.add(key);
    const row: DeugdRow = { name, label: name, mean: LABELS[lang].team, team: true };
    rows.push({ row, hay: haystack(row) });
  }
  const words = normalizeName(filter).split(' ').filter(Boolean);
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return rows
    .filter(({ hay }) => words.every((w) => hay.includes(w)))
    .map(({ row }) => row)
    .sort((a, b) => collator.compare(a.label, b.label));
}
