// File URIs and paths as the server meets them: the client sends URIs, the disk wants paths, and a
// folder in a request may come as either.
import { fileURLToPath } from 'node:url';

/** The file system path of a `file:` URI; undefined for other schemes (untitled, cells) or a bad URI. */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** A folder given as a path or a file URI, as a path; undefined when absent or unreadable. */
export function folderPath(folder: string | undefined): string | undefined {
  if (!folder) return undefined;
  return folder.startsWith('file:') ? pathOf(folder) : folder;
}

/** The workspace folder holding `file` (the innermost, when folders nest). */
export function rootOf(file: string, roots: readonly string[]): string | undefined {
  return roots.filter((r) => file.startsWith(r)).sort((a, b) => b.length - a.length)[0];
}
