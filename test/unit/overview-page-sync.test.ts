// The overview's page and what it holds: VS Code hands the messages it kept for a new webview page to
// it 200 ms after writing the HTML, whether the page's script listens yet or not; on a busy machine it
// often does not, and a message posted then was lost (the overview stayed on "Reading the journals…").
// The page below behaves like that: what arrives before its script runs is gone.
import * as assert from 'node:assert/strict';
import { PageSync, type PageMessage } from '../../src/extension/overview/page-sync';
import { renderOverviewPage } from '../../src/core/overview-html';

type Sent = PageMessage & { page: number; version: number };

/** A webview page as VS Code runs one: it shows its HTML's data, and hears messages only once its script runs. */
class SlowPage {
  listening = false;
  data: unknown;
  notice = '';
  heard: Sent[] = [];
  constructor(readonly id: number, html: unknown) { this.data = html; }
  deliver(msg: Sent): void {
    if (!this.listening) return; // VS Code's 200 ms were up before the script's listener was there
    this.heard.push(msg);
    if (msg.type === 'data') this.data = msg.data;
    if (msg.type === 'notice') this.notice = String(msg.text);
  }
}

function rig() {
  let page: SlowPage | undefined;
  const sync = new PageSync((msg) => page?.deliver(msg));
  const render = (data: unknown, version: number) => { page = new SlowPage(sync.rendered(version), data); return page; };
  /** The page's script runs: it listens, then says so, as src/webview/overview.ts does. */
  const scriptRuns = (p = page!) => { page = p; p.listening = true; sync.ready(p.id); };
  return { sync, render, scriptRuns, page: () => page! };
}

describe('overview page sync (no data lost between HTML and script)', () => {
  it('keeps the data that comes while the page\'s script is still loading and hands it over on "ready"', () => {
    const { sync, render, scriptRuns, page } = rig();
    render('one journal so far', 1);
    sync.offer({ type: 'data', data: 'all seven journals' }, 2);
    assert.equal(page().data, 'one journal so far', 'nothing reached a page that does not listen');
    scriptRuns();
    assert.equal(page().data, 'all seven journals');
    assert.equal(page().heard.length, 1);
  });

  it('sends only the newest data when several reads came before the page listened', () => {
    const { sync, render, scriptRuns, page } = rig();
    render('empty', 0);
    for (let v = 1; v <= 5; v++) sync.offer({ type: 'data', data: `read ${v}` }, v);
    scriptRuns();
    assert.deepEqual(page().heard.map((m) => m.data), ['read 5']);
    assert.equal(page().heard[0].version, 5);
  });

  it('sends at once to a page that listens, and counts what the page says it shows', () => {
    const { sync, render, scriptRuns, page } = rig();
    render('first', 1);
    scriptRuns();
    assert.equal(sync.shows, 1, 'a ready page shows its HTML\'s data');
    sync.offer({ type: 'data', data: 'second' }, 2);
    assert.equal(page().data, 'second');
    assert.equal(sync.shows, 1, 'not shown until the page says so');
    sync.shown(page().id, 2);
    assert.equal(sync.shows, 2);
  });

  it('ignores "ready" and "shown" from a page whose HTML was replaced meanwhile', () => {
    const { sync, render, scriptRuns, page } = rig();
    const old = render('old', 1);
    render('new', 2);
    sync.ready(old.id);
    sync.shown(old.id, 9);
    sync.offer({ type: 'data', data: 'newer' }, 3);
    assert.equal(page().data, 'new', 'the old page\'s word did not open the gate for the new one');
    assert.equal(sync.shows, 0);
    scriptRuns();
    assert.equal(page().data, 'newer');
  });

  it('gives a page rebuilt after being hidden what came since its HTML, notice included', () => {
    const { sync, render, scriptRuns, page } = rig();
    render('html data', 1);
    scriptRuns();
    sync.offer({ type: 'data', data: 'by message' }, 2);
    sync.offer({ type: 'notice', text: 'could not read', retry: 'Try again' });
    sync.hidden();
    assert.equal(sync.shows, 1, 'a hidden page is rebuilt from its HTML');
    const rebuilt = new SlowPage(page().id, 'html data');
    sync.offer({ type: 'data', data: 'while hidden' }, 3);
    scriptRuns(rebuilt);
    assert.equal(rebuilt.data, 'while hidden');
    assert.equal(rebuilt.notice, 'could not read');
  });

  it('puts the page id and the notice into the webview page, hidden when there is none', () => {
    const data = { lang: 'en' as const, journals: 0, rows: [], knownDeugden: [], unusedDeugden: [] };
    const html = renderOverviewPage(data, { mode: 'webview', scriptUri: 'x.js', page: 7, notice: { text: 'Could not read <all>', retry: 'Try again' } });
    assert.match(html, /"page":7/);
    assert.match(html, /<div class="notice" id="notice" role="alert"><span id="notice-text">Could not read &lt;all&gt;<\/span> <button type="button" id="notice-retry">Try again<\/button>/);
    const quiet = renderOverviewPage(data, { mode: 'webview', scriptUri: 'x.js', page: 8 });
    assert.match(quiet, /id="notice" role="alert" hidden>/);
    assert.match(quiet, /id="notice-retry" hidden>/);
    assert.doesNotMatch(renderOverviewPage(data, { script: null }), /id="notice"|"page":/, 'the CLI\'s page has neither');
  });
});
