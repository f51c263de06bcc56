import { ELEMENTS } from '../model';
import type { Lang } from '../model';
import { t } from '../i18n';
import { escapeHtml as esc } from './escape';
import { DRIE_E_KEYS, type Coverage, type Figures } from './query';
import { ANSWER_LABEL, ELEMENT_LABELS, label } from './labels';
import type { DrieEAnswer } from '../drie-e';

// The charts are plain SVG strings: no library, no network, and the same markup in node and the browser.
// Colours come from CSS classes (theme variables), sizes from attributes, because the page's Content
// Security Policy forbids inline style attributes.

const FONT_GUESS = 6.6; // average px per character at the chart font size, for trimming long labels

function clip(text: string, px: number): string {
  const max = Math.max(4, Math.floor(px / FONT_GUESS));
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

function svgOpen(width: number, height: number, summary: string): string {
  return `<svg class="chart-svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(summary)}">`;
}

function pct(n: number, of: number): number {
  return of > 0 ? Math.round((100 * n) / of) : 0;
}

/** A heat grid: one row per author and one for the team, one column per element, shade = share covered. */
export function elementGrid(fig: Figures, lang: Lang): string {
  const LABEL_W = 150, CELL_W = 74, CELL_H = 24, GAP = 3, HEAD_H = 26, TEAM_GAP = 8;
  const rows: Coverage[] = [...fig.authors, { ...fig.team, name: label(lang, 'team') }];
  const width = LABEL_W + ELEMENTS.length * (CELL_W + GAP);
  const height = HEAD_H + rows.length * (CELL_H + GAP) + TEAM_GAP;
  const names = ELEMENTS.map((e) => t(lang, ELEMENT_LABELS[e]));
  const summary = rows.map((r) => `${r.name || label(lang, 'unknown')}: `
    + names.map((n, i) => `${n} ${pct(r.elements[i], r.beelden)}%`).join(', ')).join('; ');
  const out = [svgOpen(width, height, `${label(lang, 'chartElements')}. ${summary}`)];
  names.forEach((n, i) => out.push(
    `<text class="axis-label" x="${LABEL_W + i * (CELL_W + GAP) + CELL_W / 2}" y="${HEAD_H - 9}" text-anchor="middle">${esc(n)}</text>`));
  rows.forEach((r, ri) => {
    const isTeam = ri === rows.length - 1;
    const y = HEAD_H + ri * (CELL_H + GAP) + (isTeam ? TEAM_GAP : 0);
    const name = r.name || label(lang, 'unknown');
    out.push(`<text class="row-label${isTeam ? ' team' : ''}" x="${LABEL_W - 8}" y="${y + CELL_H / 2 + 4}" text-anchor="end">`
      + `<title>${esc(name)} (${r.beelden})</title>${esc(clip(name, LABEL_W - 46))} (${r.beelden})</text>`);
    r.elements.forEach((n, i) => {
      const share = r.beelden > 0 ? n / r.beelden : 0;
      const x = LABEL_W + i * (CELL_W + GAP);
      out.push(`<rect class="heat${isTeam ? ' team' : ''}" x="${x}" y="${y}" width="${CELL_W}" height="${CELL_H}" rx="3"`
        + ` fill-opacity="${(0.08 + 0.92 * share).toFixed(2)}" data-author="${esc(isTeam ? '' : r.name)}"`
        + ` data-element="${ELEMENTS[i]}" data-value="${n}" data-of="${r.beelden}">`
        + `<title>${esc(name)}: ${esc(names[i])} ${n}/${r.beelden} (${pct(n, r.beelden)}%)</title></rect>`);
      out.push(`<text class="heat-text${share >= 0.55 ? ' strong' : ''}" x="${x + CELL_W / 2}" y="${y + CELL_H / 2 + 4}"`
        + ` text-anchor="middle" aria-hidden="true">${pct(n, r.beelden)}%</text>`);
    });
  });
  out.push('</svg>');
  return out.join('');
}

interface Bar { key: string; label: string; value: number; cls: string }

/** Horizontal bars with the label left and the number right of each bar. */
export function barList(bars: Bar[], title: string, labelWidth = 150): string {
  const BAR_MAX = 240, ROW_H = 24, PAD = 4;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const width = labelWidth + BAR_MAX + 48;
  const height = bars.length * ROW_H + PAD;
  const summary = `${title}. ${bars.map((b) => `${b.label}: ${b.value}`).join(', ')}`;
  const out = [svgOpen(width, height, summary)];
  bars.forEach((b, i) => {
    const y = PAD + i * ROW_H;
    const w = b.value > 0 ? Math.max(2, Math.round((b.value / max) * BAR_MAX)) : 0;
    out.push(`<text class="row-label" x="${labelWidth - 8}" y="${y + ROW_H / 2 + 2}" text-anchor="end">`
      + `<title>${esc(b.label)}</title>${esc(clip(b.label, labelWidth - 12))}</text>`);
    out.push(`<rect class="bar ${b.cls}" x="${labelWidth}" y="${y + 3}" width="${w}" height="${ROW_H - 8}" rx="2"`
      + ` data-key="${esc(b.key)}" data-value="${b.value}"><title>${esc(b.label)}: ${b.value}</title></rect>`);
    out.push(`<text class="value-label" x="${labelWidth + w + 6}" y="${y + ROW_H / 2 + 2}" aria-hidden="true">${b.value}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}

const TOP_DEUGDEN = 12;
const NEVER_SHOWN = 24;

export function deugdenChart(fig: Figures, lang: Lang): string {
  const top = fig.deugden.slice(0, TOP_DEUGDEN);
  const chart = top.length
    ? barList(top.map(([name, n]) => ({ key: name, label: name, value: n, cls: 'bar-deugd' })), label(lang, 'chartDeugden'))
    : `<p class="chart-empty">${esc(label(lang, 'noDeugden'))}</p>`;
  const chips = (names: string[]) => `<ul class="chips never">${names.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>`;
  // A young team leaves most of the list unnamed; the rest folds away so the chart stays readable.
  const never = fig.never.length === 0
    ? `<p class="chart-empty">${esc(label(lang, 'noneNever'))}</p>`
    : fig.never.length <= NEVER_SHOWN
      ? chips(fig.never)
      : chips(fig.never.slice(0, NEVER_SHOWN))
        + `<details class="more-never"><summary>${esc(label(lang, 'andMore', fig.never.length - NEVER_SHOWN))}</summary>`
        + `${chips(fig.never.slice(NEVER_SHOWN))}</details>`;
  return `${chart}<h4 class="sub">${esc(label(lang, 'chartNever'))} (${fig.never.length})</h4>${never}`;
}

const ANSWER_ORDER: readonly DrieEAnswer[] = ['ja', 'deels', 'nee', 'open'];

/**
 * Per E one bar split by answer (yes, partly, no, open), each part labelled with its count, and a legend.
 * The count of "no" per E is what a coach looks for: how often the team judged its work not energising.
 */
export function drieEChart(fig: Figures, lang: Lang): string {
  const d = fig.drieE;
  const LABEL_W = 90, BAR_MAX = 300, ROW_H = 26, PAD = 4, LEGEND_H = 22;
  const total = Math.max(1, fig.beelden);
  const width = LABEL_W + BAR_MAX + 12;
  const height = PAD + DRIE_E_KEYS.length * ROW_H + LEGEND_H;
  const word = (a: DrieEAnswer) => t(lang, ANSWER_LABEL[a]);
  const summary = DRIE_E_KEYS.map((k, i) => `${label(lang, k)}: ${ANSWER_ORDER.map((a) => `${word(a)} ${d.answers[i][a]}`).join(', ')}`).join('; ');
  const out = [svgOpen(width, height, `${label(lang, 'chartDrieE')}. ${summary}`)];
  DRIE_E_KEYS.forEach((k, i) => {
    const y = PAD + i * ROW_H;
    out.push(`<text class="row-label" x="${LABEL_W - 8}" y="${y + ROW_H / 2 + 2}" text-anchor="end">${esc(label(lang, k))}</text>`);
    let x = LABEL_W;
    for (const a of ANSWER_ORDER) {
      const n = d.answers[i][a];
      if (n === 0) continue;
      const w = Math.max(2, Math.round((n / total) * BAR_MAX));
      out.push(`<rect class="bar answer-${a}" x="${x}" y="${y + 3}" width="${w}" height="${ROW_H - 8}"`
        + ` data-e="${k}" data-key="${a}" data-value="${n}"><title>${esc(label(lang, k))}: ${esc(word(a))} ${n}</title></rect>`);
      if (w >= 18) out.push(`<text class="seg-label answer-${a}" x="${x + w / 2}" y="${y + ROW_H / 2 + 2}" text-anchor="middle" aria-hidden="true">${n}</text>`);
      x += w;
    }
  });
  let lx = LABEL_W;
  const ly = PAD + DRIE_E_KEYS.length * ROW_H + 6;
  for (const a of ANSWER_ORDER) {
    out.push(`<rect class="bar answer-${a}" x="${lx}" y="${ly}" width="10" height="10" aria-hidden="true"></rect>`
      + `<text class="axis-label" x="${lx + 14}" y="${ly + 9}" aria-hidden="true">${esc(word(a))}</text>`);
    lx += 22 + word(a).length * FONT_GUESS;
  }
  out.push('</svg>');
  const states = label(lang, 'drieEStates', d.answered, d.open, d.missing);
  return `${out.join('')}<p class="chart-note">${esc(states)}</p>`;
}

const MONTHS: Record<Lang, string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** Vertical bars, one per month, the year written under January and under the first month. */
export function monthChart(fig: Figures, lang: Lang): string {
  const undated = fig.undated ? `<p class="chart-note">${esc(label(lang, 'undatedCount', fig.undated))}</p>` : '';
  if (fig.months.length === 0) return `<p class="chart-empty">${esc(label(lang, 'noMonths'))}</p>${undated}`;
  // Bars narrow down to fit about 540 px, then the chart scrolls sideways.
  const SLOT = Math.max(8, Math.min(24, Math.floor(540 / fig.months.length)));
  const AXIS_W = 34, BAR_W = Math.max(5, Math.round(SLOT * 0.75)), GAP = SLOT - BAR_W, PLOT_H = 130, TOP = 16, BOTTOM = 34;
  const max = Math.max(1, ...fig.months.map(([, n]) => n));
  const width = AXIS_W + fig.months.length * (BAR_W + GAP) + 8;
  const height = TOP + PLOT_H + BOTTOM;
  const base = TOP + PLOT_H;
  const summary = `${label(lang, 'chartMonths')}. ${fig.months.filter(([, n]) => n > 0).map(([m, n]) => `${m}: ${n}`).join(', ')}`;
  const out = [svgOpen(width, height, summary)];
  out.push(`<line class="axis" x1="${AXIS_W - 4}" y1="${base + 0.5}" x2="${width - 4}" y2="${base + 0.5}"/>`);
  out.push(`<line class="grid" x1="${AXIS_W - 4}" y1="${TOP + 0.5}" x2="${width - 4}" y2="${TOP + 0.5}"/>`);
  out.push(`<text class="axis-label" x="${AXIS_W - 8}" y="${TOP + 4}" text-anchor="end">${max}</text>`);
  out.push(`<text class="axis-label" x="${AXIS_W - 8}" y="${base + 4}" text-anchor="end">0</text>`);
  fig.months.forEach(([month, n], i) => {
    const x = AXIS_W + i * (BAR_W + GAP);
    const h = n > 0 ? Math.max(2, Math.round((n / max) * PLOT_H)) : 0;
    const m = Number(month.slice(5, 7)) - 1;
    out.push(`<rect class="bar bar-month" x="${x}" y="${base - h}" width="${BAR_W}" height="${h}" rx="2"`
      + ` data-key="${month}" data-value="${n}"><title>${month}: ${n} ${esc(label(lang, 'beelden'))}</title></rect>`);
    if (n > 0 && SLOT >= 14) {
      out.push(`<text class="value-label" x="${x + BAR_W / 2}" y="${base - h - 3}" text-anchor="middle" aria-hidden="true">${n}</text>`);
    }
    const every = Math.ceil(28 / SLOT);
    if (i % every === 0) {
      out.push(`<text class="axis-label" x="${x + BAR_W / 2}" y="${base + 13}" text-anchor="middle">${MONTHS[lang][m] ?? ''}</text>`);
    }
    if (m === 0 || i === 0) {
      out.push(`<text class="axis-label year" x="${x}" y="${base + 27}">${month.slice(0, 4)}</text>`);
    }
  });
  out.push('</svg>');
  return out.join('') + undated;
}

/** All four charts as figures; the page and the browser script both call this. */
export function chartsHtml(fig: Figures, lang: Lang): string {
  const figure = (id: string, title: string, body: string, desc?: string) =>
    `<figure class="chart" id="${id}"><figcaption><h3>${esc(title)}</h3>`
    + `${desc ? `<p class="chart-desc">${esc(desc)}</p>` : ''}</figcaption><div class="chart-body">${body}</div></figure>`;
  return [
    figure('chart-elements', label(lang, 'chartElements'), elementGrid(fig, lang), label(lang, 'chartElementsDesc')),
    figure('chart-deugden', label(lang, 'chartDeugden'), deugdenChart(fig, lang)),
    figure('chart-drie-e', label(lang, 'chartDrieE'), drieEChart(fig, lang), label(lang, 'chartDrieEDesc')),
    figure('chart-months', label(lang, 'chartMonths'), monthChart(fig, lang)),
  ].join('');
}
