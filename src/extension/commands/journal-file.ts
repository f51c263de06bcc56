// Where a new journal goes and what it is called, from the `goedwerk.fileNamePattern` setting.
// Pure, so odd patterns and titles are unit-tested.
import { slugify } from '../../core/content/situations';
import { JOURNAL_SUFFIX, journalStem } from '../../core/names';

const DEFAULT_PATTERN = `{datum}-{titel}${JOURNAL_SUFFIX}`;

export interface FileNameVars {
  /** YYYY-MM-DD. */
  datum: string;
  titel: string;
  situatie?: string;
}

/** Today's date as YYYY-MM-DD in local time. */
export function isoDate(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// A segment must stay a plain name on every file system: no separators, no reserved characters.
function cleanSegment(segment: string): string {
  return segment
    .replace(/[<>:"|?*\u0000-\u001f\\]/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-. ]+|[- ]+$/g, '')
    .replace(/-+\./g, '.');
}

/**
 * The file name (possibly with sub folders, `/`-separated) for a new journal. Placeholders:
 * `{datum}`/`{date}`, `{jaar}`/`{year}`, `{maand}`/`{month}`, `{titel}`/`{title}` (slugged) and
 * `{situatie}`/`{situation}`. The result never climbs out of the journal folder and always ends in
 * `.goedwerk.md`.
 */
export function journalFileName(pattern: string | undefined, vars: FileNameVars): string {
  const p = typeof pattern === 'string' && pattern.trim() ? pattern.trim() : DEFAULT_PATTERN;
  const [jaar = '', maand = ''] = vars.datum.split('-');
  const values: Record<string, string> = {
    datum: vars.datum, date: vars.datum, jaar, year: jaar, maand, month: maand,
    titel: slugify(vars.titel), title: slugify(vars.titel),
    situatie: slugify(vars.situatie ?? ''), situation: slugify(vars.situatie ?? ''),
  };
  const filled = p.replace(/\{(\w+)\}/g, (whole, key: string) => values[key.toLowerCase()] ?? whole);
  const segments = filled.split(/[\\/]+/).map(cleanSegment).filter((s) => s && s !== '.' && s !== '..');
  let name = segments.pop() ?? '';
  name = journalStem(name).replace(/\.md$/i, '');
  name = cleanSegment(name) || slugify(vars.titel) || vars.datum || 'journaal';
  return [...segments, name + JOURNAL_SUFFIX].join('/');
}

/** `name`, or `name` with -2, -3 … before the suffix, whichever `exists` says is free first. */
export async function freeName(name: string, exists: (candidate: string) => Promise<boolean> | boolean): Promise<string> {
  if (!(await exists(name))) return name;
  const base = name.slice(0, -JOURNAL_SUFFIX.length);
  for (let n = 2; n < 10_000; n++) {
    const candidate = `${base}-${n}${JOURNAL_SUFFIX}`;
    if (!(await exists(candidate))) return candidate;
  }
  return `${base}-${Date.now()}${JOURNAL_SUFFIX}`;
}
