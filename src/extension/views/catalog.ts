// The situations (built-in and the team's own) and the team's extra deugden, kept fresh as the team's
// files change. Which files those are is the core's team resolver's business (../../core/team/resolver.ts):
// `.goedwerk/situaties/*.md`, or the folder a `.goedwerk.json` names under `situaties`.
import * as vscode from 'vscode';
import { SITUATIONS } from '../../core/content/situations';
import { parentOf } from '../../core/host/locations';
import type { TeamSituation } from '../../core/team-situations';
import { lazy } from '../lazy';
import type * as YamlReaders from './yaml-readers';
import { situationViews, type SituationView } from './situations-data';
import { uiLang } from './ui-lang';
import { locationOf, uriOf, workspaceFileHost } from '../fs-host';
import { CONFIG_FILE, TEAM_SITUATIONS_DIR } from '../../core/names';

const CONFIG_GLOB = `**/${CONFIG_FILE}`;
const EXCLUDE = '{**/node_modules/**,**/.git/**}';
// The team resolver reads team files' frontmatter with `yaml`, which activation does not load (see ../lazy.ts).
const readers = lazy<typeof YamlReaders>('yaml-readers');

export class Catalog implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private folderWatchers: vscode.Disposable[] = [];
  private team: TeamSituation[] = [];
  private extraDeugden: string[] = [];
  private loading: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    const configs = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
    const defaults = vscode.workspace.createFileSystemWatcher(`**/${TEAM_SITUATIONS_DIR}/*.md`);
    for (const w of [configs, defaults]) {
      this.disposables.push(w, w.onDidCreate(() => this.reload()), w.onDidChange(() => this.reload()), w.onDidDelete(() => this.reload()));
    }
    this.disposables.push(vscode.workspace.onDidChangeWorkspaceFolders(() => this.reload()));
  }

  async situations(): Promise<SituationView[]> {
    await this.ready();
    return situationViews(SITUATIONS, this.team, uiLang());
  }

  async find(id: string): Promise<SituationView | undefined> {
    return (await this.situations()).find((s) => s.id === id);
  }

  async teamDeugden(): Promise<string[]> {
    await this.ready();
    return this.extraDeugden;
  }

  reload(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.loading = this.load();
      void this.loading.then(() => this.changed.fire());
    }, 200);
  }

  private ready(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  /** Never rejects: a folder that cannot be read leaves the built-in situations and what was known. */
  private async load(): Promise<void> {
    try {
      await this.read();
    } catch (e) {
      console.error('[goedwerk] reading the team situations failed:', e);
    }
  }

  /**
   * Asks the core's team resolver, as the language server and the CLI do, for each workspace folder and
   * each folder holding a `.goedwerk.json`: their situations and deugden together are the team's.
   */
  private async read(): Promise<void> {
    const roots = (vscode.workspace.workspaceFolders ?? []).map((f) => locationOf(f.uri));
    const dirs = [...roots];
    if (roots.length) {
      for (const uri of await vscode.workspace.findFiles(CONFIG_GLOB, EXCLUDE, 50)) dirs.push(parentOf(locationOf(uri)));
    }
    const resolver = new (readers().AsyncTeamResolver)(workspaceFileHost, { roots: () => roots });
    const teams = await Promise.all([...new Set(dirs)].map((d) => resolver.forDir(d)));
    const team = new Map<string, TeamSituation>();
    for (const t of teams) for (const s of t.situaties) if (!team.has(s.id)) team.set(s.id, { ...s, file: uriOf(s.file).toString() });
    this.watchFolders([...new Set(teams.flatMap((t) => t.situationDir ? [t.situationDir] : []))].map(uriOf));
    this.team = [...team.values()];
    this.extraDeugden = [...new Set(teams.flatMap((t) => t.config?.deugden ?? []))];
  }

  private watchFolders(folders: vscode.Uri[]): void {
    this.folderWatchers.forEach((d) => d.dispose());
    this.folderWatchers = folders.flatMap((uri) => {
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(uri, '*.md'));
      return [w, w.onDidCreate(() => this.reload()), w.onDidChange(() => this.reload()), w.onDidDelete(() => this.reload())];
    });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.folderWatchers.forEach((d) => d.dispose());
    this.disposables.forEach((d) => d.dispose());
  }
}

let shared: Catalog | undefined;

/** The one catalog the views and the commands share. */
export function catalog(context?: vscode.ExtensionContext): Catalog {
  if (!shared) {
    shared = new Catalog();
    context?.subscriptions.push(shared, { dispose: () => { shared = undefined; } });
  }
  return shared;
}
