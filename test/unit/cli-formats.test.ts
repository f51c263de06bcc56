// The CI formats of the built CLI (dist/cli.js), run on real files as CI runs it, each read back by the
// tool that consumes it: SARIF validated against the official 2.1.0 schema, GitHub workflow commands
// parsed as the runner parses them, JUnit XML parsed by an XML parser, and the text output read with
// the problem matcher's own regular expression from package.json. All must say what the JSON output says.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Log } from 'sarif';
import { RULE_IDS } from '../../src/core/model';
import { annotation } from '../../src/cli/formats/github';
import { xml } from '../../src/cli/formats/escape';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist', 'cli.js');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

interface JsonFinding { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; rule: string; message: string }
type Key = [file: string, line: number, column: number, endLine: number, endColumn: number, severity: string, rule: string, message: string];
const key = (f: JsonFinding): Key => [f.file, f.line, f.column, f.endLine, f.endColumn, f.severity, f.rule, f.message];
/** The findings with each severity named as a format names it. */
const withSeverity = (keys: Key[], names: Record<string, string>): Key[] => keys.map((k) => [k[0], k[1], k[2], k[3], k[4], names[k[5]], k[6], k[7]]);

function run(cwd: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
  delete env.GOEDWERK_LANG;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const PHONE = '06-87654321';
const JOURNALS: Record<string, string | Buffer> = {
  'klaar.goedwerk.md': '# Rust\n\n## Kenmerkende ervaring\n\nOma belde laat.\n',
  'team/privé, map/a,b:c%&<\'.goedwerk.md': `# Titel\n\n## Deugden\n\n- Moed%\n\nBel haar op ${PHONE}.\n`,
  'team/crlf.goedwerk.md': '\uFEFF---\r\nsituatie: onbekend-hier\r\n---\r\n\r\n## Kennis\r\n\r\nIets.\r\n',
  'binair.goedwerk.md': Buffer.from([0x23, 0x20, 0, 1, 2]),
  'kapot/.goedwerk.json': '{ "rules": { "privacy": "luid" } ',
  'kapot/leeg.goedwerk.md': '',
};

describe('CLI: formats for CI', function () {
  this.timeout(120_000);
  let dir = '';
  let expected: Key[] = [];

  before(() => {
    assert.ok(existsSync(CLI), 'dist/cli.js is built');
    dir = mkdtempSync(join(tmpdir(), 'goedwerk-formats-'));
    for (const [rel, content] of Object.entries(JOURNALS)) {
      mkdirSync(join(dir, rel, '..'), { recursive: true });
      writeFileSync(join(dir, rel), content);
    }
    const r = run(dir, ['check', '--lang', 'en', '--format', 'json']);
    expected = (JSON.parse(r.stdout) as JsonFinding[]).map(key);
    assert.ok(expected.length > 10, 'the journals give findings to compare');
    assert.ok(new Set(expected.map((k) => k[5])).size >= 3, 'of several severities');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes SARIF 2.1.0 that the official schema accepts, with the tool, its rules and help pages', () => {
    const r = run(dir, ['check', '--lang', 'en', '--format', 'sarif']);
    assert.equal(r.code, 1, 'warnings make CI fail, as with the text output');
    const log = JSON.parse(r.stdout) as Log;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')));
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const [sarifRun] = log.runs;
    assert.equal(sarifRun.tool.driver.name, 'goedwerk');
    assert.equal(sarifRun.tool.driver.version, PKG.version);
    const rules = sarifRun.tool.driver.rules ?? [];
    for (const id of ['titel-ontbreekt', 'element-ontbreekt', 'privacy', 'bestand-binair', 'config-ongeldig']) {
      assert.ok(rules.some((x) => x.id === id), `rule ${id} is described`);
    }
    for (const rule of rules.filter((x) => x.helpUri)) {
      const page = fileURLToPath(rule.helpUri!);
      assert.match(page, /docs[\\/]rules[\\/][^\\/]+\.md$/);
      assert.ok(existsSync(page), `${rule.id}: ${page}`);
      assert.equal(rule.help?.markdown, readFileSync(page, 'utf8'));
    }
    assert.deepEqual(rules.filter((x) => x.helpUri).map((x) => x.id).sort(), [...RULE_IDS].sort(), 'every rule of the format has its page');
    const results = (sarifRun.results ?? []).map((res): Key => {
      const loc = res.locations![0].physicalLocation!;
      const region = loc.region!;
      assert.equal(rules[res.ruleIndex!].id, res.ruleId);
      return [decodeURIComponent(loc.artifactLocation!.uri!), region.startLine!, region.startColumn!, region.endLine!, region.endColumn!, res.level!, res.ruleId!, res.message.text!];
    });
    assert.deepEqual(results, withSeverity(expected, { error: 'error', warning: 'warning', info: 'note', hint: 'note' }));
  });

  it('puts no text of the journals in the SARIF log', () => {
    const out = run(dir, ['check', '--format', 'sarif']).stdout;
    assert.ok(!out.includes('"snippet"') && !out.includes('contextRegion'));
    assert.ok(!out.includes('87654321'), 'the phone number the privacy rule found is not repeated');
    assert.ok(!out.includes('Oma belde laat'));
  });

  it('writes GitHub workflow commands, escaped as the runner unescapes them', () => {
    const r = run(dir, ['check', '--lang', 'en', '--format', 'github']);
    assert.equal(r.code, 1);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines.pop()!, /^\d+ file\(s\) checked: /);
    const unescape = (s: string) => s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
    const got = lines.map((line): Key => {
      const m = /^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]*)::(.*)$/.exec(line);
      assert.ok(m, line);
      return [unescape(m[2]), +m[3], +m[4], +m[5], +m[6], m[1], unescape(m[7]), unescape(m[8])];
    });
    assert.deepEqual(got, withSeverity(expected, { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' }));
  });

  it('escapes %, CR, LF in the message and also : and , in properties', () => {
    const line = annotation('a,b:c%.goedwerk.md', {
      rule: 'x:y,z', severity: 'hint', message: '100%\r\nklaar: ja, nee',
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } },
    });
    assert.equal(line, '::notice file=a%2Cb%3Ac%25.goedwerk.md,line=3,col=1,endLine=3,endColumn=6,title=x%3Ay%2Cz::100%25%0D%0Aklaar: ja, nee');
  });

  it('writes JUnit XML with one test suite per journal and the file as class name', () => {
    const r = run(dir, ['check', '--lang', 'en', '--format', 'junit']);
    assert.equal(r.code, 1);
    assert.equal(XMLValidator.validate(r.stdout), true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(r.stdout);
    const suites = doc.testsuites.testsuite as Array<{ name: string; tests: string; failures: string; testcase: Array<Record<string, unknown>> }>;
    const files = new Set(expected.map((k) => k[0]));
    assert.ok(suites.some((s) => s.name === 'klaar.goedwerk.md') || !files.has('klaar.goedwerk.md'));
    let failures = 0;
    let cases = 0;
    for (const s of suites) {
      for (const c of s.testcase) {
        assert.equal(c.classname, s.name, 'file as class name');
        cases++;
        if (c.failure) failures++;
      }
      assert.equal(+s.tests, s.testcase.length);
    }
    const failing = expected.filter((k) => k[5] === 'error' || k[5] === 'warning');
    assert.equal(failures, failing.length);
    assert.equal(+doc.testsuites.failures, failing.length);
    assert.equal(+doc.testsuites.tests, cases);
    assert.ok(suites.find((s) => s.name.startsWith('team/privé, map/a,b:c%&<')), 'odd file names survive as XML');
    const clean = suites.filter((s) => !files.has(s.name));
    for (const s of clean) assert.equal(s.testcase.length, 1, `${s.name}: one passing case`);
  });

  it('escapes what XML cannot hold', () => {
    assert.equal(xml('a & b < c > "d" \'e\''), 'a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;');
    assert.equal(xml('x\u0001y\uD800z\u00e9'), 'x\uFFFDy\uFFFDz\u00e9');
  });

  it('prints text that the problem matcher in package.json reads back completely', () => {
    const matcher = PKG.contributes.problemMatchers.find((m: { name: string }) => m.name === 'goedwerk');
    const p = matcher.pattern;
    const re = new RegExp(p.regexp);
    const r = run(dir, ['check', '--lang', 'en']);
    const lines = r.stdout.trimEnd().split('\n');
    const matched = lines.map((l) => re.exec(l)).filter((m): m is RegExpExecArray => !!m);
    assert.equal(matched.length, lines.length - 1, 'every line but the summary');
    assert.equal(re.exec(lines[lines.length - 1]), null);
    const got = matched.map((m) => [m[p.file], +m[p.line], +m[p.column], m[p.severity], m[p.code], m[p.message]]);
    assert.deepEqual(got, expected.map((k) => [k[0], k[1], k[2], k[5], k[6], k[7]]));
    // Paths are relative to the folder the task runs in; autoDetect lost findings when the CLI ended fast
    // (test/vscode/tasks.test.ts runs a real task).
    assert.deepEqual(matcher.fileLocation, ['relative', '${workspaceFolder}']);
  });

  it('refuses an unknown format', () => {
    const r = run(dir, ['check', '--format', 'xml']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /sarif, github, junit/);
  });
});
