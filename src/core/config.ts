// A team's `.goedwerk.json`: which rules it turns up, down or off, and which deugden it adds to the list.
// The nearest file above a journal wins (found by the team resolver, ./team/resolver.ts). A config that is wrong is never ignored silently: every problem
// comes back as an error with a range in the config file and a message in both languages, and the parts
// that are right still apply. Comments are allowed (as in VS Code's own JSON settings).
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Msg } from './i18n';
import type { Range, RuleId, SeveritySetting, TeamConfig } from './model';
import { RULE_IDS } from './model';
import { CONFIG_FILE } from './names';
import { readPrivacyConfig } from './privacy-config';
import { lineStarts, rangeOf } from './text';

export interface ConfigError { message: Msg; range: Range }
export interface ParsedTeamConfig { config: TeamConfig; errors: ConfigError[] }
export interface FoundTeamConfig extends ParsedTeamConfig { path: string }

const SEVERITIES: readonly string[] = ['off', 'hint', 'info', 'warning', 'error'];
const KNOWN_KEYS = ['rules', 'deugden', 'situaties', 'privacy', '$schema'];

export const messages = {
  syntax: {
    nl: 'Dit is geen geldige JSON: {0}. Zolang dit niet klopt, gelden de standaardinstellingen.',
    en: 'This is not valid JSON: {0}. Until it is fixed, the default settings apply.',
  },
  notObject: {
    nl: '.goedwerk.json moet een object zijn, zoals {"rules": {}, "deugden": []}.',
    en: '.goedwerk.json must be an object, such as {"rules": {}, "deugden": []}.',
  },
  unknownKey: {
    nl: 'Onbekende sleutel "{0}". Bekend zijn: "rules", "deugden", "situaties" en "privacy".',
    en: 'Unknown key "{0}". Known keys are "rules", "deugden", "situaties" and "privacy".',
  },
  rulesNotObject: {
    nl: '"rules" moet een object zijn: {"<regel>": "off" | "hint" | "info" | "warning" | "error"}.',
    en: '"rules" must be an object: {"<rule>": "off" | "hint" | "info" | "warning" | "error"}.',
  },
  unknownRule: {
    nl: 'Onbekende regel "{0}". Bestaande regels: {1}.',
    en: 'Unknown rule "{0}". Existing rules: {1}.',
  },
  badSeverity: {
    nl: 'Ongeldige ernst {0} voor regel "{1}". Kies "off", "hint", "info", "warning" of "error".',
    en: 'Invalid severity {0} for rule "{1}". Choose "off", "hint", "info", "warning" or "error".',
  },
  deugdenNotArray: {
    nl: '"deugden" moet een lijst met namen zijn, zoals ["Humor", "Geduld"].',
    en: '"deugden" must be a list of names, such as ["Humour", "Patience"].',
  },
  deugdNotString: {
    nl: 'Elke deugd in "deugden" is een naam tussen aanhalingstekens.',
    en: 'Each deugd in "deugden" is a name in quotes.',
  },
  situatiesNotString: {
    nl: '"situaties" moet de naam van een map zijn (tussen aanhalingstekens).',
    en: '"situaties" must be the name of a folder (in quotes).',
  },
  unreadable: {
    nl: '.goedwerk.json kan niet gelezen worden: {0}.',
    en: '.goedwerk.json cannot be read: {0}.',
  },
};

const SYNTAX: Record<string, Msg> = {
  InvalidSymbol: { nl: 'onverwacht teken', en: 'unexpected character' },
  InvalidNumberFormat: { nl: 'ongeldig getal', en: 'invalid number' },
  PropertyNameExpected: { nl: 'hier hoort een sleutel tussen aanhalingstekens', en: 'a key in quotes is expected here' },
  ValueExpected: { nl: 'hier hoort een waarde', en: 'a value is expected here' },
  ColonExpected: { nl: 'hier hoort een dubbele punt', en: 'a colon is expected here' },
  CommaExpected: { nl: 'hier hoort een komma', en: 'a comma is expected here' },
  CloseBraceExpected: { nl: 'een } ontbreekt', en: 'a } is missing' },
  CloseBracketExpected: { nl: 'een ] ontbreekt', en: 'a ] is missing' },
  EndOfFileExpected: { nl: 'na het object hoort niets meer te staan', en: 'nothing may follow the object' },
  InvalidCommentToken: { nl: 'ongeldig commentaar', en: 'invalid comment' },
  UnexpectedEndOfComment: { nl: 'commentaar wordt niet afgesloten', en: 'a comment is not closed' },
  UnexpectedEndOfString: { nl: 'een tekst wordt niet afgesloten met "', en: 'a string is not closed with "' },
  UnexpectedEndOfNumber: { nl: 'een getal is onvolledig', en: 'a number is incomplete' },
  InvalidUnicode: { nl: 'ongeldige unicode-code', en: 'invalid unicode escape' },
  InvalidEscapeCharacter: { nl: 'ongeldig escape-teken', en: 'invalid escape character' },
  InvalidCharacter: { nl: 'ongeldig teken in een tekst', en: 'invalid character in a string' },
};

function fill(template: Msg, ...args: (string | Msg)[]): Msg {
  const one = (lang: 'nl' | 'en') => template[lang].replace(/\{(\d+)\}/g, (w, i) => {
    const a = args[Number(i)];
    return a === undefined ? w : typeof a === 'string' ? a : a[lang];
  });
  return { nl: one('nl'), en: one('en') };
}

export function emptyTeamConfig(): TeamConfig {
  return { rules: {}, deugden: [] };
}

export function parseTeamConfig(input: string): ParsedTeamConfig {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : '';
  const starts = lineStarts(text);
  const at = (offset: number, length: number): Range =>
    rangeOf(starts, { start: Math.min(offset, text.length), end: Math.min(offset + Math.max(length, 0), text.length) });
  const config = emptyTeamConfig();
  const errors: ConfigError[] = [];
  const syntax: ParseError[] = [];
  const root = parseTree(text, syntax, { allowTrailingComma: false, disallowComments: false, allowEmptyContent: false });
  if (syntax.length > 0 || !root) {
    for (const e of syntax.slice(0, 1)) {
      // Later syntax errors mostly follow from the first; one clear message beats a cascade.
      const code = printParseErrorCode(e.error);
      errors.push({ message: fill(messages.syntax, SYNTAX[code] ?? { nl: code, en: code }), range: at(e.offset, e.length) });
    }
    if (errors.length === 0) errors.push({ message: fill(messages.syntax, SYNTAX.ValueExpected), range: at(0, 0) });
    return { config, errors };
  }
  if (root.type !== 'object') {
    errors.push({ message: messages.notObject, range: at(root.offset, root.length) });
    return { config, errors };
  }
  for (const prop of root.children ?? []) {
    const [keyNode, value] = prop.children ?? [];
    if (!keyNode) continue;
    const key = String(keyNode.value);
    const keyRange = at(keyNode.offset, keyNode.length);
    if (!value) continue;
    if (key === 'rules') readRules(value, config, errors, at);
    else if (key === 'deugden') readDeugden(value, config, errors, at);
    else if (key === 'situaties') {
      if (value.type === 'string' && String(value.value).trim()) config.situaties = String(value.value).trim();
      else errors.push({ message: messages.situatiesNotString, range: at(value.offset, value.length) });
    } else if (key === 'privacy') {
      const privacy = readPrivacyConfig(value, errors, at);
      if (privacy) config.privacy = privacy;
    } else if (!KNOWN_KEYS.includes(key)) errors.push({ message: fill(messages.unknownKey, key), range: keyRange });
  }
  return { config, errors };
}

type At = (offset: number, length: number) => Range;

function readRules(node: Node, config: TeamConfig, errors: ConfigError[], at: At): void {
  if (node.type !== 'object') {
    errors.push({ message: messages.rulesNotObject, range: at(node.offset, node.length) });
    return;
  }
  for (const prop of node.children ?? []) {
    const [keyNode, value] = prop.children ?? [];
    if (!keyNode) continue;
    const id = String(keyNode.value);
    if (!(RULE_IDS as readonly string[]).includes(id)) {
      errors.push({ message: fill(messages.unknownRule, id, RULE_IDS.join(', ')), range: at(keyNode.offset, keyNode.length) });
      continue;
    }
    if (!value) continue;
    if (value.type === 'string' && SEVERITIES.includes(String(value.value))) {
      config.rules[id as RuleId] = value.value as SeveritySetting;
    } else {
      const shown = JSON.stringify(value.value ?? null) ?? String(value.value);
      errors.push({ message: fill(messages.badSeverity, shown.slice(0, 40), id), range: at(value.offset, value.length) });
    }
  }
}

function readDeugden(node: Node, config: TeamConfig, errors: ConfigError[], at: At): void {
  if (node.type !== 'array') {
    errors.push({ message: messages.deugdenNotArray, range: at(node.offset, node.length) });
    return;
  }
  for (const item of node.children ?? []) {
    if (item.type === 'string' && String(item.value).trim()) config.deugden.push(String(item.value).trim());
    else errors.push({ message: messages.deugdNotString, range: at(item.offset, item.length) });
  }
}
