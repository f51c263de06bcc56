// The fifth round of the privacy detectors: the kinds of misses and false alarms the fourth blind
// evaluation showed, each with new fictional examples of our own (no sentence, name or value of that
// corpus is used here).
import * as assert from 'node:assert/strict';
import { findPrivacyHits } from '../../src/core/privacy';
import { SortedList } from '../../src/core/privacy/sortedList';
import { parseJournal } from '../../src/core/parse';

function hits(text: string): [string, string][] {
  const journal = parseJournal(text);
  const auteur = journal.frontmatter?.fields.auteur;
  return findPrivacyHits(text, { journal, allowedNames: auteur ? [auteur] : [] })
    .map((h) => [h.kind, text.slice(h.span.start, h.span.end)]);
}
const beeld = (body: string) => `# Een middag\n\n## Kenmerkende ervaring\n\n${body}\n`;
const english = (body: string) => `# An evening\n\n## Characteristic experience\n\n${body}\n\n## Skills\n\nI listened.\n`;
const of = (kind: string) => (text: string) => hits(text).filter(([k]) => k === kind).map(([, v]) => v);
const names = of('naam');
const inst = of('instelling');
const births = of('geboortedatum');
const addresses = of('adres');
const postcodes = of('postcode');

describe('privacy round 5: dates of birth', () => {
  it('reads the further "<name> op <date>" after a date of birth in its sentence', () => {
    assert.deepEqual(births(beeld('Noa is geboren op 4 maart 2012; Teun op 19-09-2015.')), ['4 maart 2012', '19-09-2015']);
    assert.deepEqual(births(beeld('Fenna is 2-2-2013 geboren in Assen, haar broertje Gijs op 7 juni 2016 in Emmen.')), ['2-2-2013', '7 juni 2016']);
    assert.deepEqual(births(english('Mila was born on 3 May 2011 and Luuk on 12-12-2014.')), ['3 May 2011', '12-12-2014']);
  });
  it('keeps a later date of an event quiet: only after a birth, only as "<name> op"', () => {
    assert.deepEqual(births(beeld('Noa is geboren op 4 maart 2012. Teun op 19-09-2024 naar de tandarts.')), ['4 maart 2012']);
    assert.deepEqual(births(beeld('Het MDO was op 3 maart 2024, de evaluatie op 9 april 2024.')), []);
  });
  it('takes "geb.dat." and "b." before a written date as cues', () => {
    assert.deepEqual(births(beeld('Broer Jesse (geb.dat. 30-1-2015) was er ook.')), ['30-1-2015']);
    assert.deepEqual(births(english('Daan (b. 9 Mar 2013) stayed home.')), ['9 Mar 2013']);
  });
});

describe('privacy round 5: addresses and postcodes', () => {
  it('finds a street named after a year, with "nr."', () => {
    assert.deepEqual(addresses(beeld('Daarna naar mevrouw Kuipers aan het Plein 1945 nr. 12, Gorinchem.')), ['Plein 1945 nr. 12, Gorinchem']);
  });
  it('finds an English address with the number first', () => {
    assert.deepEqual(addresses(english('The family lives at 27B Lindelaan, Zeist.')), ['27B Lindelaan, Zeist']);
    assert.deepEqual(addresses(english('We met at 10 o\'clock.')), []);
  });
  it('finds a street of capitalised words ending in a diminutive street word', () => {
    assert.deepEqual(addresses(beeld('3. Sanne Boer, Het Korte Straatje 8, 8011 AB')), ['Het Korte Straatje 8']);
  });
  it('takes no sentence into a street', () => {
    assert.deepEqual(addresses(beeld('Ze zit op het Dockinga College. Woont Heerenweg 17 met haar vader.')), ['Heerenweg 17']);
  });
  it('gives a postcode no first name for a town, and keeps a name from running over it', () => {
    const text = beeld('Ik nam de gezinnen over: fam. Postma in 9471 KL, Ilse de Wit in 9472 BK en meer.');
    assert.deepEqual(postcodes(text), ['9471 KL', '9472 BK']);
    assert.deepEqual(names(text), ['Postma', 'Ilse de Wit']);
  });
});

describe('privacy round 5: institutions', () => {
  it('reads a type word after the name: a mosque, a church, a youth centre, a hospital by its region', () => {
    assert.deepEqual(inst(beeld('Hij bidt in de Fatih Sultan moskee.')), ['Fatih Sultan moskee']);
    assert.deepEqual(inst(english('She sings in the Bethel Agape church on Sundays.')), ['Bethel Agape church']);
    assert.deepEqual(inst(english('We met at the Noorderhof youth centre.')), ['Noorderhof youth centre']);
    assert.deepEqual(inst(beeld('De kinderarts van het Gelderse Vallei Ziekenhuis belde.')), ['Gelderse Vallei Ziekenhuis']);
    assert.deepEqual(inst(beeld('We liepen langs de Nieuwe Kerk.')), []);
  });
  it('reads pools, visiting homes, parishes, taxi firms and child therapists as places a child goes to', () => {
    assert.deepEqual(inst(beeld('Het bezoek was in Omgangshuis De Linde, de rit met Taxi Vermaat.')), ['Omgangshuis De Linde', 'Taxi Vermaat']);
    assert.deepEqual(inst(beeld('Zaterdag in zwembad De Vennen.')), ['zwembad De Vennen']);
    assert.deepEqual(inst(beeld('Op zondag naar de parochie van de Heilige Nicolaas.')), ['parochie van de Heilige Nicolaas']);
    assert.deepEqual(inst(beeld('Zij gaat naar Speltherapie Windkracht.')), ['Speltherapie Windkracht']);
  });
  it('reads a team with its district as a local office, the team alone as a role', () => {
    assert.deepEqual(inst(beeld('Het gesprek bij Sociaal Team Zuid was kort.')), ['Sociaal Team Zuid']);
    assert.deepEqual(inst(beeld('Het wijkteam belde terug.')), []);
  });
  it('reads a sports club with its year, written with a capital', () => {
    assert.deepEqual(inst(beeld('Een brief voor Sportvereniging Rapid \'45.')), ["Sportvereniging Rapid '45"]);
  });
  it('reads a name written small after a type word and before a verb', () => {
    assert.deepEqual(inst(beeld('jordy uit woongroep de klaproos wil naar huis.')), ['woongroep de klaproos']);
  });
  it('keeps a listed method after "school," quiet', () => {
    assert.deepEqual(hits(beeld('Het Taakspel zit op school, Rots en Water in de gymles.')), []);
  });
});

describe('privacy round 5: no false alarms on pets and English titles', () => {
  it('keeps the name a text calls an animal quiet wherever it stands', () => {
    const text = beeld('Daan wil niet zonder Bruno. Bruno is de hond van het gezin.\n\nDe kat heette Minoes. Ze mist Minoes.');
    assert.deepEqual(names(text), ['Daan']);
    assert.deepEqual(names(beeld('Ze slaapt niet zonder de groepshond, Storm.')), []);
  });
  it('keeps a child named after the animal word in a sentence of its own', () => {
    assert.deepEqual(names(beeld('We praatten over de kat, Lotte vond het eng.')), ['Lotte']);
  });
  it('keeps capitalised English titles in a Dutch text quiet, not English names', () => {
    assert.deepEqual(names(beeld('We lazen *The Whole Brain Child* en deden Solution Focused Therapy.')), []);
    assert.deepEqual(names(beeld('Ik sprak met Grace Brown over de overdracht.')), ['Grace Brown']);
  });
});

describe('privacy round 5: the sorted word list', () => {
  it('answers as a Set does, for every first letter, with and without a run of lines', () => {
    const words = ['Aaron', 'Abel', 'Bram', 'Cas', 'Zoë', 'Ömer', 'İlayda', 'Şeyma'].sort();
    const list = new SortedList(words.join('\n'));
    for (const w of words) assert.equal(list.has(w), true, w);
    for (const w of ['Aar', 'Bra', 'Daan', 'Zo', 'Omer', '', 'Şey']) assert.equal(list.has(w), false, w);
    assert.equal(new SortedList('').has('Sem'), false);
  });
});
