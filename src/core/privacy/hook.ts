// The git pre-commit hook that runs the commit guard: its text, and how to tell it from someone else's
// hook. Pure: the CLI writes it to disk. The hook runs the guard with the runtime and the CLI it was
// installed with (for VS Code: VS Code's own runtime with ELECTRON_RUN_AS_NODE=1, so no Node.js is needed),
// falls back to a `goedwerk` on the PATH, and refuses the commit with a clear message when neither exists.

export const HOOK_MARKER = '# goedwerk-guard';
/** Where a hook that was there before ours is kept; ours runs it first. */
export const PREVIOUS_HOOK = 'pre-commit.goedwerk-vorige';

/** Single-quoted for sh: safe for any path (spaces, quotes, backslashes). */
export function shQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export interface HookOptions {
  /** The program that runs the CLI: node, or VS Code's executable (with ELECTRON_RUN_AS_NODE=1). */
  runtime: string;
  /** The CLI bundle (dist/cli.js). */
  cli: string;
  lang: 'nl' | 'en';
}

export function hookScript(o: HookOptions): string {
  const missing = o.lang === 'en'
    ? 'goedwerk: the privacy check cannot start (its program was moved or removed). Install the hook again: goedwerk hook install, or in VS Code: Goed Werk: Install the privacy check for commits.'
    : 'goedwerk: de privacycontrole kan niet starten (het programma is verplaatst of verwijderd). Installeer de hook opnieuw: goedwerk hook install, of in VS Code: Goed Werk: Privacycontrole bij commits installeren.';
  return [
    '#!/bin/sh',
    `${HOOK_MARKER}: installed by Goed Werk. Checks the staged journals for personal data before a commit.`,
    '# Remove it with `goedwerk hook uninstall`. A hook that was here before runs first (see below).',
    'hook_dir=$(dirname "$0")',
    `if [ -x "$hook_dir/${PREVIOUS_HOOK}" ]; then`,
    `  "$hook_dir/${PREVIOUS_HOOK}" "$@" || exit $?`,
    'fi',
    `runtime=${shQuote(o.runtime)}`,
    `cli=${shQuote(o.cli)}`,
    'if [ -f "$cli" ] && [ -x "$runtime" ]; then',
    `  ELECTRON_RUN_AS_NODE=1 exec "$runtime" "$cli" --lang ${o.lang} guard`,
    'fi',
    'if command -v goedwerk >/dev/null 2>&1; then',
    `  exec goedwerk --lang ${o.lang} guard`,
    'fi',
    `echo ${shQuote(missing)} >&2`,
    'exit 1',
    '',
  ].join('\n');
}

export function isOurHook(text: string): boolean {
  return text.includes(HOOK_MARKER);
}
