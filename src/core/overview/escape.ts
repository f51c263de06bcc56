// Escaping for the two places user text lands in the page: HTML text/attributes and an inline JSON block.

export { escapeHtml, makeNonce } from '../html';

/**
 * JSON that is safe inside `<script type="application/json">`: `<` is escaped so no `</script>` or `<!--`
 * in a title can end the block early, and the line separators JavaScript once rejected are escaped too.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
