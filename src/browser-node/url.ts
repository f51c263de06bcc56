// `url` in a browser's worker: Node's two conversions between `file:` URLs and POSIX paths. (A browser
// workspace has no `file:` URIs; these keep shared code working when it meets one.)

export function fileURLToPath(url: string | URL): string {
  const u = typeof url === 'string' ? new URL(url) : url;
  if (u.protocol !== 'file:') throw Object.assign(new TypeError('The URL must be of scheme file'), { code: 'ERR_INVALID_URL_SCHEME' });
  return decodeURIComponent(u.pathname);
}

export function pathToFileURL(path: string): URL {
  // The browser's server names a journal by its URI (../server/uri.browser.ts): that is its URL already.
  if (/^[a-z][a-z0-9+.-]+:/i.test(path)) return new URL(path);
  const encoded = path.split('/').map((s) => encodeURIComponent(s)).join('/');
  return new URL(`file://${encoded.startsWith('/') ? '' : '/'}${encoded}`);
}

export default { fileURLToPath, pathToFileURL };
