// Goed Werk's extension of VS Code's notebook Markdown renderer (package.json `notebookRenderer`,
// `entrypoint.extends: vscode.markdown-it-renderer`). It runs in the notebook's webview: it adds the
// plugin that draws prompts, status, the 3E answers, the details card and the invitation (plugin.ts),
// the styles for them, and turns clicks on them into messages for the extension.
import { escapeHtml } from '../core/html';
import type { RendererContext } from './context';
import { cardInner, emptyCache, goedwerkPlugin, statusInner, type ViewCache } from './plugin';
import { isRendererMessage, type RendererMessage, type StatusMessage, type UiLang } from './protocol';
import { STYLES } from './styles';

interface MarkdownItRenderer {
  extendMarkdownIt(fn: (md: import('markdown-it').default) => void): void;
}

export async function activate(ctx: RendererContext): Promise<void> {
  const markdown = await ctx.getRenderer('vscode.markdown-it-renderer') as MarkdownItRenderer | undefined;
  if (!markdown) return;
  const cache = emptyCache();
  addStyles();
  const post = (m: RendererMessage): void => { if (isRendererMessage(m)) ctx.postMessage?.(m); };
  // A cell drawn a second time has just left edit mode (or changed): the extension re-cuts then.
  const drawn = new Set<string>();
  const rendered = (id: string): void => {
    if (drawn.has(id)) queueMicrotask(() => post({ type: 'rendered', cell: id }));
    else drawn.add(id);
  };
  markdown.extendMarkdownIt(goedwerkPlugin(cache, rendered));
  ctx.onDidReceiveMessage?.((m: unknown) => {
    if ((m as StatusMessage | undefined)?.type === 'status') applyStatus(cache, m as StatusMessage);
  });
  listen(post);
  post({ type: 'ready' });
}

/** VS Code copies every `.markdown-style` template into each cell's shadow root as it renders it. */
function addStyles(): void {
  const template = document.createElement('template');
  template.classList.add('markdown-style');
  const style = document.createElement('style');
  style.textContent = STYLES;
  template.content.appendChild(style);
  document.head.appendChild(template);
}

/** Each rendered Markdown cell lives in a shadow root of its own. */
function* ourElements(selector: string): Generator<HTMLElement> {
  for (const host of document.querySelectorAll<HTMLElement>('.preview')) {
    const root = host.shadowRoot;
    if (root) yield* root.querySelectorAll<HTMLElement>(selector);
  }
}

function applyStatus(cache: ViewCache, m: StatusMessage): void {
  for (const [id, v] of Object.entries(m.cells ?? {})) {
    if (v.beeld !== undefined) cache.beeld.set(id, v.beeld);
    if (v.card !== undefined) cache.card.set(id, v.card);
    const beeld = v.beeld;
    const card = v.card;
    if (beeld !== undefined) {
      for (const el of ourElements(`[data-gw-status="${CSS.escape(id)}"]`)) {
        el.hidden = !beeld;
        el.innerHTML = beeld ? statusInner(uiOf(el), id, beeld, escapeHtml) : '';
      }
    }
    if (card !== undefined) {
      for (const el of ourElements(`[data-gw-card="${CSS.escape(id)}"]`)) el.innerHTML = cardInner(uiOf(el), id, card, escapeHtml);
    }
  }
}

const uiOf = (el: HTMLElement): UiLang => (el.dataset.gwUi === 'en' ? 'en' : 'nl');

/** The message an element of ours stands for, if the event reached one. */
function messageFor(path: EventTarget[]): RendererMessage | undefined {
  for (const node of path) {
    if (!(node instanceof HTMLElement)) continue;
    const d = node.dataset;
    const cell = d.gwCell ?? '';
    if (d.gwAnswer && d.gwE) return { type: 'answer', cell, e: d.gwE, answer: d.gwAnswer as 'ja' };
    if (d.gwExplain) return { type: 'explain', cell, e: d.gwExplain };
    if (d.gwPart) return { type: 'part', cell, part: d.gwPart };
    if (d.gwStart) return { type: 'start', cell, from: d.gwStart === 'blank' ? 'blank' : 'situation' };
    if (d.gwEdit) return { type: 'edit', cell: d.gwEdit };
    if (d.gwImage) return { type: 'image', cell: d.gwImage };
    if (d.gwDetails) return { type: 'details', cell: d.gwDetails };
    if (node.classList.contains('preview')) return undefined;
  }
  return undefined;
}

function listen(post: (m: RendererMessage) => void): void {
  // Capture on the window: ours comes first, and a double click on a button does not open the editor.
  window.addEventListener('click', (e) => {
    const m = messageFor(e.composedPath());
    if (m) post(m);
  }, true);
  window.addEventListener('dblclick', (e) => {
    if (messageFor(e.composedPath())) { e.stopPropagation(); e.preventDefault(); }
  }, true);
  window.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const m = messageFor(e.composedPath());
    if (!m) return;
    e.preventDefault();
    e.stopPropagation();
    post(m);
  }, true);
}
