// What the page starts from: the data and state the HTML carries, and a saved filter and sort read
// back defensively (a state from an older version, or edited by hand, must not break the page).
import { DEFAULT_SORT, isSortKey } from '../core/overview/query';
import type { Filter, Sort } from '../core/overview/query';
import { $ } from './dom';

export const FILTER_KEYS = ['auteur', 'situatie', 'tag', 'from', 'to', 'q', 'feedback'] as const;

export function readJson<T>(id: string): T | undefined {
  try {
    const text = $(id)?.textContent;
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function cleanFilter(value: unknown): Filter {
  const f: Filter = {};
  if (value && typeof value === 'object') {
    for (const k of FILTER_KEYS) {
      const v = (value as Record<string, unknown>)[k];
      if (typeof v === 'string' && v) f[k] = v;
    }
  }
  return f;
}

export function cleanSort(value: unknown): Sort {
  const s = value as Partial<Sort> | undefined;
  return s && isSortKey(s.key) && (s.dir === 'asc' || s.dir === 'desc') ? { key: s.key, dir: s.dir } : DEFAULT_SORT;
}
