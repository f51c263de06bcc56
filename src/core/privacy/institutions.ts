// Named schools, clubs, group homes and local care providers: "basisschool De Regenboog", "het Da Vinci
// College", "voetbalclub VV Noordwijk", "woongroep De Linde", "Lindenhout". Naming one tells where a child
// goes every day. National bodies and roles ("Veilig Thuis", "de Raad voor de Kinderbescherming", "het
// wijkteam") say nothing about that: they are returned as quiet spans, so the name detector leaves
// them alone too.
import type { Span } from '../model';
import type { PrivacyHit } from './kinds';
import { lexicon } from './lexicon';
import { tokenize, type Token } from './tokens';

/** Words that say "what follows is the name of a place a child goes to". */
const TYPES = [
  'basisschool', 'school', 'scholengemeenschap', 'schoolgemeenschap', 'lyceum', 'college', 'gymnasium', 'atheneum',
  'mavo', 'havo', 'vwo', 'vmbo', 'praktijkschool', 'daltonschool', 'montessorischool', 'jenaplanschool', 'vrijeschool',
  'kindcentrum', 'ikc', 'kinderdagverblijf', 'kdv', 'peuterspeelzaal', 'peuteropvang', 'bso', 'kinderopvang', 'opvang',
  'voetbalclub', 'voetbalvereniging', 'vv', 'sv', 'sportclub', 'sportvereniging', 'hockeyclub', 'korfbalclub',
  'korfbalvereniging', 'zwemclub', 'zwemvereniging', 'judoschool', 'judoclub', 'dansschool', 'muziekschool',
  'turnvereniging', 'scouting', 'scoutinggroep', 'jeugdclub', 'club', 'vereniging', 'buurthuis', 'jongerencentrum',
  'wijkcentrum', 'woongroep', 'leefgroep', 'behandelgroep', 'gezinshuis', 'logeerhuis', 'crisisopvang',
  'crisisgroep', 'zorgboerderij', 'dagbesteding', 'instelling', 'kliniek', 'stichting', 'jeugdzorginstelling',
  'zorgaanbieder', 'zorginstelling', 'kamertraining', 'kamertrainingscentrum', 'internaat', 'moskee', 'kerk',
  'huisartsenpraktijk', 'praktijk', 'ziekenhuis', 'kinderziekenhuis', 'groep', 'obs', 'cbs', 'pcbs', 'rkbs', 'ikc',
  'sbo', 'vso', 'roc', 'mbo', 'hbo', 'csg', 'rsg', 'osg', 'ksg', 'pcc', 'sg',
  'jeugdhulp', 'jeugdzorg', 'pleegzorg', 'pleegzorgaanbieder', 'jeugdhulpaanbieder', 'poli', 'polikliniek', 'traumapoli',
  'ggz', 'jeugd-ggz', 'woonvoorziening', 'voorziening', 'behandelcentrum', 'expertisecentrum', 'gezinshuizen',
  'opvanghuis', 'blijf-van-mijn-lijfhuis', 'tienermoederhuis', 'asielzoekerscentrum', 'azc', 'gezinslocatie',
  'kv', 'hc', 'mhc', 'tc', 'zv', 'ijsclub', 'atletiekvereniging', 'schaakclub', 'muziekvereniging', 'fanfare',
  'harmonie', 'dansgroep', 'toneelvereniging', 'speeltuinvereniging', 'kinderboerderij', 'moskeeschool',
  'koranschool', 'weekendschool', 'huiswerkbegeleiding', 'huiswerkinstituut', 'bijlesinstituut', 'isk', 'opvanglocatie',
  // Places a child is taken to or goes to on a weekday or a Sunday: a pool, a visiting home, a parish, a firm.
  'zwembad', 'bezoekhuis', 'omgangshuis', 'parochie', 'kindertherapie', 'speltherapie', 'taxi', 'taxibedrijf',
  // Mosques and associations by their own words (Arabic, Turkish), Frisian schools, named homes.
  'masjid', 'mescid', 'camii', 'cami', 'dernek', 'derneği', 'vakfı', 'skoalle', 'basisskoalle', 'huize',
  // English, for journals written in English.
  // Firms where a child works or does a work placement, Frisian and English words for a club or school.
  'bakkerij', 'slagerij', 'kapsalon', 'supermarkt', 'garage', 'manege', 'kolleezje', 'feriening', 'society', 'koor', 'choir',
  'primary school', 'secondary school', 'high school', 'football club', 'sports club', 'youth club', 'care home',
  'group home', 'foster home', "children's home", 'youth centre', 'youth center', 'clinic', 'kindergarten', 'nursery',
];

/** Capitalised words that end a school's own name ("Da Vinci College", "Stedelijk Gymnasium"). */
const NAME_ENDINGS = /^(?:College|Lyceum|Gymnasium|Atheneum|Academie|Scholengemeenschap|Kindcentrum|Basisschool|School|Ziekenhuis|Kinderziekenhuis|Kliniek|Instituut)$/u;

/** Sport clubs written with their letters: "VV Zuid", "MHC De Reigers", "SV Overvecht", "RKSV Nuenen". */
const CLUB_LETTERS = /(?<![\p{L}])(?!(?:TV|OV|CV|PC|WC|BV|NV)\b)(?:[A-Z]{1,4}[CV]|ZPC)[ \t]+(?:(?:De|Het|'t)[ \t]+)?\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*(?:[ \t]+\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*)?(?:[ \t]+['’]\d{2}(?!\d)|[ \t]+(?:19|20)\d{2}(?!\d))?/gu;

/**
 * The name after a type word: "De Regenboog", "'t Palet", "Sint Jozef", "Het Kompas", "VV Zuid",
 * "de Kleine Prins" (a lower-case article before capitals), or a name in quotes.
 */
const NAME_AFTER = /^(,?[ \t]+)(?:(["“'‘])([^"”'’\n]{2,40})["”'’]|((?:(?:[Dd]e|[Hh]et|'t|[Oo]p|[Ss]int|St\.|van|der|den|en)[ \t]+)?(?:\p{Lu}[\p{L}'’-]*|\p{Lu}{2,})(?:[ \t]+(?:(?:van|de|der|den|het|en|op|'t)[ \t]+)?(?:\p{Lu}[\p{L}'’-]*|\d{1,3}))*))/u;

/** A capital after a type word that is no name: a month, a day, an element, a town on its own. */
function isNameStart(words: string): boolean {
  const lex = lexicon();
  const plain = words.replace(/^(?:[Dd]e|[Hh]et|'t|[Oo]p|[Ss]int|St\.|van|der|den|en)[ \t]+/u, '');
  const first = plain.split(/[ \t]+/)[0];
  if (!first) return false;
  if (first !== plain || /^(?:[Dd]e|[Hh]et|'t)[ \t]/u.test(words)) return true;
  // One capitalised word: a name unless it is a known word of the journal or a place ("school Utrecht"?).
  return !lex.isVocabulary(first) && !/^(?:Ik|Hij|Zij|We|Wij|Ze|Je|U|Daar|Toen|Dan|Maar|En|Of|Die|Dat|Het|De|Een)$/u.test(first);
}

function commaName(type: Token, words: string): boolean {
  if (type.cap) return false;
  const lex = lexicon();
  const caps = words.split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
  // A capital article after the comma starts a name ("haar eigen school, De Wiekslag"); a small one a phrase.
  if (/^(?:De|Het)[ \t]\p{Lu}/u.test(words)) return true;
  if (caps.length < 2 || /^(?:[Dd]e|[Hh]et|'t)[ \t]/u.test(words)) return false;
  const first = caps[0].replace(/\.$/, '');
  return !TITLE_WORDS.has(first.toLowerCase()) && !lex.isFirstName(first);
}

const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'dhr', 'mw', 'mevr', 'mevrouw', 'meneer', 'juf', 'meester', 'sir']);

/** Words before a lower-case "school" that make a name: two capitals, or one that is no Dutch word. */
function ownName(lead: string): boolean {
  const lex = lexicon();
  const caps = lead.split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
  return caps.length >= 2 || caps.some((w) => !lex.isWord(w.toLowerCase()) && !lex.isVocabulary(w));
}

/** Listed names by their first word, so a text is searched once for all of them. */
class NameIndex {
  private readonly byFirst = new Map<string, { name: string; local: boolean }[]>();
  constructor(national: readonly string[], local: readonly string[]) {
    const add = (name: string, isLocal: boolean) => {
      const first = /^[^\s-]+/.exec(name)?.[0] ?? name;
      const list = this.byFirst.get(first);
      if (list) list.push({ name, local: isLocal });
      else this.byFirst.set(first, [{ name, local: isLocal }]);
    };
    national.forEach((n) => add(n, false));
    local.forEach((n) => add(n, true));
    // The longest first (a stable sort keeps the national entry before a local one of the same length).
    for (const list of this.byFirst.values()) if (list.length > 1) list.sort((a, b) => b.name.length - a.name.length);
  }
  /** Whether a national (quiet) name starts at `at`. */
  nationalAt(text: string, at: number): boolean {
    const first = /^[^\s-]+/.exec(text.slice(at, at + 40))?.[0];
    const list = first ? this.byFirst.get(first) : undefined;
    return !!list?.some((e) => !e.local && text.startsWith(e.name, at) && !/[\p{L}\p{N}]/u.test(text[at + e.name.length] ?? ''));
  }
  /** The listed names at token `t`, the longest first: one entry or none. */
  at(text: string, t: Token): { span: Span; local: boolean } | undefined {
    const list = this.byFirst.get(t.text) ?? (t.text.includes('-') ? this.byFirst.get(t.text.split('-')[0]) : undefined);
    const found = list?.find((e) => text.startsWith(e.name, t.start) && !/[\p{L}\p{N}]/u.test(text[t.start + e.name.length] ?? ''));
    return found && { span: { start: t.start, end: t.start + found.name.length }, local: found.local };
  }
}

let index: NameIndex | undefined;
const nameIndex = () => (index ??= new NameIndex(lexicon().national, lexicon().local));

/** Quiet spans: national bodies and roles, by their full name. */
export function nationalSpans(text: string, tokens: readonly Token[] = tokenize(text)): Span[] {
  const out: Span[] = [];
  findInstitutions(text, tokens, out);
  return out;
}

/** Type words, lower case: "basisschool", "primary school"; compounds end in one of COMPOUND_ENDS. */
const TYPE_SET = new Set(TYPES);
const COMPOUND_ENDS = ['school', 'club', 'vereniging', 'college', 'opvang', 'groep', 'aanbieder', 'voorziening', 'poli',
  'centrum', 'praktijk', 'locatie', 'kerk', 'skoalle', 'huis', 'feriening', 'koor'];

const TWO_WORD_FIRST = new Set(TYPES.filter((t) => t.includes(' ')).map((t) => t.split(' ')[0]));

/** After optional spaces and a comma: a capital, a quote, or an article that a capital follows. */
function nameMayFollow(text: string, at: number): boolean {
  let i = at;
  if (text[i] === ',') i++;
  if (text[i] !== ' ' && text[i] !== '\t') return false;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c > 0xbf) return true;
  // "de Kleine Prins", "het Kompas" written small, "'t Palet", "op Zuid", "sint Jozef": a capital after the article.
  if (c !== 100 && c !== 104 && c !== 111 && c !== 115 && c !== 118) return false;
  return /^(?:de|het|op|sint|van)[ \t]+\p{Lu}/u.test(text.slice(i, i + 12));
}

function isTypeWord(t: Token, text: string): { end: number } | undefined {
  const w = t.text;
  if (w.length < 2) return undefined;
  const lower = t.cap || w.charCodeAt(0) < 97 ? w.toLowerCase() : w;
  if (TYPE_SET.has(lower)) return { end: t.end };
  // The compounds end in l, b, g, e, p, r, i, m, k or s (school, club, vereniging, college, opvang, groep,
  // aanbieder, poli, centrum, praktijk): test that first.
  const last = lower.charCodeAt(lower.length - 1);
  if (lower.length > 7 && (last === 108 || last === 98 || last === 103 || last === 101 || last === 112 || last === 114 || last === 105 || last === 109 || last === 107 || last === 115)
    && COMPOUND_ENDS.some((e) => lower.endsWith(e))) return { end: t.end };
  if (!TWO_WORD_FIRST.has(lower)) return undefined;
  const two = /^[ \t]+(school|club|home|centre|center)\b/i.exec(text.slice(t.end, t.end + 10));
  if (two && TYPE_SET.has(`${lower} ${two[1].toLowerCase()}`)) return { end: t.end + two[0].length };
  return undefined;
}

/**
 * Named schools, clubs and local providers. `quiet` receives the national bodies and roles found on the
 * way (one pass over the words serves both).
 */
export function findInstitutions(text: string, tokens: readonly Token[] = tokenize(text), quiet: Span[] = []): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  const names = nameIndex();
  let quietUntil = -1;
  for (const t of tokens) {
    const c = t.text.charCodeAt(0);
    if (!(c >= 97 && c <= 122) && t.start >= quietUntil) {
      // Every listed name starts with a capital or an apostrophe ('s Heeren Loo).
      const listed = names.at(text, t);
      if (listed) {
        if (listed.local) hits.push({ kind: 'instelling', span: listed.span });
        else if (!firstNameBeforeSurname(text, t, listed.span)) { quiet.push(listed.span); quietUntil = listed.span.end; }
      }
    }
    // Inside a national body's name ("Jeugdzorg Nederland", "William Schrikker Stichting") no type word
    // counts; at its start only when the name goes on ("GGZ" is national, "GGZ Drenthe" a provider).
    if (t.start < quietUntil && !(quiet.length && quiet[quiet.length - 1].start === t.start)) continue;
    // Most words (and type words: "op school", "de groep") are followed by a small word: no name can
    // follow, so that is looked at first; only the first word of an English type ("primary") goes on.
    if (!nameMayFollow(text, t.end) && !TWO_WORD_FIRST.has(t.cap || t.text.charCodeAt(0) < 97 ? t.text.toLowerCase() : t.text)) continue;
    const type = isTypeWord(t, text);
    if (!type) continue;
    const m = { index: t.start, 1: t.text };
    const typeEnd = type.end;
    if (type.end !== t.end && !nameMayFollow(text, typeEnd)) continue;
    const after = NAME_AFTER.exec(text.slice(typeEnd, typeEnd + 80));
    if (!after) continue;
    const quoted = after[3];
    const words = quoted ?? after[4];
    if (!quoted && !isNameStart(words)) continue;
    // "school Tess:", "arts Noor:" in a form: whose school, not the school's name.
    if (!t.cap && /^\p{Lu}\p{Ll}+$/u.test(words) && lexicon().isFirstName(words) && !lexicon().isAmbiguousName(words)
      && text[typeEnd + after[0].length] === ':') continue;
    // After a comma the next words are often something else ("op school, Oliwia slaapt", "de Stichting,
    // het Leger des Heils"): only an apposition of a type word written small and a name of several
    // capitalised words, none of them a title or a first name, is the institution's name.
    if (after[1].startsWith(',') && !commaName(t, words)) continue;
    // "op school, Rots en Water in de gymles": a method or a national body after the type word is itself.
    if (!quoted && after[1].startsWith(',') && names.nationalAt(text, typeEnd + after[1].length)) continue;
    // "groep" needs a real name: "in groep 8" is a class, "groep Zonnestraal" a place.
    if (m[1].toLowerCase() === 'groep' && !/^(?:[Dd]e |[Hh]et |'t )?\p{Lu}\p{Ll}/u.test(words)) continue;
    const end = trimEnd(text, m.index!, typeEnd + after[0].length);
    if (end <= quietUntil) continue;
    hits.push({ kind: 'instelling', span: { start: m.index!, end } });
  }
  hits.push(...namesEndingInType(text, tokens), ...smallNamed(text, tokens));
  // Inside a national body's name ("Centrum voor Jeugd en Gezin") a name's form says nothing.
  for (const h of ownNamed(text)) if (!quiet.some((q) => q.start < h.span.end && h.span.start < q.end)) hits.push(h);
  // A team is a role, but with its district a local office, also where the team's name is listed.
  if (text.includes('eam ')) for (const m of text.matchAll(TEAM_DISTRICT)) {
    if (/^(?:Noord|Zuid|Oost|West|Centrum|Midden)/.test(m[1]) || lexicon().isPlace(m[1])) hits.push({ kind: 'instelling', span: { start: m.index!, end: m.index! + m[0].length } });
  }
  if (anyIn(text, ENGLISH_TYPE_WORDS)) {
    for (const m of text.matchAll(ENGLISH_AFTER)) {
      if (ownName(m[1])) hits.push({ kind: 'instelling', span: { start: m.index!, end: m.index! + m[0].length } });
    }
  }
  if (/[A-Z][CV] /.test(text)) for (const m of text.matchAll(CLUB_LETTERS)) hits.push({ kind: 'instelling', span: { start: m.index!, end: trimEnd(text, m.index!, m.index! + m[0].length) } });
  return hits;
}

/** Drop a trailing sentence word the name pattern took along ("De Regenboog In" never occurs, but "Zuid Ik" might). */
function trimEnd(text: string, start: number, end: number): number {
  const m = /[ \t]+(?:Ik|Hij|Zij|We|Wij|Ze|Daar|Toen|Dan|Maar|En)$/u.exec(text.slice(start, end));
  return m ? end - m[0].length : end;
}

/** "De Klimop primary school", "Westside football club": an English type word after the name. */
const ENGLISH_AFTER = /(?<![\p{L}])((?:(?:De|Het|'t|The)[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})[ \t]+(?:[Pp]rimary [Ss]chool|[Ss]econdary [Ss]chool|[Hh]igh [Ss]chool|[Ff]ootball [Cc]lub|[Ss]ports [Cc]lub|[Yy]outh [Cc]lub|[Kk]ids [Cc]lub|[Cc]are [Hh]ome|[Gg]roup [Hh]ome|college|[Aa]cademy|International School)(?![\p{L}])/gu;

/** "Da Vinci College", "Stedelijk Gymnasium", "Regenboogschool", "Prins Clausschool". */
const ENDS_IN_TYPE = /(?:school|college|kolleezje|lyceum|gymnasium|kindcentrum|atheneum|academie|scholengemeenschap|skoalle|woongroep|leefgroep|gezinshuis)$/i;

/** "Stedelijk Gymnasium Noord", "Islamitisch College Al-Nour": a name word right after the type word. */
function nameAfterEnd(text: string, end: number): number {
  const m = /^[ \t]+(?:\p{Lu}[\p{Ll}'’]*-)?\p{Lu}[\p{Ll}'’-]+/u.exec(text.slice(end, end + 30));
  if (!m) return end;
  const word = m[0].trim();
  const lex = lexicon();
  if (/^(?:Ik|Hij|Zij|We|Wij|Ze|Je|U|Daar|Toen|Dan|Maar|En|Of|Die|Dat|Het|De|Een|In|Op|Met|Bij|Van|Voor|Na)$/u.test(word) || lex.isVocabulary(word)) return end;
  return end + m[0].length;
}

function namesEndingInType(text: string, tokens: readonly Token[]): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  // Only where such a word is capitalised or follows a capital: "Regenboogschool", "Sina school".
  if (!tokens.some((t, k) => (t.cap || tokens[k - 1]?.cap) && ENDS_IN_TYPE.test(t.text))) return hits;
  const re = /(?<![\p{L}])((?:(?:\p{Lu}[\p{L}'’-]*|van|de|der|den)[ \t]+){0,3})(\p{Lu}[\p{Ll}'’-]*(?:school|college|lyceum|gymnasium|kindcentrum|skoalle)|College|Lyceum|Gymnasium|Atheneum|Academie|Scholengemeenschap|Kindcentrum|Kolleezje|School|school|college|lyceum|skoalle|woongroep|leefgroep|gezinshuis)(?![\p{L}])/gu;
  for (const m of text.matchAll(re)) {
    const lead = m[1].trim();
    const last = m[2];
    if ((NAME_ENDINGS.test(last) || /^\p{Ll}/u.test(last)) && !/\p{Lu}/u.test(lead)) continue;
    // "Ebnu Sina school" yes; "Toen school", "After school" (a sentence start before a lower-case type word) no.
    if (/^\p{Ll}/u.test(last) && (!ownName(lead) || (!/[ \t]/.test(lead) && /(?:^|[.!?:]|\n)[ \t>*-]*$/.test(text.slice(Math.max(0, m.index! - 6), m.index!))))) continue;
    if (!lead && TYPES.includes(last.toLowerCase())) continue;
    // Small words opening the lead are the sentence ("van Montessorischool De Ontdekking").
    const start = m.index! + (/^(?:(?:van|de|der|den)[ \t]+)*/u.exec(m[1])?.[0].length ?? 0);
    hits.push({ kind: 'instelling', span: { start, end: nameAfterEnd(text, m.index! + m[0].length) } });
  }
  return hits;
}

/** A listed brand or holiday that is also a first name, before a surname: "Zara Ahmed" is a person. */
function firstNameBeforeSurname(text: string, t: Token, span: Span): boolean {
  if (span.end !== t.end || !lexicon().isFirstName(t.text)) return false;
  const m = /^[ \t]+(\p{Lu}\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(t.end, t.end + 40));
  if (!m) return false;
  const lex = lexicon();
  const lower = m[1].toLowerCase();
  return !lex.isWord(lower) && !lex.isEnglishWord(lower) && !lex.isPlace(m[1]) && !lex.isVocabulary(m[1]);
}

/** English and Dutch words that end a name written before them: "Pentecost Revival Church", "Residential Unit". */
const OWN_END = /(?<![\p{L}])((?:(?:De|Het|'t|The)[ \t]+)?(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,3})(Church|Mosque|Chapel|Unit|Centre|Center|Practice|Kerk|Moskee|Camii|Cami|Mescidi|Derneği|Dernegi|Vakfı|Vakfi|Ziekenhuis|church|mosque|chapel|moskee|kerk|youth cent(?:re|er)|Youth Cent(?:re|er))(?![\p{L}])/gu;
/**
 * "van De Klimop", "bij Het Palet": a capitalised article after a small preposition starts a name. Not
 * when more capitals follow: a park, a publisher or a paper ("De Hoge Veluwe", "De Bezige Bij").
 */
const ARTICLE_NAME = /[\p{Ll}][ \t]+(?:van|bij|naar)[ \t]+((?:De|Het)[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*)(?![\p{L}'’-]|[ \t]+\p{Lu})/gu;
/** "de parochie van de Heilige Volodymyr", "de kerk van de Heilige Geest": a parish by its saint. */
const PARISH = /(?<![\p{L}])(?:[Pp]arochie|[Kk]erk|[Kk]apel|[Gg]emeente)[ \t]+van[ \t]+(?:de|het|Onze)[ \t]+\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){0,2}/gu;
/** "Lokaal Team Noord", "Wijkteam Zuid-Oost": a team that is a role ("het wijkteam") becomes a place with its district. */
const TEAM_DISTRICT = /(?<![\p{L}])(?:(?:Lokaal|Sociaal|Jeugd|Gezins|Buurt|Wijk|Gebieds)[ \t]?[Tt]eam|Wijkteam|Buurtteam|Jeugdteam|Gebiedsteam)[ \t]+((?:Noord|Zuid|Oost|West|Centrum|Midden)(?:-?(?:Oost|West|Noord|Zuid))?|\p{Lu}[\p{Ll}'’-]+)(?![\p{L}])/gu;
/** "het Lyceum aan Zee", "College aan de Maas". */
const TYPE_AAN = /(?<![\p{L}])(?:Lyceum|College|School|Gymnasium|Scholengemeenschap|Academie)[ \t]+aan[ \t]+(?:(?:de|het|het)[ \t]+)?\p{Lu}\p{Ll}[\p{L}'’-]*/gu;
/** "Praktijk voor Kindertherapie De Eikenboom", "Centrum voor Jeugd en Gezin Oost". */
const TYPE_VOOR = /(?<![\p{L}])(?:Praktijk|Centrum|Kliniek|Instituut)[ \t]+voor[ \t]+\p{Lu}[\p{Ll}'’-]+(?:[ \t]+(?:(?:en|De|Het|'t)[ \t]+)?\p{Lu}[\p{Ll}'’-]+){0,3}/gu;
/** "SchuldHulpMaatje Lansingerland": a name with capitals inside and a town after it, a local branch. */
const CAMEL_PLACE = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+)[ \t]+(\p{Lu}\p{Ll}[\p{L}-]*)/gu;
/** "vv zwaluwen '30": club letters or a club word, a name, and the club's year written short. */
const CLUB_YEAR = /(?<![\p{L}])(?:[a-z]{0,3}[cv]|[Vv]oetbalclub|[Vv]oetbalvereniging|[Ss]portvereniging|[Ss]portclub)[ \t]+(?!(?:sinds|in|van|met|uit|tot|vanaf|na|voor|is|was|en|of)[ \t])\p{L}[\p{L}-]+(?:[ \t]+\p{L}[\p{L}-]+)?[ \t]+['’]\d{2}(?![\p{N}])/gu;

/** Plain searches before a pattern runs: one alternation over the whole text costs more than many searches. */
const anyIn = (text: string, words: readonly string[]) => words.some((w) => text.includes(w));
const OWN_END_WORDS = ['hurch', 'osque', 'hapel', 'Unit', 'Centre', 'centre', 'Center', 'center', 'Practice', 'Kerk', 'kerk', 'oskee',
  'Cami', 'Mescidi', 'Derne', 'Vakf', 'Ziekenhuis'];
const ENGLISH_TYPE_WORDS = ['rimary', 'econdary', 'igh School', 'igh school', 'Club', 'club', 'Home', 'home', 'college', 'cademy', 'International'];

/** Names that carry no type word before them but show what they are by their form. */
function ownNamed(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  const lex = lexicon();
  const push = (start: number, end: number) => hits.push({ kind: 'instelling', span: { start, end } });
  if (anyIn(text, OWN_END_WORDS)) {
    for (const m of text.matchAll(OWN_END)) {
      // Sentence words opening the lead are no part of the name ("At Kamphuis Residential Unit").
      const opening = /^(?:(?:De|Het|'t|The|At|In|Op|Bij|Met|Van|Naar|To|From)[ \t]+)*/u.exec(m[1])![0];
      const words = m[1].slice(opening.length).trim().split(/[ \t]+/).filter(Boolean);
      // A hospital is named after its region ("Rivierenland Ziekenhuis"); a church or a mosque is not.
      const hospital = m[2] === 'Ziekenhuis';
      if (!words.length || words.some((w) => NEVER_LEAD.test(w) || lex.isVocabulary(w) || (!hospital && lex.isPlace(w)))) continue;
      // A proper name before the type word ("Kamphuis Residential Unit", "Mimar Sinan moskee"), or a church
      // of several words ("Pentecost Revival Church"); not "Intensive Care Unit", "de Nieuwe Kerk".
      const proper = words.some((w) => (!lex.isWord(w.toLowerCase()) && !lex.isEnglishWord(w.toLowerCase())) || (hospital && lex.isPlace(w)));
      if (!proper && !(words.length >= 2 && /^(?:[Cc]hurch|[Mm]osque|[Mm]oskee)$/.test(m[2])) && !/^(?:Cami|Mescidi|Derne|Vakf)/.test(m[2])) continue;
      push(m.index! + (/^(?:De|Het|'t|The)[ \t]/u.test(opening) ? 0 : opening.length), nameAfterEnd(text, m.index! + m[0].length));
    }
  }
  if ((text.includes(' van De') || text.includes(' van Het') || text.includes(' bij De') || text.includes(' bij Het') || text.includes(' naar De') || text.includes(' naar Het'))) for (const m of text.matchAll(ARTICLE_NAME)) {
    const core = m[1].replace(/^\S+[ \t]+/u, '');
    if (lex.isPlace(m[1]) || lex.isPrefixedSurname(m[1].split(/[ \t]/)[0], core)) continue;
    const start = m.index! + m[0].length - m[1].length;
    push(start, start + m[1].length);
  }
  if (text.includes(' van ') && /(?:rochie|erk|apel|emeente) van /.test(text)) for (const m of text.matchAll(PARISH)) push(m.index!, m.index! + m[0].length);
  if (text.includes(' aan ') && /(?:Lyceum|College|School|Gymnasium|Scholengemeenschap|Academie) aan /.test(text)) for (const m of text.matchAll(TYPE_AAN)) push(m.index!, m.index! + m[0].length);
  if (text.includes(' voor ') && /(?:Praktijk|Centrum|Kliniek|Instituut) voor /.test(text)) for (const m of text.matchAll(TYPE_VOOR)) push(m.index!, m.index! + m[0].length);
  if (/[a-z][A-Z][a-z]/.test(text)) for (const m of text.matchAll(CAMEL_PLACE)) {
    if ((lex.isPlace(m[2]) || lex.isOtherProper(m[2])) && !lex.isVocabulary(m[1]) && !lex.isOtherProper(m[1])) push(m.index!, m.index! + m[0].length);
  }
  if (text.includes("'") || text.includes('’')) for (const m of text.matchAll(CLUB_YEAR)) push(m.index!, m.index! + m[0].length);
  return hits;
}
const NEVER_LEAD = /^(?:Ik|Hij|Zij|We|Wij|Ze|Je|U|Daar|Toen|Dan|Maar|En|Of|Die|Dat|Het|De|Een|In|Op|Met|Bij|Van|Voor|Na|At|In|The|A|An|Our|My|His|Her|Their)$/u;

/** Type words after which a name written small follows: "de leefgroep zonnehoek" (not "op school", "de groep"). */
const SMALL_TYPES = new Set(['basisschool', 'woongroep', 'leefgroep', 'behandelgroep', 'gezinshuis', 'logeerhuis',
  'crisisgroep', 'kinderdagverblijf', 'peuterspeelzaal', 'voetbalclub', 'voetbalvereniging', 'buurthuis',
  'jongerencentrum', 'zorgboerderij', 'montessorischool', 'daltonschool', 'jenaplanschool', 'scholengemeenschap']);

/** Words after "de"/"het" that make a phrase of time or people, not a name: "de woongroep de hele dag". */
const NOT_A_NAME = new Set(['hele', 'gehele', 'laatste', 'eerste', 'tweede', 'derde', 'komende', 'afgelopen', 'volgende',
  'vorige', 'andere', 'meeste', 'rest', 'keer', 'dag', 'week', 'ochtend', 'middag', 'avond', 'nacht', 'tijd', 'les',
  'pauze', 'kinderen', 'jongeren', 'ouders', 'leerkracht', 'leiding', 'groep', 'klas', 'mentor', 'directeur', 'deur',
  'weg', 'bus', 'fiets', 'auto', 'trein', 'school', 'zomer', 'winter', 'vakantie', 'toets', 'toetsen', 'regels',
  'hulp', 'zorg', 'boel', 'kans', 'moeite', 'ruimte', 'situatie', 'sfeer', 'structuur', 'afspraak', 'afspraken']);
/** What may follow a name written small: the end of the phrase, or a word that goes on with the sentence. */
const AFTER_NAME = /^(?:[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:in|te|aan|op|bij|waar|die|met|is|zit|zat|gaat|ging|en|of|omdat|want|sinds|tot|voor|wil|wilde|kan|kon|moet|moest|komt|kwam|heeft|had|belt|belde|woont|woonde|naar|uit|werd|wordt)(?![\p{L}]))/u;

/**
 * "basisschool de regenboog in groep 6", "gezinshuis de boomgaard.": a type word written small, an
 * article, and a word that ends the phrase (not "de woongroep de hele dag").
 */
function articleNamed(text: string, tokens: readonly Token[], k: number): number | undefined {
  const art = tokens[k + 1];
  const w = tokens[k + 2];
  if (!art || !w || (art.text !== 'de' && art.text !== 'het' && art.text !== "'t")) return undefined;
  if (w.cap || w.text.length < 4 || NOT_A_NAME.has(w.text) || !/^[ \t]+$/.test(art.gap) || !/^[ \t]+$/.test(w.gap)) return undefined;
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(w.text) || /(?:e|en|er|st|ste)$/.test(w.text) && lexicon().isWord(w.text) && !/(?:ing|heid|boom|berg|hof|huis|hoek|burcht|wijzer)$/.test(w.text)) return undefined;
  return AFTER_NAME.test(text.slice(w.end, w.end + 12)) ? w.end : undefined;
}

/** "het zonnewijzer college": an article, a word that is no adjective, and a school's type word written small. */
const SMALL_BEFORE_TYPE = /(?<![\p{L}])(?:het|de|'t)[ \t]+(\p{Ll}[\p{Ll}-]{3,})[ \t]+(?:college|lyceum|school|skoalle|gymnasium)(?![\p{L}])/gu;

/** "de leefgroep zonnehoek": a type word written small, then a word that is no Dutch or English word. */
function smallNamed(text: string, tokens: readonly Token[]): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  const lex = lexicon();
  if (/[a-z] (?:college|lyceum|school|skoalle|gymnasium)/.test(text)) for (const m of text.matchAll(SMALL_BEFORE_TYPE)) {
    // An adjective ends in -e ("de nieuwe school") or is a word of place or kind ("de basis school", "het eigen lyceum").
    if (/e$/.test(m[1]) || NOT_A_NAME.has(m[1]) || /^(?:basis|middelbaar|speciaal|eigen|oud|nieuw|zelfde|ander|goed|groot|klein|vrij|open)/.test(m[1])) continue;
    const start = m.index! + m[0].indexOf(m[1]);
    hits.push({ kind: 'instelling', span: { start, end: m.index! + m[0].length } });
  }
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (t.cap || t.text.length < 7 || !SMALL_TYPES.has(t.text)) continue;
    const n = tokens[k + 1];
    const named = articleNamed(text, tokens, k);
    if (named) { hits.push({ kind: 'instelling', span: { start: t.start, end: named } }); continue; }
    if (n.cap || n.text.length < 5 || !/^[ \t]+$/.test(text.slice(t.end, n.start)) || !/^\p{Ll}+$/u.test(n.text)) continue;
    if (lex.isWord(n.text) || lex.isEnglishWord(n.text) || lex.isPlace(n.text[0].toUpperCase() + n.text.slice(1))) continue;
    hits.push({ kind: 'instelling', span: { start: t.start, end: n.end } });
  }
  return hits;
}
