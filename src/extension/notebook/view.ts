// What the renderer shows about the journal as a whole: per beeld what is still to write and how its
// 3E check stands (on the beeld's first cell), and the journal's details (on the frontmatter cell).
// Computed from the cells' text by the core; the words are the user's language.
import * as vscode from 'vscode';
import { ELEMENTS, type Lang } from '../../core/model';
import { t } from '../../core/i18n';
import type { BeeldInfo, CellsOutline } from '../../core/cellsOutline';
import { SECTION_HEADINGS } from '../../core/sections';
import { DRIE_E, ELEMENT_INFO, findSituation } from '../../core/content/index';
import type { BeeldStatus, CardView, ViewMeta } from '../../renderer/protocol';

const isElement = (k: string): boolean => (ELEMENTS as readonly string[]).includes(k);

function partLabel(kind: string, ui: Lang): string {
  if (kind === 'titel') return vscode.l10n.t('title');
  if (isElement(kind)) return t(ui, ELEMENT_INFO[kind as (typeof ELEMENTS)[number]].name);
  return SECTION_HEADINGS[kind as keyof typeof SECTION_HEADINGS]?.[ui] ?? kind;
}

export function beeldStatus(b: BeeldInfo, ui: Lang): BeeldStatus {
  const todo = b.missing.filter((k) => k !== 'drie-e').map((k) => ({
    part: k,
    label: partLabel(k, ui),
    element: isElement(k),
    exists: k === 'titel' ? b.hasTitleHeading : b.sections[k as keyof BeeldInfo['sections']] !== undefined,
  }));
  const status: BeeldStatus = { todo };
  if (b.drieE) status.drieE = DRIE_E.map((e) => ({ id: e.id, label: t(ui, e.name), answer: b.drieE![e.id] }));
  return status;
}

const FIELDS: { keys: string[]; label: () => string; show?: (v: string, ui: Lang) => string }[] = [
  { keys: ['situatie', 'situation'], label: () => vscode.l10n.t('Situation'), show: (v, ui) => { const s = findSituation(v); return s ? t(ui, s.title) : v; } },
  { keys: ['datum', 'date'], label: () => vscode.l10n.t('Date'), show: showDate },
  { keys: ['auteur', 'author'], label: () => vscode.l10n.t('Author') },
  { keys: ['rol', 'role'], label: () => vscode.l10n.t('Role') },
  { keys: ['gesprek', 'conversation'], label: () => vscode.l10n.t('Conversation'), show: showConversation },
  { keys: ['tags'], label: () => vscode.l10n.t('Tags') },
];

function showDate(v: string, ui: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return v;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) ? v : d.toLocaleDateString(ui === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
}

function showConversation(v: string): string {
  if (/^(een-op-een|one-to-one)$/i.test(v)) return vscode.l10n.t('one-to-one conversation');
  if (/^(groep|group)$/i.test(v)) return vscode.l10n.t('group conversation');
  if (/^(alleen|alone|zelf|self)$/i.test(v)) return vscode.l10n.t('on my own');
  return v;
}

/**
 * The journal's details for the card, read line by line (no YAML library: this runs on every change).
 * Only plain `key: value` lines and simple lists are shown; anything else is left to the YAML editor.
 */
export function cardView(yaml: string, ui: Lang): CardView {
  const values = new Map<string, string>();
  let listKey: string | undefined;
  let invalid = false;
  for (const line of yaml.split(/\r\n|\r|\n/)) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item && listKey) { values.set(listKey, [values.get(listKey), unquote(item[1])].filter(Boolean).join(', ')); continue; }
    const m = /^([A-Za-z_][\w-]*)\s*:(?:\s+(.*?))?\s*$/.exec(line);
    if (!m) { if (!/^\s/.test(line)) invalid = true; continue; }
    listKey = m[1].toLowerCase();
    values.set(listKey, showValue(m[2] ?? ''));
  }
  if (invalid) return { fields: [], invalid: true };
  const fields = FIELDS.map((f) => {
    const raw = f.keys.map((k) => values.get(k)).find((v) => v !== undefined) ?? '';
    return { label: f.label(), value: raw && f.show ? f.show(raw, ui) : raw };
  });
  return { fields };
}

function unquote(v: string): string {
  const s = v.replace(/\s+#.*$/, '').trim();
  return /^(["']).*\1$/.test(s) ? s.slice(1, -1) : s;
}

function showValue(v: string): string {
  const s = unquote(v);
  const list = /^\[(.*)\]$/.exec(s);
  if (list) return list[1].split(',').map((x) => unquote(x)).filter(Boolean).join(', ');
  return s === '~' || s === 'null' ? '' : s;
}

/** The journal-wide view per cell: status on each beeld's first cell, the card on the frontmatter. */
export function journalViews(a: CellsOutline, cellText: (i: number) => string, ui: Lang): Map<number, Pick<ViewMeta, 'beeld' | 'card'>> {
  const out = new Map<number, Pick<ViewMeta, 'beeld' | 'card'>>();
  a.cells.forEach((c, i) => { if (c.role === 'frontmatter') out.set(i, { card: cardView(cellText(i), ui) }); });
  for (const b of a.beelden) out.set(b.firstCell, { ...out.get(b.firstCell), beeld: beeldStatus(b, ui) });
  return out;
}
