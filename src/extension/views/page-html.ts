// Renders a readable page (a situation, a guide) as HTML for a webview. Our own markup from our own
// data: every text is escaped, nothing loads from the network, no script runs (the strict CSP forbids
// it), and the page takes its colours and fonts from the editor's theme. Actions are command links the
// webview is allowed to run. Pure, so the markup and its policy are unit-tested.
import type { ElementId } from '../../core/model';
import { escapeHtml, pageHead } from '../../core/html';

export type PageIcon = ElementId | 'drie-e';

export interface PageBlock {
  heading?: string;
  icon?: PageIcon;
  paragraphs?: string[];
  items?: string[];
  ordered?: boolean;
  /** Items rendered as unticked boxes (the 3E check). */
  checklist?: boolean;
  /** Smaller blocks nested under this one (e.g. the questions per element inside a step). */
  children?: PageBlock[];
}

export interface PageAction {
  label: string;
  command: string;
  args?: unknown[];
}

export interface PageModel {
  /** Stable identity of the page, e.g. `situatie:mag-ik-je-nog-iets-vragen`. */
  id: string;
  title: string;
  /** A line under the title (e.g. "Kritische situatie 3 van 9", "3–6 mensen · 45–90 minuten"). */
  subtitle?: string;
  /** A short label beside the title, e.g. "Eigen situatie van het team". */
  badge?: string;
  blocks: PageBlock[];
  actions: PageAction[];
  /** Credit line at the foot of the page. */
  source?: string;
  lang: 'nl' | 'en';
}

export interface PageEnv {
  /** The webview's `cspSource`. */
  cspSource: string;
  /** A fresh random value for the one style block. */
  nonce: string;
  /** Webview URIs of an icon in both themes. */
  icon(name: PageIcon): { light: string; dark: string };
}

/** A `command:` link with JSON arguments, as VS Code expects them in a webview or a Markdown string. */
export function commandHref(command: string, args: unknown[] = []): string {
  return `command:${command}${args.length ? `?${encodeURIComponent(JSON.stringify(args))}` : ''}`;
}

export function contentSecurityPolicy(env: Pick<PageEnv, 'cspSource' | 'nonce'>): string {
  return [
    "default-src 'none'",
    `img-src ${env.cspSource}`,
    `style-src 'nonce-${env.nonce}'`,
    "script-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

function iconImg(env: PageEnv, name: PageIcon): string {
  const { light, dark } = env.icon(name);
  return `<img class="icon only-light" alt="" src="${escapeHtml(light)}"><img class="icon only-dark" alt="" src="${escapeHtml(dark)}">`;
}

function renderBlock(block: PageBlock, env: PageEnv, depth: number): string {
  const h = depth === 0 ? 'h2' : 'h3';
  const parts: string[] = [`<section class="block depth-${depth}">`];
  if (block.heading) {
    parts.push(`<${h}>${block.icon ? iconImg(env, block.icon) : ''}<span>${escapeHtml(block.heading)}</span></${h}>`);
  }
  for (const p of block.paragraphs ?? []) parts.push(`<p>${escapeHtml(p)}</p>`);
  if (block.items?.length) {
    const tag = block.ordered ? 'ol' : 'ul';
    const cls = block.checklist ? ' class="checklist"' : '';
    const items = block.items.map((i) => `<li>${block.checklist ? '<span class="box" aria-hidden="true"></span>' : ''}${escapeHtml(i)}</li>`);
    parts.push(`<${tag}${cls}>${items.join('')}</${tag}>`);
  }
  for (const child of block.children ?? []) parts.push(renderBlock(child, env, depth + 1));
  parts.push('</section>');
  return parts.join('\n');
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground);
  background: var(--vscode-editor-background); line-height: 1.55; max-width: 46em; margin: 0 auto; padding: 1.2em 1.6em 3em; }
header { border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, transparent)); margin-bottom: 1em; }
h1 { font-size: 1.7em; font-weight: 600; margin: .3em 0 .1em; }
.subtitle { color: var(--vscode-descriptionForeground); margin: 0 0 .8em; }
.badge { display: inline-block; font-size: .75em; padding: .1em .6em; border-radius: 1em; vertical-align: middle; margin-left: .6em;
  background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
h2 { font-size: 1.2em; margin: 1.4em 0 .4em; display: flex; align-items: center; gap: .45em; }
h3 { font-size: 1.05em; margin: 1em 0 .3em; display: flex; align-items: center; gap: .4em; }
.depth-1 { margin-left: .2em; padding-left: .8em; border-left: 2px solid var(--vscode-textBlockQuote-border, var(--vscode-panel-border, transparent)); }
.icon { width: 1.25em; height: 1.25em; }
body.vscode-light .only-dark, body.vscode-high-contrast-light .only-dark { display: none; }
body.vscode-dark .only-light, body.vscode-high-contrast:not(.vscode-high-contrast-light) .only-light { display: none; }
ul, ol { padding-left: 1.4em; }
li { margin: .25em 0; }
ul.checklist { list-style: none; padding-left: .2em; }
ul.checklist .box { display: inline-block; width: .8em; height: .8em; border: 1.5px solid var(--vscode-checkbox-border, var(--vscode-foreground));
  border-radius: 2px; margin-right: .5em; vertical-align: -.05em; }
nav.actions { display: flex; flex-wrap: wrap; gap: .5em; margin: 1em 0 .4em; }
nav.actions a { text-decoration: none; padding: .35em .9em; border-radius: 2px; color: var(--vscode-button-foreground);
  background: var(--vscode-button-background); }
nav.actions a:hover { background: var(--vscode-button-hoverBackground); }
nav.actions a.secondary { color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
nav.actions a:focus { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
footer { margin-top: 2.5em; font-size: .85em; color: var(--vscode-descriptionForeground); }
`;

export function renderPage(page: PageModel, env: PageEnv): string {
  const actions = page.actions.map((a, i) =>
    `<a${i ? ' class="secondary"' : ''} href="${escapeHtml(commandHref(a.command, a.args))}">${escapeHtml(a.label)}</a>`).join('\n');
  return `${pageHead({ lang: page.lang, title: page.title, policy: contentSecurityPolicy(env), nonce: env.nonce, css: STYLE })}
<body data-page="${escapeHtml(page.id)}">
<header>
<h1>${escapeHtml(page.title)}${page.badge ? `<span class="badge">${escapeHtml(page.badge)}</span>` : ''}</h1>
${page.subtitle ? `<p class="subtitle">${escapeHtml(page.subtitle)}</p>` : ''}
${actions ? `<nav class="actions">${actions}</nav>` : ''}
</header>
<main>
${page.blocks.map((b) => renderBlock(b, env, 0)).join('\n')}
</main>
${page.source ? `<footer>${escapeHtml(page.source)}</footer>` : ''}
</body>
</html>
`;
}

/** The commands a page may run through its links: exactly those its actions name. */
export function pageCommands(page: PageModel): string[] {
  return [...new Set(page.actions.map((a) => a.command))];
}
