// The sidebar's data, without an editor: what each view would show for given content and journals.
import * as assert from 'node:assert/strict';
import { ELEMENTS } from '../../src/core/model';
import { SITUATIONS } from '../../src/core/content/situations';
import { DEUGDEN } from '../../src/core/content/deugden';
import { ONE_TO_ONE, GROUP_GUIDE } from '../../src/core/content/guides';
import { QUESTION_SETS } from '../../src/core/content/questions';
import { drieESummary, groupJournals, hasText } from '../../src/extension/views/journal-data';
import { summarizeJournal } from '../../src/extension/views/journal-summary';
import { oneLine, situationChildren, situationRoots, situationViews } from '../../src/extension/views/situations-data';
import { deugdRows, goldenMean } from '../../src/extension/views/deugden-data';
import { guideChildren, guideRoots } from '../../src/extension/views/guides-data';
import { parseTeamSituation } from '../../src/core/team-situations';
import { commandHref, contentSecurityPolicy, pageCommands, renderPage } from '../../src/extension/views/page-html';
import { escapeHtml } from '../../src/core/html';
import { guidePage, situationPage } from '../../src/extension/views/pages-data';
import { beeld, journal } from '../fixtures/journals';

const COMPLETE = journal([beeld('Rust brengen zonder over te nemen')], '---\nauteur: Sam (fictief)\nsituatie: paniek-bij-oma\ndatum: 2025-03-01\n---\n');

const INCOMPLETE = `---
auteur: Ravi (fictief)
---

# Een belofte

## Kenmerkende ervaring
Een jongere vroeg iets geheim te houden.

## Handelingen
<!-- nog invullen -->

## Kennis
Iets.

## 3E-check
- [x] Excellent
- [ ] Ethisch
`;

describe('tree data: Journaal', () => {
  it('marks a beeld complete when every element, the experience, the uitwerking and all three Es are there', () => {
    const j = summarizeJournal('file:///a.goedwerk.md', COMPLETE);
    assert.equal(j.auteur, 'Sam (fictief)');
    assert.equal(j.situatie, 'paniek-bij-oma');
    assert.equal(j.datum, '2025-03-01');
    assert.equal(j.beelden.length, 1);
    const b = j.beelden[0];
    assert.equal(b.title, 'Rust brengen zonder over te nemen');
    assert.equal(b.line, 6);
    assert.deepEqual(b.missing, []);
    assert.deepEqual(b.drieE, { present: true, answers: { excellent: 'ja', ethisch: 'ja', energiek: 'ja' } });
    assert.equal(b.complete, true);
  });

  it('names the missing elements; a section with only a comment counts as missing', () => {
    const b = summarizeJournal('file:///b.goedwerk.md', INCOMPLETE).beelden[0];
    assert.equal(b.complete, false);
    assert.deepEqual(b.missingElements, ['handelingen', 'identiteit', 'deugden', 'vrijheid']);
    assert.deepEqual(b.missing, ['handelingen', 'identiteit', 'deugden', 'vrijheid', 'uitwerking']);
    assert.deepEqual(b.drieE, { present: true, answers: { excellent: 'ja', ethisch: 'open', energiek: 'open' } });
  });

  it('counts an honest no as an answer: a beeld whose 3E check says nee can be complete', () => {
    const text = COMPLETE.replace('- [x] Ethisch\n- [x] Energiek', '- [ ] Ethisch: deels, voor oma niet\n- Energiek: nee, het kostte veel');
    const b = summarizeJournal('f', text).beelden[0];
    assert.deepEqual(b.drieE.answers, { excellent: 'ja', ethisch: 'deels', energiek: 'nee' });
    assert.equal(b.complete, true);
    const asked = summarizeJournal('f', COMPLETE.replace('- [x] Energiek', '- [ ] Energiek: Voelt het goed, en geeft het je energie?')).beelden[0];
    assert.equal(asked.drieE.answers.energiek, 'open', 'the template question is not an answer');
    assert.equal(asked.complete, false);
  });

  it('finds every beeld of a multi-beeld CRLF journal, with its line', () => {
    const text = ['# Een', '', '## Kennis', 'x', '', '# Twee', '## Vrijheid', 'y', ''].join('\r\n');
    const j = summarizeJournal('f', text);
    assert.deepEqual(j.beelden.map((b) => [b.title, b.line]), [['Een', 0], ['Twee', 5]]);
    assert.deepEqual(j.beelden[1].missingElements, ['handelingen', 'kennis', 'identiteit', 'deugden']);
  });

  it('treats an untitled beeld (sections, no H1) as incomplete for lack of a title', () => {
    const j = summarizeJournal('f', '## Handelingen\nDeed iets.\n');
    assert.equal(j.beelden.length, 1);
    assert.equal(j.beelden[0].title, null);
    assert.equal(j.beelden[0].complete, false);
  });

  it('survives bad input: broken YAML, no text, binary-looking text, a huge line', () => {
    const broken = summarizeJournal('f', '---\nauteur: [unclosed\n---\n# T\n');
    assert.equal(broken.problem, 'yaml');
    assert.equal(broken.beelden.length, 1);
    assert.deepEqual(summarizeJournal('f', '').beelden, []);
    assert.doesNotThrow(() => summarizeJournal('f', '\u0000\u0001# x\n'));
    assert.doesNotThrow(() => summarizeJournal('f', `# ${'a'.repeat(200_000)}\n`));
  });

  it('reads each E\'s answer from the items, in either language, outside code fences', () => {
    const read = (body: string) => drieESummary(body, [{ start: 0, end: body.length }]);
    assert.deepEqual(drieESummary('', []), { present: false, answers: { excellent: 'open', ethisch: 'open', energiek: 'open' } });
    assert.deepEqual(read('\n<!-- x -->\n').answers, { excellent: 'open', ethisch: 'open', energiek: 'open' });
    assert.deepEqual(read('- [x] Excellent\n- [X] Ethical: fair\n- [x] **Engaging**\n').answers, { excellent: 'ja', ethisch: 'ja', energiek: 'ja' });
    assert.deepEqual(read('- Excellent: yes\r\n- Ethisch: nee, te snel\r\n- [ ] Energiek\r\n').answers, { excellent: 'ja', ethisch: 'nee', energiek: 'open' });
    assert.deepEqual(read('```\n- [x] Excellent\n```\n- Excellent: deels\n').answers.excellent, 'deels');
    // A nested item is not the E itself, as the rule reads it too.
    assert.deepEqual(read('- [x] Excellent\n- Overig\n  - [x] Energiek\n').answers.energiek, 'open');
    assert.deepEqual(read('- [x] Excellent\n- Overig\n\n  - [x] Energiek\n- Energiek: nee\n').answers.energiek, 'nee');
    assert.equal(hasText('<!-- a -->\n  \n'), false);
    assert.equal(hasText('<!-- a --> b'), true);
  });

  it('groups by author or situation, the group without a value last, newest journal first', () => {
    const journals = [
      { file: 'b', auteur: 'Zoë', datum: '2025-01-01', beelden: [] },
      { file: 'a', auteur: 'Anna', situatie: 's1', datum: '2024-01-01', beelden: [] },
      { file: 'c', datum: '2025-05-01', beelden: [] },
      { file: 'd', auteur: 'Anna', situatie: 's1', datum: '2025-02-01', beelden: [] },
    ];
    const byAuthor = groupJournals(journals, 'auteur', (k) => k ?? '(geen)');
    assert.deepEqual(byAuthor.map((g) => [g.label, g.journals.map((j) => j.file)]), [['Anna', ['d', 'a']], ['Zoë', ['b']], ['(geen)', ['c']]]);
    const bySituation = groupJournals(journals, 'situatie', (k) => (k ? `S:${k}` : 'zonder'));
    assert.deepEqual(bySituation.map((g) => [g.key, g.journals.length]), [['s1', 2], [undefined, 2]]);
  });
});

describe('tree data: Kritische situaties', () => {
  const team = parseTeamSituation('file:///ws/.goedwerk/situaties/wachtlijst-dilemma.md', [
    '---', 'id: wachtlijst', '---', '# Wachten op de wachtlijst', '', 'Een gezin wacht al maanden.', 'Wat doe je tot dan?', '',
    'Tweede alinea.', '', '## Handelingen', '- Bellen?', '- Langsgaan?', '', '## Virtues', 'Geduld en eerlijkheid.', '', '## Notities', 'eigen kop',
  ].join('\n'));

  it('lists the nine built-in situations in booklet order, then the team situations, ids kept unique', () => {
    const clash = { ...team, id: SITUATIONS[0].id, title: 'Aaa' };
    const views = situationViews(SITUATIONS, [team, clash], 'nl');
    assert.equal(views.length, 11);
    assert.deepEqual(views.slice(0, 9).map((v) => v.order), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.ok(views.slice(0, 9).every((v) => !v.team));
    assert.deepEqual(views.slice(9).map((v) => [v.title, v.team]), [['Aaa', true], ['Wachten op de wachtlijst', true]]);
    assert.equal(new Set(views.map((v) => v.id)).size, 11);
    assert.equal(views[9].id, `${SITUATIONS[0].id}-2`);
  });

  it('expands a situation to its summary, its question and the elements with their prompts, in either language', () => {
    for (const lang of ['nl', 'en'] as const) {
      const [first] = situationRoots(situationViews(SITUATIONS, [], lang));
      const kids = situationChildren(first);
      assert.deepEqual(kids.map((k) => k.kind), ['summary', 'dilemma', ...ELEMENTS.map(() => 'element')]);
      const handelingen = kids.find((k) => k.kind === 'element' && k.element === 'handelingen')!;
      const prompts = situationChildren(handelingen);
      assert.equal(prompts.length, SITUATIONS[0].prompts.handelingen.length);
      assert.ok(prompts.every((p) => p.kind === 'prompt'));
      assert.equal(p0(prompts), SITUATIONS[0].prompts.handelingen[0][lang]);
    }
  });

  it('cuts long text to one line for a label', () => {
    assert.equal(oneLine('Eerste zin. Tweede zin.'), 'Eerste zin.');
    const long = oneLine('a'.repeat(200), 20);
    assert.equal(long.length, 20);
    assert.ok(long.endsWith('…'));
  });
});

function p0(nodes: ReturnType<typeof situationChildren>): string | undefined {
  const n = nodes[0];
  return n && n.kind === 'prompt' ? n.text : undefined;
}

describe('tree data: Deugden', () => {
  it('lists every deugd alphabetically (Dutch collation) with its golden mean', () => {
    const rows = deugdRows(DEUGDEN, [], 'nl');
    assert.equal(rows.length, DEUGDEN.length);
    const labels = rows.map((r) => r.label);
    assert.deepEqual(labels, [...labels].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })));
    const aandacht = rows.find((r) => r.name === 'Aandacht')!;
    assert.equal(aandacht.mean, 'te weinig: afwezigheid · te veel: opdringerigheid');
  });

  it('shows English labels and means in English, keeping the Dutch name as the key', () => {
    const rows = deugdRows(DEUGDEN, [], 'en');
    const a = rows.find((r) => r.name === 'Aandacht')!;
    assert.equal(a.label, 'Attentiveness');
    assert.equal(a.mean, 'too little: absent-mindedness · too much: intrusiveness');
  });

  it('filters on name, alias or extreme, case- and accent-insensitively; every word must match', () => {
    const hits = deugdRows(DEUGDEN, [], 'nl', 'AANDACHT').map((r) => r.name);
    assert.equal(hits[0], 'Aandacht');
    assert.ok(hits.length < 5 && !hits.includes('Moed'), hits.join());
    assert.ok(deugdRows(DEUGDEN, [], 'nl', 'opdringerig').some((r) => r.name === 'Aandacht'));
    assert.ok(deugdRows(DEUGDEN, [], 'nl', 'attentiveness').some((r) => r.name === 'Aandacht'));
    assert.ok(deugdRows(DEUGDEN, [], 'nl', 'consci').some((r) => r.name === 'Consciëntieusheid'));
    assert.deepEqual(deugdRows(DEUGDEN, [], 'nl', 'aandacht zzzz'), []);
  });

  it("adds the team's own deugden once, skipping names already known", () => {
    const rows = deugdRows(DEUGDEN, ['Speelsheid', 'speelsheid', 'Aandacht', ' ', 42 as unknown as string], 'nl');
    const team = rows.filter((r) => r.team);
    assert.deepEqual(team.map((r) => r.name), ['Speelsheid']);
    assert.equal(rows.length, DEUGDEN.length + 1);
    assert.equal(goldenMean('nl'), '');
  });
});

describe('tree data: Handreikingen', () => {
  it('has the one-to-one guide (six steps), the group guide (size and duration), the questions and the 3E check', () => {
    const roots = guideRoots('nl');
    assert.deepEqual(roots.map((r) => r.kind === 'guide' && r.guide), ['een-op-een', 'groep', 'vragen', 'drie-e']);
    assert.equal(roots[0].kind === 'guide' && roots[0].description, '6 stappen');
    assert.equal(roots[1].kind === 'guide' && roots[1].description, '3–6 mensen · 45–90 minuten');
    const steps = guideChildren(roots[0], 'nl');
    assert.equal(steps.length, ONE_TO_ONE.steps.length);
    assert.equal(steps[0].label, `1. ${ONE_TO_ONE.steps[0].title.nl}`);
    const parts = guideChildren(roots[1], 'nl');
    assert.deepEqual(parts.map((p) => p.label), GROUP_GUIDE.parts.map((p) => p.title.nl));
    assert.equal(guideChildren(parts[0], 'nl').length, GROUP_GUIDE.parts[0].questions.length);
    const elements = guideChildren(roots[2], 'nl');
    assert.deepEqual(elements.map((e) => e.kind === 'step' && e.element), [...ELEMENTS]);
    assert.equal(guideChildren(elements[1], 'nl')[0].label, QUESTION_SETS.kennis.guide[0].nl);
    assert.deepEqual(guideChildren(roots[3], 'en').map((e) => e.label), ['Excellent', 'Ethical', 'Engaging']);
  });

  it('speaks English when asked', () => {
    const roots = guideRoots('en');
    assert.equal(roots[1].kind === 'guide' && roots[1].description, '3–6 people · 45–90 minutes');
    assert.equal(roots[2].label, 'Questions per element');
  });
});

describe('tree data: pages', () => {
  const env = { cspSource: 'vscode-webview://x', nonce: 'N0nce', icon: (n: string) => ({ light: `icons/${n}-light.svg`, dark: `icons/${n}-dark.svg` }) };

  it('renders a situation page with a strict policy, escaped text, element icons and its actions', () => {
    const [view] = situationViews(SITUATIONS, [], 'nl');
    const page = situationPage({ ...view, title: 'A <b>"bold"</b> title' }, 'nl', 9);
    const html = renderPage(page, env);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; img-src vscode-webview:\/\/x; style-src &#39;nonce-N0nce&#39;; script-src &#39;none&#39;/);
    assert.ok(html.includes('A &lt;b&gt;&quot;bold&quot;&lt;/b&gt; title'));
    assert.ok(!/<script/i.test(html), 'no script');
    assert.ok(!/https?:\/\//.test(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')), 'nothing from the network');
    for (const e of ELEMENTS) assert.ok(html.includes(`icons/${e}-light.svg`) && html.includes(`icons/${e}-dark.svg`), e);
    assert.ok(html.includes('Kritische situatie 1 van 9'));
    assert.ok(html.includes(escapeHtml(commandHref('goedwerk.newBeeld', [{ situatie: view.id }]))));
    assert.deepEqual(pageCommands(page), ['goedwerk.newBeeld', 'goedwerk.insertSituation']);
    assert.ok(html.includes('Praktijkbundel kritische situaties'), 'credits the booklet');
    assert.ok(html.includes('style-src') && html.includes('<style nonce="N0nce">'));
  });

  it('marks a team page as the team\'s, without the booklet credit, and offers to open the file', () => {
    const team = situationViews(SITUATIONS, [parseTeamSituation('file:///t/x.md', '# Eigen\n\nVerhaal.\n')], 'nl').at(-1)!;
    const page = situationPage(team, 'nl', 9);
    assert.equal(page.badge, 'team');
    assert.equal(page.source, undefined);
    assert.ok(pageCommands(page).includes('vscode.open'));
  });

  it('renders each guide page with its start action', () => {
    const one = guidePage('een-op-een', 'nl');
    assert.equal(one.blocks.length, 1 + ONE_TO_ONE.steps.length);
    assert.equal(one.blocks[3].children?.length, 5, 'step 3 carries the questions per element');
    assert.deepEqual(one.actions.map((a) => [a.command, a.args]), [['goedwerk.startFromGuide', ['een-op-een']]]);
    const group = renderPage(guidePage('groep', 'en'), env);
    assert.ok(group.includes('3–6 people · 45–90 minutes'));
    assert.ok(group.includes('lang="en"'));
    const drie = guidePage('drie-e', 'nl');
    assert.deepEqual(pageCommands(drie), ['goedwerk.startFromGuide', 'goedwerk.add3e']);
    assert.ok(renderPage(drie, env).includes('class="checklist"'));
  });

  it('builds command links VS Code can run', () => {
    assert.equal(commandHref('a.b'), 'command:a.b');
    assert.equal(decodeURIComponent(commandHref('a.b', [{ x: 'ë' }]).split('?')[1]), '[{"x":"ë"}]');
    assert.ok(contentSecurityPolicy({ cspSource: 's', nonce: 'n' }).startsWith("default-src 'none'"));
  });
});
