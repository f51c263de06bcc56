// The situations (built-in and the team's own) and the team's extra deugden, kept fresh as the team's
// files change. The team's situations live in `.goedwerk/situaties/*.md` of each workspace folder, or in
// the folder a `.goedwerk.json` names under `situaties` (relative to that config file).
import * as vscode from 'vscode';
import { SITUATIONS } from '../../core/content/situations';
import { CONFIG_FILE, TEAM_SITUATIONS_DIR } from '../../core/names';
import { decodeBytes } from '../../core/text';
import type { TeamSituation } from '../../core/team-situations';
import { lazy } from '../lazy';
import type * as YamlReaders from './yaml-readers';
import { situationViews, type SituationView } from './situations-data';
import { uiLang } from './ui-lang';
import { parseConfigLite } from './catalog-config';

const CONFIG_GLOB = `**/${CONFIG_FILE}`;
const EXCLUDE = '{**/node_modules/**,**/.git/**}';
const MAX_TEAM_FILES = 500;
// A team file's frontmatter is read with `yaml`, which activation does not load (see ../lazy.ts).
const readers = lazy<typeof YamlReaders>('yaml-readers');

interface TeamConfigLite { dir: vscode.Uri; situaties?: string; deugden: string[] }

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const d = decodeBytes(await vscode.workspace.fs.readFile(uri));
    return d.problem === 'binary' ? undefined : d.text;
  } catch {
    return undefined;
  }
}

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

  private async read(): Promise<void> {
    const roots = vscode.workspace.workspaceFolders ?? [];
    const configs: TeamConfigLite[] = [];
    if (roots.length) {
      for (const uri of await vscode.workspace.findFiles(CONFIG_GLOB, EXCLUDE, 50)) {
        const text = await readText(uri);
        if (text !== undefined) configs.push({ dir: vscode.Uri.joinPath(uri, '..'), ...parseConfigLite(text) });
      }
    }
    const folders = new Map<string, vscode.Uri>();
    for (const r of roots) {
      const uri = vscode.Uri.joinPath(r.uri, TEAM_SITUATIONS_DIR);
      folders.set(uri.toString(), uri);
    }
    for (const c of configs) {
      if (!c.situaties) continue;
      const uri = /^([a-z]:)?[\\/]/i.test(c.situaties) ? vscode.Uri.file(c.situaties) : vscode.Uri.joinPath(c.dir, c.situaties);
      folders.set(uri.toString(), uri);
    }
    this.watchFolders([...folders.values()]);
    const team: TeamSituation[] = [];
    for (const folder of folders.values()) {
      let entries: [string, vscode.FileType][] = [];
      try { entries = await vscode.workspace.fs.readDirectory(folder); } catch { continue; }
      const files = entries.filter(([name, type]) => type === vscode.FileType.File && /\.md$/i.test(name)).map(([n]) => n).sort();
      for (const name of files.slice(0, MAX_TEAM_FILES)) {
        const uri = vscode.Uri.joinPath(folder, name);
        const text = await readText(uri);
        if (text !== undefined) team.push(readers().parseTeamSituation(uri.toString(), text));
      }
    }
    this.team = team;
    this.extraDeugden = [...new Set(configs.flatMap((c) => c.deugden))];
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
