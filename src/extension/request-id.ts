// Ids for the overview's stats requests from Web Crypto, which the desktop's extension host and the
// browser's worker both have (Node's `crypto` module exists only on the desktop). Webview nonces come
// from core/html.ts `makeNonce`.

export function randomId(): string {
  return crypto.randomUUID();
}
