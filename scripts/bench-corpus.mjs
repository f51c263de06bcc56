#!/usr/bin/env node
// Generates the benchmark corpus into bench-corpus/ (git-ignored): 1,000 and 10,000 fictional journals of
// 2 to 6 KB (some CRLF, some with sections missing) and one journal of about 5 MB with ~1,300 beelden.
// Everything comes from a seeded generator, so every run and every machine measures the same bytes.
// All people, places and events are made up; the sentences are ours.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GENERATOR_VERSION = 5;
export const SEED = 20240611;

/** mulberry32: a small, fast, well-spread 32-bit PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const SITUATIES = [
  'mag-ik-je-nog-iets-vragen', 'hond-helpt-onrust-houdt-aan', 'wanneer-mag-en-kun-je-loslaten',
  'wie-heeft-er-hier-er-nu-een-probleem', 'als-de-bodem-onder-je-team-wegvalt', 'de-grens-tussen-werk-en-prive',
  'wat-is-crisis', 'in-hoeverre-volg-ik-het-advies', 'paniek-bij-oma',
];
const DEUGDEN = [
  'Aandacht', 'Begrip', 'Behulpzaamheid', 'Bescheidenheid', 'Betrouwbaarheid', 'Creativiteit', 'Doorzettingsvermogen',
  'Eerlijkheid', 'Empathie', 'Enthousiasme', 'Flexibiliteit', 'Geduld', 'Gematigdheid', 'Grondigheid', 'Hoop',
  'Integriteit', 'Loyaliteit', 'Mildheid', 'Moed', 'Openheid', 'Oprechtheid', 'Oordeelsvermogen', 'Respect',
  'Samenwerking', 'Standvastigheid', 'Tact',
];
const ODD_DEUGDEN = ['Gedult', 'Eerlijkheit', 'Stiptheid', 'Rust', 'Humor'];
const TAGS = ['intervisie', 'crisis', 'gezin', 'school', 'netwerk', 'veiligheid', 'team', 'pleegzorg', 'overdracht'];
const ROLLEN = ['jeugdprofessional', 'gezinsvoogd', 'ambulant hulpverlener', 'groepsleider', 'gedragswetenschapper'];
const GESPREK = ['een-op-een', 'groep', 'zelf'];

const WHO = ['de jongere', 'het meisje', 'de jongen', 'moeder', 'vader', 'opa', 'de pleegmoeder', 'de mentor', 'mijn collega', 'de teamleider', 'de huisarts', 'de gedragswetenschapper'];
const DID = ['belde onverwacht', 'stond ineens bij de deur', 'vroeg om een gesprek', 'stuurde een lang bericht', 'zei het overleg af', 'kwam te laat', 'wilde alles meteen geregeld hebben', 'bleef stil aan tafel'];
const WHEN = ['op vrijdagmiddag', 'vlak voor de vakantie', 'tijdens een huisbezoek', 'na een lange dienst', 'midden in het overleg', 'op een drukke maandag', 'in de auto terug naar kantoor'];
const FELT = ['merkte dat ik twijfelde', 'voelde de druk oplopen', 'wist niet meteen wat te doen', 'zag dat de spanning steeg', 'hoorde vooral de zorg', 'kreeg het gevoel dat er iets niet klopte'];
const ACT = ['eerst rustig te luisteren', 'de vraag terug te leggen', 'een collega te bellen', 'het plan samen door te nemen', 'tijd te nemen voor een tweede gesprek', 'de afspraken op papier te zetten', 'het netwerk erbij te halen', 'te benoemen wat ik zag'];
const WHY = ['omdat vertrouwen tijd kost', 'omdat het kind centraal moet blijven', 'omdat haast hier niet helpt', 'omdat ik het gezin serieus wil nemen', 'omdat de regels hier geen antwoord geven', 'omdat ik later moet kunnen uitleggen wat ik deed'];
const KNOW = ['wat ik weet over hechting', 'de afspraken uit het plan', 'wat eerdere hulpverleners schreven', 'mijn ervaring met vergelijkbare gezinnen', 'de termijnen die gelden', 'wat de school ons vertelde'];

function sentence(r) {
  switch (r.int(0, 5)) {
    case 0: return `${cap(r.pick(WHO))} ${r.pick(DID)} ${r.pick(WHEN)}.`;
    case 1: return `Ik ${r.pick(FELT)}, ${r.pick(WHEN)}.`;
    case 2: return `Ik besloot ${r.pick(ACT)}, ${r.pick(WHY)}.`;
    case 3: return `Daarbij hielp ${r.pick(KNOW)}, maar het gaf geen kant-en-klaar antwoord.`;
    case 4: return `Achteraf denk ik dat het goed was ${r.pick(ACT)}; ${r.pick(WHO)} reageerde daar *rustiger* op dan ik dacht.`;
    default: return `Wat ik lastig vond: ${r.pick(WHO)} en ${r.pick(WHO)} wilden allebei iets anders, en **allebei** met een goede reden.`;
  }
}

function cap(s) {
  return s[0].toUpperCase() + s.slice(1);
}

function wrap(text, width) {
  const out = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) out.push(line);
  return out.join('\n');
}

function paragraph(r, sentences) {
  const text = Array.from({ length: sentences }, () => sentence(r)).join(' ');
  return r.chance(0.7) ? wrap(text, 76) : text;
}

function list(r, n, item) {
  return Array.from({ length: n }, () => `- ${item()}`).join('\n');
}

function title(r) {
  const a = ['Rust', 'Ruimte', 'Stilstaan', 'Doorpakken', 'Luisteren', 'Grenzen', 'Samen', 'Eerst kijken', 'Niet alleen', 'Tijd nemen'];
  const b = ['in de storm', 'voor de twijfel', 'voordat je handelt', 'met een plan', 'naar wat er onder zit', 'zonder te oordelen', 'met het netwerk', 'op de juiste plek'];
  return `${r.pick(a)} ${r.pick(b)}`;
}

const SECTIONS = ['ervaring', 'handelingen', 'kennis', 'identiteit', 'deugden', 'vrijheid', 'uitwerking', 'drie-e'];

function section(r, kind, size) {
  switch (kind) {
    case 'ervaring': return `## Kenmerkende ervaring\n\n${paragraph(r, size + 2)}\n\n${paragraph(r, size)}`;
    case 'handelingen': return `## Handelingen\n\n${paragraph(r, size)}\n\n${list(r, r.int(2, 4), () => `Ik probeerde ${r.pick(ACT)}.`)}`;
    case 'kennis': return `## Kennis\n\n${paragraph(r, size)}\n\n> ${wrap(sentence(r), 70).replace(/\n/g, '\n> ')}`;
    case 'identiteit': return `## Identiteit\n\n${paragraph(r, size)}`;
    case 'deugden': {
      const names = Array.from({ length: r.int(2, 4) }, () => (r.chance(0.06) ? r.pick(ODD_DEUGDEN) : r.pick(DEUGDEN)));
      const items = [...new Set(names)].map((n) => `- ${r.chance(0.3) ? `**${n}**` : n}: ${wrap(sentence(r), 70).replace(/\n/g, '\n  ')}`);
      return `## Deugden\n\n${items.join('\n')}\n\n${paragraph(r, 1)}`;
    }
    case 'vrijheid': return `## Vrijheid\n\n${paragraph(r, size)}`;
    case 'uitwerking': return `## Uitwerking\n\n${paragraph(r, size + 1)}\n\n1. ${sentence(r)}\n2. ${sentence(r)}\n   - ${sentence(r)}`;
    default: {
      const tick = () => (r.chance(0.75) ? 'x' : ' ');
      return `## 3E-check\n\n- [${tick()}] Excellent: ${sentence(r)}\n- [${tick()}] Ethisch: ${sentence(r)}\n- [${tick()}] Energiek: ${sentence(r)}`;
    }
  }
}

function beeld(r, { missing, size }) {
  const parts = [`# ${title(r)}`];
  let kinds = SECTIONS;
  if (missing) {
    const drop = new Set(Array.from({ length: r.int(1, 3) }, () => r.pick(SECTIONS)));
    kinds = kinds.filter((k) => !drop.has(k));
  }
  for (const kind of kinds) parts.push(section(r, kind, size));
  if (r.chance(0.1)) parts.push('## Eigen aantekening\n\n```text\n# geen kop, maar tekst in een codeblok\n```');
  return parts.join('\n\n');
}

function frontmatter(r, i) {
  const lines = ['---'];
  lines.push(`situatie: ${r.chance(0.04) ? 'onbekende-situatie' : r.pick(SITUATIES)}`);
  lines.push(`datum: 202${r.int(3, 5)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`);
  lines.push(`auteur: Medewerker ${(i % 97) + 1}`);
  lines.push(`rol: ${r.pick(ROLLEN)}`);
  lines.push(`gesprek: ${r.pick(GESPREK)}`);
  lines.push(`tags: [${[...new Set([r.pick(TAGS), r.pick(TAGS)])].join(', ')}]`);
  lines.push('---');
  return lines.join('\n');
}

/** One journal of 2 to 6 KB: one to three beelden, then a note of the writer's own to reach the size. */
export function journal(i, seed = SEED) {
  const r = rng(seed ^ Math.imul(i + 1, 0x9e3779b1));
  const target = r.int(2100, 5900);
  const missing = r.chance(0.3);
  const parts = [frontmatter(r, i)];
  if (r.chance(0.2)) parts.push(paragraph(r, 2));
  let text = parts.join('\n\n');
  let size = 0;
  for (;;) {
    const next = beeld(r, { missing, size });
    if (size > 0 && text.length + next.length + 2 > target) break;
    text += '\n\n' + next;
    size = r.int(1, 2);
  }
  if (text.length < target - 80) {
    text += '\n\n## Nog te bespreken\n\n';
    let note = '';
    while (text.length + note.length < target - 80) note += (note ? ' ' : '') + sentence(r);
    text += wrap(note, 76);
  }
  text += '\n';
  // CRLF adds a byte a line; the targets leave room for it below 6 KB.
  return r.chance(0.2) ? text.replace(/\n/g, '\r\n') : text;
}

/** About 5 MB: one frontmatter and ~1,300 beelden of ~3.9 KB each. */
export function bigJournal(seed = SEED, size = 5 * 1024 * 1024) {
  const r = rng(seed ^ 0x5bd1e995);
  const parts = [frontmatter(r, 0), 'Een verzameling beelden van een heel team, over een paar jaar bijgehouden.'];
  let length = 0;
  let count = 0;
  while (length < size) {
    const b = beeld(r, { missing: r.chance(0.2), size: r.int(4, 5) });
    parts.push(b);
    length += b.length + 2;
    count++;
  }
  return { text: parts.join('\n\n') + '\n', beelden: count };
}

function writeSet(dir, count, offset, perFolder) {
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `team-${String(Math.floor(i / perFolder)).padStart(3, '0')}`);
    if (i % perFolder === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `journal-${String(i).padStart(5, '0')}.goedwerk.md`), journal(offset + i));
  }
}

/**
 * Makes sure bench-corpus/ holds the current corpus; regenerates only when the generator changed.
 * Returns where everything is.
 */
export function ensureCorpus(root, { log = () => {} } = {}) {
  const base = join(root, 'bench-corpus');
  const paths = {
    base,
    j1k: join(base, 'j1k'),
    j10k: join(base, 'j10k'),
    bigDir: join(base, 'big'),
    big: join(base, 'big', 'groot.goedwerk.md'),
    markdownlintConfig: join(base, '.markdownlint-cli2.jsonc'),
  };
  const stampFile = join(base, 'stamp.json');
  const stamp = JSON.stringify({ GENERATOR_VERSION, SEED });
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return { ...paths, ...JSON.parse(readFileSync(join(base, 'info.json'), 'utf8')) };
  log('generating bench-corpus/ …');
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  writeSet(paths.j1k, 1000, 0, 50);
  writeSet(paths.j10k, 10000, 100000, 100);
  mkdirSync(paths.bigDir, { recursive: true });
  const big = bigJournal();
  writeFileSync(paths.big, big.text);
  // markdownlint-cli2 with nothing but its default rules.
  writeFileSync(paths.markdownlintConfig, '{ "config": { "default": true } }\n');
  const info = { bigBeelden: big.beelden, bigBytes: Buffer.byteLength(big.text) };
  writeFileSync(join(base, 'info.json'), JSON.stringify(info));
  writeFileSync(stampFile, stamp);
  return { ...paths, ...info };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
  const c = ensureCorpus(root, { log: console.log });
  console.log(`corpus ready in ${c.base} (big journal: ${c.bigBeelden} beelden, ${(c.bigBytes / 1048576).toFixed(2)} MB)`);
}
