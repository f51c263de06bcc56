// URIs as the server meets them in a browser (the web build takes this file for ./uri.ts): there is no
// disk, so a journal's "path" is its URI itself (github.dev's `vscode-vfs:`, memfs), which the core's
// team resolver walks up and joins like a path (../core/host/locations.ts) over the files the client
// sent (./file-host.browser.ts). Untitled journals and notebook cells have none, as on the desktop.

const NO_PATH = /^(untitled|vscode-notebook-cell|vscode-notebook-cell-output|git|output):/;

export function pathOf(uri: string): string | undefined {
  return NO_PATH.test(uri) || !/^[a-z][a-z0-9+.-]+:/i.test(uri) ? undefined : uri;
}

export function folderPath(folder: string | undefined): string | undefined {
  return folder ? pathOf(folder) ?? folder : undefined;
}

export function rootOf(file: string, roots: readonly string[]): string | undefined {
  return roots.filter((r) => file.startsWith(r)).sort((a, b) => b.length - a.length)[0];
}
