// The privacy rule over feedback: a coach's comment lands in the same shared repository as the
// journal, so it must not identify a client either. Each entry's text and the quoted passage are read
// by the same detectors as a journal (src/core/privacy.ts); findings name the kind, never the value.
import type { Msg } from '../i18n';
import { t } from '../i18n';
import type { Lang, Range, Severity, SeveritySetting, TeamConfig } from '../model';
import { findPrivacyHits } from '../privacy';
import { lineStarts, positionAt } from '../text';
import { parseThread } from './format';
import { FEEDBACK_DIR, type FeedbackThread } from './model';

export interface FeedbackPrivacyFinding {
  rule: 'privacy';
  severity: Severity;
  /** The kind of data (bsn, email, telefoon, iban, postcode, …), never the value. */
  kind: string;
  message: string;
  /** In the thread's file, 0-based, like every Range in Goed Werk. */
  range: Range;
  /** The entry it is in; undefined for the quoted passage in the header. */
  entry?: string;
}

/** Finds personal data in a text; `allowedNames` are people who may be named (the thread's authors). */
export type PrivacyFinder = (text: string, allowedNames: readonly string[]) => readonly { kind: string; span: { start: number; end: number } }[];

export const defaultFinder: PrivacyFinder = (text) => findPrivacyHits(text);

const WHAT: Record<string, Msg> = {
  bsn: { nl: 'een burgerservicenummer (BSN)', en: 'a citizen service number (BSN)' },
  email: { nl: 'een e-mailadres', en: 'an e-mail address' },
  telefoon: { nl: 'een telefoonnummer', en: 'a phone number' },
  iban: { nl: 'een rekeningnummer (IBAN)', en: 'a bank account number (IBAN)' },
  postcode: { nl: 'een postcode met huisnummer', en: 'a postcode with house number' },
};
const SOMETHING: Msg = { nl: 'een gegeven dat een persoon herkenbaar maakt', en: 'data that identifies a person' };

export const FEEDBACK_PRIVACY_MESSAGE: Msg = {
  nl: 'Deze feedback lijkt {0} te bevatten. Haal het weg of maak het onherkenbaar: feedback gaat over het handelen, niet over wie de cliënt is.',
  en: 'This feedback seems to hold {0}. Remove it or make it unrecognisable: feedback is about the work, not about who the client is.',
};

export function privacyMessage(lang: Lang, kind: string): string {
  return t(lang, FEEDBACK_PRIVACY_MESSAGE, t(lang, WHAT[kind] ?? SOMETHING));
}

/** The privacy rule's severity for feedback: the team's config, else the user's setting, else a warning. */
export function privacySeverity(config?: Pick<TeamConfig, 'rules'>, setting?: SeveritySetting): SeveritySetting {
  return config?.rules?.privacy ?? setting ?? 'warning';
}

export interface FeedbackPrivacyOptions {
  lang: Lang;
  severity?: SeveritySetting;
  find?: PrivacyFinder;
}

/** Privacy findings in a text written as feedback (before it is saved: the comment box). */
export function privacyKindsIn(text: string, authors: readonly string[] = [], find: PrivacyFinder = defaultFinder): string[] {
  return [...new Set(find(text, authors).map((h) => h.kind))];
}

/** Privacy findings in one thread file, placed on its lines. `text` is the file as read. */
export function checkThreadPrivacy(thread: FeedbackThread, text: string, opts: FeedbackPrivacyOptions): FeedbackPrivacyFinding[] {
  const severity = opts.severity ?? 'warning';
  if (severity === 'off') return [];
  const find = opts.find ?? defaultFinder;
  const authors = [...new Set(thread.entries.map((e) => e.author))];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: FeedbackPrivacyFinding[] = [];
  const push = (kind: string, range: Range, entry?: string) =>
    out.push({ rule: 'privacy', severity: severity as Severity, kind, message: privacyMessage(opts.lang, kind), range, entry });
  for (const e of thread.entries) {
    if (!e.body) continue;
    const starts = lineStarts(e.body);
    for (const hit of find(e.body, authors)) {
      const a = positionAt(starts, hit.span.start);
      const b = positionAt(starts, hit.span.end);
      push(hit.kind, { start: { line: e.bodyLine + a.line, character: a.character }, end: { line: e.bodyLine + b.line, character: b.character } }, e.id);
    }
  }
  if (thread.anchor.quote) {
    const line = Math.max(0, lines.findIndex((l) => /^(?:citaat|quote)\s*:/i.test(l)));
    for (const hit of find(thread.anchor.quote, authors)) {
      push(hit.kind, { start: { line, character: 0 }, end: { line, character: lines[line]?.length ?? 0 } });
    }
  }
  return out.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
}

/** The text with every privacy finding replaced by […]: for output that must never repeat such a value. */
export function maskPrivacy(text: string, authors: readonly string[] = [], find: PrivacyFinder = defaultFinder): string {
  const hits = [...find(text, authors)].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const h of hits) out = out.slice(0, h.span.start) + '[…]' + out.slice(h.span.end);
  return out;
}

/** Whether a repository path (forward slashes) is a feedback thread file: what a commit guard must check too. */
export function isFeedbackPath(path: string): boolean {
  const p = path.replace(/\\/g, '/');
  return p.endsWith('.md') && (p.startsWith(`${FEEDBACK_DIR}/`) || p.includes(`/${FEEDBACK_DIR}/`)) && !p.slice(p.lastIndexOf(`${FEEDBACK_DIR}/`) + FEEDBACK_DIR.length + 1).includes('/');
}

/** Privacy findings in a thread file's text as it would be committed (the guard's entry point). */
export function checkFeedbackText(text: string, path: string, opts: FeedbackPrivacyOptions): FeedbackPrivacyFinding[] {
  return checkThreadPrivacy(parseThread(text, path), text, opts);
}
