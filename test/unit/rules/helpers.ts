// Helpers for the rule suites: the complete beeld (from test/fixtures/journals.ts; no rule should fire
// on it) and small helpers to check one rule at a time.
import * as assert from 'node:assert/strict';
import { checkText, type CheckOptions } from '../../../src/core/check';
import type { Finding, RuleId } from '../../../src/core/model';

// The complete beeld and its parts live in the shared journal fixtures; re-exported for the rule suites.
export { COMPLETE, COMPLETE_SECTIONS, FRONTMATTER, beeld, type SectionName } from '../../fixtures/journals';

export function findings(text: string, rule: RuleId, opts: Partial<CheckOptions> = {}): Finding[] {
  return checkText(text, { lang: 'nl', ...opts }).filter((f) => f.rule === rule);
}

/** The 1-based line (as the contract's table counts) where a finding starts. */
export function line(f: Finding): number {
  return f.range.start.line + 1;
}

/** The 1-based line of the first line in `text` that equals `content`. */
export function lineOf(text: string, content: string): number {
  const i = text.split(/\r?\n/).indexOf(content);
  if (i === -1) throw new Error(`no line ${JSON.stringify(content)}`);
  return i + 1;
}

/**
 * The severity cases every rule shares: the contract's default, the user's setting over the default,
 * the team's config over the setting, and 'off' from either layer dropping the rule.
 */
export function severityCases(rule: RuleId, contractDefault: Finding['severity'], text: string): void {
  describe('severity', () => {
    it(`defaults to ${contractDefault}, as the contract says`, () => {
      const fs = findings(text, rule);
      assert.ok(fs.length > 0, 'the fixture must trigger the rule');
      assert.ok(fs.every((f) => f.severity === contractDefault));
    });

    it('takes the user setting over the default', () => {
      const fs = findings(text, rule, { settings: { [rule]: 'hint' } });
      assert.ok(fs.length > 0 && fs.every((f) => f.severity === 'hint'));
    });

    it('lets the team config win over the user setting', () => {
      const fs = findings(text, rule, { settings: { [rule]: 'hint' }, config: { rules: { [rule]: 'error' }, deugden: [] } });
      assert.ok(fs.length > 0 && fs.every((f) => f.severity === 'error'));
    });

    it("drops the rule when the team or the user sets it 'off'", () => {
      assert.equal(findings(text, rule, { config: { rules: { [rule]: 'off' }, deugden: [] } }).length, 0);
      assert.equal(findings(text, rule, { settings: { [rule]: 'off' } }).length, 0);
    });

    it("keeps the rule on when the user says 'off' but the team says 'warning'", () => {
      const fs = findings(text, rule, { settings: { [rule]: 'off' }, config: { rules: { [rule]: 'warning' }, deugden: [] } });
      assert.ok(fs.length > 0 && fs.every((f) => f.severity === 'warning'));
    });
  });
}
