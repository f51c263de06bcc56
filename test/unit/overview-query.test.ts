import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeDate, toOverviewData } from '../../src/core/overview/data';
import { packOverview, unpackOverview } from '../../src/core/overview/pack';
import { figures, filterChoices, filterRows, sortRows, SORT_KEYS } from '../../src/core/overview/query';
import { beeld, fakeTeam, team } from './overview-fixture';

describe('overview data, filters, sorting and figures', () => {
  const data = toOverviewData(fakeTeam(200), 'nl', { root: '/team' });

  it('flattens journals into one row per beeld with paths relative to the root', () => {
    const stats = fakeTeam(200);
    assert.equal(data.rows.length, stats.journals.reduce((n, j) => n + j.beelden.length, 0));
    assert.equal(data.journals, 200);
    assert.ok(data.rows.every((r) => r.path.startsWith('journaal/') && r.file.startsWith('/team/')));
    assert.deepEqual(data.unusedDeugden, ['Humor', 'Trouw']);
  });

  it('filters by author, situation, tag, period and title words', () => {
    // Each filter must keep some rows and drop others: an every() over no rows would prove nothing.
    const by = (f: Parameters<typeof filterRows>[1]) => {
      const rows = filterRows(data.rows, f);
      assert.ok(rows.length > 0 && rows.length < data.rows.length, `${JSON.stringify(f)} kept ${rows.length} of ${data.rows.length}`);
      return rows;
    };
    assert.ok(by({ auteur: 'Mo Bakker' }).every((r) => r.auteur === 'Mo Bakker'));
    assert.ok(by({ situatie: 'een-melding-doen' }).every((r) => r.situatie === 'een-melding-doen'));
    assert.ok(by({ tag: 'crisis' }).every((r) => r.tags.includes('crisis')));
    assert.ok(by({ from: '2024-02-01', to: '2024-04-30' }).every((r) => r.datum >= '2024-02-01' && r.datum <= '2024-04-30'));
    assert.ok(by({ q: 'samen THUIS' }).every((r) => /samen/i.test(r.title) && /thuis/i.test(r.title)));
    const both = by({ auteur: 'Mo Bakker', tag: 'crisis' });
    assert.equal(both.length, by({ auteur: 'Mo Bakker' }).filter((r) => r.tags.includes('crisis')).length);
  });

  it('a month as the upper bound includes that whole month', () => {
    const rows = toOverviewData(team([{ file: 'a', tags: [], beelden: [beeld({ datum: '2024-04-30' })] }]), 'nl').rows;
    assert.equal(filterRows(rows, { to: '2024-04' }).length, 1);
    assert.equal(filterRows(rows, { to: '2024-04-29' }).length, 0);
  });

  it('sorts every column both ways, empty values last, ties in file order', () => {
    fc.assert(fc.property(fc.constantFrom(...SORT_KEYS), fc.constantFrom('asc' as const, 'desc' as const), (key, dir) => {
      const sorted = sortRows(data.rows, { key, dir });
      assert.equal(sorted.length, data.rows.length);
      assert.equal(new Set(sorted.map((r) => r.id)).size, data.rows.length);
    }), { numRuns: 30 });
    const byDate = sortRows(data.rows, { key: 'datum', dir: 'desc' });
    for (let i = 1; i < byDate.length; i++) assert.ok(byDate[i - 1].datum >= byDate[i].datum);
    const byAuthor = sortRows(data.rows, { key: 'auteur', dir: 'asc' });
    for (let i = 1; i < byAuthor.length; i++) {
      const [a, b] = [byAuthor[i - 1], byAuthor[i]];
      assert.ok(a.auteur.localeCompare(b.auteur, 'nl') <= 0);
      if (a.auteur === b.auteur) assert.ok(a.id < b.id, 'stable');
    }
    const withEmpty = toOverviewData(team([{ file: 'a', tags: [], beelden: [beeld({ auteur: '' }), beeld({ auteur: 'Zora' })] }]), 'nl').rows;
    for (const dir of ['asc', 'desc'] as const) assert.equal(sortRows(withEmpty, { key: 'auteur', dir }).at(-1)!.auteur, '');
  });

  it('offers each author, situation and tag once, sorted', () => {
    const c = filterChoices(data.rows);
    assert.deepEqual(c.authors, [...new Set(data.rows.map((r) => r.auteur))].sort((a, b) => a.localeCompare(b, 'nl')));
    assert.equal(new Set(c.tags).size, c.tags.length);
    assert.ok(c.situations.every((s) => s.id && s.title));
  });

  it('counts the figures the charts draw', () => {
    const f = figures(data.rows, data);
    assert.equal(f.beelden, data.rows.length);
    assert.equal(f.team.beelden, f.authors.reduce((n, a) => n + a.beelden, 0));
    f.team.elements.forEach((n, i) => assert.equal(n, data.rows.filter((r) => r.elements[i]).length));
    assert.equal(f.drieE.answered + f.drieE.open + f.drieE.missing, f.beelden);
    // Per E the answers add up to the beelden, and match the rows.
    f.drieE.answers.forEach((counts, i) => {
      assert.equal(counts.ja + counts.nee + counts.deels + counts.open, f.beelden);
      assert.equal(counts.nee, data.rows.filter((r) => r.e[i] === 'nee').length);
    });
    assert.equal(f.months.reduce((n, [, c]) => n + c, 0) + f.undated, f.beelden);
    // Months run without gaps from the first to the last.
    for (let i = 1; i < f.months.length; i++) {
      const [y0, m0] = f.months[i - 1][0].split('-').map(Number);
      const [y1, m1] = f.months[i][0].split('-').map(Number);
      assert.equal(y1 * 12 + m1, y0 * 12 + m0 + 1);
    }
    assert.deepEqual(f.never, ['Humor', 'Trouw']);
    for (let i = 1; i < f.deugden.length; i++) assert.ok(f.deugden[i - 1][1] >= f.deugden[i][1]);
  });

  it('counts deugden case-insensitively and names the ones a filter leaves unnamed', () => {
    const rows = toOverviewData(team([{ file: 'a', tags: [], beelden: [
      beeld({ auteur: 'A', deugden: ['Moed', 'Geduld'] }), beeld({ auteur: 'B', deugden: ['moed'] }),
    ] }], ['Humor']), 'nl');
    const all = figures(rows.rows, rows);
    assert.deepEqual(all.deugden, [['Moed', 2], ['Geduld', 1]]);
    const onlyB = figures(filterRows(rows.rows, { auteur: 'B' }), rows);
    assert.deepEqual(onlyB.never, ['Geduld', 'Humor']);
  });

  it('keeps a typo year from drawing a century of empty months', () => {
    const rows = toOverviewData(team([{ file: 'a', tags: [], beelden: [beeld({ datum: '1924-01-01' }), beeld({ datum: '2024-01-01' })] }]), 'nl').rows;
    assert.deepEqual(figures(rows, { knownDeugden: [], unusedDeugden: [] }).months, [['1924-01', 1], ['2024-01', 1]]);
  });

  it('packs the rows for the page and unpacks them unchanged', () => {
    const withOdd = toOverviewData(team([{ file: 'a', tags: [], beelden: [] }, ...fakeTeam(50).journals]), 'en', { root: '/team', scope: 'x' });
    const back = unpackOverview(JSON.parse(JSON.stringify(packOverview(withOdd))));
    assert.deepEqual(JSON.parse(JSON.stringify(back)), JSON.parse(JSON.stringify(withOdd)));
    const packedSize = JSON.stringify(packOverview(data)).length;
    assert.ok(packedSize < JSON.stringify(data).length / 2.5, 'packing pays');
    assert.deepEqual(unpackOverview({ nonsense: true } as never).rows, []);
  });

  it('normalizes dates to sortable text', () => {
    assert.equal(normalizeDate('2024-3-5'), '2024-03-05');
    assert.equal(normalizeDate(new Date('2024-03-05T10:00:00Z')), '2024-03-05');
    assert.equal(normalizeDate('gisteren'), 'gisteren');
    assert.equal(normalizeDate(undefined), '');
  });
});
