// `goedwerk feedback` for a terminal: the open threads per journal, the detached ones, what waits.
import { readableDate } from '../core/feedback/ids';
import { t, type Msg } from '../core/i18n';
import type { Lang } from '../core/model';
import type { FeedbackJson, ThreadJson } from './commands/feedback';

const W = {
  open: { nl: 'Open feedback: {0}', en: 'Open feedback: {0}' },
  all: { nl: 'Feedback: {0}', en: 'Feedback: {0}' },
  threads: { nl: 'draad|draden', en: 'thread|threads' },
  none: { nl: 'Geen open feedback.', en: 'No open feedback.' },
  whole: { nl: 'het hele beeld', en: 'the whole beeld' },
  untitled: { nl: '(zonder titel)', en: '(untitled)' },
  sectionLost: { nl: '{0} (sectie niet meer gevonden)', en: '{0} (section not found any more)' },
  started: { nl: '{0}, {1}', en: '{0}, {1}' },
  comments: { nl: 'reactie|reacties', en: 'comment|comments' },
  last: { nl: 'laatste: {0}: {1}', en: 'last: {0}: {1}' },
  resolved: { nl: 'afgerond', en: 'resolved' },
  moved: { nl: 'verplaatst', en: 'moved' },
  detached: { nl: 'Losgeraakt (beeld niet meer gevonden): {0}', en: 'Detached (beeld not found any more): {0}' },
  wasOn: { nl: 'stond bij {0}', en: 'was on {0}' },
  waiting: { nl: 'Wacht op feedback: {0}', en: 'Waiting for feedback: {0}' },
  beelden: { nl: 'beeld|beelden', en: 'beeld|beelden' },
  privacy: { nl: 'Privacy in feedback:', en: 'Privacy in feedback:' },
  unreadable: { nl: 'Niet te lezen: {0} ({1})', en: 'Cannot be read: {0} ({1})' },
  totals: {
    nl: 'Totaal: {0} open, {1} afgerond, {2} losgeraakt; {3} gevraagd, waarvan {4} wachten',
    en: 'Total: {0} open, {1} resolved, {2} detached; {3} asked for, {4} of them waiting',
  },
} satisfies Record<string, Msg>;

function counted(n: number, nouns: Msg, lang: Lang): string {
  const [one, many] = t(lang, nouns).split('|');
  return `${n} ${n === 1 ? one : many}`;
}

function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return [...flat].length > max ? [...flat].slice(0, max - 1).join('') + '…' : flat;
}

function when(iso: string | null): string {
  return iso ? readableDate(iso) : '?';
}

function where(x: ThreadJson, lang: Lang): string {
  const heading = x.heading ?? t(lang, W.whole);
  return `${x.beeld ?? t(lang, W.untitled)} › ${x.sectionLost ? t(lang, W.sectionLost, heading) : heading}`;
}

function threadLines(x: ThreadJson, lang: Lang): string[] {
  const flags = [x.status === 'resolved' ? t(lang, W.resolved) : '', x.placement === 'moved' ? t(lang, W.moved) : ''].filter(Boolean);
  const head = `${x.journal}${x.line ? `:${x.line}` : ''}  ${where(x, lang)}${flags.length ? `  [${flags.join(', ')}]` : ''}`;
  const lines = [head, `    ${t(lang, W.started, x.author, when(x.date))} · ${counted(x.comments, W.comments, lang)}`];
  if (x.last) lines.push(`    ${t(lang, W.last, x.last.author, oneLine(x.last.text) || '—')}`);
  return lines;
}

export function formatFeedbackText(data: FeedbackJson, lang: Lang): string {
  const lines: string[] = [];
  const attached = data.threads.filter((x) => x.placement !== 'detached');
  const detached = data.threads.filter((x) => x.placement === 'detached');
  const anyResolved = attached.some((x) => x.status === 'resolved');
  if (attached.length) {
    lines.push(t(lang, anyResolved ? W.all : W.open, counted(attached.length, W.threads, lang)));
    for (const x of attached) lines.push(...threadLines(x, lang).map((l) => `  ${l}`));
  } else {
    lines.push(t(lang, W.none));
  }
  if (detached.length) {
    lines.push('', t(lang, W.detached, counted(detached.length, W.threads, lang)));
    for (const x of detached) {
      lines.push(`  ${x.file}  ${where(x, lang)}${x.journal ? `  (${t(lang, W.wasOn, x.journal)})` : ''}`);
      lines.push(`      ${t(lang, W.started, x.author, when(x.date))} · ${counted(x.comments, W.comments, lang)}`);
    }
  }
  if (data.waiting.length) {
    lines.push('', t(lang, W.waiting, counted(data.waiting.length, W.beelden, lang)));
    for (const w of data.waiting) lines.push(`  ${w.journal}:${w.line}  ${w.beeld ?? t(lang, W.untitled)}${w.auteur ? ` (${w.auteur})` : ''}`);
  }
  if (data.privacy.length) {
    lines.push('', t(lang, W.privacy));
    for (const f of data.privacy) lines.push(`  ${f.file}:${f.line}:${f.column}: ${f.severity} privacy ${f.message}`);
  }
  for (const u of data.unreadable) lines.push('', t(lang, W.unreadable, u.file, u.reason));
  const tot = data.totals;
  lines.push('', t(lang, W.totals, tot.open, tot.resolved, tot.detached, tot.requested, tot.waiting));
  return lines.join('\n') + '\n';
}
