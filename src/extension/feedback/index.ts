// Feedback on a beeld in VS Code: comment threads beside the text and in the notebook's cells, kept in
// `.goedwerk/feedback/` (docs/format.md, section 8), read and written through vscode.workspace.fs.
import * as vscode from 'vscode';
import type { FeedbackThread } from '../../core/feedback/model';
import { withFeedback, detachedCount } from '../../core/feedback/stats';
import { teamStats, type TeamStats } from '../../core/stats';
import { FeedbackCommands, type AddArgs } from './commands';
import { FeedbackComments } from './comments';
import { resolveIn } from './host';
import { FeedbackPrivacy } from './privacy';
import { TeamPrivacy } from './team-privacy';
import { requestFeedback, type RequestArgs } from './request';
import { FeedbackWorkspace } from './workspace';

/** What other areas (the Journaal view, the overview) ask of the feedback. */
export interface FeedbackApi {
  readonly onDidChange: vscode.Event<void>;
  /** The threads on a beeld of a journal (its URI string). */
  threadsOn(journal: string, beeld: number): FeedbackThread[];
  /** The stats with each beeld's threads counted; `fileUri` turns a stats file into the journal's URI. */
  withFeedback(stats: TeamStats, fileUri?: (file: string) => vscode.Uri): TeamStats;
}

let api: FeedbackApi | undefined;

/** The feedback, once registered (undefined before activation got that far). */
export function feedbackApi(): FeedbackApi | undefined {
  return api;
}

interface BeeldNode { kind?: string; journal?: { file?: string }; beeld?: { index?: number } }

function isReply(arg: unknown): arg is vscode.CommentReply {
  return !!arg && typeof arg === 'object' && 'thread' in arg && 'text' in arg;
}

/** Scripts and tests name a thread by its id: `{ id, text? }`. */
interface IdArg { id: string; text?: string }

function isIdArg(arg: unknown): arg is IdArg {
  return !!arg && typeof arg === 'object' && typeof (arg as IdArg).id === 'string';
}

export function registerFeedback(context: vscode.ExtensionContext): FeedbackApi {
  const store = new FeedbackWorkspace();
  const team = new TeamPrivacy();
  const comments = new FeedbackComments(store, team);
  const privacy = new FeedbackPrivacy(store, team);
  const commands = new FeedbackCommands(store, comments, team);
  context.subscriptions.push(store, team, comments, privacy);

  const byBeeld = (): Map<string, FeedbackThread[]> => {
    const out = new Map<string, FeedbackThread[]>();
    for (const { root, placed } of comments.placed()) {
      for (const p of placed) {
        if (!p.journal || p.placement.beeld === undefined) continue;
        const key = `${resolveIn(root, p.journal).toString()}#${p.placement.beeld}`;
        out.set(key, [...(out.get(key) ?? []), p.thread]);
      }
    }
    return out;
  };
  api = {
    onDidChange: comments.onDidChangeCounts,
    threadsOn: (journal, beeld) => byBeeld().get(`${journal}#${beeld}`) ?? [],
    withFeedback(stats, fileUri = (f) => (/^[a-z][\w+.-]*:/i.test(f) && !/^[a-z]:[\\/]/i.test(f) ? vscode.Uri.parse(f) : vscode.Uri.file(f))) {
      const placed = comments.placed().flatMap(({ root, placed }) =>
        placed.map((p) => ({ ...p, journal: p.journal === undefined ? undefined : resolveIn(root, p.journal).toString() })));
      const journals = withFeedback(stats.journals ?? [], placed, (file) => fileUri(file).toString());
      return teamStats(journals, detachedCount(placed));
    },
  };

  const threadArg = (arg: unknown): vscode.CommentThread | undefined => {
    if (isReply(arg)) return arg.thread;
    if (isIdArg(arg)) return comments.vsThread(arg.id);
    return arg && typeof arg === 'object' && 'uri' in arg && 'comments' in arg ? arg as vscode.CommentThread : undefined;
  };
  const textArg = (arg: unknown): string => (isReply(arg) || isIdArg(arg) ? arg.text ?? '' : '');
  const run: Record<string, (...args: unknown[]) => unknown> = {
    'goedwerk.feedback.post': (reply) => isReply(reply) ? commands.post(reply.thread, reply.text) : undefined,
    'goedwerk.feedback.reply': (arg) => {
      const vs = threadArg(arg);
      return vs && commands.reply(vs, textArg(arg));
    },
    'goedwerk.feedback.resolve': (arg) => {
      const vs = threadArg(arg);
      return vs && commands.setStatus(vs, 'afgerond', textArg(arg));
    },
    'goedwerk.feedback.reopen': (arg) => {
      const vs = threadArg(arg);
      return vs && commands.setStatus(vs, 'heropend', textArg(arg));
    },
    'goedwerk.feedback.add': (arg) => {
      // From the editor's context menu VS Code passes the document: the cursor there is the place.
      if (arg instanceof vscode.Uri) {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        return commands.add(active === arg.toString() ? {} : { uri: arg });
      }
      return commands.add(arg && typeof arg === 'object' ? arg as AddArgs : {});
    },
    'goedwerk.feedback.manage': () => commands.manage(),
    'goedwerk.feedback.addOnBeeld': async (arg) => {
      const node = arg as BeeldNode | undefined;
      if (node?.journal?.file) await vscode.commands.executeCommand('goedwerk.openBeeld', node);
      return commands.add({ wholeBeeld: true });
    },
    'goedwerk.feedback.openFile': async (arg) => {
      const vs = threadArg(arg);
      const info = vs && comments.infoOf(vs);
      if (!info) return;
      await vscode.window.showTextDocument(resolveIn(info.ref.root, info.ref.thread.file), { preview: false });
    },
    'goedwerk.feedback.request': (arg) => {
      const node = arg as BeeldNode | undefined;
      if (node?.journal?.file) return requestFeedback({ uri: node.journal.file, beeld: node.kind === 'beeld' ? node.beeld?.index : undefined });
      return requestFeedback(arg instanceof vscode.Uri ? { uri: arg } : (arg as RequestArgs | undefined));
    },
    // Not in the palette: what the comments show, after placing them afresh (for the real-editor tests).
    'goedwerk.feedback.snapshot': async () => {
      await store.loadFolders();
      await comments.sync();
      return comments.snapshot();
    },
  };
  for (const [id, fn] of Object.entries(run)) context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  // Reading the feedback folders waits until activation is done: it is disk work nobody waits for.
  setTimeout(() => void store.loadFolders(), 0);
  return api;
}
