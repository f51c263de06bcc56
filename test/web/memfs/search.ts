// File search over the memfs tree, as github.dev and vscode.dev provide for their file systems: without
// it `workspaceContains:<glob>` activation events time out (7 s) instead of firing, and
// vscode.workspace.findFiles waits for a provider that never comes. It uses the proposed
// `fileSearchProvider` API, which the rig's server enables for this extension only.
import * as vscode from 'vscode';

interface FileSearchQuery { pattern: string }
interface FileSearchOptions { folder: vscode.Uri; maxResults?: number }
interface FileSearchProvider {
  provideFileSearchResults(query: FileSearchQuery, options: FileSearchOptions, token: vscode.CancellationToken): Promise<vscode.Uri[]>;
}
type Registrar = (scheme: string, provider: FileSearchProvider) => vscode.Disposable;

// VS Code matches the query's glob includes and excludes itself; the provider lists the candidates,
// narrowed by the typed pattern (Quick Open) as a case-insensitive subsequence of the path.
function matches(pattern: string, path: string): boolean {
  let i = 0;
  const p = pattern.toLowerCase(), s = path.toLowerCase();
  for (const c of s) if (c === p[i]) i++;
  return i === p.length;
}

async function listFiles(dir: vscode.Uri, token: vscode.CancellationToken, out: vscode.Uri[] = []): Promise<vscode.Uri[]> {
  for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
    if (token.isCancellationRequested) break;
    const uri = vscode.Uri.joinPath(dir, name);
    if (type === vscode.FileType.Directory) await listFiles(uri, token, out);
    else out.push(uri);
  }
  return out;
}

export function registerSearch(scheme: string): vscode.Disposable {
  const register = (vscode.workspace as unknown as { registerFileSearchProvider?: Registrar }).registerFileSearchProvider;
  if (!register) return new vscode.Disposable(() => undefined); // the proposal is not enabled: no search
  return register(scheme, {
    async provideFileSearchResults(query, options, token) {
      const files = (await listFiles(options.folder, token)).filter((uri) => matches(query.pattern, uri.path.slice(options.folder.path.length)));
      return options.maxResults ? files.slice(0, options.maxResults) : files;
    },
  });
}
