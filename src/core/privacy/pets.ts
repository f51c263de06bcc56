// Pets have first names ("Bobby", "Sjors", "Bello") and children speak of them, but a pet's name
// identifies no one. A name the text itself calls an animal ("de hond heette Bello", "de groepshond,
// Sjors", "Bobby is de hond") is quiet wherever it stands in that text.

/** An animal word, also in a compound ("groepshond", "huiskat"); English too. */
const ANIMAL = String.raw`(?:\p{Ll}*(?:hond|hondje|honden|kat|katje|poes|poesje|kater|konijn|konijntje|cavia|hamster|paard|paardje|pony|parkiet|puppy|pup|teckel|labrador)|dog|cat|kitten|rabbit|guinea pig|pony|horse|puppy|hamster)`;

/**
 * "de hond Bobby", "de hond heette Bello", "their dog, called Max"; after a comma only a name that ends
 * the phrase ("de groepshond, Sjors.", not "de kat, Sem vond het eng").
 */
const ANIMAL_THEN_NAME = new RegExp(String.raw`(?<![\p{L}])${ANIMAL}(?:,?[ \t]+(?:heet|heette|heten|genaamd|named|called|is called|was called))?[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}])|(?<![\p{L}])${ANIMAL},[ \t]+(\p{Lu}\p{Ll}+)(?=[ \t]*(?:[.;:)!?\n]|$))`, 'gu');
/** "Bobby is de hond", "Max was their dog". */
const NAME_THEN_ANIMAL = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \t]+(?:is|was|heet)[ \t]+(?:de|het|een|hun|haar|zijn|onze|mijn|the|a|their|her|his|our|my)[ \t]+(?:\p{Ll}+[ \t]+)?${ANIMAL}(?![\p{L}])`, 'gu');

/** A cheap look first: most texts speak of no animal. */
const QUICK = /hond|kat|poes|konijn|cavia|hamster|paard|pony|parkiet|pup|teckel|labrador|dog|cat|kitten|rabbit|horse/;

export function petNames(text: string): string[] {
  if (!QUICK.test(text)) return [];
  const out: string[] = [];
  for (const m of text.matchAll(ANIMAL_THEN_NAME)) out.push(m[1] ?? m[2]);
  for (const m of text.matchAll(NAME_THEN_ANIMAL)) out.push(m[1]);
  return out;
}
