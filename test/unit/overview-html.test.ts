import * as assert from 'node:assert/strict';
import { renderOverviewHtml, csp, unpackOverview } from '../../src/core/overview-html';
import { ELEMENTS } from '../../src/core/model';
import { beeld, fakeTeam, team } from './overview-fixture';

const SCRIPT = 'console.log("overview script")';

function small() {
  return team([
    {
      file: '/team/a.goedwerk.md', auteur: 'Sanne de Vries', datum: '2024-03-12', situatie: 'een-melding-doen', tags: ['gezin'],
      beelden: [
        beeld({ file: '/team/a.goedwerk.md', index: 0, title: 'Samen de grens bewaken', datum: '2024-03-12', deugden: ['Geduld', 'Moed'] }),
        beeld({
          file: '/team/a.goedwerk.md', index: 1, title: 'Tweede beeld', line: 40, datum: '2024-03-12', complete: false, uitwerking: false,
          elements: { handelingen: true, kennis: false, identiteit: false, deugden: true, vrijheid: false },
          drieE: { present: true, excellent: 'ja', ethisch: 'nee', energiek: 'open' }, deugden: ['Moed'],
        }),
      ],
    },
    {
      file: '/team/b.goedwerk.md', auteur: 'Mo Bakker', datum: '2024-05-02', tags: [],
      beelden: [beeld({
        file: '/team/b.goedwerk.md', auteur: 'Mo Bakker', datum: '2024-05-02', title: 'Ruimte geven', complete: false,
        drieE: { present: false, excellent: 'open', ethisch: 'open', energiek: 'open' }, deugden: [],
      })],
    },
  ], ['Humor']);
}

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

describe('overview html (stats → page)', () => {
  it('has one table row per beeld with its author, date and title', () => {
    const html = renderOverviewHtml(small(), 'nl', { script: SCRIPT, root: '/team' });
    assert.equal(count(html, /<tr class="row[^"]*"/g), 3);
    for (const text of ['Samen de grens bewaken', 'Tweede beeld', 'Ruimte geven', 'Sanne de Vries', 'Mo Bakker', '2024-05-02']) {
      assert.ok(html.includes(text), text);
    }
    assert.match(html, /<th scope="col" class="auteur" aria-sort="none"><button type="button" class="sort" data-sort="auteur"/);
  });

  it('marks presence per element, ervaring, uitwerking, and each E\'s answer in words', () => {
    const html = renderOverviewHtml(small(), 'nl', { script: SCRIPT, sort: { key: 'title', dir: 'asc' } });
    const rows = html.match(/<tr class="row[^]*?<\/tr>/g)!;
    const tweede = rows.find((r) => r.includes('Tweede beeld'))!;
    // ervaring, five elements, uitwerking
    const flags = [...tweede.matchAll(/<td class="flag (yes|no)">/g)].map((m) => m[1]);
    assert.deepEqual(flags, ['yes', 'yes', 'no', 'no', 'yes', 'no', 'no']);
    const answers = (row: string) => [...row.matchAll(/<td class="answer (\w+)">([^<]*)<\/td>/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(answers(tweede), [['ja', 'ja'], ['nee', 'nee'], ['open', 'open']]);
    assert.doesNotMatch(tweede, /\d\/3/, 'no tick count');
    assert.match(tweede, /<td class="flag no"><span class="mark" role="img" aria-label="ontbreekt"><\/span>/);
    const ruimte = rows.find((r) => r.includes('Ruimte geven'))!;
    assert.deepEqual(answers(ruimte), [['open', 'open'], ['open', 'open'], ['open', 'open']]);
    const en = renderOverviewHtml(small(), 'en', { script: SCRIPT, sort: { key: 'title', dir: 'asc' } });
    const tweedeEn = en.match(/<tr class="row[^]*?<\/tr>/g)!.find((r) => r.includes('Tweede beeld'))!;
    assert.deepEqual(answers(tweedeEn), [['ja', 'yes'], ['nee', 'no'], ['open', 'open']]);
    assert.match(html, /data-sort="e:energiek"[^>]*title="Sorteer op Energiek"/);
  });

  it('escapes user text everywhere it lands', () => {
    const evil = '<script>alert(1)</script> & "quoted" \'single\'';
    const stats = team([{
      file: '/x/<img src=x onerror=alert(1)>.goedwerk.md', auteur: evil, tags: [evil],
      beelden: [beeld({ title: evil, auteur: evil, situatie: evil, tags: [evil], deugden: [evil, '</script><script>alert(2)//'] })],
    }]);
    const html = renderOverviewHtml(stats, 'nl', { script: SCRIPT });
    assert.ok(!html.includes('<script>alert'), 'no live script tag from user text');
    assert.ok(!html.includes('<img src=x'), 'no live image tag from user text');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;'));
    // The JSON block cannot be closed early by a title.
    const json = /<script type="application\/json" id="goedwerk-data">([^]*?)<\/script>/.exec(html)![1];
    assert.ok(!json.includes('<'), 'JSON block holds no raw <');
    assert.equal(unpackOverview(JSON.parse(json)).rows[0].title, evil);
    // Only our own two JSON blocks and the one nonce'd script element exist.
    assert.equal(count(html, /<script\b/g), 3);
  });

  it('carries a strict Content Security Policy whose nonce matches the style and script', () => {
    const html = renderOverviewHtml(small(), 'en', { script: SCRIPT, nonce: 'abc123' });
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.ok(policy, 'CSP meta present');
    assert.match(policy!, /default-src 'none'/);
    assert.match(policy!, /script-src 'nonce-abc123'(;|$)/);
    assert.match(policy!, /style-src 'nonce-abc123'(;|$)/);
    assert.ok(!policy!.includes('unsafe'), 'no unsafe-inline or unsafe-eval');
    assert.match(html, /<style nonce="abc123">/);
    assert.match(html, /<script nonce="abc123">console\.log\("overview script"\)<\/script>/);
    assert.ok(!/\sstyle="/.test(html), 'no inline style attributes (the CSP would block them)');
  });

  it('allows the webview source only in webview mode and loads the script from it', () => {
    assert.match(csp('webview', 'n1', 'https://file+.vscode-resource.vscode-cdn.net'),
      /script-src 'nonce-n1'; img-src data: https:\/\/file\+\.vscode-resource/);
    const html = renderOverviewHtml(small(), 'nl', {
      mode: 'webview', nonce: 'n1', cspSource: 'vscode-webview://x', scriptUri: 'vscode-webview://x/dist/webview/overview.js',
    });
    assert.match(html, /<script nonce="n1" src="vscode-webview:\/\/x\/dist\/webview\/overview.js"><\/script>/);
    assert.match(html, /<body class="webview">/);
  });

  it('inlines the built browser script and contains no http(s) URL at all', function () {
    const html = renderOverviewHtml(fakeTeam(30), 'nl');
    const inline = /<script nonce="[^"]+">([^]*?)<\/script>/.exec(html);
    assert.ok(inline && inline[1].length > 1000, 'the dist/webview/overview.js bundle is inlined (run the build first)');
    assert.ok(!/https?:\/\//i.test(html), 'no http or https URL');
    assert.ok(!/\bsrc="(?!data:)/.test(html), 'nothing loaded from elsewhere');
  });

  it('draws the element coverage as a heat grid per author plus the team', () => {
    const html = renderOverviewHtml(small(), 'nl', { script: SCRIPT });
    const cells = [...html.matchAll(/<rect class="heat( team)?"[^>]*data-author="([^"]*)" data-element="(\w+)" data-value="(\d+)" data-of="(\d+)"/g)];
    assert.equal(cells.length, (2 + 1) * ELEMENTS.length, 'two authors and the team');
    const sanneKennis = cells.find((c) => c[2] === 'Sanne de Vries' && c[3] === 'kennis')!;
    assert.deepEqual([sanneKennis[4], sanneKennis[5]], ['1', '2']);
    const teamVrijheid = cells.find((c) => c[1] === ' team' && c[3] === 'vrijheid')!;
    assert.deepEqual([teamVrijheid[4], teamVrijheid[5]], ['2', '3']);
  });

  it('draws bars for deugden, the 3E results and beelden per month', () => {
    const html = renderOverviewHtml(small(), 'nl', { script: SCRIPT });
    const bars = (cls: string) => [...html.matchAll(new RegExp(`<rect class="bar ${cls}"[^>]*data-key="([^"]*)" data-value="(\\d+)"`, 'g'))]
      .map((m) => [m[1], Number(m[2])]);
    assert.deepEqual(bars('bar-deugd'), [['Moed', 2], ['Geduld', 1]]);
    // Per E its answers: how often each E was answered yes, partly, no or left open.
    const answers = [...html.matchAll(/<rect class="bar answer-(\w+)"[^>]*data-e="(\w+)" data-key="\w+" data-value="(\d+)"/g)]
      .map((m) => [m[2], m[1], Number(m[3])]);
    assert.deepEqual(answers, [
      ['excellent', 'ja', 2], ['excellent', 'open', 1],
      ['ethisch', 'ja', 1], ['ethisch', 'nee', 1], ['ethisch', 'open', 1],
      ['energiek', 'ja', 1], ['energiek', 'open', 2],
    ]);
    assert.match(html, /Alle drie beantwoord: 1 · nog iets open: 1 · geen 3E-check: 1/);
    assert.match(html, /aria-label="Antwoorden op de 3E-check\. Excellent: ja 2, deels 0, nee 0, open 1; Ethisch: ja 1, deels 0, nee 1, open 1;/);
    // March to May 2024, April empty but present so the gap shows.
    assert.deepEqual(bars('bar-month'), [['2024-03', 2], ['2024-04', 0], ['2024-05', 1]]);
    assert.match(html, /Nooit genoemd \(1\)<\/h4><ul class="chips never"><li>Humor<\/li>/);
  });

  it('speaks Dutch by default and English when asked', () => {
    const nl = renderOverviewHtml(small(), 'nl', { script: SCRIPT });
    const en = renderOverviewHtml(small(), 'en', { script: SCRIPT });
    assert.match(nl, /<html lang="nl">/);
    assert.ok(nl.includes('Elementen per auteur') && nl.includes('2 journalen, 3 beelden, waarvan 1 compleet'));
    assert.match(en, /<html lang="en">/);
    assert.ok(en.includes('Elements per author') && en.includes('2 journals, 3 beelden, 1 of them complete'));
    assert.ok(en.includes('Knowledge') && !en.includes('Elementen per auteur'));
  });

  it('paints a bounded number of rows first and keeps all of them in the data', () => {
    const stats = fakeTeam(600);
    const html = renderOverviewHtml(stats, 'nl', { script: SCRIPT, staticRows: 50 });
    const total = stats.journals.reduce((n, j) => n + j.beelden.length, 0);
    assert.equal(count(html, /<tr class="row/g), 50);
    assert.match(html, new RegExp(`aria-rowcount="${total + 1}"`));
    const json = /<script type="application\/json" id="goedwerk-data">([^]*?)<\/script>/.exec(html)![1];
    assert.equal(unpackOverview(JSON.parse(json)).rows.length, total);
    assert.ok(html.includes(`Nog ${total - 50} rijen`));
  });

  it('survives empty and malformed stats', () => {
    const empty = renderOverviewHtml(team([]), 'nl', { script: SCRIPT });
    assert.ok(empty.includes('Geen beelden die bij de filters passen.'));
    assert.ok(empty.includes('Geen beelden met een datum.'));
    const odd = { journals: [{ file: 'x.goedwerk.md', tags: 'nope', beelden: 'nope' }], totals: {} } as never;
    const html = renderOverviewHtml(odd, 'nl', { script: SCRIPT });
    assert.ok(html.includes('(nog geen beeld)'), 'a journal without beelden still gets a row');
  });
});
