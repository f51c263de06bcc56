import * as assert from 'node:assert/strict';
import { findPrivacyHits } from '../../src/core/privacy';
import { parseJournal } from '../../src/core/parse';
import { checkText } from '../../src/core/check';

/** [kind, text] of every hit, as the rule finds them: in the parsed journal, the writer allowed. */
function hits(text: string, allowedNames: string[] = []): [string, string][] {
  const journal = parseJournal(text);
  const auteur = journal.frontmatter?.fields.auteur;
  return findPrivacyHits(text, { journal, allowedNames: [...allowedNames, ...(auteur ? [auteur] : [])] })
    .map((h) => [h.kind, text.slice(h.span.start, h.span.end)]);
}

const ISSUE = `# Een beeld

## Kenmerkende ervaring

Kelly de Jong (geboren 12-03-2011) woont bij haar oma aan de Kerkstraat 14 in Utrecht.
Haar moeder, mevrouw De Jong, belde mij. Zij zit op basisschool De Regenboog in groep 8.
Haar broertje Sem (7) en haar vader Mohamed el Amrani waren er ook.
In 2023 TV 12 keer gezien.
`;

describe('privacy: names, dates of birth, addresses, institutions', () => {
  it('finds everything in the note of the issue, and no postcode in "2023 TV 12"', () => {
    assert.deepEqual(hits(ISSUE), [
      ['naam', 'Kelly de Jong'], ['geboortedatum', '12-03-2011'], ['adres', 'Kerkstraat 14 in Utrecht'],
      ['naam', 'De Jong'], ['instelling', 'basisschool De Regenboog'], ['naam', 'Sem'], ['naam', 'Mohamed el Amrani'],
    ]);
  });

  it('finds initials with a surname, titles and roles with a name, and names of many origins', () => {
    const text = 'Ik sprak met J. Bakker, met dhr. Yılmaz en met de moeder van Noor. Ook Ayşe Kaya, Yonas Tesfay en Zuzanna waren er.';
    assert.deepEqual(hits(text).map((h) => h[1]), ['J. Bakker', 'Yılmaz', 'Noor', 'Ayşe Kaya', 'Yonas Tesfay', 'Zuzanna']);
  });

  it('takes the tussenvoegsel along after a title, and a place-named surname for a surname', () => {
    const text = 'Ik sprak de heer van der Berg, de familie de Vries en Kelly Zwanenburg. Zij wonen in Vries.';
    assert.deepEqual(hits(text).map((h) => h[1]), ['van der Berg', 'de Vries', 'Kelly Zwanenburg']);
  });

  it('finds a name that is also a word when it stands as a name, and everywhere once found', () => {
    const text = 'Roos kwam binnen. Ik zag dat Roos huilde en dat oma Fleur boos was.';
    assert.deepEqual(hits(text).map((h) => h[1]), ['Roos', 'Roos', 'Fleur']);
  });

  it('stays quiet on the journal\'s own words, sentence starts, acronyms, national bodies, places and numbers', () => {
    const text = `---
auteur: Sanne Visser
---

# Hoop houden

## Kenmerkende ervaring

Dan ga ik kijken. Wil je dat? Toen belde Veilig Thuis en de Raad voor de Kinderbescherming; de GGZ en het CJG ook.
Op 12 maart hadden we intervisie in Utrecht. In 2024 waren het 14 gesprekken van 10:00 tot 11:30. Sanne Visser schreef dit.
Hoop is geen gevoel. Kennis en Vrijheid kwamen later.

## Deugden

- Hoop: dat het goed komt.
- Trouw
- **Roos**: een deugd van het team.
`;
    assert.deepEqual(hits(text), []);
  });

  it('lets the team allow names, and always the writer named in auteur', () => {
    const text = '---\nauteur: Bram Dekker\n---\n\n# B\n\n## Kennis\n\nIk en mijn collega Sanne Visser belden Bram Dekker en Daan.\n';
    assert.deepEqual(hits(text, ['Sanne Visser']).map((h) => h[1]), ['Daan']);
  });

  it('tells a date of birth from an event date', () => {
    assert.deepEqual(hits('Ze is geb. 3 mei 2011 en op 12 maart 2024 hadden we overleg. Geboortedatum: 2011-05-03.').map((h) => h[0]), ['geboortedatum', 'geboortedatum']);
    assert.deepEqual(hits('Ze is op 3 mei 2011 geboren.').map((h) => h[1]), ['3 mei 2011']);
  });

  it('reports each kind with its own message and never the value', () => {
    const findings = checkText(`${ISSUE}\nBel 06-12345678 of mail kelly@example.org.\n`, { lang: 'nl' }).filter((f) => f.rule === 'privacy');
    assert.equal(new Set(findings.map((f) => f.message)).size, 6, 'name, birth date, address, institution, phone, e-mail');
    for (const f of findings) for (const v of ['Kelly', 'Jong', 'Sem', 'Kerkstraat', 'Regenboog', '12345678', 'Amrani']) assert.ok(!f.message.includes(v), v);
    const en = checkText(ISSUE, { lang: 'en' }).filter((f) => f.rule === 'privacy');
    assert.match(en[0].message, /This looks like a person's name/);
  });

  it('leaves a kind off when the team says so', () => {
    const config = { rules: {}, deugden: [], privacy: { uit: ['naam', 'instelling'] } };
    const kinds = checkText(ISSUE, { lang: 'nl', config }).filter((f) => f.rule === 'privacy').map((f) => f.data?.privacy);
    assert.deepEqual(kinds, ['geboortedatum', 'adres']);
  });

  it('stays linear on long runs of capitals, words and digits', () => {
    const t0 = Date.now();
    findPrivacyHits(`${'Kelly '.repeat(20_000)}\n${'x'.repeat(200_000)}\n${'Kerkstraat '.repeat(5000)} 12\n${'1234 '.repeat(10_000)}`);
    assert.ok(Date.now() - t0 < 5000);
  });
});
