// The fourth round of the privacy detectors: the kinds of misses and false alarms the third blind
// evaluation showed, each with new fictional examples of our own (no sentence, name or value of that
// corpus is used here).
import * as assert from 'node:assert/strict';
import { findPrivacyHits } from '../../src/core/privacy';
import { parseJournal } from '../../src/core/parse';

function hits(text: string): [string, string][] {
  const journal = parseJournal(text);
  const auteur = journal.frontmatter?.fields.auteur;
  return findPrivacyHits(text, { journal, allowedNames: auteur ? [auteur] : [] })
    .map((h) => [h.kind, text.slice(h.span.start, h.span.end)]);
}
const beeld = (body: string, head = '') => `${head}# Een middag\n\n## Kenmerkende ervaring\n\n${body}\n`;
const english = (body: string) => `# An evening\n\n## Characteristic experience\n\n${body}\n\n## Skills\n\nI listened.\n`;
const of = (kind: string) => (text: string) => hits(text).filter(([k]) => k === kind).map(([, v]) => v);
const names = of('naam');
const inst = of('instelling');
const births = of('geboortedatum');

describe('privacy round 4: dates of birth', () => {
  it('reads the column of a table headed by a birth word, whatever the date looks like', () => {
    const table = '| wie | geb. | klas |\n|---|---|---|\n| oudste | 9-12-2012 | 7 |\n| jongste | 1 mei 2017 | 2 |\n';
    assert.deepEqual(births(beeld(table)), ['9-12-2012', '1 mei 2017']);
    const born = '| Child | DOB |\n|---|---|\n| eldest | 2013-06-30 |\n';
    assert.deepEqual(births(english(born)), ['2013-06-30']);
  });
  it('keeps the dates of a table of meetings quiet', () => {
    assert.deepEqual(births(beeld('| overleg | datum |\n|---|---|\n| MDO | 3-3-2024 |\n')), []);
  });
  it('reads a form line whose label holds a birth word, however long the label', () => {
    assert.deepEqual(births(beeld('- Geboortedatum oudste dochter (zie beschikking): 6 november 2011')), ['6 november 2011']);
    assert.deepEqual(births(beeld('**Geb.datum:** 2-2-2016')), ['2-2-2016']);
    assert.deepEqual(births(beeld('- Geboorteplan: 3 mei bespreken')), []);
  });
  it('takes the asterisk of birth, "b." and "ter wereld kwam" as cues, not emphasis', () => {
    assert.deepEqual(births(beeld('Zoon Ravi, *3 feb. \'19, slaapt slecht.')), ["3 feb. '19"]);
    assert.deepEqual(births(beeld('Zus (b. 22.8.2015) was er ook.')), ['22.8.2015']);
    assert.deepEqual(births(beeld('Hij is op 5 oktober 2010 in Gouda ter wereld gekomen.')), ['5 oktober 2010']);
    assert.deepEqual(births(beeld('*12 maart* hadden we intervisie.')), []);
  });
  it('reads "is van" with a full date, and a birth word a few words before the date', () => {
    assert.deepEqual(births(beeld('Zijn nichtje is van 14-2-2018.')), ['14-2-2018']);
    assert.deepEqual(births(beeld('Hij werd volgens zijn moeder in een taxi geboren, op 3 juli 2014.')), ['3 juli 2014']);
    assert.deepEqual(births(beeld('Sinds de geboorte van zijn broertje op 9 april 2021 is hij stiller.')), ['9 april 2021']);
  });
  it('keeps an anniversary, a policy and a period quiet', () => {
    assert.deepEqual(births(beeld('Het 40-jarig bestaan van de club valt op 8 juni. De evaluatie is van 14-11-2023.')), []);
    assert.deepEqual(births(beeld('Ze is geboren in Irak, waar het gezin tot 2016 woonde.')), []);
  });
  it('reports a birthday\'s day and month: with an age it gives the date of birth', () => {
    assert.deepEqual(births(beeld('Op haar verjaardag, 4 april, wordt ze negen.')), ['4 april']);
  });
});

describe('privacy round 4: names', () => {
  it('finds initials next to a role and initials with an age', () => {
    assert.deepEqual(names(beeld('Ik sprak met vader R. en daarna met oom T.H. over de vakantie.')), ['R.', 'T.H.']);
    assert.deepEqual(names(beeld('Het jongste kind, L. (6), speelde buiten.')), ['L.']);
  });
  it('finds the names in a table column of people', () => {
    assert.deepEqual(names(beeld('| naam | leeftijd |\n|---|---|\n| Kofi | 9 |\n| Imane | 12 |\n')), ['Kofi', 'Imane']);
  });
  it('finds a first name written small that no dictionary spells, and its possessive', () => {
    assert.deepEqual(names(beeld('Vandaag kort gebeld met de school van lucas. Daarna met xavi gesproken over xavis broer.')),
      ['lucas', 'xavi', 'xavis']);
  });
  it('finds a listed surname written small after an honorific', () => {
    assert.deepEqual(names(beeld('huisbezoek bij fam. visser, daarna naar school.')), ['visser']);
  });
  it('keeps characters quiet when the passage speaks of a film or a book, not otherwise', () => {
    assert.deepEqual(names(beeld('We keken de film en hij wilde Woody zijn; zijn zus koos Elsa.')), []);
    assert.deepEqual(names(beeld('Ik sprak daarna met Elsa, zijn moeder.')), ['Elsa']);
  });
  it('keeps emotion cards, colours, Dutch days and months and named methods quiet', () => {
    assert.deepEqual(hits(beeld('Hij koos de kaart Bang en legde Paars erbij. Op Dinsdag in Februari starten we met Signs of Safety en Video Hometraining.')), []);
  });
  it('keeps English words quiet in an English journal', () => {
    assert.deepEqual(hits(english('Will she come? Grace is a virtue. In May we hope for rest.')), []);
  });
});

describe('privacy round 4: schools and institutions', () => {
  it('finds mosques and associations by their Turkish and Arabic type words', () => {
    assert.deepEqual(inst(beeld('Vader bidt in de Mevlana Camii en helpt bij Masjid An-Nour.')), ['Mevlana Camii', 'Masjid An-Nour']);
  });
  it('finds a Frisian school, a type word after the name and an English club', () => {
    assert.deepEqual(inst(beeld('Ze zit op De Klimmer skoalle, daarna naar De Linde woongroep.')), ['De Klimmer skoalle', 'De Linde woongroep']);
    assert.deepEqual(inst(english('After school he goes to Lakeside Kids Club.')), ['Lakeside Kids Club']);
  });
  it('finds an institution written small after its type word, not a phrase of time', () => {
    assert.deepEqual(inst(beeld('hij gaat naar basisschool de wilgenburcht in de wijk.')), ['basisschool de wilgenburcht']);
    assert.deepEqual(inst(beeld('Ze was op de basisschool de hele dag stil. In de woongroep de laatste tijd rustig.')), []);
    assert.deepEqual(inst(beeld('ze zit op het bonifatius college sinds de zomer.')), ['bonifatius college']);
    assert.deepEqual(inst(beeld('Hij wil naar de nieuwe school en niet naar de basis school.')), []);
  });
});
