// The overview's browser side: filters, sorting, a virtualized table body (only the rows in view live in
// the DOM, so 5,000 journals scroll smoothly) and the charts, redrawn for the filtered rows. The same
// script serves the standalone HTML file and the VS Code webview; in the webview it also opens a beeld
// and takes fresh data by message.
import type { OverviewData, OverviewRow } from '../core/overview/data';
import { DEFAULT_SORT, figures, filterChoices, filterRows, isSortKey, sortRows } from '../core/overview/query';
import type { Filter, Sort, SortKey } from '../core/overview/query';
import { chartsHtml } from '../core/overview/charts';
import { authorOptions, rowHtml, ROW_HEIGHT, situationOptions, tagOptions } from '../core/overview/table';
import { label } from '../core/overview/labels';
import { unpackOverview, type PackedOverview } from '../core/overview/pack';
import { $ } from './dom';
import { showNotice } from './notice';
import { FILTER_KEYS, cleanFilter, cleanSort, readJson } from './saved-state';
import { markSort, nextSort } from './sort-header';

interface VsCodeApi { postMessage(msg: unknown): void; getState(): unknown; setState(state: unknown): void }
declare function acquireVsCodeApi(): VsCodeApi;

const vscode: VsCodeApi | undefined = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
const OVERSCAN = 8;

let data: OverviewData;
let filter: Filter = {};
let sort: Sort = DEFAULT_SORT;
let view: OverviewRow[] = [];
let active = 0;
/** The row last opened, marked so the eye finds it again. */
let current: OverviewRow | undefined;
let rowHeight = ROW_HEIGHT;
let rowMeasured = false;
let rendered = { first: -1, last: -1 };
/** The id of this page's HTML, said back to the extension so it knows which page listens. */
let pageId: unknown;

function init(): void {
  const packed = readJson<PackedOverview>('goedwerk-data');
  if (!packed) return;
  data = unpackOverview(packed);
  const painted = readJson<{ filter?: unknown; sort?: unknown; page?: unknown }>('goedwerk-state');
  pageId = painted?.page;
  const saved = (vscode?.getState() ?? painted) as { filter?: unknown; sort?: unknown } | undefined;
  filter = cleanFilter(saved?.filter);
  sort = cleanSort(saved?.sort);
  $('more')?.remove();
  bindFilters();
  bindTable();
  window.addEventListener('message', onMessage);
  window.addEventListener('resize', () => { head = undefined; rowMeasured = false; renderRows(true); });
  refreshChoices();
  // The page came with the charts for its own filter; redraw them only when a saved filter differs.
  update(JSON.stringify(filter) !== JSON.stringify(cleanFilter(painted?.filter)));
  $('notice-retry')?.addEventListener('click', () => vscode?.postMessage({ type: 'retry' }));
  // Only now does the page hear messages: the extension holds what it has until it hears this.
  vscode?.postMessage({ type: 'ready', page: pageId });
  performance.mark('goedwerk-ready'); // for `npm run bench`: the table answers from here on
}

// ---------------------------------------------------------------- filters

function bindFilters(): void {
  const form = $<HTMLFormElement>('filters');
  if (!form) return;
  form.addEventListener('submit', (e) => e.preventDefault());
  const read = () => {
    const next: Filter = {};
    for (const k of FILTER_KEYS) {
      const el = form.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null;
      if (el?.value) next[k] = el.value;
    }
    filter = next;
    active = 0;
    update();
  };
  form.addEventListener('input', read);
  form.addEventListener('change', read);
  $('f-reset')?.addEventListener('click', (e) => {
    e.preventDefault();
    for (const k of FILTER_KEYS) {
      const el = form.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null;
      if (el) el.value = '';
    }
    read();
  });
}

/** Fills the selects from the current data, keeping what was chosen while it still exists. */
function refreshChoices(): void {
  const choices = filterChoices(data.rows);
  const keep = (value: string | undefined, list: string[]) => (value && list.includes(value) ? value : undefined);
  filter.auteur = keep(filter.auteur, choices.authors);
  filter.situatie = keep(filter.situatie, choices.situations.map((s) => s.id));
  filter.tag = keep(filter.tag, choices.tags);
  const set = (id: string, html: string) => { const el = $(id); if (el) el.innerHTML = html; };
  set('f-auteur', authorOptions(data.lang, choices, filter));
  set('f-situatie', situationOptions(data.lang, choices, filter));
  set('f-tag', tagOptions(data.lang, choices, filter));
  for (const k of ['from', 'to', 'q', 'feedback'] as const) {
    const el = $<HTMLInputElement>(`f-${k}`);
    if (el) el.value = filter[k] ?? '';
  }
}

// ---------------------------------------------------------------- table

function bindTable(): void {
  const scroller = $('table-scroll');
  const tbody = $('rows');
  const table = $('overview-table');
  if (!scroller || !tbody || !table) return;
  let pending = false;
  scroller.addEventListener('scroll', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; renderRows(false); });
  });
  table.querySelector('thead')?.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button.sort');
    if (button && isSortKey(button.dataset.sort)) toggleSort(button.dataset.sort);
  });
  tbody.addEventListener('click', (e) => {
    const row = (e.target as HTMLElement).closest<HTMLTableRowElement>('tr.row');
    if (!row) return;
    const index = view.findIndex((r) => r.id === Number(row.dataset.id));
    if (index < 0) return;
    setActive(index, true);
    open(view[index]);
  });
  scroller.addEventListener('focus', (e) => { if (e.target === scroller) setActive(active, true); });
  scroller.addEventListener('keydown', onKey);
}

function onKey(e: KeyboardEvent): void {
  if ((e.target as HTMLElement).closest('thead')) return;
  const page = Math.max(1, Math.floor(($('table-scroll')!.clientHeight - headHeight()) / rowHeight) - 1);
  const moves: Record<string, number> = {
    ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + page, PageUp: active - page,
    Home: 0, End: view.length - 1,
  };
  if (e.key in moves) {
    e.preventDefault();
    setActive(Math.max(0, Math.min(view.length - 1, moves[e.key])), true);
  } else if ((e.key === 'Enter' || e.key === ' ') && view[active]) {
    e.preventDefault();
    open(view[active]);
  }
}

function toggleSort(key: SortKey): void {
  sort = nextSort(sort, key);
  const current = view[active];
  update();
  if (current) {
    const index = view.indexOf(current);
    if (index >= 0) setActive(index, false);
  }
}

let head: number | undefined;

/** The sticky header's height, measured once (and again after a resize): measuring forces a layout. */
function headHeight(): number {
  head ??= $('overview-table')?.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  return head;
}

/** Puts only the rows in view (plus a margin) into the body; spacers keep the scroll height true. */
function renderRows(force: boolean): void {
  const scroller = $('table-scroll');
  const tbody = $('rows');
  if (!scroller || !tbody) return;
  const head = headHeight();
  const top = Math.max(0, scroller.scrollTop - head);
  const height = scroller.clientHeight || 600;
  const first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  const last = Math.min(view.length, Math.ceil((top + height) / rowHeight) + OVERSCAN);
  if (!force && first === rendered.first && last === rendered.last) return;
  const hadFocus = tbody.contains(document.activeElement);
  rendered = { first, last };
  const cols = document.querySelectorAll('#overview-table col').length || 1;
  const spacer = (id: string) => `<tr class="spacer" id="${id}" aria-hidden="true"><td colspan="${cols}"></td></tr>`;
  const rows: string[] = [spacer('pad-top')];
  for (let i = first; i < last; i++) rows.push(rowHtml(view[i], data.lang, i, i === active, view[i] === current));
  rows.push(spacer('pad-bottom'));
  tbody.innerHTML = rows.join('');
  setPad('pad-top', first * rowHeight);
  setPad('pad-bottom', (view.length - last) * rowHeight);
  // The stylesheet sets the height, but fonts and zoom decide it: measure once (and after a resize) and
  // redo if it differs. Only once: measuring forces a layout, which scrolling must not pay every frame.
  if (!rowMeasured) {
    const measured = tbody.querySelector<HTMLElement>('tr.row')?.getBoundingClientRect().height;
    if (measured) {
      rowMeasured = true;
      if (Math.abs(measured - rowHeight) > 0.5) {
        rowHeight = measured;
        renderRows(true);
        return;
      }
    }
  }
  // A long table gets a fixed height and layout containment, so moving rows never re-lays out the page.
  scroller.classList.toggle('tall', (view.length + 1) * rowHeight > Math.min(window.innerHeight * 0.62, 720));
  const activeRow = tbody.querySelector<HTMLElement>('tr.row[tabindex="0"]');
  scroller.tabIndex = activeRow ? -1 : 0;
  if (hadFocus) activeRow?.focus({ preventScroll: true });
}

function setPad(id: string, px: number): void {
  const cell = $(id)?.firstElementChild as HTMLElement | null;
  if (cell) cell.style.height = `${px}px`;
}

function setActive(index: number, focus: boolean): void {
  if (!view.length) return;
  active = index;
  const scroller = $('table-scroll')!;
  const head = headHeight();
  const rowTop = index * rowHeight + head;
  if (rowTop - head < scroller.scrollTop) scroller.scrollTop = rowTop - head;
  else if (rowTop + rowHeight > scroller.scrollTop + scroller.clientHeight) {
    scroller.scrollTop = rowTop + rowHeight - scroller.clientHeight;
  }
  renderRows(true);
  if (focus) $('rows')?.querySelector<HTMLElement>('tr.row[tabindex="0"]')?.focus({ preventScroll: true });
}

// ---------------------------------------------------------------- everything that follows the data

function update(charts = true): void {
  view = sortRows(filterRows(data.rows, filter), sort);
  active = Math.min(active, Math.max(0, view.length - 1));
  const lang = data.lang;
  const all = data.rows.filter((r) => r.beeld >= 0);
  const summary = $('summary');
  if (summary && !document.body.hasAttribute('data-loading')) summary.textContent = label(lang, 'summary', data.journals, all.length, all.filter((r) => r.complete).length);
  const shown = $('shown');
  if (shown) shown.textContent = label(lang, 'shown', view.length, data.rows.length);
  $('overview-table')?.setAttribute('aria-rowcount', String(view.length + 1));
  updateEmpty();
  markSort(sort);
  const box = $('charts');
  if (box && charts) box.innerHTML = chartsHtml(figures(view, data), lang);
  renderRows(true);
  vscode?.setState({ filter, sort });
  document.body.dataset.rows = String(view.length);
}

function updateEmpty(): void {
  let empty = $('empty');
  if (view.length === 0 && !empty) {
    empty = document.createElement('p');
    empty.id = 'empty';
    empty.className = 'empty';
    $('table-scroll')?.append(empty);
  }
  if (empty) {
    empty.textContent = label(data.lang, 'empty');
    empty.hidden = view.length > 0;
  }
}

function open(row: OverviewRow): void {
  const lang = data.lang;
  current = row;
  renderRows(true);
  const detail = $('detail');
  if (detail) {
    const parts = [label(lang, 'selected', row.path, label(lang, 'line', row.line + 1))];
    if (row.deugden.length) parts.push(`${label(lang, 'deugdenList')}: ${row.deugden.join(', ')}`);
    if (row.tags.length) parts.push(`${label(lang, 'tag')}: ${row.tags.join(', ')}`);
    if (row.findings) parts.push(`${label(lang, 'findings')}: ${row.findings}`);
    detail.textContent = parts.join(' · ');
  }
  vscode?.postMessage({ type: 'open', file: row.file, line: row.line, beeld: row.beeld });
}

function onMessage(e: MessageEvent): void {
  const msg = e.data as { type?: string; data?: PackedOverview; loading?: boolean; version?: unknown; text?: unknown; retry?: unknown } | undefined;
  if (msg?.type === 'notice') return showNotice(msg.text, msg.retry);
  if (msg?.type !== 'data' || !msg.data || !Array.isArray(msg.data.rows)) return;
  const same = (a: OverviewRow | undefined) => (b: OverviewRow) => !!a && a.file === b.file && a.beeld === b.beeld;
  const before = view[active];
  data = unpackOverview(msg.data);
  // While the server still reads, the rows so far show and the summary keeps saying it is reading.
  if (msg.loading) document.body.setAttribute('data-loading', 'true');
  else document.body.removeAttribute('data-loading');
  current = data.rows.find(same(current));
  refreshChoices();
  update();
  // Stay on the same beeld when it is still there after the refresh.
  const index = view.findIndex(same(before));
  if (index >= 0 && index !== active) setActive(index, false);
  vscode?.postMessage({ type: 'shown', page: pageId, version: msg.version });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
