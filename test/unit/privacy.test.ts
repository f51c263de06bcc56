import * as assert from 'node:assert/strict';
import { findBsn, findEmail, findIban, findPhone, findPostcodes, findPrivacyHits, isValidBsn, isValidIban } from '../../src/core/privacy';

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
    assert.deepEqual(texts(text, findPostcodes(text)), ['1234 AB 12', '1234AB 5a', '3511 AB', '5678 CD']);
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
