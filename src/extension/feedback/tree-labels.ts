// The feedback part of a beeld in the Journaal view: open threads and "waits for feedback".
import * as vscode from 'vscode';
import { beeldFeedback, type BeeldFeedback } from '../../core/feedback/summary';
import type { BeeldSummary, JournalSummary } from '../views/journal-data';
import { feedbackApi } from './index';

/** A beeld's feedback: asked for, open threads, waiting (see core/feedback/summary.ts). */
export function feedbackOf(j: JournalSummary, b: BeeldSummary): BeeldFeedback {
  return beeldFeedback(!!b.feedbackRequested, feedbackApi()?.threadsOn(j.file, b.index) ?? [], j.auteur);
}

/** "2 open feedback", "waits for feedback": first in the description, where a coach looks. */
export function feedbackShort(fb: BeeldFeedback): string | undefined {
  if (fb.open) return vscode.l10n.t('feedback: {0} open', fb.open);
  return fb.waiting ? vscode.l10n.t('waits for feedback') : undefined;
}

export function feedbackLong(fb: BeeldFeedback): string | undefined {
  const parts: string[] = [];
  if (fb.requested) parts.push(fb.waiting ? vscode.l10n.t('The writer asked for feedback; it waits for an answer.') : vscode.l10n.t('The writer asked for feedback.'));
  if (fb.open || fb.resolved) parts.push(vscode.l10n.t('Feedback threads: {0} open, {1} resolved.', fb.open, fb.resolved));
  return parts.length ? parts.join(' ') : undefined;
}

