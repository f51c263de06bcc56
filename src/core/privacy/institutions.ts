// Named schools, clubs, group homes and local care providers: "basisschool De Regenboog", "het Da Vinci
// College", "voetbalclub VV Noordwijk", "woongroep De Linde", "Lindenhout". Naming one tells where a child
// goes every day. National bodies and roles ("Veilig Thuis", "de Raad voor de Kinderbescherming", "het
// wijkteam") say nothing about that: they are returned as quiet spans, so the name detector leaves
// them alone too.
import type { Span } from '../model';
import type { PrivacyHit } from './kinds';
import { lexicon } from './lexicon';

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
  // English, for journals written in English.
  'primary school', 'secondary school', 'high school', 'football club', 'sports club', 'youth club', 'care home',
  'group home', 'foster home', "children's home", 'youth centre', 'youth center', 'clinic', 'kindergarten', 'nursery',
];

/** Capitalised words that end a school's own name ("Da Vinci College", "Stedelijk Gymnasium"). */
const NAME_ENDINGS = /^(?:College|Lyceum|Gymnasium|Atheneum|Academie|Scholengemeenschap|Kindcentrum|Basisschool|School|Ziekenhuis|Kinderziekenhuis|Kliniek|Instituut)$/u;

/** Compounds of a type word count too: "boksschool", "hockeyclub", "scoutingvereniging". */
const TYPE_RE = new RegExp(String.raw`(?<![\p{L}])(${TYPES.join('|')}|\p{Ll}{3,}(?:school|club|vereniging|college|opvang|groep))(?![\p{L}])`, 'giu');

/** Sport clubs written with their letters: "VV Zuid", "MHC De Reigers", "SV Overvecht", "RKSV Nuenen". */
const CLUB_LETTERS = /(?<![\p{L}])(?!(?:TV|OV|CV|PC|WC|BV|NV)\b)(?:[A-Z]{1,4}[CV]|ZPC)[ \t]+(?:(?:De|Het|'t)[ \t]+)?\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?/gu;

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

/** Words before a lower-case "school" that make a name: two capitals, or one that is no Dutch word. */
function ownName(lead: string): boolean {
  const lex = lexicon();
  const caps = lead.split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
  return caps.length >= 2 || caps.some((w) => !lex.isWord(w.toLowerCase()) && !lex.isVocabulary(w));
}

/** Quiet spans: national bodies and roles, by their full name. */
export function nationalSpans(text: string): Span[] {
  return findNames(text, lexicon().national);
}

function findNames(text: string, names: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const name of names) {
    let at = text.indexOf(name);
    while (at !== -1) {
      const end = at + name.length;
      if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[end] ?? '')) out.push({ start: at, end });
      at = text.indexOf(name, end);
    }
  }
  return out;
}

export function findInstitutions(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = findNames(text, lexicon().local).map((span) => ({ kind: 'instelling', span }));
  for (const m of text.matchAll(TYPE_RE)) {
    const typeEnd = m.index! + m[0].length;
    const after = NAME_AFTER.exec(text.slice(typeEnd, typeEnd + 80));
    if (!after) continue;
    const quoted = after[3];
    const words = quoted ?? after[4];
    if (!quoted && !isNameStart(words)) continue;
    // "groep" needs a real name: "in groep 8" is a class, "groep Zonnestraal" a place.
    if (m[1].toLowerCase() === 'groep' && !/^(?:[Dd]e |[Hh]et |'t )?\p{Lu}\p{Ll}/u.test(words)) continue;
    const end = typeEnd + after[0].length;
    hits.push({ kind: 'instelling', span: { start: m.index!, end: trimEnd(text, m.index!, end) } });
  }
  hits.push(...namesEndingInType(text));
  for (const m of text.matchAll(ENGLISH_AFTER)) {
    if (ownName(m[1])) hits.push({ kind: 'instelling', span: { start: m.index!, end: m.index! + m[0].length } });
  }
  for (const m of text.matchAll(CLUB_LETTERS)) hits.push({ kind: 'instelling', span: { start: m.index!, end: trimEnd(text, m.index!, m.index! + m[0].length) } });
  return hits;
}

/** Drop a trailing sentence word the name pattern took along ("De Regenboog In" never occurs, but "Zuid Ik" might). */
function trimEnd(text: string, start: number, end: number): number {
  const m = /[ \t]+(?:Ik|Hij|Zij|We|Wij|Ze|Daar|Toen|Dan|Maar|En)$/u.exec(text.slice(start, end));
  return m ? end - m[0].length : end;
}

/** "De Klimop primary school", "Westside football club": an English type word after the name. */
const ENGLISH_AFTER = /(?<![\p{L}])((?:(?:De|Het|'t|The)[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})[ \t]+(?:primary school|secondary school|high school|football club|sports club|youth club|care home|group home|college|academy)(?![\p{L}])/gu;

/** "Da Vinci College", "Stedelijk Gymnasium", "Regenboogschool", "Prins Clausschool". */
function namesEndingInType(text: string): PrivacyHit[] {
  const hits: PrivacyHit[] = [];
  const re = /(?<![\p{L}])((?:(?:\p{Lu}[\p{L}'’-]*|van|de|der|den)[ \t]+){0,3})(\p{Lu}[\p{Ll}'’-]*(?:school|college|lyceum|gymnasium|kindcentrum)|College|Lyceum|Gymnasium|Atheneum|Academie|Scholengemeenschap|Kindcentrum|School|school|college|lyceum)(?![\p{L}])/gu;
  for (const m of text.matchAll(re)) {
    const lead = m[1].trim();
    const last = m[2];
    if ((NAME_ENDINGS.test(last) || /^\p{Ll}/u.test(last)) && !/\p{Lu}/u.test(lead)) continue;
    // "Ebnu Sina school" yes; "Toen school" (a sentence start before a lower-case type word) no.
    if (/^\p{Ll}/u.test(last) && !ownName(lead)) continue;
    if (!lead && TYPES.includes(last.toLowerCase())) continue;
    const start = m.index! + (m[1].length - m[1].trimStart().length);
    hits.push({ kind: 'instelling', span: { start, end: m.index! + m[0].length } });
  }
  return hits;
}
