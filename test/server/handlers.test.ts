// The language features as functions of a journal view (src/server/handlers.ts), without a connection:
// what the wire tests (features.test.ts, codeActions.test.ts) check end to end, here case by case.
import * as assert from 'node:assert/strict';
import { CodeActionKind, type Diagnostic } from 'vscode-languageserver/node';
import { analyzeText } from '../../src/server/analyze';
import { FIX_ALL_KIND } from '../../src/server/codeActions';
import { codeActionsFor, completionAt, hoverAt, placeIn, symbolsIn } from '../../src/server/handlers';
import { DEFAULT_SETTINGS } from '../../src/server/settings';
import { TextView } from '../../src/server/views';

const URI = 'file:///team/rust.goedwerk.md';
const TEXT = ['# Rust brengen', '', '## Handelingen', '', 'Ik ging erheen.', '', '## Deugden', '', '- Ged', ''].join('\n');
const NO_TEAM = { deugden: [], situaties: [] };

describe('server: handlers as functions', () => {
  const view = new TextView(URI, TEXT);

  it('finds a position of the document in the journal, and none in another document', () => {
    assert.equal(placeIn(view, URI, { line: 2, character: 3 })?.offset, TEXT.indexOf('Handelingen'));
    assert.equal(placeIn(view, 'file:///elders.goedwerk.md', { line: 0, character: 0 }), undefined);
    assert.equal(placeIn(undefined, URI, { line: 0, character: 0 }), undefined);
  });

  it('completes a deugd in the Deugden list, the team\'s own among the booklet\'s', () => {
    const at = placeIn(view, URI, { line: 8, character: 5 })!;
    const labels = completionAt(at, 'nl', NO_TEAM).map((i) => i.label);
    assert.ok(labels.includes('Geduld'), labels.join(', '));
    const team = completionAt(at, 'nl', { deugden: ['Gedrevenheid'], situaties: [] }).map((i) => i.label);
    assert.ok(team.includes('Gedrevenheid'), team.join(', '));
  });

  it('explains an element heading on hover, and nothing on plain text', () => {
    const h = hoverAt(placeIn(view, URI, { line: 2, character: 5 })!, 'nl', NO_TEAM);
    assert.ok(h && JSON.stringify(h.contents).length > 20);
    assert.equal(hoverAt(placeIn(view, URI, { line: 4, character: 3 })!, 'nl', NO_TEAM), null);
  });

  it('lists the beeld and its sections as symbols', () => {
    const symbols = symbolsIn(view, URI, 'nl');
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0].name, 'Rust brengen');
    assert.deepEqual(symbols[0].children?.map((s) => s.name), ['Handelingen', 'Deugden']);
  });

  it('answers fix-all only when asked for it, and quick fixes only for the kinds asked', () => {
    // The checker's own findings, as the server would have them.
    const found = analyzeText(TEXT, { lang: 'nl', settings: DEFAULT_SETTINGS, config: { errors: [], situaties: [], key: 'none' } });
    const missing: Diagnostic | undefined = found.find((d) => d.code === 'element-ontbreekt');
    assert.ok(missing, found.map((d) => d.code).join(', '));
    const ctx = { view, uri: URI, lang: 'nl' as const };
    const quick = codeActionsFor(ctx, { diagnostics: [missing] }, [missing]);
    assert.ok(quick.length > 0 && quick.every((a) => a.kind === CodeActionKind.QuickFix), JSON.stringify(quick.map((a) => a.kind)));
    const all = codeActionsFor(ctx, { diagnostics: [], only: [FIX_ALL_KIND] }, [missing]);
    assert.ok(all.length > 0 && all.every((a) => a.kind === FIX_ALL_KIND), JSON.stringify(all.map((a) => a.kind)));
    assert.deepEqual(codeActionsFor(ctx, { diagnostics: [missing], only: [CodeActionKind.Refactor] }, [missing]), []);
  });
});
