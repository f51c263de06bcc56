import * as assert from 'node:assert/strict';
import { findAddresses, findBirthDates, findBsn, findEmail, findIban, findPhone, findPostcodes, findPrivacyHits, isValidBsn, isValidIban } from '../../src/core/privacy';

const texts = (text: string, hits: { span: { start: number; end: number } }[]) => hits.map((h) => text.slice(h.span.start, h.span.end));

describe('privacy: BSN', () => {
  it('accepts numbers that pass the 11-proef and rejects those that do not', () => {
    for (const ok of ['111222333', '123456782', '999999990']) assert.ok(isValidBsn(ok), ok);
    for (const bad of ['123456789', '111222334', '000000000', '12345678', '1234567890']) assert.ok(!isValidBsn(bad), bad);
  });

  it('finds a BSN written together or in groups, not inside a longer number', () => {
    const text = 'bsn 111222333, ook 1112.22.333 en 111 222 333; niet 1111222333 of 111222333444 of 0,111222333';
    assert.deepEqual(texts(text, findBsn(text)), ['111222333', '1112.22.333', '111 222 333']);
  });

  it('ignores 9-digit numbers that fail the check', () => {
    assert.deepEqual(findBsn('kenmerk 123456789'), []);
  });
});

describe('privacy: e-mail', () => {
  it('finds addresses, also in a mailto link, and trims sentence punctuation', () => {
    const text = 'Mail a.b-c@zorg.example.nl. Of [hier](mailto:x+y@ex.org), of sam@ex.co!';
    assert.deepEqual(texts(text, findEmail(text)), ['a.b-c@zorg.example.nl', 'x+y@ex.org', 'sam@ex.co']);
  });

  it('ignores handles, @-mentions and addresses without a domain', () => {
    assert.deepEqual(findEmail('@sam zei @ 10 uur: zie medium.com/@auteur en user@localhost'), []);
  });

  it('stays linear on a long run of address characters without an @', () => {
    assert.deepEqual(findEmail('a'.repeat(200_000)), []);
    assert.deepEqual(findEmail('@'.repeat(200_000)), []);
    const [hit] = findEmail(`${'a'.repeat(100_000)}@ex.nl`);
    assert.equal(hit.span.end - hit.span.start, 64 + '@ex.nl'.length, 'a local part is at most 64 characters');
  });
});

describe('privacy: Dutch phone numbers', () => {
  it('finds mobile, landline and international forms', () => {
    const forms = ['06-12345678', '06 1234 5678', '06 12 34 56 78', '0612345678', '020-1234567', '0346 123456',
      '(020) 123 4567', '+31 6 12345678', '+31612345678', '+31 (0)20 123 4567', '0031 6 1234 5678'];
    for (const f of forms) assert.deepEqual(texts(`bel ${f} nu`, findPhone(`bel ${f} nu`)), [f], f);
  });

  it('ignores dates, times, amounts, years and short numbers', () => {
    for (const text of ['01-02-2024', '06-02-2024 12', '2024-06-12 10:30', '0,5 mg', '0612345', '06123456789',
      '0 1 2 3 4 5 6 7 8 9', 'om 09:30 uur', '€ 0612,34', '1985 tot 2000']) {
      assert.deepEqual(findPhone(text), [], text);
    }
  });
});

describe('privacy: IBAN', () => {
  it('checks mod-97 and the country length', () => {
    assert.ok(isValidIban('NL91ABNA0417164300'));
    assert.ok(isValidIban('nl91 abna 0417 1643 00'));
    assert.ok(isValidIban('BE68539007547034'));
    assert.ok(isValidIban('DE89370400440532013000'));
    assert.ok(!isValidIban('NL92ABNA0417164300'), 'wrong check digits');
    assert.ok(!isValidIban('NL91ABNA04171643000'), 'too long for NL');
  });

  it('finds a valid IBAN with or without spaces, and stops before a following word', () => {
    const text = 'op NL91 ABNA 0417 1643 00 TEST en NL91ABNA0417164300.';
    assert.deepEqual(texts(text, findIban(text)), ['NL91 ABNA 0417 1643 00', 'NL91ABNA0417164300']);
  });

  it('ignores IBAN-shaped strings with wrong check digits', () => {
    assert.deepEqual(findIban('NL92 ABNA 0417 1643 00'), []);
  });
});

describe('privacy: postcodes', () => {
  it('finds a postcode with and without house number', () => {
    const text = 'Woont op 1234 AB 12, eerder 1234AB 5a; de postcode is 3511 AB en 5678 CD Ergens.';
    assert.deepEqual(texts(text, findPostcodes(text)), ['1234 AB 12', '1234AB 5a', '3511 AB', '5678 CD Ergens']);
  });

  it('finds a postcode inside an address as a postcode, with its town, also written small', () => {
    const text = 'Ze wonen op Zeggelaan 7, 4817 xt Breda; eerder Populierenhof 3-B, 9712 GH Groningen en 6541ab Nijmegen.';
    const hits = findPrivacyHits(text).map((h) => [h.kind, text.slice(h.span.start, h.span.end)]);
    assert.deepEqual(hits, [
      ['adres', 'Zeggelaan 7'], ['postcode', '4817 xt Breda'], ['adres', 'Populierenhof 3-B'],
      ['postcode', '9712 GH Groningen'], ['postcode', '6541ab Nijmegen'],
    ]);
  });

  it('takes no small word after a number for a postcode', () => {
    for (const text of ['geboren 2012 in Tilburg', 'om 1200 op Texel', 'we zagen er 1400 en Joost telde mee']) {
      assert.deepEqual(findPostcodes(text), [], text);
    }
  });

  it('does not take a year and an acronym for a postcode ("In 2023 TV 12 keer gezien")', () => {
    for (const text of ['In 2023 TV 12 keer gezien.', 'sinds 2019 EU-breed', 'in 2024 PC gekregen', 'in 2024 en 12 gesprekken', '1234 SS 12', '0123 AB 1']) {
      assert.deepEqual(findPostcodes(text), [], text);
    }
  });

  it('does take a year-like postcode that reads as an address', () => {
    for (const text of ['postcode 2023 TV', 'Kerkstraat 14, 2023 TV Haarlem', '2023 TV Haarlem', '2023TV']) {
      assert.equal(findPostcodes(text).length, 1, text);
    }
  });
});

describe('privacy: addresses', () => {
  const adres = (text: string) => texts(text, findAddresses(text));
  it('reads house numbers with letters, dashes and roman floors, and ordinals before the street', () => {
    assert.deepEqual(adres('Hij woont op Brederodestraat 91-A en zij op de 1e Helmersstraat 12-II.'), ['Brederodestraat 91-A', '1e Helmersstraat 12-II']);
  });
  it('reads a street that has no street word after a cue, and Frisian streets', () => {
    assert.deepEqual(adres('Ze wonen nu aan de Bijlmerdreef 1204. Hij woont op Gooioord 31. They live at Hoptille 88.'), ['Bijlmerdreef 1204', 'Gooioord 31', 'Hoptille 88']);
    assert.deepEqual(adres('Het gezin woont aan de Skoalleane 4 en opa aan de Tsjerkewei 12.'), ['Skoalleane 4', 'Tsjerkewei 12']);
    assert.deepEqual(adres('Op de Oude Markt 3b staat een kraam.'), ['Oude Markt 3b']);
  });
  it('takes no count after a cue for an address', () => {
    assert.deepEqual(adres('Ze woont op Texel 3 jaar. Hij woonde in Assen 12 maanden. De Grote Markt was vol.'), []);
  });
});

describe('privacy: dates of birth', () => {
  const dates = (text: string) => texts(text, findBirthDates(text));
  it('finds a year of birth after a cue, and "is van" with a year', () => {
    assert.deepEqual(dates('Geboren in 2010 in Venlo, geboortejaar: 2008, born in 2012.'), ['2010', '2008', '2012']);
    assert.deepEqual(dates('Zij is van 2013. Haar neef Bram is van 2010 en zijn broertje Tijn van 2016.'), ['2013', '2010', '2016']);
  });
  it('finds a date in a table cell next to "geboren", and a birthday', () => {
    assert.deepEqual(dates('| 17-08-2012 | geboren in Zwolle |'), ['17-08-2012']);
    assert.deepEqual(dates('Ze is jarig op 9 november.'), ['9 november']);
  });
  it('stays quiet on years of things and on periods', () => {
    assert.deepEqual(dates('Het beleid is van 2020. Dat is van 2011. Hij is van 2011 tot 2014 op die school geweest. De wet van 2015.'), []);
  });
});

describe('privacy: phone numbers abroad', () => {
  it('finds a number with a foreign country code, and no amounts or times', () => {
    const text = 'Oma op Aruba: +297 583 1234; oom in Gent 0032 478 12 34 56. Het kostte 2000 euro, om 00:30, 1500 + 20.';
    assert.deepEqual(texts(text, findPhone(text)), ['+297 583 1234', '0032 478 12 34 56']);
  });
});

describe('privacy: all detectors together', () => {
  it('reports an IBAN once, not also as a phone number', () => {
    const hits = findPrivacyHits('NL91 ABNA 0417 1643 00');
    assert.deepEqual(hits.map((h) => h.kind), ['iban']);
  });

  it('reports +31 numbers once, not also as a BSN', () => {
    assert.ok(findBsn('612345671').length === 1, 'the digits alone pass the 11-proef');
    assert.deepEqual(findPrivacyHits('bel +31 612345671').map((h) => h.kind), ['telefoon']);
  });

  it('returns spans in text order', () => {
    const hits = findPrivacyHits('a@b.nl 0612345678 111222333');
    assert.deepEqual(hits.map((h) => h.kind), ['email', 'telefoon', 'bsn']);
  });
});
