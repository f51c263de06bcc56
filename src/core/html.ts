// The pieces every HTML page of ours shares, whichever face writes it (the CLI's files, the server's
// export, the extension's webviews): escaping, a nonce for the Content Security Policy, the page's head.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** A fresh nonce for the Content Security Policy (Web Crypto exists in Node 20 and in every browser). */
export function makeNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/[+/=]/g, (c) => (c === '+' ? '-' : c === '/' ? '_' : ''));
}

export interface PageHead {
  lang: string;
  /** Plain text: escaped here. */
  title: string;
  /** The Content Security Policy; its style nonce must be `nonce`. */
  policy: string;
  nonce: string;
  css: string;
  /** Names Goed Werk as the page's maker (the pages written to a file). */
  generator?: boolean;
}

/** A page's start up to and including `</head>`: one place for the charset, the policy and the style. */
export function pageHead(h: PageHead): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(h.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(h.policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${h.generator ? '<meta name="generator" content="Goed Werk">\n' : ''}<title>${escapeHtml(h.title)}</title>
<style nonce="${escapeHtml(h.nonce)}">${h.css}</style>
</head>`;
}
