// Random values for webview nonces and request tokens from Web Crypto, which the desktop's extension
// host and the browser's worker both have (Node's `crypto` module exists only on the desktop).

/** `bytes` random bytes as base64url: a nonce for a webview's script policy. */
export function nonce(bytes = 18): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...raw)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function randomId(): string {
  return crypto.randomUUID();
}
