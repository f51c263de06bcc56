// A journal with one planted value of every kind, and a search of any output for those values.
export const PLANTED = {
  naam: 'Kelly Zwanenburg', voornaam: 'Yousra', geboortedatum: '17-04-2012', adres: 'Lijsterbesstraat 41',
  postcode: '7523 KX', telefoon: '06-48213377', email: 'k.zwanenburg@voorbeeld.nl', bsn: '111222333',
  iban: 'NL91 ABNA 0417 1643 00', instelling: 'De Notenkraker',
};

export const LEAKY = `---
situatie: paniek-bij-oma
auteur: Medewerker 7
---

# Een beeld vol gegevens

## Kenmerkende ervaring

${PLANTED.naam} (geboren ${PLANTED.geboortedatum}) woont op de ${PLANTED.adres}, ${PLANTED.postcode} Enschede.
Haar zus ${PLANTED.voornaam} (9) zit op basisschool ${PLANTED.instelling}. Bel ${PLANTED.telefoon} of mail ${PLANTED.email}.
BSN ${PLANTED.bsn}, rekening ${PLANTED.iban}.

## Handelingen

Ik belde.
`;

/** Parts of each value that must not show up anywhere (a name's words, a number's digits). */
export function leaks(output: string): string[] {
  const needles = [
    'Zwanenburg', PLANTED.voornaam, PLANTED.geboortedatum, 'Lijsterbes', PLANTED.postcode, '48213377', 'zwanenburg@',
    PLANTED.bsn, '0417 1643', 'Notenkraker',
  ];
  return needles.filter((n) => output.includes(n));
}

