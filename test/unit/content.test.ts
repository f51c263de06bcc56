import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ELEMENTS } from '../../src/core/model';
import {
  DEUGDEN, DRIE_E, ELEMENT_INFO, GROUP_GUIDE, ONE_TO_ONE, QUESTION_SETS, SITUATIONS, SOURCE,
  OWN_MARK, editDistance, findDeugd, findSituation, nearestDeugd, normalizeName, slugify,
} from '../../src/core/content/index';

const BOOKLET_TITLES = [
  'Mag ik je nog iets vragen!?',
  'Hond helpt, onrust houdt aan',
  'Wanneer mag en kun je loslaten?',
  'Wie heeft er hier er nu een probleem?',
  'Als de bodem onder je team wegvalt',
  'De grens tussen werk en privé',
  'Wat is crisis?!',
  'In hoeverre volg ik het advies?',
  'Paniek bij oma',
];

/** Every string reachable from a value, with the path that leads to it. */
function strings(value: unknown, at = '$'): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${at}.${k}`));
  return [];
}

describe('content: slugify', () => {
  it('lowercases, strips accents and joins runs of other characters with one hyphen', () => {
    assert.equal(slugify('De grens tussen werk en privé'), 'de-grens-tussen-werk-en-prive');
    assert.equal(slugify('Paniek bij oma'), 'paniek-bij-oma');
    assert.equal(slugify('Mag ik je nog iets vragen!?'), 'mag-ik-je-nog-iets-vragen');
    assert.equal(slugify('  ¿Wat is crisis?!  '), 'wat-is-crisis');
    assert.equal(slugify('Één – twee'), 'een-twee');
    assert.equal(slugify('!?'), '');
  });
});

describe('content: situations', () => {
  it('has the nine situations of the booklet, in booklet order', () => {
    assert.equal(SITUATIONS.length, 9);
    assert.deepEqual(SITUATIONS.map((s) => s.title.nl), BOOKLET_TITLES);
    assert.deepEqual(SITUATIONS.map((s) => s.order), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('uses the slug of the Dutch title as a unique id', () => {
    for (const s of SITUATIONS) assert.equal(s.id, slugify(s.title.nl));
    assert.equal(new Set(SITUATIONS.map((s) => s.id)).size, SITUATIONS.length);
    assert.ok(SITUATIONS.some((s) => s.id === 'de-grens-tussen-werk-en-prive'));
    assert.ok(SITUATIONS.some((s) => s.id === 'paniek-bij-oma'));
  });

  it('has two to four prompts for every element, in both languages', () => {
    for (const s of SITUATIONS) {
      assert.deepEqual(Object.keys(s.prompts).sort(), [...ELEMENTS].sort(), s.id);
      for (const el of ELEMENTS) {
        const prompts = s.prompts[el];
        assert.ok(prompts.length >= 2 && prompts.length <= 4, `${s.id}/${el}: ${prompts.length} prompts`);
        for (const p of prompts) {
          assert.ok(p.nl.trim().length > 10, `${s.id}/${el} nl`);
          assert.ok(p.en.trim().length > 10, `${s.id}/${el} en`);
          assert.notEqual(p.nl, p.en, `${s.id}/${el}: not translated: ${p.nl}`);
        }
      }
    }
  });

  it('has a summary of two to four sentences and a dilemma in both languages', () => {
    for (const s of SITUATIONS) {
      for (const lang of ['nl', 'en'] as const) {
        const sentences = s.summary[lang].split(/(?<=[.!?])\s+(?=[A-Z])/).length;
        assert.ok(sentences >= 2 && sentences <= 4, `${s.id} ${lang}: ${sentences} sentences`);
        assert.match(s.dilemma[lang], /\?/, `${s.id} ${lang}: the dilemma asks a question`);
      }
      assert.notEqual(s.title.en, s.title.nl, s.id);
    }
  });

  it('names exactly the deugden the booklet names per situation, all of them in the list', () => {
    // From the booklet's Deugden prompt of each situation; "Wat is crisis?!" names none.
    assert.deepEqual(Object.fromEntries(SITUATIONS.map((s) => [s.id, s.deugden])), {
      'mag-ik-je-nog-iets-vragen': ['Tact', 'Zorgvuldigheid', 'Verantwoordelijkheid', 'Loyaliteit'],
      'hond-helpt-onrust-houdt-aan': ['Gelijkwaardigheid', 'Eerlijkheid', 'Verantwoordelijkheid'],
      'wanneer-mag-en-kun-je-loslaten': ['Betrouwbaarheid', 'Vertrouwen', 'Betrokkenheid'],
      'wie-heeft-er-hier-er-nu-een-probleem': ['Verantwoordelijkheid'],
      'als-de-bodem-onder-je-team-wegvalt': ['Plichtsgetrouwheid'],
      'de-grens-tussen-werk-en-prive': ['Transparantie', 'Eerlijkheid', 'Betrouwbaarheid', 'Nieuwsgierigheid'],
      'wat-is-crisis': [],
      'in-hoeverre-volg-ik-het-advies': ['Gematigdheid'],
      'paniek-bij-oma': ['Veiligheid'],
    });
    for (const s of SITUATIONS) for (const name of s.deugden) assert.ok(findDeugd(name), `${s.id}: ${name}`);
  });

  it('says so in the text of every prompt that is our own addition, and only there', () => {
    const prompts = SITUATIONS.flatMap((s) => ELEMENTS.flatMap((el) => s.prompts[el]));
    const own = prompts.filter((p) => p.own);
    assert.ok(own.length >= 4, 'the context the booklet leaves out is there, marked');
    for (const p of prompts) {
      assert.equal(p.nl.endsWith(OWN_MARK.nl), !!p.own, p.nl);
      assert.equal(p.en.endsWith(OWN_MARK.en), !!p.own, p.en);
    }
    // The context a professional would expect, marked as not from the booklet.
    const about = (id: string) => SITUATIONS.find((s) => s.id === id)!.prompts.kennis.filter((p) => p.own).map((p) => p.nl).join(' ');
    assert.match(about('wanneer-mag-en-kun-je-loslaten'), /verlengde jeugdhulp/);
    assert.match(about('wie-heeft-er-hier-er-nu-een-probleem'), /vanaf zestien/);
    assert.match(about('wat-is-crisis'), /meldcode.*afwegingskader/);
    assert.match(about('paniek-bij-oma'), /meldcode.*afwegingskader/);
  });

  it('finds a situation by id, or by a title that slugifies to it', () => {
    assert.equal(findSituation('paniek-bij-oma')?.order, 9);
    assert.equal(findSituation('De grens tussen werk en privé')?.id, 'de-grens-tussen-werk-en-prive');
    assert.equal(findSituation('bestaat-niet'), undefined);
    assert.equal(findSituation(''), undefined);
    assert.equal(findSituation(undefined), undefined);
    assert.equal(findSituation(42 as unknown as string), undefined);
  });
});

describe('content: no empty strings', () => {
  const all = { ELEMENT_INFO, SITUATIONS, DEUGDEN, QUESTION_SETS, ONE_TO_ONE, GROUP_GUIDE, DRIE_E, SOURCE };
  it('has text in every string, trimmed, without doubled spaces', () => {
    const found = strings(all);
    assert.ok(found.length > 1000, `only ${found.length} strings`);
    for (const [at, s] of found) {
      assert.ok(s.trim().length > 0, `empty: ${at}`);
      assert.equal(s, s.trim(), `untrimmed: ${at}`);
      assert.doesNotMatch(s, / {2}/, `double space: ${at}`);
    }
  });

  it('never holds "--", so any text can go into an HTML comment', () => {
    for (const [at, s] of strings(all)) assert.doesNotMatch(s, /--/, at);
  });
});

describe('content: elements', () => {
  it('describes the five elements with a question and a codicon', () => {
    assert.deepEqual(Object.keys(ELEMENT_INFO), [...ELEMENTS]);
    for (const el of ELEMENTS) {
      const info = ELEMENT_INFO[el];
      assert.equal(info.id, el);
      assert.match(info.question.nl, /\?$/);
      assert.match(info.question.en, /\?$/);
      assert.match(info.icon, /^[a-z-]+$/);
    }
    assert.deepEqual(ELEMENTS.map((e) => ELEMENT_INFO[e].skive.en),
      ['Skills', 'Knowledge', 'Identity', 'Values', 'Epistemology']);
  });

  it('has question sets for every element', () => {
    for (const el of ELEMENTS) {
      const set = QUESTION_SETS[el];
      assert.ok(set.first.length >= 1 && set.deepening.length >= 1, el);
      assert.equal(set.guide.length, 4, el);
    }
  });
});

describe('content: deugden', () => {
  it('has unique names, Dutch and English together', () => {
    const owner = new Map<string, string>();
    for (const d of DEUGDEN) {
      for (const n of [d.name, d.en, ...(d.aliases ?? []), ...(d.enAliases ?? [])]) {
        const key = normalizeName(n);
        const prev = owner.get(key);
        assert.ok(prev === undefined || prev === d.name, `"${n}" belongs to both ${prev} and ${d.name}`);
        owner.set(key, d.name);
      }
    }
    assert.equal(new Set(DEUGDEN.map((d) => d.name)).size, DEUGDEN.length);
  });

  it('finds every deugd by its Dutch and English name, whatever the case or accents', () => {
    for (const d of DEUGDEN) {
      assert.equal(findDeugd(d.name), d);
      assert.equal(findDeugd(d.en), d);
      assert.equal(findDeugd(d.name.toUpperCase()), d);
      assert.equal(findDeugd(` *${d.en.toLowerCase()}*: `), d);
    }
    assert.equal(findDeugd('consciëntieusheid')?.en, 'Conscientiousness');
    assert.equal(findDeugd('CONSCIENTIEUSHEID')?.name, 'Consciëntieusheid');
    assert.equal(findDeugd('(Zelf)vertrouwen')?.name, 'Zelfvertrouwen');
    assert.equal(findDeugd('Vrijgevigheid/royaliteit')?.name, 'Vrijgevigheid');
    assert.equal(findDeugd('plichtsgetrouw zijn')?.name, 'Plichtsgetrouwheid');
    assert.equal(findDeugd('Courage')?.name, 'Moed');
    assert.equal(findDeugd('geen deugd'), undefined);
    assert.equal(findDeugd(''), undefined);
    assert.equal(findDeugd(null), undefined);
  });

  it('frames moed between lafheid and roekeloosheid, and frames most others too', () => {
    const moed = findDeugd('moed');
    assert.equal(moed?.tooLittle?.nl, 'lafheid');
    assert.equal(moed?.tooMuch?.nl, 'roekeloosheid');
    const framed = DEUGDEN.filter((d) => d.tooLittle && d.tooMuch).length;
    assert.ok(framed >= DEUGDEN.length - 2, `${framed} of ${DEUGDEN.length} framed`);
    for (const d of DEUGDEN) assert.ok((d.tooLittle && d.tooMuch) || d.description, `${d.name}: nothing to say`);
  });

  it('names a real "too little", not the deugd with a negation in front, and no child-protection term', () => {
    for (const d of DEUGDEN) {
      const name = normalizeName(d.name);
      for (const side of [d.tooLittle, d.tooMuch]) {
        if (!side) continue;
        const nl = normalizeName(side.nl);
        if (side === d.tooLittle) assert.ok(!nl.includes(name), `${d.name}: "${side.nl}" only negates the name`);
        assert.doesNotMatch(nl, /verwaarlozing/, `${d.name}: "verwaarlozing" is a child-protection term`);
      }
    }
    assert.equal(findDeugd('Energiek')?.en, 'Engaging', 'Energiek is Engaging, as an E and as a deugd');
    assert.equal(findDeugd('Energy')?.name, 'Energiek', 'the old English name still finds it');
  });

  it('includes the deugden the situations name, beyond the list', () => {
    for (const name of ['Zorgvuldigheid', 'Gelijkwaardigheid', 'Betrokkenheid', 'Plichtsgetrouwheid', 'Transparantie', 'Nieuwsgierigheid', 'Veiligheid']) {
      assert.equal(findDeugd(name)?.origin, 'situatie', name);
    }
  });

  it('suggests the nearest name for a slip, and nothing for a stranger', () => {
    assert.equal(normalizeName(nearestDeugd('moedd') ?? ''), 'moed');
    assert.equal(nearestDeugd('Betrouwbaarhied'), 'Betrouwbaarheid');
    assert.equal(nearestDeugd('Zorgvuldigheit'), 'Zorgvuldigheid');
    assert.equal(nearestDeugd('Honnesty'), 'Honesty');
    assert.equal(nearestDeugd('Humr', ['Humor']), 'Humor');
    assert.equal(nearestDeugd('Bescheiden'), 'Bescheidenheid', 'an adjective points to its noun');
    assert.equal(nearestDeugd('Rust'), undefined, 'a different first letter is no slip');
    assert.equal(nearestDeugd('MOED'), 'Moed', 'an exact name answers with its own spelling');
    assert.equal(nearestDeugd('Fietsenmaker'), undefined);
    assert.equal(nearestDeugd('xyz'), undefined);
    assert.equal(nearestDeugd(''), undefined);
    assert.equal(nearestDeugd('   '), undefined);
  });

  it('measures edit distance with a swap as one slip', () => {
    assert.equal(editDistance('moed', 'moed'), 0);
    assert.equal(editDistance('moedd', 'moed'), 1);
    assert.equal(editDistance('hied', 'heid'), 1);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });

  it('holds every name of the booklet\'s deugden list (when the booklet is at hand)', function () {
    const seed = path.join(__dirname, '..', '..', '..', '..', 'shared', 'seed', 'praktijkbundel-kritische-situaties.txt');
    if (!existsSync(seed)) this.skip();
    const text = readFileSync(seed, 'utf8');
    const start = text.indexOf('\nAandacht\n');
    const end = text.indexOf('Zorgzaamheid', start);
    assert.ok(start > 0 && end > start, 'the list is where we expect it');
    const names = text.slice(start, end + 'Zorgzaamheid'.length).split('\n').map((l) => l.trim()).filter(Boolean);
    assert.ok(names.length >= 90, `${names.length} names`);
    for (const name of names) assert.ok(findDeugd(name), `missing: ${name}`);
  });
});

describe('content: guides', () => {
  it('has six steps in the one-to-one guide', () => {
    assert.equal(ONE_TO_ONE.steps.length, 6);
    assert.match(ONE_TO_ONE.steps[5].body.nl, /excellent.*ethisch.*energiek/s);
  });

  it('sets the group guide at three to six people and 45 to 90 minutes, in kop, romp and staart', () => {
    assert.equal(GROUP_GUIDE.sizeMin, 3);
    assert.equal(GROUP_GUIDE.sizeMax, 6);
    assert.equal(GROUP_GUIDE.minutesMin, 45);
    assert.equal(GROUP_GUIDE.minutesMax, 90);
    assert.deepEqual(GROUP_GUIDE.parts.map((p) => p.id), ['kop', 'romp', 'staart']);
    for (const p of GROUP_GUIDE.parts) assert.ok(p.questions.length >= 3, p.id);
  });

  it('names the three Es as the 3E check expects them', () => {
    assert.deepEqual(DRIE_E.map((e) => e.name.nl), ['Excellent', 'Ethisch', 'Energiek']);
    assert.deepEqual(DRIE_E.map((e) => e.name.en), ['Excellent', 'Ethical', 'Engaging']);
  });

  it('credits the booklet', () => {
    for (const lang of ['nl', 'en'] as const) {
      assert.match(SOURCE[lang], /Praktijkbundel kritische situaties/);
      assert.match(SOURCE[lang], /Jeugdzorg Nederland/);
      assert.match(SOURCE[lang], /Good Work Company/);
      assert.match(SOURCE[lang], /2023/);
    }
  });
});
