// The look of what the renderer adds: quiet, in the editor theme's own colours, so that the writer's
// words stay what stands out. Section headings are made smaller than VS Code's notebook default, which
// is sized for documents, not for a form of short parts; only in a journal's cells (which always hold
// the status placeholder), as the styles reach every notebook's Markdown cells.
export const STYLES = `
#preview:has(> .gw-status) h1 { font-size: 1.7em; margin-bottom: 0.2em; }
#preview:has(> .gw-status) h2 { font-size: 1.3em; margin-bottom: 0.2em; }
#preview:has(> .gw-status) :is(h3, h4, h5, h6) { font-size: 1.1em; }
.gw-prompt { color: var(--vscode-descriptionForeground); opacity: 0.9; font-size: 0.88em; margin: 0.2em 0 0.6em;
  padding-left: 0.7em; border-left: 2px solid var(--vscode-textBlockQuote-border, rgba(127,127,127,0.35)); }
.gw-prompt p.gw-q { margin: 0.1em 0; font-style: italic; }
.gw-prompt ul { margin: 0.2em 0 0.2em 1.2em; padding: 0; }
.gw-prompt li { margin: 0.1em 0; font-style: italic; }
details.gw-prompt > summary { cursor: pointer; font-size: 0.9em; opacity: 0.8; }
.gw-hint-row { margin: 0.3em 0; display: flex; gap: 1em; align-items: center; }
.gw-hint { color: var(--vscode-textLink-foreground); cursor: pointer; font-size: 0.95em; }
.gw-hint:hover { text-decoration: underline; }
.gw-status { display: flex; flex-wrap: wrap; gap: 0.3em 1.2em; align-items: center; font-size: 0.9em;
  margin: 0.3em 0 0.5em; padding: 0.35em 0.6em; border-radius: 4px;
  background: var(--vscode-textBlockQuote-background, rgba(127,127,127,0.08)); }
.gw-status[hidden] { display: none; }
.gw-group { display: inline-flex; flex-wrap: wrap; gap: 0.3em; align-items: center; }
.gw-label { color: var(--vscode-descriptionForeground); }
.gw-done { color: var(--vscode-testing-iconPassed, #388a34); }
.gw-chip, .gw-answer, .gw-button, .gw-explain { cursor: pointer; user-select: none; border-radius: 3px; }
.gw-chip { padding: 0 0.45em; border: 1px solid var(--vscode-button-secondaryBackground, rgba(127,127,127,0.4));
  color: var(--vscode-textLink-foreground); }
.gw-chip:hover, .gw-chip:focus { background: var(--vscode-list-hoverBackground); }
.gw-e-sum { white-space: nowrap; }
.gw-e-sum.gw-ja { color: var(--vscode-testing-iconPassed, #388a34); }
.gw-e-sum.gw-nee { color: var(--vscode-errorForeground, #c72e0f); }
.gw-e-sum.gw-deels { color: var(--vscode-editorWarning-foreground, #bf8803); }
.gw-e-sum.gw-open { color: var(--vscode-descriptionForeground); }
li.gw-e { list-style: none; margin: 0.45em 0 0.45em -1.2em; }
.gw-e-name { font-weight: 600; margin-right: 0.6em; }
.gw-e-q { color: var(--vscode-descriptionForeground); font-style: italic; margin-right: 0.6em; }
.gw-e-why { margin-right: 0.6em; }
.gw-answers { display: inline-flex; gap: 0.3em; vertical-align: middle; white-space: nowrap; }
.gw-answer { padding: 0.05em 0.7em; border: 1px solid var(--vscode-button-secondaryBackground, rgba(127,127,127,0.5)); }
.gw-answer:hover, .gw-answer:focus { background: var(--vscode-list-hoverBackground); }
.gw-answer[aria-pressed="true"] { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border-color: transparent; }
.gw-answer.gw-nee[aria-pressed="true"] { background: var(--vscode-errorForeground, #c72e0f); }
.gw-answer.gw-deels[aria-pressed="true"] { background: var(--vscode-editorWarning-foreground, #bf8803); }
.gw-explain { color: var(--vscode-textLink-foreground); font-size: 0.9em; margin-left: 0.5em; }
.gw-card, .gw-status { box-sizing: border-box; }
.gw-card { border: 1px solid var(--vscode-widget-border, rgba(127,127,127,0.35)); border-radius: 4px; padding: 0.5em 0.8em; }
.gw-card-head { display: flex; justify-content: space-between; align-items: center; margin-bottom: 0.3em; }
.gw-card-title { font-weight: 600; }
.gw-card dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1em; margin: 0; }
.gw-card dt { color: var(--vscode-descriptionForeground); }
.gw-card dd { margin: 0; }
.gw-card dd.gw-empty { color: var(--vscode-descriptionForeground); font-style: italic; }
.gw-button { display: inline-block; padding: 0.2em 0.8em; border: 1px solid var(--vscode-button-border, transparent);
  color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); }
.gw-button:hover, .gw-button:focus { background: var(--vscode-button-secondaryHoverBackground); }
.gw-button.gw-primary { color: var(--vscode-button-foreground); background: var(--vscode-button-background); }
.gw-button.gw-primary:hover, .gw-button.gw-primary:focus { background: var(--vscode-button-hoverBackground); }
.gw-invite h2 { margin-top: 0.2em; }
`;
