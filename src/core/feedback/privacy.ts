// The privacy rule over feedback: a coach's comment lands in the same shared repository as the
// journal, so it must not identify a client either. Each entry's text and the quoted passage are read
// by the same detectors as a journal (src/core/privacy.ts), with the team's choices of `.goedwerk.json`
// (`privacy.namen` names that are fine, `privacy.uit` kinds left off); the people of the thread and the
// journal's writer may be named. Findings name the kind, never the value.
import { parseTree } from 'jsonc-parser';
import type { Msg } from '../i18n';
import { t } from '../i18n';
import type { Lang, PrivacySettings, Range, Severity, SeveritySetting, TeamConfig } from '../model';
import { KIND_WHAT, findPrivacyHits, isPrivacyKind } from '../privacy';
import { readPrivacyConfig } from '../privacy-config';
import { lineStarts, positionAt } from '../text';
import { parseThread } from './format';
import { FEEDBACK_DIR, type FeedbackThread } from './model';

export interface FeedbackPrivacyFinding {
  rule: 'privacy';
  severity: Severity;
  /** The kind of data (naam, bsn, email, telefoon, …; see src/core/privacy/kinds.ts), never the value. */
  kind: string;
  message: string;
  /** In the thread's file, 0-based, like every Range in Goed Werk. */
  range: Range;
  /** The entry it is in; undefined for the quoted passage in the header. */
  entry?: string;
}

/** Finds personal data in a text; `allowedNames` are people who may be named (the thread's authors, the team's names). */
export type PrivacyFinder = (text: string, allowedNames: readonly string[]) => readonly { kind: string; span: { start: number; end: number } }[];

export const defaultFinder: PrivacyFinder = (text, allowedNames) => findPrivacyHits(text, { allowedNames });

const SOMETHING: Msg = { nl: 'een gegeven dat een persoon herkenbaar maakt', en: 'data that identifies a person' };

export const FEEDBACK_PRIVACY_MESSAGE: Msg = {
  nl: 'Deze feedback lijkt {0} te bevatten. Haal het weg of maak het onherkenbaar: feedback gaat over het handelen, niet over wie de cliënt is.',
  en: 'This feedback seems to hold {0}. Remove it or make it unrecognisable: feedback is about the work, not about who the client is.',
};

export function privacyMessage(lang: Lang, kind: string): string {
  return t(lang, FEEDBACK_PRIVACY_MESSAGE, isPrivacyKind(kind) ? t(lang, KIND_WHAT[kind]) : t(lang, SOMETHING));
}

/** The privacy rule's severity for feedback: the team's config, else the user's setting, else a warning. */
export function privacySeverity(config?: Pick<TeamConfig, 'rules'>, setting?: SeveritySetting): SeveritySetting {
  return config?.rules?.privacy ?? setting ?? 'warning';
}

const SEVERITIES: readonly string[] = ['off', 'hint', 'info', 'warning', 'error'];

/**
 * What a team's `.goedwerk.json` says about privacy, read from its text: for a face that reads files
 * through its own host (VS Code's, on the desktop and the web) and so cannot use core/config's reader.
 * A broken file gives what could be read; the editor reports the mistakes in the file itself.
 */
export function teamPrivacyOf(configText: string): Pick<TeamConfig, 'rules' | 'privacy'> {
  const root = parseTree(configText.replace(/^\uFEFF/, ''));
  if (root?.type !== 'object') return { rules: {} };
  const prop = (node: typeof root, key: string) => node.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1];
  const rules = prop(root, 'rules');
  const severity = rules?.type === 'object' ? prop(rules, 'privacy')?.value : undefined;
  const privacyNode = prop(root, 'privacy');
  const privacy = privacyNode ? readPrivacyConfig(privacyNode, [], () => ({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } })) : undefined;
  return {
    rules: typeof severity === 'string' && SEVERITIES.includes(severity) ? { privacy: severity as SeveritySetting } : {},
    ...(privacy ? { privacy } : {}),
  };
}

export interface FeedbackPrivacyOptions {
  lang: Lang;
  severity?: SeveritySetting;
  /** The team's choices: names that are fine (`namen`), kinds left off (`uit`). */
  privacy?: PrivacySettings;
  /** More people who may be named, such as the journal's writer (its `auteur`). */
  names?: readonly string[];
  find?: PrivacyFinder;
}

export type FeedbackFindOptions = Pick<FeedbackPrivacyOptions, 'privacy' | 'names' | 'find'>;

/** The hits in a text that count: the team's names and `people` left alone, the kinds it turned off left out. */
function hitsIn(text: string, people: readonly string[], opts: FeedbackFindOptions) {
  const allowed = [...people, ...(opts.names ?? []), ...(opts.privacy?.namen ?? [])];
  const off = new Set(opts.privacy?.uit ?? []);
  return (opts.find ?? defaultFinder)(text, allowed).filter((h) => !off.has(h.kind));
}

/** Privacy findings in a text written as feedback (before it is saved: the comment box). */
export function privacyKindsIn(text: string, authors: readonly string[] = [], opts: FeedbackFindOptions = {}): string[] {
  return [...new Set(hitsIn(text, authors, opts).map((h) => h.kind))];
}

/** Privacy findings in one thread file, placed on its lines. `text` is the file as read. */
export function checkThreadPrivacy(thread: FeedbackThread, text: string, opts: FeedbackPrivacyOptions): FeedbackPrivacyFinding[] {
  const severity = opts.severity ?? 'warning';
  if (severity === 'off') return [];
  const authors = [...new Set(thread.entries.map((e) => e.author))];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const out: FeedbackPrivacyFinding[] = [];
  const push = (kind: string, range: Range, entry?: string) =>
    out.push({ rule: 'privacy', severity: severity as Severity, kind, message: privacyMessage(opts.lang, kind), range, entry });
  for (const e of thread.entries) {
    if (!e.body) continue;
    const starts = lineStarts(e.body);
    for (const hit of hitsIn(e.body, authors, opts)) {
      const a = positionAt(starts, hit.span.start);
      const b = positionAt(starts, hit.span.end);
      push(hit.kind, { start: { line: e.bodyLine + a.line, character: a.character }, end: { line: e.bodyLine + b.line, character: b.character } }, e.id);
    }
  }
  if (thread.anchor.quote) {
    const line = Math.max(0, lines.findIndex((l) => /^(?:citaat|quote)\s*:/i.test(l)));
    for (const hit of hitsIn(thread.anchor.quote, authors, opts)) {
      push(hit.kind, { start: { line, character: 0 }, end: { line, character: lines[line]?.length ?? 0 } });
    }
  }
  return out.sort((x, y) => x.range.start.line - y.range.start.line || x.range.start.character - y.range.start.character);
}

/** The text with every privacy finding replaced by […]: for output that must never repeat such a value. */
export function maskPrivacy(text: string, authors: readonly string[] = [], opts: FeedbackFindOptions = {}): string {
  const hits = [...hitsIn(text, authors, opts)].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const h of hits) out = out.slice(0, h.span.start) + '[…]' + out.slice(h.span.end);
  return out;
}

/** Whether a repository path (forward slashes) is a feedback thread file: what a commit guard must check too. */
export function isFeedbackPath(path: string): boolean {
  const p = path.replace(/\\/g, '/');
  return p.endsWith('.md') && (p.startsWith(`${FEEDBACK_DIR}/`) || p.includes(`/${FEEDBACK_DIR}/`)) && !p.slice(p.lastIndexOf(`${FEEDBACK_DIR}/`) + FEEDBACK_DIR.length + 1).includes('/');
}

/** The feedback root of a thread file's path ('' for the top, else a folder with a trailing slash). */
export function feedbackRootOfPath(path: string): string {
  const p = path.replace(/\\/g, '/');
  const at = p.lastIndexOf(`${FEEDBACK_DIR}/`);
  return at < 0 ? '' : p.slice(0, at);
}

/** Privacy findings in a thread file's text as it would be committed (see src/cli/commands/guard.ts). */
export function checkFeedbackText(text: string, path: string, opts: FeedbackPrivacyOptions): FeedbackPrivacyFinding[] {
  return checkThreadPrivacy(parseThread(text, path), text, opts);
}
