// The shared names have one home, src/core/names.ts: the manifest spells them the same way, and no
// source file spells them again (a second spelling drifts: the notebook type once lived in seven files).
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  CONFIG_FILE, JOURNAL_GLOB, JOURNAL_SUFFIX, LANGUAGE_ID, NOTEBOOK_TYPE, TEAM_SITUATIONS_DIR,
  isDefaultSituationsDir, isJournalPath, isTeamSituationPath, journalStem,
} from '../../src/core/names';

const root = join(__dirname, '..', '..', '..'); // out/test/unit -> repo

/** Files that may keep their own spelling for now, each with its reason (none left). */
const NOT_YET: Record<string, string> = {};

/** A second spelling of one of the names in code (comments and prose in messages are fine). */
const SPELLINGS: [string, RegExp][] = [
  ['the journal suffix as a regular expression', /\\\.goedwerk\\\.md/],
  ['the journal suffix or glob as a string', /['"`](?:\*\*\/\*)?\.goedwerk\.md['"`]/],
  ['the notebook type', /['"`]goedwerk-notebook['"`]/],
  ['the team config file', /['"`](?:\*\*\/)?\.goedwerk\.json['"`]/],
  ['the team situations folder', /['"`]\.goedwerk\/situaties['"`]|'\.goedwerk',\s*'situaties'/],
  ['the language id', /language(?:Id)?\s*(?:===|:)\s*['"`]goedwerk['"`]/],
];

function tsFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    return statSync(join(root, rel)).isDirectory() ? tsFiles(rel) : rel.endsWith('.ts') ? [rel] : [];
  });
}

/** Lines of code with comments dropped (a whole-line comment, or a `//` after the code). */
function codeLines(text: string): { line: number; code: string }[] {
  return text.split('\n').flatMap((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*')) return [];
    return [{ line: i + 1, code: raw.replace(/\s\/\/\s.*$/, '') }];
  });
}

export function secondSpellings(file: string, text: string): string[] {
  return codeLines(text).flatMap(({ line, code }) => SPELLINGS
    .filter(([, re]) => re.test(code))
    .map(([what]) => `${file}:${line}: ${what} (import it from src/core/names.ts)`));
}

describe('shared names', () => {
  it('recognises journals, their stem and the team situations whatever the case or separator', () => {
    assert.ok(isJournalPath('/team/2024-05-01-paniek.goedwerk.md'));
    assert.ok(isJournalPath('C:\\team\\Paniek.GoedWerk.MD'));
    assert.ok(!isJournalPath('/team/notes.md'));
    assert.ok(!isJournalPath('/team/goedwerk.md'));
    assert.equal(journalStem('paniek.Goedwerk.md'), 'paniek');
    assert.equal(journalStem('notes.md'), 'notes.md');
    assert.ok(isTeamSituationPath('/team/.goedwerk/situaties/eigen.md'));
    assert.ok(isTeamSituationPath('C:\\team\\.goedwerk\\situaties\\eigen.md'));
    assert.ok(!isTeamSituationPath('/team/.goedwerk/situaties/sub/eigen.md'));
    assert.ok(!isTeamSituationPath('/team/.goedwerk/situaties/eigen.goedwerk.md'));
    assert.ok(isDefaultSituationsDir('/team/.goedwerk/situaties'));
    assert.ok(!isDefaultSituationsDir('/team/situaties'));
    assert.equal(JOURNAL_GLOB, `**/*${JOURNAL_SUFFIX}`);
  });

  it('spells them as the manifest does', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const c = pkg.contributes;
    assert.deepEqual(c.languages.map((l: { id: string }) => l.id), [LANGUAGE_ID]);
    assert.deepEqual(c.languages[0].extensions, [JOURNAL_SUFFIX]);
    assert.deepEqual(c.notebooks.map((n: { type: string }) => n.type), [NOTEBOOK_TYPE]);
    assert.deepEqual(c.notebooks[0].selector, [{ filenamePattern: `*${JOURNAL_SUFFIX}` }]);
    for (const event of [`onLanguage:${LANGUAGE_ID}`, `onNotebook:${NOTEBOOK_TYPE}`, `workspaceContains:${JOURNAL_GLOB}`]) {
      assert.ok(pkg.activationEvents.includes(event), `activationEvents lacks ${event}`);
    }
    // Every `when` clause that names the notebook type, the language or the suffix names ours.
    const whens: string[] = Object.values(c.menus as Record<string, { when?: string }[]>).flat().map((m) => m.when ?? '');
    const suffixRe = JOURNAL_SUFFIX.replace(/\./g, '\\.');
    for (const when of whens) {
      for (const m of when.matchAll(/notebookType == (\S+)/g)) assert.equal(m[1], NOTEBOOK_TYPE, when);
      for (const m of when.matchAll(/editorLangId == (\S+)/g)) assert.equal(m[1], LANGUAGE_ID, when);
      for (const m of when.matchAll(/resourceFilename =~ \/(.+?)\$\//g)) assert.equal(m[1], suffixRe, when);
    }
    assert.equal(CONFIG_FILE, '.goedwerk.json');
    assert.equal(TEAM_SITUATIONS_DIR, '.goedwerk/situaties');
  });

  it('finds a planted second spelling, and none in comments', () => {
    const planted = [
      '// a journal is a *.goedwerk.md file, `goedwerk-notebook` in a comment is fine',
      "const JOURNAL = /\\.goedwerk\\.md$/i;",
      "registerNotebookSerializer('goedwerk-notebook', s);",
      "if (doc.languageId === 'goedwerk') go(); // a comment after code",
      "const glob = '**/.goedwerk.json';",
    ].join('\n');
    assert.deepEqual(secondSpellings('planted.ts', planted).map((p) => p.replace(/ \(.*$/, '')), [
      'planted.ts:2: the journal suffix as a regular expression',
      'planted.ts:3: the notebook type',
      'planted.ts:4: the language id',
      'planted.ts:5: the team config file',
    ]);
  });

  it('has no second spelling of them in src/', () => {
    const found = tsFiles('src')
      .filter((f) => f !== 'src/core/names.ts' && !(f in NOT_YET))
      .flatMap((f) => secondSpellings(f, readFileSync(join(root, f), 'utf8')));
    assert.deepEqual(found, []);
  });
});
