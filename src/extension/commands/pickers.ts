// The one set of QuickPicks the commands share, in the text editor and in the notebook alike: a
// situation (the booklet's and the team's), a deugd (the booklet's and the team's) and a part of a
// beeld. Each resolves undefined when the writer cancels.
import * as vscode from 'vscode';
import { DEUGDEN, ELEMENT_INFO, findDeugd } from '../../core/content/index';
import { t } from '../../core/i18n';
import { SECTION_ORDER, type Lang } from '../../core/model';
import { SECTION_HEADINGS, type KnownSection } from '../../core/sections';
import { catalog } from '../views/catalog';
import { iconPath } from '../views/icons';
import type { SituationView } from '../views/situations-data';
import { uiLang } from '../views/ui-lang';
import { isElement } from './args';

let extensionUri: vscode.Uri | undefined;

/** Where the element icons are (set once on activation). */
export function setPickerIcons(uri: vscode.Uri): void {
  extensionUri = uri;
}

/** A situation, or (with `withBlank`) null for a blank beeld. */
export async function pickSituation(title: string, withBlank: boolean): Promise<SituationView | null | undefined> {
  const situations = await catalog().situations();
  type Item = vscode.QuickPickItem & { s?: SituationView | null };
  const items: Item[] = [];
  if (withBlank) {
    items.push({ label: `$(new-file) ${vscode.l10n.t('Blank beeld')}`, detail: vscode.l10n.t('Start from an experience of your own, without an example situation.'), s: null });
    items.push({ label: vscode.l10n.t('Critical situations'), kind: vscode.QuickPickItemKind.Separator });
  }
  for (const s of situations) {
    items.push({ label: s.title, description: s.team ? vscode.l10n.t('team') : s.id, detail: s.summary, s });
  }
  const picked = await vscode.window.showQuickPick(items, {
    title, placeHolder: vscode.l10n.t('Pick a situation that reminds you of your own work'), matchOnDetail: true, matchOnDescription: true,
  });
  return picked ? picked.s ?? null : undefined;
}

/** A deugd's name as the booklet spells it in Dutch (or the team's own name, as the team wrote it). */
export async function pickDeugd(): Promise<string | undefined> {
  const lang = uiLang();
  const extra = await catalog().teamDeugden();
  const items: (vscode.QuickPickItem & { name: string })[] = [...DEUGDEN]
    .sort((a, b) => (lang === 'en' ? a.en : a.name).localeCompare(lang === 'en' ? b.en : b.name, lang))
    .map((d) => ({
      label: lang === 'en' ? d.en : d.name,
      description: lang === 'en' ? d.name : d.en,
      detail: [d.tooLittle && `${vscode.l10n.t('Too little')}: ${t(lang, d.tooLittle)}`, d.tooMuch && `${vscode.l10n.t('Too much')}: ${t(lang, d.tooMuch)}`].filter(Boolean).join(' · ') || undefined,
      name: d.name,
    }));
  for (const name of extra) if (!findDeugd(name)) items.push({ label: name, description: vscode.l10n.t('team'), name });
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Insert a deugd'), placeHolder: vscode.l10n.t('Which deugd is at stake in this beeld?'), matchOnDescription: true, matchOnDetail: true,
  });
  return picked?.name;
}

/** A deugd's name in the journal's language: the booklet's English name in an English journal. */
export function deugdIn(name: string, lang: Lang): string {
  return lang === 'en' ? findDeugd(name)?.en ?? name : name;
}

export function sectionLabel(kind: KnownSection, lang: Lang): string {
  return isElement(kind) ? t(lang, ELEMENT_INFO[kind].name) : SECTION_HEADINGS[kind][lang];
}

/** A part to add to a beeld (the 3E check has its own command); what the beeld lacks comes first. */
export async function pickSection(present: ReadonlySet<string>): Promise<KnownSection | undefined> {
  const lang = uiLang();
  const kinds = SECTION_ORDER.filter((k) => k !== 'drie-e');
  const items = kinds.map((kind) => ({
    label: sectionLabel(kind, lang),
    description: present.has(kind) ? vscode.l10n.t('already in this beeld') : undefined,
    detail: isElement(kind) ? t(lang, ELEMENT_INFO[kind].question) : undefined,
    iconPath: isElement(kind) && extensionUri ? iconPath(extensionUri, kind) : undefined,
    section: kind,
  }));
  // The five elements are what the command is named after: they come before the other parts.
  items.sort((a, b) => Number(present.has(a.section)) - Number(present.has(b.section))
    || Number(!isElement(a.section)) - Number(!isElement(b.section)));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Add an element'), placeHolder: vscode.l10n.t('Which part do you want to add to this beeld?'), matchOnDetail: true,
  });
  return picked?.section;
}
