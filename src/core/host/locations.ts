// Locations as the file hosts name them: a path of this machine (`/a/b`, `C:\a\b`) or a URI of a
// virtual file system (`vscode-vfs://github/team/repo/a`, `memfs:/workspace/a`). The core walks up,
// joins and names them without knowing which; each keeps its own separator.

interface Parts {
  /** What no walk goes above: `scheme://authority`, `scheme:`, a drive `C:`, or '' for a POSIX path. */
  prefix: string;
  segments: string[];
  sep: '/' | '\\';
  /** Whether the path starts at the root (always, except for a relative path). */
  absolute: boolean;
}

const URI = /^([a-z][a-z0-9+.-]+:)(\/\/[^/]*)?(.*)$/i;
const DRIVE = /^([a-z]:)(.*)$/i;

function split(loc: string): Parts {
  const uri = URI.exec(loc);
  if (uri) {
    const path = uri[3] ?? '';
    return { prefix: uri[1] + (uri[2] ?? ''), segments: path.split('/').filter(Boolean), sep: '/', absolute: true };
  }
  const drive = DRIVE.exec(loc);
  const prefix = drive ? drive[1] : '';
  const path = drive ? drive[2] : loc;
  const sep = path.includes('\\') ? '\\' : '/';
  return { prefix, segments: path.split(/[\\/]/).filter(Boolean), sep, absolute: /^[\\/]/.test(path) || !!drive };
}

function join(parts: Parts): string {
  const body = parts.segments.join(parts.sep);
  return parts.prefix + (parts.absolute ? parts.sep : '') + body;
}

/** True for a location that names a URI rather than a path on this machine. */
export function isUriLocation(loc: string): boolean {
  return URI.test(loc);
}

/** The folder holding `loc`; the root itself when `loc` is a root. */
export function parentOf(loc: string): string {
  const parts = split(loc);
  if (parts.segments.length === 0) return loc;
  return join({ ...parts, segments: parts.segments.slice(0, -1) });
}

/** The last name of `loc` ('' for a root). */
export function baseName(loc: string): string {
  const parts = split(loc);
  return parts.segments[parts.segments.length - 1] ?? '';
}

/**
 * `rel` taken from the folder `base`: `.` and `..` resolved, either separator accepted. An absolute
 * `rel` (a path from the root, a drive, a URI) stands on its own; on a URI it keeps the scheme.
 */
export function joinLocation(base: string, rel: string): string {
  if (isUriLocation(rel) || DRIVE.test(rel)) return normalise(rel);
  const parts = split(base);
  if (/^[\\/]/.test(rel)) return normalise(parts.prefix + rel);
  return resolveSegments({ ...parts, segments: [...parts.segments, ...rel.split(/[\\/]/)] });
}

function normalise(loc: string): string {
  return resolveSegments(split(loc));
}

function resolveSegments(parts: Parts): string {
  const out: string[] = [];
  for (const s of parts.segments) {
    if (s === '' || s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  return join({ ...parts, segments: out });
}

/** True when `loc` is `folder` or lies below it. */
export function isInside(loc: string, folder: string): boolean {
  if (loc === folder) return true;
  const a = split(loc);
  const b = split(folder);
  if (a.prefix.toLowerCase() !== b.prefix.toLowerCase() || a.segments.length <= b.segments.length) return false;
  return b.segments.every((s, i) => s === a.segments[i]);
}
