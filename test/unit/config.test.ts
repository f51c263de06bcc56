import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTeamConfig } from '../../src/core/config';
import { findTeamConfig } from '../../src/core/team/node';
import { clearTeamConfigCache } from '../../src/core/team/resolver';

describe('config: parseTeamConfig', () => {
  it('reads rules and deugden', () => {
    const { config, errors } = parseTeamConfig('{"rules": {"privacy": "error", "deugd-onbekend": "off"}, "deugden": ["Humor", "Rust"]}');
    assert.deepEqual(errors, []);
    assert.deepEqual(config, { rules: { privacy: 'error', 'deugd-onbekend': 'off' }, deugden: ['Humor', 'Rust'] });
  });

  it('allows comments and a BOM', () => {
    const { config, errors } = parseTeamConfig('\uFEFF{\n  // ons team\n  "deugden": ["Humor"]\n}');
    assert.deepEqual(errors, []);
    assert.deepEqual(config.deugden, ['Humor']);
  });

  it('reports an unknown rule id at its key, and keeps the valid rules', () => {
    const text = '{"rules": {\n  "titel-ontbreekt": "info",\n  "titel-ontbrekt": "off"\n}}';
    const { config, errors } = parseTeamConfig(text);
    assert.deepEqual(config.rules, { 'titel-ontbreekt': 'info' });
    assert.equal(errors.length, 1);
    assert.deepEqual(errors[0].range, { start: { line: 2, character: 2 }, end: { line: 2, character: 18 } });
    assert.match(errors[0].message.nl, /Onbekende regel "titel-ontbrekt"/);
    assert.match(errors[0].message.en, /Unknown rule "titel-ontbrekt"/);
  });

  it('reports a bad severity at its value', () => {
    const text = '{"rules": {"privacy": "loud", "sectie-dubbel": 2}}';
    const { config, errors } = parseTeamConfig(text);
    assert.deepEqual(config.rules, {});
    assert.equal(errors.length, 2);
    assert.equal(text.slice(errors[0].range.start.character, errors[0].range.end.character), '"loud"');
    assert.match(errors[1].message.en, /Invalid severity 2/);
  });

  it('reports deugden that are not a list, and list entries that are not names', () => {
    assert.match(parseTeamConfig('{"deugden": "Humor"}').errors[0].message.nl, /lijst/);
    const { config, errors } = parseTeamConfig('{"deugden": ["Humor", 3, ""]}');
    assert.deepEqual(config.deugden, ['Humor']);
    assert.equal(errors.length, 2);
  });

  it('reports invalid JSON once, where it goes wrong, and falls back to the defaults', () => {
    const { config, errors } = parseTeamConfig('{\n  "rules": {"privacy": "off",}\n}');
    assert.equal(errors.length, 1);
    assert.equal(errors[0].range.start.line, 1);
    assert.deepEqual(config, { rules: {}, deugden: [] });
    assert.equal(parseTeamConfig('').errors.length, 1);
    assert.equal(parseTeamConfig('not json').errors.length, 1);
  });

  it('reports a config that is not an object, and unknown top-level keys', () => {
    assert.match(parseTeamConfig('[1, 2]').errors[0].message.nl, /object/);
    const { errors } = parseTeamConfig('{"regels": {}}');
    assert.match(errors[0].message.nl, /Onbekende sleutel "regels"/);
  });
});

describe('config: findTeamConfig', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'goedwerk-config-'));
    clearTeamConfigCache();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds the nearest config from a file or a folder, walking up', () => {
    mkdirSync(join(root, 'team', 'sam', 'diep'), { recursive: true });
    writeFileSync(join(root, '.goedwerk.json'), '{"deugden": ["Boven"]}');
    writeFileSync(join(root, 'team', '.goedwerk.json'), '{"deugden": ["Team"]}');
    const file = join(root, 'team', 'sam', 'diep', 'a.goedwerk.md');
    writeFileSync(file, '# a\n');
    const found = findTeamConfig(file);
    assert.equal(found?.path, join(root, 'team', '.goedwerk.json'));
    assert.deepEqual(found?.config.deugden, ['Team']);
    assert.equal(findTeamConfig(join(root, 'team'))?.path, join(root, 'team', '.goedwerk.json'));
    assert.equal(findTeamConfig(root)?.path, join(root, '.goedwerk.json'));
  });

  it('works for a journal that does not exist yet', () => {
    writeFileSync(join(root, '.goedwerk.json'), '{}');
    assert.equal(findTeamConfig(join(root, 'nieuw.goedwerk.md'))?.path, join(root, '.goedwerk.json'));
  });

  it('returns the errors of an invalid config instead of ignoring it', () => {
    writeFileSync(join(root, '.goedwerk.json'), '{"rules": {"privacy": "luid"}}');
    const found = findTeamConfig(root);
    assert.equal(found?.errors.length, 1);
    assert.deepEqual(found?.config.rules, {});
  });

  it('reads a changed config again', () => {
    const path = join(root, '.goedwerk.json');
    writeFileSync(path, '{"deugden": ["Een"]}');
    assert.deepEqual(findTeamConfig(root)?.config.deugden, ['Een']);
    writeFileSync(path, '{"deugden": ["Twee", "Drie"]}');
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    assert.deepEqual(findTeamConfig(root)?.config.deugden, ['Twee', 'Drie']);
  });

  it('hands out copies, so a caller cannot change the cached config', () => {
    writeFileSync(join(root, '.goedwerk.json'), '{"deugden": ["Een"]}');
    findTeamConfig(root)!.config.deugden.push('Vals');
    assert.deepEqual(findTeamConfig(root)?.config.deugden, ['Een']);
  });

  it('skips a folder named .goedwerk.json', () => {
    mkdirSync(join(root, 'a', '.goedwerk.json'), { recursive: true });
    writeFileSync(join(root, '.goedwerk.json'), '{"deugden": ["Boven"]}');
    assert.equal(findTeamConfig(join(root, 'a'))?.path, join(root, '.goedwerk.json'));
  });
});
