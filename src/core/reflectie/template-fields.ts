// The session keys a new journal's frontmatter gets when it starts a reflection session (the group and
// one-to-one guides): what the guide knows is filled in, the rest is left for the writer (and the group
// timer fills `duur`).
import type { Lang } from '../model';
import type { SessionField } from './session';

export type SessionTemplate = Partial<Record<SessionField, string>>;

const KEYS: Record<Lang, Record<SessionField, string>> = {
  nl: { vorm: 'vorm', duur: 'duur', begeleider: 'begeleider', deelnemers: 'deelnemers', reeks: 'reeks' },
  en: { vorm: 'form', duur: 'duration', begeleider: 'facilitator', deelnemers: 'participants', reeks: 'series' },
};

const ORDER: readonly SessionField[] = ['vorm', 'duur', 'begeleider', 'deelnemers', 'reeks'];

/** One `key: value` line per session field, `value` writing a value the way the template does. */
export function sessionLines(lang: Lang, fields: SessionTemplate, value: (v: string | undefined) => string): string[] {
  // A number stays a number (`deelnemers: 2`), where the template's quoting would make it a string.
  return ORDER.map((f) => `${KEYS[lang][f]}:${/^\d+$/.test(fields[f] ?? '') ? ` ${fields[f]}` : value(fields[f])}`);
}
