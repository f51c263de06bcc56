import type { Lang } from './model';
import type { TeamStats } from './stats';
import { toOverviewData } from './overview/data';
import type { OverviewData, OverviewDataOptions } from './overview/data';
import { escapeHtml as esc, jsonForScript, makeNonce } from './overview/escape';
import { DEFAULT_SORT, figures, filterChoices, filterRows, sortRows } from './overview/query';
import type { Filter, Sort } from './overview/query';
import { chartsHtml } from './overview/charts';
import { colgroupHtml, filtersHtml, headHtml, rowHtml } from './overview/table';
import { label } from './overview/labels';
import { OVERVIEW_CSS } from './overview/styles';
import { packOverview } from './overview/pack';
import { loadOverviewScript } from './overview/script';

export type { OverviewData, OverviewRow } from './overview/data';
export { toOverviewData } from './overview/data';
export { packOverview, unpackOverview, type PackedOverview } from './overview/pack';

// One page for both faces of the overview: the CLI writes it as a self-contained file (script inline),
// the extension shows it in a webview (script from the extension, theme from VS Code). The page is
// complete without script (table head, first rows, charts); the script adds filters, sorting and the
// virtualized table, and in VS Code takes new data by message.

export interface OverviewHtmlOptions extends OverviewDataOptions {
  /** 'standalone' (default) inlines the script; 'webview' loads it from `scriptUri` under `cspSource`. */
  mode?: 'standalone' | 'webview';
  nonce?: string;
  /** The webview's `cspSource`, allowed for the script and styles in webview mode. */
  cspSource?: string;
  /** The webview URI of dist/webview/overview.js in webview mode. */
  scriptUri?: string;
  /** The browser script's text for standalone mode; default: the built dist/webview/overview.js. */
  script?: string | null;
  filter?: Filter;
  sort?: Sort;
  /** How many rows the first paint carries before the script takes over (default 60; a screenful). */
  staticRows?: number;
  /** The data is still on its way (the extension shows the page at once and fills it in). */
  loading?: boolean;
  /** Webview: the id of this HTML, which the script says back when it listens ("ready"). */
  page?: number;
  /** Webview: a read that failed or waits long, said on the page, with a button to try again. */
  notice?: { text: string; retry?: string };
}

export function renderOverviewHtml(stats: TeamStats, lang: Lang, opts: OverviewHtmlOptions = {}): string {
  return renderOverviewPage(toOverviewData(stats, lang, opts), opts);
}

export function csp(mode: 'standalone' | 'webview', nonce: string, cspSource = ''): string {
  const extra = mode === 'webview' && cspSource ? ` ${cspSource}` : '';
  return [
    `default-src 'none'`,
    `style-src 'nonce-${nonce}'${extra}`,
    `script-src 'nonce-${nonce}'`,
    `img-src data:${extra}`,
    `font-src${extra || ` 'none'`}`,
    `base-uri 'none'`,
    `form-action 'none'`,
  ].join('; ');
}

export function renderOverviewPage(data: OverviewData, opts: OverviewHtmlOptions = {}): string {
  const lang = data.lang;
  const mode = opts.mode ?? 'standalone';
  const nonce = opts.nonce ?? makeNonce();
  const filter = opts.filter ?? {};
  const sort = opts.sort ?? DEFAULT_SORT;
  const rows = sortRows(filterRows(data.rows, filter), sort);
  const fig = figures(rows, data);
  const limit = Math.max(0, opts.staticRows ?? 60);
  const body = rows.slice(0, limit).map((r, i) => rowHtml(r, lang, i, i === 0)).join('');
  const more = rows.length > limit ? `<p class="help" id="more">${esc(label(lang, 'more', rows.length - limit))}</p>` : '';
  const title = label(lang, 'pageTitle') + (data.scope ? ` – ${data.scope}` : '');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp(mode, nonce, opts.cspSource).replace(/"/g, '&quot;')}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Goed Werk">
<title>${esc(title)}</title>
<style nonce="${nonce}">${OVERVIEW_CSS}</style>
</head>
<body class="${mode}"${opts.loading ? ' data-loading="true"' : ''}>
<header>
<h1>${esc(label(lang, 'heading'))}${data.scope ? ` <span class="muted">${esc(data.scope)}</span>` : ''}</h1>
<p id="summary">${esc(opts.loading ? label(lang, 'loading') : label(lang, 'summary', data.journals, fig.beelden, fig.complete))}</p>
${mode === 'webview' ? noticeHtml(opts.notice) : ''}
</header>
<noscript><p class="help">${esc(label(lang, 'noScript'))}</p></noscript>
${filtersHtml(lang, filterChoices(data.rows), filter)}
<section aria-labelledby="table-heading">
<h2 id="table-heading">${esc(label(lang, 'table'))}</h2>
<p class="help" id="table-help">${esc(label(lang, 'tableHelp'))}</p>
<p class="status" id="shown" role="status">${esc(label(lang, 'shown', rows.length, data.rows.length))}</p>
<div class="table-scroll" id="table-scroll">
<table class="overview" id="overview-table" aria-labelledby="table-heading" aria-describedby="table-help" aria-rowcount="${rows.length + 1}">
${colgroupHtml(lang)}
<thead>${headHtml(lang, sort)}</thead>
<tbody id="rows">${body}</tbody>
</table>
${rows.length === 0 ? `<p class="empty" id="empty">${esc(label(lang, 'empty'))}</p>` : ''}
</div>
${more}
<p class="detail" id="detail" aria-live="polite"></p>
</section>
<section aria-labelledby="charts-heading">
<h2 id="charts-heading">${esc(label(lang, 'charts'))}</h2>
<div class="charts" id="charts">${chartsHtml(fig, lang)}</div>
</section>
<footer>${esc(label(lang, 'source'))}</footer>
<script type="application/json" id="goedwerk-data">${jsonForScript(packOverview(data))}</script>
<script type="application/json" id="goedwerk-state">${jsonForScript({ filter, sort, ...(opts.page === undefined ? {} : { page: opts.page }) })}</script>
${scriptTag(mode, nonce, opts)}
</body>
</html>
`;
}

/** The place where the webview says a read failed or takes long; the script fills it as news comes. */
function noticeHtml(notice: OverviewHtmlOptions['notice']): string {
  const text = notice?.text ?? '';
  const retry = notice?.retry ?? '';
  return `<div class="notice" id="notice" role="alert"${text ? '' : ' hidden'}><span id="notice-text">${esc(text)}</span>`
    + ` <button type="button" id="notice-retry"${retry ? '' : ' hidden'}>${esc(retry)}</button></div>`;
}

function scriptTag(mode: 'standalone' | 'webview', nonce: string, opts: OverviewHtmlOptions): string {
  if (mode === 'webview') {
    return opts.scriptUri ? `<script nonce="${nonce}" src="${esc(opts.scriptUri)}"></script>` : '';
  }
  const code = opts.script === undefined ? loadOverviewScript() : opts.script;
  if (!code) return '';
  // Inside a script element only `</script` and `<!--` can break out; both only occur in strings here.
  return `<script nonce="${nonce}">${code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--')}</script>`;
}
