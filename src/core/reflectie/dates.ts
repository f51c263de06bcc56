// Days as the record uses them: YYYY-MM-DD. Kept free of the YAML reader, so the CLI's main bundle can
// check `--van` and `--tot` without loading the parser (journals' dates arrive normalised already).

function ymd(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** YYYY-MM-DD for `2024-03-01`, `2024-3-1`, `1-3-2024`, `01/03/2024` or `1.3.2024`; undefined for anything else or a day that does not exist. */
export function isoDate(value: string | undefined): string | undefined {
  const s = value?.trim() ?? '';
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  return m ? ymd(Number(m[3]), Number(m[2]), Number(m[1])) : undefined;
}

/** The re-registration period ending on `tot`: five years back, the day after. */
export function fiveYearsBefore(tot: string): string {
  const d = new Date(`${tot}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 5);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Today (or `at`) in local time, the way a writer would type it. */
export function localDay(at = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
