// The overview's stylesheet. Inside VS Code the `--vscode-*` theme variables win (light, dark, high
// contrast); standalone they are absent and the fallbacks follow the system's light or dark preference.

export const OVERVIEW_CSS = String.raw`
:root {
  --fb-bg: #ffffff; --fb-fg: #1f2328; --fb-muted: #57606a; --fb-border: #d0d7de; --fb-accent: #0969da;
  --fb-hover: rgba(9, 105, 218, 0.08); --fb-sel-bg: #0969da; --fb-sel-fg: #ffffff;
  --fb-green: #1a7f37; --fb-orange: #bc4c00; --fb-red: #cf222e; --fb-purple: #8250df; --fb-input: #ffffff;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --fb-bg: #1e1e1e; --fb-fg: #d4d4d4; --fb-muted: #9da5b4; --fb-border: #3c3c3c; --fb-accent: #4fa3ff;
    --fb-hover: rgba(79, 163, 255, 0.12); --fb-sel-bg: #04395e; --fb-sel-fg: #ffffff;
    --fb-green: #3fb950; --fb-orange: #e3a03f; --fb-red: #f47067; --fb-purple: #b083f0; --fb-input: #2a2a2a;
  }
}
:root {
  --bg: var(--vscode-editor-background, var(--fb-bg));
  --fg: var(--vscode-foreground, var(--fb-fg));
  --muted: var(--vscode-descriptionForeground, var(--fb-muted));
  --border: var(--vscode-panel-border, var(--vscode-contrastBorder, var(--fb-border)));
  --accent: var(--vscode-charts-blue, var(--fb-accent));
  --on-accent: var(--vscode-editor-background, var(--fb-bg));
  --green: var(--vscode-charts-green, var(--fb-green));
  --orange: var(--vscode-charts-orange, var(--fb-orange));
  --red: var(--vscode-charts-red, var(--fb-red));
  --purple: var(--vscode-charts-purple, var(--fb-purple));
  --hover: var(--vscode-list-hoverBackground, var(--fb-hover));
  --sel-bg: var(--vscode-list-activeSelectionBackground, var(--fb-sel-bg));
  --sel-fg: var(--vscode-list-activeSelectionForeground, var(--fb-sel-fg));
  --focus: var(--vscode-focusBorder, var(--fb-accent));
  --input-bg: var(--vscode-input-background, var(--fb-input));
  --input-fg: var(--vscode-input-foreground, var(--fg));
  --input-border: var(--vscode-input-border, var(--vscode-dropdown-border, var(--border)));
  --row-h: 30px;
}
* { box-sizing: border-box; }
html, body { margin: 0; background: var(--bg); color: var(--fg); }
body {
  font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif);
  font-size: var(--vscode-font-size, 14px); line-height: 1.4; padding: 16px 20px 32px;
}
h1 { font-size: 1.5em; margin: 0 0 4px; font-weight: 600; }
h2 { font-size: 1.15em; margin: 24px 0 8px; font-weight: 600; }
h3 { font-size: 1em; margin: 0; font-weight: 600; }
h4.sub { font-size: 0.9em; margin: 12px 0 6px; font-weight: 600; }
.muted, .chart-desc, .chart-note, .help { color: var(--muted); }
.chart-desc, .help { font-size: 0.9em; margin: 2px 0 8px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: -2px; }

.filters { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: flex-end; margin: 12px 0; }
.field { display: flex; flex-direction: column; gap: 2px; font-size: 0.9em; }
select, input, button {
  font: inherit; color: var(--input-fg); background: var(--input-bg);
  border: 1px solid var(--input-border); border-radius: 2px; padding: 3px 6px; min-height: 26px;
}
select { max-width: 16em; }
button[type=reset] {
  background: var(--vscode-button-secondaryBackground, var(--input-bg));
  color: var(--vscode-button-secondaryForeground, var(--fg)); cursor: pointer;
}

.table-scroll {
  max-height: min(62vh, 720px); overflow: auto; border: 1px solid var(--border); border-radius: 3px;
}
.table-scroll.tall { height: min(62vh, 720px); contain: strict; }
table.overview { width: 100%; min-width: 900px; table-layout: fixed; border-collapse: separate; border-spacing: 0; }
col.col-auteur { width: 14%; } col.col-datum { width: 7.5em; } col.col-situatie { width: 18%; }
col.col-title { width: auto; } col.col-flag { width: 3.1em; } col.col-answer { width: 4.4em; } col.col-feedback { width: 7.4em; }
td.feedback { text-align: center; padding: 0 2px; }
td.feedback.open { font-weight: 600; color: var(--orange); }
td.feedback.waits { color: var(--purple); font-style: italic; }
thead th {
  position: sticky; top: 0; z-index: 1; background: var(--bg); text-align: left; font-weight: 600;
  border-bottom: 1px solid var(--border); padding: 0;
}
th button.sort {
  all: unset; box-sizing: border-box; display: flex; align-items: center; gap: 4px; width: 100%;
  padding: 6px 8px; cursor: pointer; white-space: nowrap; overflow: hidden;
}
th button.sort:focus-visible { outline: 2px solid var(--focus); outline-offset: -2px; }
th.flag button.sort, th.answer button.sort { justify-content: center; padding: 6px 2px; }
.arrow { font-size: 0.75em; color: var(--muted); }
tbody td {
  height: var(--row-h); padding: 0 8px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;
  border-bottom: 1px solid var(--border);
}
tr.row { height: var(--row-h); cursor: pointer; }
tr.row:hover { background: var(--hover); }
tr.row.current { background: var(--hover); }
tr.row:focus { outline: 2px solid var(--focus); outline-offset: -2px; background: var(--sel-bg); color: var(--sel-fg); }
td.flag, td.answer { text-align: center; padding: 0 2px; }
td.flag.yes { color: var(--green); font-weight: 600; }
td.flag .mark { display: inline-block; vertical-align: middle; }
td.flag.yes .mark { width: 5px; height: 10px; margin-top: -3px; border: solid currentColor; border-width: 0 2px 2px 0; transform: rotate(45deg); }
td.flag.no .mark { width: 8px; height: 0; border-top: 1px solid currentColor; }
td.flag.no, td.answer.open { color: var(--muted); }
/* An answer is shown in words; colour only helps the eye: yes green, partly orange, no purple (not red: no is an answer, not an error). */
td.answer.ja { color: var(--green); font-weight: 600; }
td.answer.deels { color: var(--orange); font-weight: 600; }
td.answer.nee { color: var(--purple); font-weight: 600; }
tr.row:focus td { color: var(--sel-fg); }
td.untitled, tr.no-beeld td.title { font-style: italic; color: var(--muted); }
tr.spacer td { padding: 0; border: 0; height: 0; }
.status { min-height: 1.4em; margin: 6px 0; font-size: 0.9em; }
.notice { margin: 6px 0; padding: 6px 10px; border-left: 3px solid var(--vscode-editorWarning-foreground, #b58900); }
.notice[hidden], .notice button[hidden] { display: none; }
.empty { padding: 12px; color: var(--muted); }
.detail { margin: 8px 0; font-size: 0.9em; }

.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px; }
figure.chart { margin: 0; padding: 12px; border: 1px solid var(--border); border-radius: 3px; min-width: 0; }
figure.chart figcaption { margin-bottom: 6px; }
.chart-body { overflow-x: auto; }
.chart-svg { display: block; max-width: none; }
.chart-svg text { fill: var(--fg); font-size: 11px; font-family: inherit; }
.chart-svg text.axis-label { fill: var(--muted); }
.chart-svg text.row-label.team { font-weight: 700; }
.chart-svg .axis, .chart-svg .grid { stroke: var(--border); stroke-width: 1; }
.chart-svg .grid { stroke-dasharray: 3 3; }
.bar, .heat { fill: var(--accent); }
.answer-ja { fill: var(--green); } .answer-deels { fill: var(--orange); } .answer-nee { fill: var(--purple); }
.bar.answer-open { fill: var(--muted); fill-opacity: 0.35; }
.chart-svg text.seg-label { fill: var(--on-accent); font-weight: 600; }
.chart-svg text.seg-label.answer-open { fill: var(--fg); }
.heat.team { stroke: var(--fg); stroke-width: 1; }
.chart-svg text.heat-text { font-size: 11px; }
.chart-svg text.heat-text.strong { fill: var(--on-accent); font-weight: 600; }
.chips { list-style: none; display: flex; flex-wrap: wrap; gap: 4px; margin: 0; padding: 0; }
details.more-never { margin-top: 6px; font-size: 0.9em; }
details.more-never summary { cursor: pointer; color: var(--muted); margin-bottom: 4px; }
.chips li { border: 1px solid var(--border); border-radius: 10px; padding: 0 8px; font-size: 0.85em; }
footer { margin-top: 24px; font-size: 0.85em; color: var(--muted); }

body.vscode-high-contrast .bar, body.vscode-high-contrast .heat,
body.vscode-high-contrast-light .bar, body.vscode-high-contrast-light .heat {
  stroke: var(--vscode-contrastBorder, var(--fg)); stroke-width: 1;
}
@media (forced-colors: active) {
  .bar, .heat { stroke: CanvasText; stroke-width: 1; }
  tr.row:focus { forced-color-adjust: none; background: Highlight; color: HighlightText; }
}
@media print {
  .filters, .help, .status { display: none; }
  .table-scroll { max-height: none; overflow: visible; border: 0; }
  thead th { position: static; }
}
`;
