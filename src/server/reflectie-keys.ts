// Completion and hover for the reflection session keys in the frontmatter: the forms for `vorm`, and
// for every session key what it means; on `duur` also how the record reads the value.
import { CompletionItemKind, type CompletionItem, type Range } from 'vscode-languageserver/node';
import { FRONTMATTER_KEYS } from '../core/frontmatter';
import { t, type Msg } from '../core/i18n';
import type { Lang } from '../core/model';
import { formatMinutes, parseDuration } from '../core/reflectie/duration';
import type { SessionField } from '../core/reflectie/session';
import { SESSION_FIELDS } from '../core/reflectie/session';
import { VORM_DOCS, VORM_LABELS, VORM_VALUES, isCounted, vormOf } from '../core/reflectie/vorm';

const KEY_DOCS: Record<SessionField, Msg> = {
  vorm: {
    nl: 'De vorm van de reflectiesessie: intervisie, supervisie, moreel-beraad, coaching, casuistiek of zelf. Intervisie, supervisie, moreel beraad en coaching tellen mee in het reflectieverslag voor de SKJ.',
    en: 'The form of the reflection session: intervisie, supervisie, moreel-beraad, coaching, casuistiek or zelf. Peer consultation, supervision, moral deliberation and coaching count in the reflection record for the SKJ.',
  },
  duur: {
    nl: 'Hoe lang de sessie duurde, alleen de tijd samen (geen voorbereiding of verslag): in minuten (`90`) of als `1u30`, `1:30`, `1,5 uur`. De groepstimer vult dit zelf in.',
    en: 'How long the session lasted, only the time together (no preparation or write-up): in minutes (`90`) or as `1h30`, `1:30`, `1.5 hours`. The group timer fills it in.',
  },
  begeleider: {
    nl: 'Wie de sessie begeleidde (supervisor, coach, gespreksleider). Komt in het verslag bij de verklaring.',
    en: 'Who facilitated the session (supervisor, coach, discussion leader). Goes into the record next to the statement.',
  },
  deelnemers: {
    nl: 'Hoeveel mensen meededen, jijzelf meegeteld (een getal, geen namen).',
    en: 'How many people took part, you included (a number, no names).',
  },
  reeks: {
    nl: 'De naam van de reeks waar de sessie bij hoort, bijvoorbeeld `Intervisiegroep 2024`. Het verslag groepeert per reeks.',
    en: 'The name of the series the session belongs to, for instance `Intervisiegroep 2024`. The record groups by series.',
  },
};

const W = {
  counts: { nl: 'Telt mee in het reflectieverslag.', en: 'Counts in the reflection record.' },
  apart: { nl: 'Telt niet mee; het verslag houdt het apart.', en: 'Does not count; the record keeps it apart.' },
  reads: { nl: 'Het verslag leest: **{0}**.', en: 'The record reads: **{0}**.' },
  unreadable: { nl: 'Deze duur kan het verslag niet lezen.', en: 'The record cannot read this duration.' },
  formDetail: { nl: 'Vorm van de reflectiesessie', en: 'Form of the reflection session' },
} satisfies Record<string, Msg>;

function fieldOfKey(key: string): SessionField | undefined {
  return SESSION_FIELDS.find((f) => FRONTMATTER_KEYS[f].includes(key.toLowerCase()));
}

export function isVormKey(key: string): boolean {
  return fieldOfKey(key) === 'vorm';
}

/** The forms, for completion after `vorm:`. */
export function vormItems(lang: Lang, range: Range): CompletionItem[] {
  return VORM_VALUES.map((value, i) => ({
    label: value,
    kind: CompletionItemKind.EnumMember,
    detail: `${t(lang, W.formDetail)}: ${t(lang, VORM_LABELS[value])}`,
    documentation: t(lang, VORM_DOCS[value]),
    sortText: String(i),
    textEdit: { range, newText: value },
  }));
}

/** Markdown for a hover on a session key's line, or undefined when the key is none of them. */
export function sessionKeyHover(key: string, value: string, lang: Lang): string | undefined {
  const field = fieldOfKey(key);
  if (!field) return undefined;
  const parts = [`**${key}**`, t(lang, KEY_DOCS[field])];
  const v = value.trim().replace(/^["']|["']$/g, '');
  if (field === 'vorm' && v) {
    const vorm = vormOf(v);
    if (vorm) parts.push(`**${t(lang, VORM_LABELS[vorm])}**: ${t(lang, VORM_DOCS[vorm])} ${t(lang, isCounted(vorm) ? W.counts : W.apart)}`);
  }
  if (field === 'duur' && v) {
    const d = parseDuration(/^\d+$/.test(v) ? Number(v) : v);
    parts.push('minutes' in d ? t(lang, W.reads, formatMinutes(d.minutes, lang)) : t(lang, W.unreadable));
  }
  return parts.join('\n\n');
}
