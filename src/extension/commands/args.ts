// Every command takes an optional argument that skips its QuickPick: from a test, a keybinding's
// `args`, a command link on a page, or a tree item (which passes its node). These read them all. Pure.
import { ELEMENTS, SECTION_ORDER, type ElementId } from '../../core/model';
import type { KnownSection } from '../../core/sections';
import { isGuideId, type GuideId } from '../views/guides-data';

type Dict = Record<string, unknown>;

function dict(v: unknown): Dict | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Dict) : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** A situation id from `"id"`, `{ situatie }`, `{ situation }`, `{ id }` or a tree node `{ situation: { id } }`. */
export function situationArg(arg: unknown): string | undefined {
  if (typeof arg === 'string') return str(arg);
  const d = dict(arg);
  if (!d) return undefined;
  const nested = dict(d.situation);
  return str(d.situatie) ?? str(d.situation) ?? str(nested?.id) ?? (d.kind === undefined ? str(d.id) : undefined);
}

/** A deugd name from `"Moed"`, `{ deugd }`, `{ name }` or a tree row `{ name, label }`. */
export function deugdArg(arg: unknown): string | undefined {
  if (typeof arg === 'string') return str(arg);
  const d = dict(arg);
  return d ? str(d.deugd) ?? str(d.name) : undefined;
}

/** A beeld's title from `"Titel"`, `{ titel }` or `{ title }`; an empty string is a title too (left empty). */
export function titleArg(arg: unknown): string | undefined {
  if (typeof arg === 'string') return arg;
  const d = dict(arg);
  const v = d?.titel ?? d?.title;
  return typeof v === 'string' ? v : undefined;
}

const SECTION_ALIASES: Record<string, KnownSection> = {
  '3e': 'drie-e', drie: 'drie-e', drieE: 'drie-e', 'drie-e': 'drie-e',
};

/** A section kind from `"kennis"`, `{ element }`, `{ section }`, `{ kind }` or `{ id }`. */
export function sectionArg(arg: unknown): KnownSection | undefined {
  const d = dict(arg);
  const raw = typeof arg === 'string' ? arg : d ? str(d.element) ?? str(d.section) ?? str(d.id) ?? str(d.kind) : undefined;
  if (!raw) return undefined;
  const key = raw.trim();
  if ((SECTION_ORDER as readonly string[]).includes(key.toLowerCase())) return key.toLowerCase() as KnownSection;
  return SECTION_ALIASES[key];
}

export function isElement(kind: string): kind is ElementId {
  return (ELEMENTS as readonly string[]).includes(kind);
}

/** A guide id from `"groep"`, `{ guide }` or a tree node `{ kind: 'guide', guide }`. */
export function guideArg(arg: unknown): GuideId | undefined {
  if (isGuideId(arg)) return arg;
  const d = dict(arg);
  return d && isGuideId(d.guide) ? d.guide : undefined;
}

export interface NewJournalArg {
  /** Set when the caller chose: a situation id, or null for a blank beeld. Undefined: ask. */
  situatie?: string | null;
  titel?: string;
  auteur?: string;
  /** Ask for a title when none is given (only when the user picks interactively). */
  askTitle: boolean;
}

/**
 * What a new journal starts from: `undefined` asks; `"id"` or `{ situatie }` starts from a situation;
 * `""`, `{ blank: true }` or `{ situatie: null }` starts blank; `{ titel }` sets the title.
 */
export function newJournalArg(arg: unknown): NewJournalArg {
  if (arg === undefined || arg === null) return { askTitle: true };
  if (typeof arg === 'string') return { situatie: str(arg) ?? null, askTitle: false };
  const d = dict(arg);
  if (!d) return { askTitle: true };
  const titel = str(d.titel) ?? str(d.title);
  const auteur = str(d.auteur) ?? str(d.author);
  const blank = d.blank === true || d.situatie === null || d.situation === null;
  const situatie = blank ? null : situationArg(d);
  const chose = blank || situatie !== undefined || titel !== undefined;
  return { situatie: chose ? situatie ?? null : undefined, titel, auteur, askTitle: !chose };
}
