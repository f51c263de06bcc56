// The overview's Feedback column and filter, on made-up stats.
import * as assert from 'node:assert/strict';
import { toOverviewData } from '../../../src/core/overview/data';
import { packOverview, unpackOverview } from '../../../src/core/overview/pack';
import { filterRows, sortRows } from '../../../src/core/overview/query';
import { filtersHtml, headHtml, rowHtml } from '../../../src/core/overview/table';
import { beeld, team } from '../overview-fixture';

describe('overview: feedback column and filter', () => {
  const stats = team([{
    file: 'a.goedwerk.md', tags: [], beelden: [
      beeld({ index: 0, title: 'Met vragen', feedback: { requested: true, open: 2, resolved: 1, waiting: false } }),
      beeld({ index: 1, title: 'Wacht nog', feedback: { requested: true, open: 0, resolved: 0, waiting: true } }),
      beeld({ index: 2, title: 'Niets gevraagd' }),
    ],
  }]);
  const data = toOverviewData(stats, 'nl');

  it('carries the open threads, the ask and the wait per row, also through the page\'s packing', () => {
    assert.deepEqual(data.rows.map((r) => [r.feedback, r.asked, r.waits]), [[2, true, false], [0, true, true], [0, false, false]]);
    assert.deepEqual(unpackOverview(packOverview(data)).rows.map((r) => [r.feedback, r.asked, r.waits]), [[2, true, false], [0, true, true], [0, false, false]]);
  });

  it('filters on "waits for feedback", "open feedback" and "asked for"', () => {
    assert.deepEqual(filterRows(data.rows, { feedback: 'wacht' }).map((r) => r.title), ['Wacht nog']);
    assert.deepEqual(filterRows(data.rows, { feedback: 'open' }).map((r) => r.title), ['Met vragen']);
    assert.deepEqual(filterRows(data.rows, { feedback: 'gevraagd' }).map((r) => r.title), ['Met vragen', 'Wacht nog']);
    assert.equal(filterRows(data.rows, {}).length, 3);
    assert.deepEqual(sortRows(data.rows, { key: 'feedback', dir: 'desc' }).map((r) => r.title), ['Met vragen', 'Wacht nog', 'Niets gevraagd']);
  });

  it('shows the count, or "wacht", in its own column, with a filter in both languages', () => {
    assert.match(headHtml('nl', { key: 'datum', dir: 'desc' }), /data-sort="feedback"/);
    assert.match(rowHtml(data.rows[0], 'nl', 0), /<td class="feedback open"[^>]*>2<\/td><\/tr>$/);
    assert.match(rowHtml(data.rows[1], 'nl', 1), /<td class="feedback waits"[^>]*>wacht<\/td>/);
    assert.match(rowHtml(data.rows[1], 'en', 1), />waits<\/td>/);
    assert.match(rowHtml(data.rows[2], 'nl', 2), /<td class="feedback"><\/td>/);
    const filters = filtersHtml('nl', { authors: [], situations: [], tags: [] }, { feedback: 'wacht' });
    assert.match(filters, /<select id="f-feedback" name="feedback">.*<option value="wacht" selected>Wacht op feedback<\/option>/);
    assert.match(filtersHtml('en', { authors: [], situations: [], tags: [] }, {}), />Waits for feedback</);
  });

  it('reads stats without feedback (an older server) as none', () => {
    const old = toOverviewData(team([{ file: 'b.goedwerk.md', tags: [], beelden: [beeld()] }]), 'nl');
    assert.deepEqual([old.rows[0].feedback, old.rows[0].asked, old.rows[0].waits], [0, false, false]);
  });
});
