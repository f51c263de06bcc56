// The names every face must spell the same way: what a journal file is called, the language and the
// notebook type VS Code knows it by, and where a team keeps its own situations. package.json repeats
// some of them (it cannot import); test/unit/names.test.ts holds the two to each other and keeps a
// second spelling out of src/.

/** The language id of a journal in the text editor (package.json `contributes.languages`). */
export const LANGUAGE_ID = 'goedwerk';

/** The notebook type of a journal opened as a notebook (package.json `contributes.notebooks`). */
export const NOTEBOOK_TYPE = 'goedwerk-notebook';

/** Every journal's file name ends so; any case counts (`.GoedWerk.md` on a case-insensitive disk). */
export const JOURNAL_SUFFIX = '.goedwerk.md';

/** Every journal below a folder, for file watchers and globs. */
export const JOURNAL_GLOB = `**/*${JOURNAL_SUFFIX}`;

/** A team's settings file; the nearest one above a journal counts. */
export const CONFIG_FILE = '.goedwerk.json';

/** Where a team keeps its own situations when `.goedwerk.json` names no folder (relative, with `/`). */
export const TEAM_SITUATIONS_DIR = '.goedwerk/situaties';

/** True for a path, file name or URI path of a journal. */
export function isJournalPath(path: string): boolean {
  return path.toLowerCase().endsWith(JOURNAL_SUFFIX);
}

/** A journal's file name without the suffix (other names unchanged). */
export function journalStem(name: string): string {
  return isJournalPath(name) ? name.slice(0, -JOURNAL_SUFFIX.length) : name;
}

/** True for a Markdown file directly in a `.goedwerk/situaties/` folder (either separator). */
export function isTeamSituationPath(path: string): boolean {
  return /[\\/]\.goedwerk[\\/]situaties[\\/][^\\/]+\.md$/i.test(path) && !isJournalPath(path);
}

/** True for the default situations folder itself (`…/.goedwerk/situaties`). */
export function isDefaultSituationsDir(dir: string): boolean {
  return /(?:^|[\\/])\.goedwerk[\\/]situaties$/i.test(dir);
}
