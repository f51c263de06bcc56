// The `privacy` part of a team's `.goedwerk.json`: which names are fine, which kinds the team leaves
// off, which kinds stop a commit. Every mistake comes back with its place, like the rest of the config.
import type { Node } from 'jsonc-parser';
import type { Msg } from './i18n';
import type { PrivacySettings, Range } from './model';
import { DEFAULT_BLOCKING, PRIVACY_KINDS, isPrivacyKind, type PrivacyKind } from './privacy/kinds';

export interface PrivacyConfigError { message: Msg; range: Range }
type At = (offset: number, length: number) => Range;

const KEYS = ['namen', 'uit', 'blokkeren'] as const;

export const privacyMessages = {
  notObject: {
    nl: '"privacy" moet een object zijn, zoals {"namen": ["Sanne Visser"], "uit": [], "blokkeren": ["bsn"]}.',
    en: '"privacy" must be an object, such as {"namen": ["Sanne Visser"], "uit": [], "blokkeren": ["bsn"]}.',
  },
  unknownKey: {
    nl: 'Onbekende sleutel "{0}" in "privacy". Bekend zijn: "namen", "uit" en "blokkeren".',
    en: 'Unknown key "{0}" in "privacy". Known keys are "namen", "uit" and "blokkeren".',
  },
  notList: {
    nl: '"privacy.{0}" moet een lijst zijn, zoals ["naam", "instelling"].',
    en: '"privacy.{0}" must be a list, such as ["naam", "instelling"].',
  },
  namesNotList: {
    nl: '"privacy.namen" moet een lijst met namen zijn, zoals ["Sanne Visser", "Mo"].',
    en: '"privacy.namen" must be a list of names, such as ["Sanne Visser", "Mo"].',
  },
  nameNotString: {
    nl: 'Elke naam in "privacy.namen" staat tussen aanhalingstekens.',
    en: 'Each name in "privacy.namen" is in quotes.',
  },
  unknownKind: {
    nl: 'Onbekende soort {0}. Soorten: {1}.',
    en: 'Unknown kind {0}. Kinds: {1}.',
  },
} satisfies Record<string, Msg>;

function fill(template: Msg, ...args: string[]): Msg {
  const one = (lang: 'nl' | 'en') => template[lang].replace(/\{(\d+)\}/g, (w, i) => args[Number(i)] ?? w);
  return { nl: one('nl'), en: one('en') };
}

export function readPrivacyConfig(node: Node, errors: PrivacyConfigError[], at: At): PrivacySettings | undefined {
  if (node.type !== 'object') {
    errors.push({ message: privacyMessages.notObject, range: at(node.offset, node.length) });
    return undefined;
  }
  const out: PrivacySettings = {};
  for (const prop of node.children ?? []) {
    const [keyNode, value] = prop.children ?? [];
    if (!keyNode) continue;
    const key = String(keyNode.value);
    if (!(KEYS as readonly string[]).includes(key)) {
      errors.push({ message: fill(privacyMessages.unknownKey, key), range: at(keyNode.offset, keyNode.length) });
      continue;
    }
    if (!value) continue;
    if (key === 'namen') out.namen = readNames(value, errors, at);
    else out[key as 'uit' | 'blokkeren'] = readKinds(key, value, errors, at);
  }
  return out;
}

function readNames(node: Node, errors: PrivacyConfigError[], at: At): string[] {
  if (node.type !== 'array') {
    errors.push({ message: privacyMessages.namesNotList, range: at(node.offset, node.length) });
    return [];
  }
  const names: string[] = [];
  for (const item of node.children ?? []) {
    if (item.type === 'string' && String(item.value).trim()) names.push(String(item.value).trim());
    else errors.push({ message: privacyMessages.nameNotString, range: at(item.offset, item.length) });
  }
  return names;
}

function readKinds(key: string, node: Node, errors: PrivacyConfigError[], at: At): PrivacyKind[] {
  if (node.type !== 'array') {
    errors.push({ message: fill(privacyMessages.notList, key), range: at(node.offset, node.length) });
    return [];
  }
  const kinds: PrivacyKind[] = [];
  for (const item of node.children ?? []) {
    if (isPrivacyKind(item.value)) kinds.push(item.value);
    else {
      const shown = (JSON.stringify(item.value ?? null) ?? String(item.value)).slice(0, 40);
      errors.push({ message: fill(privacyMessages.unknownKind, shown, PRIVACY_KINDS.join(', ')), range: at(item.offset, item.length) });
    }
  }
  return kinds;
}

/** The kinds that stop a commit: the team's list, or by default everything but institutions. */
export function blockingKinds(settings: PrivacySettings | undefined): Set<PrivacyKind> {
  const list = settings?.blokkeren ?? DEFAULT_BLOCKING;
  const off = new Set(settings?.uit ?? []);
  return new Set(list.filter((k): k is PrivacyKind => isPrivacyKind(k) && !off.has(k)));
}
