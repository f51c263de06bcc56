// Shared fixtures for the rule suites: a complete beeld (no rule should fire on it) and small helpers
// to check one rule at a time.
import * as assert from 'node:assert/strict';
import { checkText, type CheckOptions } from '../../../src/core/check';
import type { Finding, RuleId } from '../../../src/core/model';

export const COMPLETE_SECTIONS = {
  ervaring: '## Kenmerkende ervaring\nEen jongere liep boos weg tijdens het gesprek over thuis.\n',
  handelingen: '## Handelingen\nIk bleef kalm, liep een stuk mee en zei niets tot hij stilstond.\n',
  kennis: '## Kennis\nNa ruzie thuis raakt hij snel overprikkeld; weglopen is dan zijn manier om af te koelen.\n',
  identiteit: '## Identiteit\nIk wil iemand zijn die blijft, ook als het schuurt.\n',
  deugden: '## Deugden\n- Geduld: ik gaf hem de tijd.\n- **Moed** - ik benoemde wat ik zag.\n',
  vrijheid: '## Vrijheid\nIk mocht afwijken van het gespreksplan en deed dat ook.\n',
  uitwerking: '## Uitwerking\nGoed werk was hier: aanwezig blijven zonder te duwen.\n',
  'drie-e': '## 3E-check\n- [x] Excellent\n- [x] Ethisch\n- [x] Energiek\n',
};

export type SectionName = keyof typeof COMPLETE_SECTIONS;

/** A beeld with every section filled in, minus `omit`, with `replace` swapping in other section text. */
export function beeld(
  title = 'Rust in de storm',
  opts: { omit?: SectionName[]; replace?: Partial<Record<SectionName, string>> } = {},
): string {
  const parts = (Object.keys(COMPLETE_SECTIONS) as SectionName[])
    .filter((k) => !opts.omit?.includes(k))
    .map((k) => opts.replace?.[k] ?? COMPLETE_SECTIONS[k]);
  return `# ${title}\n\n${parts.join('\n')}`;
}

export const FRONTMATTER = '---\nsituatie: paniek-bij-oma\ndatum: 2024-03-01\nauteur: Sam\n---\n';

export const COMPLETE = `${FRONTMATTER}\n${beeld()}`;

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
