// The feedback folder through vscode.workspace.fs, so the same code serves the desktop and, later,
// VS Code for the web (no Node fs, no path module: URIs only).
import * as vscode from 'vscode';
import { uriExists } from '../fs-host';
import { pickFeedbackRoot, type FeedbackHost } from '../../core/feedback/store';

export function workspaceHost(root: vscode.Uri): FeedbackHost {
  const at = (rel: string) => vscode.Uri.joinPath(root, ...rel.split('/'));
  return {
    async read(rel) {
      try {
        return await vscode.workspace.fs.readFile(at(rel));
      } catch {
        return undefined;
      }
    },
    async write(rel, bytes) {
      const uri = at(rel);
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await vscode.workspace.fs.writeFile(uri, bytes);
    },
    async list(rel) {
      try {
        const entries = await vscode.workspace.fs.readDirectory(at(rel));
        return entries.filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => name);
      } catch {
        return [];
      }
    },
  };
}

function parent(uri: vscode.Uri): vscode.Uri | undefined {
  const up = vscode.Uri.joinPath(uri, '..');
  return up.path === uri.path ? undefined : up;
}

/** The folders from `dir` up: to the top of the disk for local files, to the workspace folder otherwise. */
function ancestors(dir: vscode.Uri): vscode.Uri[] {
  const folder = vscode.workspace.getWorkspaceFolder(dir);
  const out: vscode.Uri[] = [];
  for (let d: vscode.Uri | undefined = dir; d; d = parent(d)) {
    out.push(d);
    if (dir.scheme !== 'file' && folder && d.path === folder.uri.path) break;
  }
  return out;
}

const roots = new Map<string, Promise<vscode.Uri>>();

/** The feedback root of a journal or folder (see pickFeedbackRoot); remembered per folder. */
export function feedbackRootFor(uri: vscode.Uri, isFolder = false): Promise<vscode.Uri> {
  const dir = isFolder ? uri : vscode.Uri.joinPath(uri, '..');
  const key = dir.toString();
  let root = roots.get(key);
  if (!root) {
    const fallback = vscode.workspace.getWorkspaceFolder(dir)?.uri ?? dir;
    root = pickFeedbackRoot(ancestors(dir), (d, entry) => uriExists(vscode.Uri.joinPath(d, ...entry.split('/'))), fallback);
    roots.set(key, root);
  }
  return root;
}

/** A folder got a feedback folder or lost one: look again. */
export function forgetRoots(): void {
  roots.clear();
}

/** `uri` relative to `root`, with forward slashes; undefined when it lies elsewhere. */
export function relativeTo(root: vscode.Uri, uri: vscode.Uri): string | undefined {
  if (root.scheme !== uri.scheme || root.authority !== uri.authority) return undefined;
  const base = root.path.endsWith('/') ? root.path : root.path + '/';
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
}

export function resolveIn(root: vscode.Uri, rel: string): vscode.Uri {
  return vscode.Uri.joinPath(root, ...rel.split('/').filter(Boolean));
}
