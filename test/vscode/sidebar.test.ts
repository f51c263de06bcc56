// The sidebar inside a real VS Code: the container and its four views, what they list (read through
// the extension's own snapshot command, so what is checked is what the trees hand the workbench), the
// pages, and the Journaal view following changes on disk.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { langFromLocale } from '../../src/core/i18n';
import { SITUATIONS } from '../../src/core/content/situations';
import { DEUGDEN } from '../../src/core/content/deugden';
import { guideRoots } from '../../src/extension/views/guides-data';
import { activeExtension, closeAllEditors, fixtureUri, waitFor } from './helpers';

interface LabelTree { label: string; description?: string; children?: LabelTree[] }
interface Snapshot {
  situaties: LabelTree[];
  deugden: string[];
  handreikingen: LabelTree[];
  journaal: LabelTree[];
  journaalGroup: string;
  deugdenFilter: string;
  page?: string;
  pageHtml?: string;
}

const snapshot = async (): Promise<Snapshot> => (await vscode.commands.executeCommand('goedwerk.sidebar.snapshot')) as Snapshot;
const lang = () => langFromLocale(vscode.env.language);
const journalNamed = (s: Snapshot, name: string): LabelTree | undefined =>
  s.journaal.flatMap((g) => g.children ?? []).find((j) => j.label === name);

describe('Sidebar (in VS Code)', function () {
  this.timeout(60_000);
  before(async () => { await activeExtension(); });
  afterEach(closeAllEditors);

  it('contributes the Goed Werk container with four views, and they open', async () => {
    const pkg = (await activeExtension()).packageJSON as { contributes: { viewsContainers: { activitybar: { id: string; icon: string }[] }; views: Record<string, { id: string }[]> } };
    const container = pkg.contributes.viewsContainers.activitybar.find((c) => c.id === 'goedwerk');
    assert.ok(container, 'activity bar container');
    assert.deepEqual(pkg.contributes.views.goedwerk.map((v) => v.id),
      ['goedwerk.situaties', 'goedwerk.deugden', 'goedwerk.handreikingen', 'goedwerk.journaal']);
    await vscode.commands.executeCommand('workbench.view.extension.goedwerk');
    for (const id of ['goedwerk.situaties', 'goedwerk.deugden', 'goedwerk.handreikingen', 'goedwerk.journaal']) {
      await vscode.commands.executeCommand(`${id}.focus`);
    }
  });

  it('lists the nine situations, then the team\'s own from .goedwerk/situaties and from .goedwerk.json', async () => {
    const s = await waitFor(async () => {
      const snap = await snapshot();
      return snap.situaties.length === SITUATIONS.length + 2 ? snap : undefined;
    }, 'the team situations');
    assert.deepEqual(s.situaties.slice(0, 9).map((x) => x.label), SITUATIONS.map((x) => x.title[lang()]));
    const team = s.situaties.slice(9);
    assert.deepEqual(team.map((x) => x.label), ['Een keuze van het team', 'Wachten op de wachtlijst']);
    assert.ok(team.every((x) => x.description === 'team'), 'marked as the team\'s');
    const kids = s.situaties[0].children!;
    assert.equal(kids.length, 2 + 5, 'summary, question and the five elements');
    assert.ok(kids.slice(2).every((k) => /\d/.test(k.description ?? '')), 'each element says how many prompts it has');
    assert.deepEqual(team[1].children!.map((k) => k.label).slice(1), lang() === 'en' ? ['Skills', 'Virtues'] : ['Handelingen', 'Deugden']);
  });

  it('lists the deugden alphabetically with the team\'s own, and filters them', async () => {
    const all = await waitFor(async () => { const s = await snapshot(); return s.deugden.length === DEUGDEN.length + 1 ? s : undefined; }, 'the team deugd');
    assert.ok(all.deugden.includes('Speelsheid'));
    const sorted = [...all.deugden].sort((a, b) => a.localeCompare(b, lang(), { sensitivity: 'base', numeric: true }));
    assert.deepEqual(all.deugden, sorted);
    await vscode.commands.executeCommand('goedwerk.deugden.filter', 'speels');
    const filtered = await snapshot();
    assert.deepEqual(filtered.deugden, ['Speelsheid']);
    assert.equal(filtered.deugdenFilter, 'speels');
    await vscode.commands.executeCommand('goedwerk.deugden.clearFilter');
    assert.equal((await snapshot()).deugden.length, DEUGDEN.length + 1);
  });

  it('shows the guides: one-to-one, group, questions per element and the 3E check', async () => {
    const s = await snapshot();
    const expected = guideRoots(lang());
    assert.deepEqual(s.handreikingen.map((g) => g.label), expected.map((g) => g.label));
    assert.equal(s.handreikingen[0].children?.length, 6, 'six steps');
    assert.deepEqual(s.handreikingen[1].children?.map((c) => c.label.split(':')[0]), lang() === 'en' ? ['Opening', 'Body', 'Closing'] : ['Kop', 'Romp', 'Staart']);
    assert.equal(s.handreikingen[2].children?.length, 5);
    assert.equal(s.handreikingen[3].children?.length, 3);
  });

  it('lists the journals with a status per beeld, grouped by author or by situation', async () => {
    const s = await waitFor(async () => { const snap = await snapshot(); return journalNamed(snap, 'sb-journaal') ? snap : undefined; }, 'sb-journaal in the Journaal view');
    const noor = s.journaal.find((g) => g.label === 'Noor (fictief)');
    assert.ok(noor, 'a group for the author');
    const j = journalNamed(s, 'sb-journaal')!;
    assert.deepEqual(j.children!.map((b) => b.label), ['Vertragen als iedereen haast heeft', 'Nog niet af']);
    // Complete, and each E with its answer in words (no tick count).
    assert.match(j.children![0].description ?? '', /^(complete|compleet) · 3E: (yes|ja) · (yes|ja) · (yes|ja)$/);
    const missing = j.children![1].description ?? '';
    for (const e of lang() === 'en' ? ['Skills', 'Knowledge', 'Identity', 'Virtues', 'Freedom'] : ['Handelingen', 'Kennis', 'Identiteit', 'Deugden', 'Vrijheid']) {
      assert.ok(missing.includes(e), `${e} in "${missing}"`);
    }
    await vscode.commands.executeCommand('goedwerk.journaal.groupBySituation');
    const bySituation = await snapshot();
    assert.equal(bySituation.journaalGroup, 'situatie');
    const group = bySituation.journaal.find((g) => g.children?.some((c) => c.label === 'sb-journaal'));
    assert.equal(group?.label, SITUATIONS.find((x) => x.id === 'paniek-bij-oma')!.title[lang()]);
    await vscode.commands.executeCommand('goedwerk.journaal.groupByAuthor');
    assert.equal((await snapshot()).journaalGroup, 'auteur');
  });

  it('follows a journal written, changed and deleted on disk', async () => {
    const uri = fixtureUri('sb-map/sb-live.goedwerk.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\nauteur: Live (fictief)\n---\n# Live\n\n## Handelingen\nIets.\n'));
    const first = await waitFor(async () => journalNamed(await snapshot(), 'sb-live'), 'the new journal');
    assert.match(first.children![0].description ?? '', /Knowledge|Kennis/);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Live\n\n## Handelingen\nIets.\n\n## Kennis\nMeer.\n\n# Tweede\n'));
    const second = await waitFor(async () => {
      const j = journalNamed(await snapshot(), 'sb-live');
      return j?.children?.length === 2 ? j : undefined;
    }, 'the changed journal');
    assert.doesNotMatch(second.children![0].description ?? '', /Knowledge|Kennis/);
    await vscode.workspace.fs.delete(uri);
    await waitFor(async () => !journalNamed(await snapshot(), 'sb-live'), 'the journal gone');
  });

  it('opens a situation and a guide as a page with a strict policy', async () => {
    const id = SITUATIONS[2].id;
    assert.equal(await vscode.commands.executeCommand('goedwerk.openPage', { situatie: id }), `situatie:${id}`);
    const s = await snapshot();
    assert.equal(s.page, `situatie:${id}`);
    assert.match(s.pageHtml ?? '', /Content-Security-Policy" content="default-src &#39;none&#39;/);
    assert.ok(s.pageHtml?.includes(`data-page="situatie:${id}"`));
    assert.doesNotMatch(s.pageHtml ?? '', /<script/i);
    await vscode.commands.executeCommand('goedwerk.openPage', { guide: 'groep' });
    assert.equal((await snapshot()).page, 'guide:groep');
    const pageTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('goedwerk.page'));
    // The tab model reaches the extension host a moment after the panel opens.
    const tabs = await waitFor(() => (pageTabs().length > 0 ? pageTabs() : undefined), 'the page tab');
    assert.equal(tabs.length, 1, 'one reused page panel');
    assert.equal(tabs[0].label, guideRoots(lang())[1].label);
  });

  it('opens a journal from the tree at the chosen beeld', async () => {
    const uri = fixtureUri('sb-journaal.goedwerk.md');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const line = text.split('\n').indexOf('# Nog niet af');
    await vscode.commands.executeCommand('goedwerk.openBeeld', uri.toString(), 1, line);
    const nb = vscode.window.activeNotebookEditor;
    if (nb && nb.notebook.uri.toString() === uri.toString()) {
      const cell = nb.notebook.cellAt(nb.selection.start);
      assert.match(cell.document.getText(), /^# Nog niet af/);
    } else {
      const ed = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor : undefined), 'the journal in an editor');
      assert.equal(ed.document.lineAt(ed.selection.active.line).text, '# Nog niet af');
    }
  });
});
