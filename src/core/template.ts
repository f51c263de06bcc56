// Text skeletons for new journals, beelden and sections. Prompts sit in HTML comments right under
// their heading, so a section nobody has filled in yet still counts as empty and the rules keep
// pointing at it, while the file stays plain Markdown. The notebook lifts them out of the cells'
// editable text and shows them as quiet helper text (src/core/cells.ts, src/renderer/). The 3E check is
// the one exception: its three items carry their question, which contract v2 reads as open, not as an answer.
import type { ElementId, Lang } from './model';
import { SECTION_ORDER } from './model';
import { t, type Msg } from './i18n';
import { SECTION_HEADINGS, type KnownSection } from './sections';
import { DRIE_E, ELEMENT_INFO, SITUATIONS, SOURCE, findSituation, type Situation } from './content/index';
import { sessionLines, type SessionTemplate } from './reflectie/template-fields';

/** The line break to write: '\n' or '\r\n' (whatever the file around it uses). */
export type Eol = string;

export interface JournalFields {
  situatie?: string;
  auteur?: string;
  datum?: string;
  titel?: string;
  gesprek?: string;
  rol?: string;
  /** When set, the frontmatter also gets the reflection session keys (vorm, duur, …), these filled in. */
  sessie?: SessionTemplate;
}

/** The H1 a skeleton writes when no title is given yet. */
export const TITLE_PLACEHOLDER: Record<Lang, string> = { nl: 'Pakkende titel', en: 'Catchy title' };

const FRONTMATTER_KEYS: Record<Lang, Record<'situatie' | 'datum' | 'auteur' | 'rol' | 'gesprek' | 'tags', string>> = {
  nl: { situatie: 'situatie', datum: 'datum', auteur: 'auteur', rol: 'rol', gesprek: 'gesprek', tags: 'tags' },
  en: { situatie: 'situation', datum: 'date', auteur: 'author', rol: 'role', gesprek: 'conversation', tags: 'tags' },
};

const SECTION_PROMPTS: Record<Exclude<KnownSection, ElementId>, Msg> = {
  ervaring: {
    nl: 'Vertel kort over dat ene moment: waar en wanneer, wie erbij waren, wat er gebeurde en wat jij deed.',
    en: 'Tell briefly about that one moment: where and when, who was there, what happened and what you did.',
  },
  uitwerking: {
    nl: 'Leg uit waarom wat je deed in deze situatie goed werk was. Wat is hier jouw norm?',
    en: 'Explain why what you did was good work in this situation. What is your standard here?',
  },
  afbeelding: {
    nl: 'Naar keuze: een afbeelding die de kern van je beeld vangt, zoals een foto of een tekening.',
    en: 'Optional: a picture that captures the core of your beeld, such as a photo or a drawing.',
  },
  'drie-e': {
    nl: 'Beantwoord elke vraag met ja, nee of deels, en schrijf erachter waarom. Nee is ook een antwoord.',
    en: 'Answer each question with yes, no or partly, and write why after it. No is an answer too.',
  },
};

const TITLE_HINT: Msg = {
  nl: 'Een korte, typerende zin. Vaak schrijf je die als laatste.',
  en: 'A short, telling phrase. Often the last thing you write.',
};

const DEUGDEN_HINT: Msg = {
  nl: 'Zet elke deugd op een eigen regel, bijvoorbeeld: - Moed: wat het hier van je vraagt.',
  en: 'Put each virtue on its own line, for example: - Courage: what it asks of you here.',
};

const SITUATION_LABELS = {
  situation: { nl: 'Kritische situatie', en: 'Critical situation' },
  dilemma: { nl: 'De vraag', en: 'The question' },
} satisfies Record<string, Msg>;

const lines = (eol: Eol, ...parts: string[]): string => parts.map((p) => p + eol).join('');

/** An HTML comment must not hold `--`; prompts never do, but a situation's text is data, so guard. */
function safe(text: string): string {
  return text.replace(/-{2,}/g, '-').replace(/\s+/g, ' ').trim();
}

/** One prompt on one line; several as a short list inside one comment. */
function comment(prompts: readonly string[]): string[] {
  if (prompts.length === 1) return [`<!-- ${safe(prompts[0])} -->`];
  return ['<!--', ...prompts.map((p, i) => (i === 0 ? safe(p) : `· ${safe(p)}`)), '-->'];
}

/** Today as YYYY-MM-DD in local time, the way a writer would type it. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A YAML scalar: plain when that reads back as the same string, otherwise double-quoted (JSON is valid YAML). */
export function yamlScalar(value: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} .,'/_-]*$/u.test(value) && !/^(true|false|yes|no|on|off|null|~)$/i.test(value)
    && !/^[\d.+-]+$/.test(value) && !/ #|: /.test(value) && value.trim() === value;
  // A date is left plain: YAML reads it as a date, which is what `datum` means.
  return plain || /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : JSON.stringify(value);
}

function promptFor(kind: KnownSection, lang: Lang, situatie?: Situation): string[] {
  if (kind === 'drie-e' || kind === 'ervaring' || kind === 'uitwerking' || kind === 'afbeelding') {
    return [t(lang, SECTION_PROMPTS[kind])];
  }
  const prompts = [t(lang, ELEMENT_INFO[kind].question)];
  for (const p of situatie?.prompts[kind] ?? []) prompts.push(t(lang, p));
  if (kind === 'deugden') prompts.push(t(lang, DEUGDEN_HINT));
  return prompts;
}

/**
 * A section heading (at `depth`) with a short prompt. With a situation, the element sections carry
 * that situation's prompts too. The 3E check comes with its task list.
 */
export function sectionSkeleton(kind: KnownSection, lang: Lang, eol: Eol = '\n', depth = 2, situatie?: string | Situation): string {
  const level = Math.min(Math.max(Math.trunc(depth) || 2, 2), 6);
  const s = typeof situatie === 'string' ? findSituation(situatie) : situatie;
  const heading = `${'#'.repeat(level)} ${SECTION_HEADINGS[kind][lang]}`;
  const body = comment(promptFor(kind, lang, s));
  if (kind === 'drie-e') return lines(eol, heading, '', ...body, '') + drieESkeleton(lang, eol);
  return lines(eol, heading, '', ...body);
}

/**
 * The 3E check as an unticked task list, one line per E with its question. A question is a prompt under
 * contract v2: the E stays open until the writer answers (ja, nee, deels) or ticks it.
 */
export function drieESkeleton(lang: Lang, eol: Eol = '\n'): string {
  return lines(eol, ...DRIE_E.map((e) => `- [ ] ${t(lang, e.name)}: ${t(lang, e.question)}`));
}

/**
 * One beeld: its H1 and every known section in canonical order, sections separated by blank lines.
 * A title of '' writes an empty H1 (`#`): the writer was asked and chose to write it later, so no
 * placeholder words stand in the file; without a title at all the placeholder is written.
 */
export function beeldSkeleton(lang: Lang, opts: { titel?: string; situatie?: string } = {}, eol: Eol = '\n'): string {
  const title = opts.titel === '' ? '' : opts.titel?.trim() || TITLE_PLACEHOLDER[lang];
  const heading = title ? `# ${title.replace(/[\r\n]+/g, ' ')}` : '#';
  const head = lines(eol, heading, '', ...comment([t(lang, TITLE_HINT)]));
  const sections = SECTION_ORDER.map((kind) => sectionSkeleton(kind, lang, eol, 2, opts.situatie));
  return [head, ...sections].join(eol);
}

/**
 * A quoted block that reminds the writer of the situation: title, short story, the question at stake
 * and the source. Empty when the id names no known situation.
 */
export function situationBlock(situatie: string | Situation | undefined, lang: Lang, eol: Eol = '\n'): string {
  const s = typeof situatie === 'string' ? findSituation(situatie) : situatie;
  if (!s) return '';
  return lines(eol,
    `> **${t(lang, SITUATION_LABELS.situation)}: ${t(lang, s.title)}**`,
    '>',
    `> ${t(lang, s.summary)}`,
    '>',
    `> *${t(lang, SITUATION_LABELS.dilemma)}:* ${t(lang, s.dilemma)}`,
    '>',
    `> _${t(lang, SOURCE)}_`,
  );
}

/** A whole new journal: frontmatter, the situation as a reminder (if any) and one beeld to fill in. */
export function journalTemplate(lang: Lang, fields: JournalFields = {}, eol: Eol = '\n'): string {
  const keys = FRONTMATTER_KEYS[lang];
  const situation = fields.situatie ? findSituation(fields.situatie) : undefined;
  const value = (v: string | undefined) => (v && v.trim() ? ` ${yamlScalar(v.trim())}` : '');
  const front = lines(eol,
    '---',
    `${keys.situatie}:${value(situation?.id ?? fields.situatie)}`,
    `${keys.datum}:${value(fields.datum ?? today())}`,
    `${keys.auteur}:${value(fields.auteur)}`,
    `${keys.rol}:${value(fields.rol)}`,
    `${keys.gesprek}:${value(fields.gesprek)}`,
    ...(fields.sessie ? sessionLines(lang, fields.sessie, value) : []),
    `${keys.tags}: []`,
    '---',
  );
  const block = situationBlock(situation, lang, eol);
  const beeld = beeldSkeleton(lang, { titel: fields.titel, situatie: situation?.id }, eol);
  return front + eol + (block ? block + eol : '') + beeld;
}

/**
 * Every prompt line a skeleton can write (both languages, every situation), as it stands in the file.
 * For telling the template's words apart from words a writer typed into a prompt (src/core/prompts.ts).
 */
export function knownPromptTexts(): string[] {
  const out = new Set<string>();
  const situations: (Situation | undefined)[] = [undefined, ...SITUATIONS];
  for (const lang of ['nl', 'en'] as const) {
    out.add(safe(t(lang, TITLE_HINT)));
    for (const kind of SECTION_ORDER) {
      for (const s of situations) for (const p of promptFor(kind, lang, s)) out.add(safe(p));
    }
  }
  return [...out];
}
