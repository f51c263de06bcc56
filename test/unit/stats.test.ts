import * as assert from 'node:assert/strict';
import { checkJournal } from '../../src/core/check';
import { DEUGDEN } from '../../src/core/content';
import { parseJournal } from '../../src/core/parse';
import { canonicalDeugd, journalStats, teamStats } from '../../src/core/stats';
import { COMPLETE_SECTIONS, beeld } from '../fixtures/journals';

/** A complete beeld (test/fixtures/journals.ts) whose deugden name one twice and one the list does not know. */
const FULL = beeld('Titel', {
  replace: { deugden: '## Deugden\n- **geduld**: niet haasten\n- Moed — iets durven\n- Moed (nog eens)\n- Zelfspot: eigen woord\n' },
});

function stats(text: string, file = 'j.goedwerk.md') {
  const journal = parseJournal(text);
  return journalStats(journal, file, checkJournal(journal, { lang: 'nl' }));
}

describe('stats', () => {
  describe('journalStats', () => {
    it('sees every part of a complete beeld', () => {
      const j = stats(`---\nauteur: Medewerker 3\ndatum: 2024-02-01\nsituatie: wat-is-crisis\ngesprek: zelf\ntags: [a, b]\n---\n\n${FULL}`);
      assert.deepEqual([j.auteur, j.datum, j.situatie, j.gesprek, j.tags], ['Medewerker 3', '2024-02-01', 'wat-is-crisis', 'zelf', ['a', 'b']]);
      const [b] = j.beelden;
      assert.equal(b.title, 'Titel');
      assert.equal(b.line, 8);
      assert.equal(b.auteur, 'Medewerker 3');
      assert.ok(b.ervaring && b.uitwerking && !b.afbeelding);
      assert.deepEqual(b.elements, { handelingen: true, kennis: true, identiteit: true, deugden: true, vrijheid: true });
      assert.deepEqual(b.drieE, { present: true, excellent: 'ja', ethisch: 'ja', energiek: 'ja' });
      assert.equal(b.complete, true);
    });

    it('names deugden once per beeld, by their list name when known', () => {
      const [b] = stats(FULL).beelden;
      assert.deepEqual(b.deugden, ['Geduld', 'Moed', 'Zelfspot']);
      assert.equal(canonicalDeugd('  GEDULD '), 'Geduld');
      assert.equal(canonicalDeugd('Patience'), 'Geduld');
    });

    it('does not count an empty section, and a beeld without it is not complete', () => {
      const text = FULL.replace(COMPLETE_SECTIONS.kennis, '## Kennis\n<!-- later -->\n');
      const [b] = stats(text).beelden;
      assert.equal(b.elements.kennis, false);
      assert.equal(b.complete, false);
    });

    it('gives each E its answer (ja, nee, deels, open), and tells a missing 3E check from an open E, in either language', () => {
      const none = stats(FULL.replace(/## 3E-check[\s\S]*$/, '')).beelden[0].drieE;
      assert.deepEqual(none, { present: false, excellent: 'open', ethisch: 'open', energiek: 'open' });
      const open = stats(FULL.replace('- [x] Ethisch', '- [ ] Ethisch')).beelden[0];
      assert.deepEqual(open.drieE, { present: true, excellent: 'ja', ethisch: 'open', energiek: 'ja' });
      assert.equal(open.complete, false);
      const answered = stats(FULL.replace('- [x] Ethisch', '- Ethisch: deels, de school niet').replace('- [x] Energiek', '- [ ] Energiek: kost me nog veel energie')).beelden[0];
      assert.deepEqual(answered.drieE, { present: true, excellent: 'ja', ethisch: 'deels', energiek: 'nee' });
      assert.equal(answered.complete, true, 'no and partly are answers');
      const english = stats(FULL.replace('## 3E-check', '## Three Es').replace('- [x] Ethisch', '- Ethical: no').replace('Energiek', 'Engaging'));
      assert.deepEqual(english.beelden[0].drieE, { present: true, excellent: 'ja', ethisch: 'nee', energiek: 'ja' });
    });

    it('needs a title for a complete beeld', () => {
      const [b] = stats(FULL.replace('# Titel\n', '')).beelden;
      assert.equal(b.title, null);
      assert.equal(b.complete, false);
    });

    it('counts the findings inside each beeld', () => {
      const j = stats(`${FULL}\n# Tweede\n\n## Kennis\n\nAlleen kennis.\n`);
      assert.equal(j.beelden.length, 2);
      // The first names one deugd the list does not know (Zelfspot): one info finding.
      assert.equal(j.beelden[0].findings, 1);
      // The second lacks ervaring, four elements, uitwerking and the 3E check.
      assert.ok(j.beelden[1].findings >= 7, String(j.beelden[1].findings));
      assert.equal(j.beelden[1].index, 1);
    });

    it('copes with a journal without beelden and with broken frontmatter', () => {
      assert.deepEqual(stats('').beelden, []);
      const j = stats('---\ndatum: [\n---\n# T\n');
      assert.equal(j.datum, undefined);
      assert.equal(j.beelden.length, 1);
      assert.deepEqual(j.tags, []);
    });
  });

  describe('teamStats', () => {
    it('counts how often each E was answered no: the figure a coach looks for', () => {
      const tired = (answer: string) => stats(FULL.replace('- [x] Energiek', `- Energiek: ${answer}`));
      const t = teamStats([tired('nee, te zwaar'), tired('nee'), tired('deels'), stats(FULL)]).totals;
      assert.deepEqual(t.drieE.answers.energiek, { ja: 1, nee: 2, deels: 1, open: 0 });
      assert.equal(t.drieE.answered, 4);
      assert.equal(t.complete, 4);
    });

    it('adds up beelden, elements, 3E, deugden and months', () => {
      const a = stats(`---\ndatum: 2024-03-12\n---\n${FULL}`, 'a');
      const b = stats(`---\ndatum: 2024-03-30\n---\n${FULL.replace('- [x] Excellent', '- [ ] Excellent')}\n${FULL.replace(/## Kennis[\s\S]*?## Identiteit/, '## Identiteit').replace(/## 3E-check[\s\S]*$/, '')}`, 'b');
      const c = stats(`# Los\n\n## Deugden\n\n- Moed\n`, 'c');
      const team = teamStats([a, b, c]);
      assert.equal(team.journals.length, 3);
      const t = team.totals;
      assert.equal(t.journals, 3);
      assert.equal(t.beelden, 4);
      assert.equal(t.complete, 1);
      assert.deepEqual(t.elements, { handelingen: 3, kennis: 2, identiteit: 3, deugden: 4, vrijheid: 3 });
      assert.deepEqual({ answered: t.drieE.answered, open: t.drieE.open, missing: t.drieE.missing }, { answered: 1, open: 1, missing: 2 });
      assert.deepEqual(t.drieE.answers.excellent, { ja: 1, nee: 0, deels: 0, open: 3 });
      assert.deepEqual(t.drieE.answers.energiek, { ja: 2, nee: 0, deels: 0, open: 2 });
      assert.deepEqual(Object.entries(t.deugden), [['Moed', 4], ['Geduld', 3], ['Zelfspot', 3]]);
      assert.deepEqual(t.perMonth, { '2024-03': 3 });
      assert.ok(!t.unusedDeugden.includes('Moed') && !t.unusedDeugden.includes('Geduld'));
      assert.equal(t.unusedDeugden.length, DEUGDEN.length - 2);
    });

    it('is all zeros for no journals', () => {
      const t = teamStats([]).totals;
      assert.equal(t.beelden, 0);
      assert.deepEqual({ answered: t.drieE.answered, open: t.drieE.open, missing: t.drieE.missing }, { answered: 0, open: 0, missing: 0 });
      assert.deepEqual(t.drieE.answers.ethisch, { ja: 0, nee: 0, deels: 0, open: 0 });
      assert.deepEqual(t.deugden, {});
      assert.equal(t.unusedDeugden.length, DEUGDEN.length);
    });
  });
});
