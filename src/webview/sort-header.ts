// The table's sortable header: which way a column sorts first, and the mark on the sorted column.
import type { Sort, SortKey } from '../core/overview/query';

/** Dates and counts sort from the most first; names and words from A. */
export function nextSort(sort: Sort, key: SortKey): Sort {
  const firstDir = key === 'datum' || key === 'ervaring' || key === 'uitwerking' || key.startsWith('el:') || key.startsWith('e:')
    ? 'desc' : 'asc';
  return sort.key === key ? { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: firstDir };
}

/** Marks the sorted column: its arrow and aria-sort. */
export function markSort(sort: Sort): void {
  document.querySelectorAll<HTMLElement>('#overview-table thead th').forEach((th) => {
    const key = th.querySelector<HTMLButtonElement>('button.sort')?.dataset.sort;
    const on = key === sort.key;
    th.setAttribute('aria-sort', on ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none');
    const arrow = th.querySelector('.arrow');
    if (arrow) arrow.textContent = on ? (sort.dir === 'asc' ? '▲' : '▼') : '';
  });
}
