// The sidebar's readers that need the YAML parser, bundled apart as dist/yaml-readers.js (see
// scripts/bundles.mjs): the Journaal view's journal summaries and the team's own situations. `yaml`
// is a sixth of the extension's code and the sidebar needs it only once a view reads files.
export { summarizeJournal } from './journal-summary';
export { parseTeamSituation } from '../../core/team-situations';
// The notebook's "details of this journal" form edits the frontmatter with the same parser.
export { readDetails, setDetail } from '../../core/frontmatter-edit';
// The team resolver reads team situations with `yaml` too.
export { AsyncTeamResolver } from '../../core/team/resolver';
