// The team's privacy choices for feedback on a journal: the nearest `.goedwerk.json` above the journal
// (`privacy.namen`, `privacy.uit`, `rules.privacy`), as for the journal itself, and the journal's writer,
// who may be named. Read through vscode.workspace.fs (desktop and web), kept until a config changes.
import * as vscode from 'vscode';
import type { FeedbackFindOptions } from '../../core/feedback/privacy';
import type { TeamConfig } from '../../core/model';
import { readWriter } from '../../core/feedback/mark';
import { decodeBytes } from '../../core/text';
import { feedbackPrivacy } from './privacy-chunk';

const CONFIG_FILE = '.goedwerk.json';

export type TeamFeedbackPrivacy = Pick<TeamConfig, 'rules' | 'privacy'>;

/** What a face needs to check one journal's feedback: the team's rules and the finder's options. */
export interface JournalPrivacy { config?: TeamFeedbackPrivacy; find: FeedbackFindOptions }

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const d = decodeBytes(await vscode.workspace.fs.readFile(uri));
    return d.problem === 'binary' ? undefined : d.text;
  } catch {
    return undefined;
  }
}

function parent(uri: vscode.Uri): vscode.Uri | undefined {
  const up = vscode.Uri.joinPath(uri, '..');
  return up.path === uri.path ? undefined : up;
}

export class TeamPrivacy implements vscode.Disposable {
  private readonly byDir = new Map<string, Promise<TeamFeedbackPrivacy | undefined>>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a `.goedwerk.json` came, went or changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const forget = () => { this.byDir.clear(); this.changed.fire(); };
    this.disposables.push(watcher, watcher.onDidChange(forget), watcher.onDidCreate(forget), watcher.onDidDelete(forget));
  }

  /** The nearest config at or above `dir` (local files: up to the disk's top; others: the workspace folder's). */
  private configAt(dir: vscode.Uri): Promise<TeamFeedbackPrivacy | undefined> {
    const key = dir.toString();
    let found = this.byDir.get(key);
    if (!found) {
      found = (async () => {
        const text = await readText(vscode.Uri.joinPath(dir, CONFIG_FILE));
        if (text !== undefined) return feedbackPrivacy().teamPrivacyOf(text);
        const folder = vscode.workspace.getWorkspaceFolder(dir);
        const up = dir.scheme !== 'file' && folder && dir.path === folder.uri.path ? undefined : parent(dir);
        return up ? this.configAt(up) : undefined;
      })();
      this.byDir.set(key, found);
    }
    return found;
  }

  /** The team's settings and the writer's name for feedback on `journal` (its text, if known, saves a read). */
  async forJournal(journal: vscode.Uri, text?: string): Promise<JournalPrivacy> {
    const config = await this.configAt(vscode.Uri.joinPath(journal, '..'));
    const journalText = text ?? await readText(journal);
    const writer = journalText !== undefined ? readWriter(journalText) : undefined;
    return { config, find: { privacy: config?.privacy, names: writer ? [writer] : [] } };
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
