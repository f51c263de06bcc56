// The team's privacy choices for feedback on a journal: the nearest `.goedwerk.json` above the journal
// (`privacy.namen`, `privacy.uit`, `rules.privacy`), as for the journal itself, and the journal's writer,
// who may be named. Read through vscode.workspace.fs (desktop and web), kept until a config changes.
import * as vscode from 'vscode';
import type { FeedbackFindOptions } from '../../core/feedback/privacy';
import type { TeamConfig } from '../../core/model';
import { readWriter } from '../../core/feedback/mark';
import { decodeBytes } from '../../core/text';
import { CONFIG_FILE } from '../../core/names';
import { lazy } from '../lazy';
import { locationOf, workspaceFileHost } from '../fs-host';
import type * as YamlReaders from '../views/yaml-readers';

// The team resolver reads with `yaml`, which activation does not load (see ../lazy.ts).
const readers = lazy<typeof YamlReaders>('yaml-readers');

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

export class TeamPrivacy implements vscode.Disposable {
  private readonly byDir = new Map<string, Promise<TeamFeedbackPrivacy | undefined>>();
  private resolver: InstanceType<typeof YamlReaders.AsyncTeamResolver> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a `.goedwerk.json` came, went or changed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const forget = () => { this.byDir.clear(); this.resolver?.clear(); this.changed.fire(); };
    this.disposables.push(watcher, watcher.onDidChange(forget), watcher.onDidCreate(forget), watcher.onDidDelete(forget));
  }

  /** The nearest config at or above `dir`, found by the core's one team resolver (as the server and the CLI find it). */
  private configAt(dir: vscode.Uri): Promise<TeamFeedbackPrivacy | undefined> {
    const key = dir.toString();
    let found = this.byDir.get(key);
    if (!found) {
      found = (async () => {
        this.resolver ??= new (readers().AsyncTeamResolver)(workspaceFileHost);
        const config = (await this.resolver.configFor(locationOf(dir)))?.config;
        if (!config) return undefined;
        return { rules: config.rules.privacy ? { privacy: config.rules.privacy } : {}, ...(config.privacy ? { privacy: config.privacy } : {}) };
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
