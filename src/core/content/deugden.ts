// The deugden: the booklet's list ("Praktijkbundel kritische situaties", Jeugdzorg Nederland & Good Work
// Company, 2023) plus the ones its situations name that the list lacks. A deugd is a golden mean between too little and too
// much; the extremes and descriptions are our own words. The list is a starting point, never complete:
// teams add their own names in `.goedwerk.json`.
import type { Msg } from '../i18n';

export interface DeugdInfo {
  /** The Dutch name, spelled as the booklet spells it. */
  name: string;
  en: string;
  /** Other Dutch spellings that mean the same deugd (e.g. the adjective a writer may use). */
  aliases?: string[];
  /** Other English names for it. */
  enAliases?: string[];
  /** What too little of it looks like. */
  tooLittle?: Msg;
  /** What too much of it looks like. */
  tooMuch?: Msg;
  description?: Msg;
  /** Where it comes from: the booklet's list, or a deugd its situations name. */
  origin: 'lijst' | 'situatie';
}

type Pair = [nl: string, en: string];
interface Extra { aliases?: string[]; enAliases?: string[]; description?: Pair; origin?: 'situatie' }

function d(name: string, en: string, tooLittle?: Pair, tooMuch?: Pair, extra: Extra = {}): DeugdInfo {
  const msg = (p?: Pair): Msg | undefined => (p ? { nl: p[0], en: p[1] } : undefined);
  const info: DeugdInfo = { name, en, origin: extra.origin ?? 'lijst' };
  if (extra.aliases) info.aliases = extra.aliases;
  if (extra.enAliases) info.enAliases = extra.enAliases;
  if (tooLittle) info.tooLittle = msg(tooLittle);
  if (tooMuch) info.tooMuch = msg(tooMuch);
  if (extra.description) info.description = msg(extra.description);
  return info;
}

const S: Extra = { origin: 'situatie' };

export const DEUGDEN: readonly DeugdInfo[] = [
  d('Aandacht', 'Attentiveness', ['afwezigheid', 'absent-mindedness'], ['opdringerigheid', 'intrusiveness'],
    { description: ['Echt aanwezig zijn bij de ander en bij wat er gebeurt.', 'Being truly present with the other person and with what is happening.'] }),
  d('Aangenaamheid', 'Agreeableness', ['kilheid', 'coldness'], ['naar de mond praten', 'people-pleasing']),
  d('Actief', 'Activeness', ['passiviteit', 'passivity'], ['drukdoenerij', 'busyness for its own sake'],
    { description: ['In beweging komen en zelf het initiatief nemen.', 'Getting moving and taking the initiative yourself.'] }),
  d('Assertiviteit', 'Assertiveness', ['onderdanigheid', 'submissiveness'], ['agressiviteit', 'aggressiveness']),
  d('Avontuurlijkheid', 'Adventurousness', ['behoudzucht', 'timidity'], ['lichtzinnigheid', 'thrill-seeking']),
  d('Barmhartigheid', 'Mercy', ['hardvochtigheid', 'harshness'], ['alles door de vingers zien', 'turning a blind eye to everything']),
  d('Begrip', 'Understanding', ['oordelen zonder te luisteren', 'judging without listening'], ['alles goedpraten', 'excusing everything']),
  d('Behulpzaamheid', 'Helpfulness', ['afzijdigheid', 'aloofness'], ['het overnemen', 'taking over']),
  d('Bescheidenheid', 'Modesty', ['opschepperij', 'boastfulness'], ['jezelf wegcijferen', 'self-effacement']),
  d('Betrokkenheid', 'Involvement', ['afstandelijkheid', 'detachment'], ['verstrengeling', 'enmeshment'],
    { ...S, aliases: ['Betrokken'], enAliases: ['Engagement'], description: ['Er echt bij zijn en je het lot van de ander aantrekken, zonder je eigen plek kwijt te raken.', 'Being really there and caring what happens to the other person, without losing your own place.'] }),
  d('Betrouwbaarheid', 'Reliability', ['wispelturigheid', 'fickleness'], ['starheid', 'rigidity'],
    { aliases: ['Betrouwbaar'], enAliases: ['Trustworthiness'], description: ['Doen wat je zegt, zodat anderen op je kunnen bouwen.', 'Doing what you say, so that others can build on you.'] }),
  d('Consciëntieusheid', 'Conscientiousness', ['slordigheid', 'sloppiness'], ['perfectionisme', 'perfectionism']),
  d('Creativiteit', 'Creativity', ['fantasieloosheid', 'unimaginativeness'], ['grilligheid', 'capriciousness']),
  d('Dankbaarheid', 'Gratitude', ['alles vanzelfsprekend vinden', 'taking everything for granted'], ['schatplichtigheid', 'feeling forever indebted']),
  d('Dienstbaarheid', 'Service', ['eigenbelang', 'self-interest'], ['zelfopoffering', 'self-sacrifice']),
  d('Discipline', 'Discipline', ['laksheid', 'laxity'], ['rigiditeit', 'rigidity']),
  d('Doelgerichtheid', 'Purposefulness', ['doelloosheid', 'aimlessness'], ['tunnelvisie', 'tunnel vision']),
  d('Doorzettingsvermogen', 'Persistence', ['snel opgeven', 'giving up easily'], ['koppigheid', 'stubbornness']),
  d('Echtheid', 'Authenticity', ['gemaaktheid', 'pretence'], ['ongeremdheid', 'unfiltered self-expression']),
  d('Eenheid', 'Unity', ['versplintering', 'fragmentation'], ['groepsdenken', 'groupthink']),
  d('Eerlijkheid', 'Honesty', ['draaien en verzwijgen', 'evasion and concealment'], ['kwetsende botheid', 'hurtful bluntness'],
    { aliases: ['Eerlijk'], description: ['Zeggen hoe het zit, ook als dat ongemakkelijk is, met oog voor wat de ander kan dragen.', 'Saying how things are, even when it is uncomfortable, with an eye for what the other person can bear.'] }),
  d('Eerzaamheid', 'Honourableness', ['eerloosheid', 'disgrace'], ['ijdelheid', 'vanity']),
  d('Empathie', 'Empathy', ['afstandelijkheid', 'aloofness'], ['overidentificatie', 'over-identification']),
  d('Energiek', 'Engaging', ['lusteloosheid', 'listlessness'], ['opgejaagdheid', 'restlessness'],
    { enAliases: ['Energy', 'Energetic'], description: ['Met zin en vitaliteit aan het werk zijn; ook een van de drie E\'s.', 'Working with zest and vitality; also one of the three Es.'] }),
  d('Enthousiasme', 'Enthusiasm', ['lauwheid', 'lukewarmness'], ['dweperij', 'zealotry']),
  d('Extraversie', 'Extraversion', ['geslotenheid', 'withdrawal'], ['de ruimte opeisen', 'dominating the room']),
  d('Flexibiliteit', 'Flexibility', ['starheid', 'rigidity'], ['met alle winden meewaaien', 'bending with every wind']),
  d('Fouten maken', 'Making mistakes', ['faalangst', 'fear of failure'], ['nonchalance', 'carelessness'],
    { description: ['Durven fouten te maken en er open van te leren.', 'Daring to make mistakes and learning from them openly.'] }),
  d('Geduld', 'Patience', ['jagen en doordrukken', 'rushing and pushing'], ['lijdzaam afwachten', 'passive waiting']),
  d('Gelatenheid', 'Equanimity', ['tobben over wat je niet kunt veranderen', 'fretting over what you cannot change'], ['alles maar laten gebeuren', 'letting everything happen']),
  d('Geloof', 'Faith', ['cynisme', 'cynicism'], ['blind geloof', 'blind faith']),
  d('Geloofwaardigheid', 'Credibility', ['beloven wat je niet waarmaakt', 'promising what you do not deliver'], ['imagobewaking', 'image management']),
  d('Gelijkwaardigheid', 'Equality', ['neerbuigendheid', 'condescension'], ['verschillen in rol ontkennen', 'denying differences in role'],
    { ...S, enAliases: ['Equal worth'], description: ['De ander behandelen als evenwaardig mens, ook als jullie rollen en macht verschillen.', 'Treating the other person as of equal worth, even when your roles and power differ.'] }),
  d('Gematigdheid', 'Moderation', ['doorschieten naar uitersten', 'going to extremes'], ['halfslachtigheid', 'half-heartedness'],
    { description: ['De maat zoeken: niet te voorzichtig, niet te zwaar, en wel werkzaam.', 'Finding the right measure: not too cautious, not too heavy, and still effective.'] }),
  d('Gevatheid', 'Quick-wittedness', ['met de mond vol tanden staan', 'being tongue-tied'], ['snedigheid ten koste van de ander', 'wit at someone else\'s expense']),
  d('Grondigheid', 'Thoroughness', ['oppervlakkigheid', 'superficiality'], ['pietepeuterigheid', 'nitpicking']),
  d('Grootsheid', 'Greatness', ['kleinzieligheid', 'pettiness'], ['grootheidswaan', 'grandiosity']),
  d('Hoffelijkheid', 'Courtesy', ['grofheid', 'rudeness'], ['stijve vormelijkheid', 'stiff formality']),
  d('Hoop', 'Hope', ['moedeloosheid', 'despair'], ['naïef optimisme', 'naive optimism']),
  d('Hypocrisie', 'Hypocrisy', undefined, undefined,
    { description: ['Staat in de lijst van de bundel, al geldt het meestal als ondeugd. Gebruik het als spiegel: waar lopen je woorden en je daden uit elkaar?', 'On the booklet\'s list, though usually seen as a vice. Use it as a mirror: where do your words and your deeds drift apart?'] }),
  d('Idealisme', 'Idealism', ['cynisme', 'cynicism'], ['wereldvreemdheid', 'unworldliness']),
  d('IJver', 'Diligence', ['luiheid', 'sloth'], ['werkverslaving', 'workaholism']),
  d('Integriteit', 'Integrity', ['omkoopbaarheid', 'corruptibility'], ['scherpslijperij', 'self-righteous hair-splitting']),
  d('Liefde', 'Love', ['kille afstand', 'cold distance'], ['bezitterigheid die de ander opeist', 'possessiveness that lays claim to the other person']),
  d('Loyaliteit', 'Loyalty', ['ontrouw', 'disloyalty'], ['blinde volgzaamheid', 'blind allegiance'],
    { description: ['Trouw blijven aan mensen en afspraken, zonder je eigen oordeel uit te schakelen.', 'Staying true to people and agreements without switching off your own judgement.'] }),
  d('Matigheid', 'Temperance', ['overdaad', 'excess'], ['ascese', 'asceticism']),
  d('Mededogen', 'Compassion', ['hardheid', 'hardness'], ['medelijden dat de ander klein maakt', 'pity that makes the other person small']),
  d('Meelevendheid', 'Sympathy', ['afstandelijkheid', 'detachment'], ['sentimentaliteit', 'sentimentality']),
  d('Mildheid', 'Mildness', ['strengheid', 'severity'], ['slapheid', 'softness']),
  d('Moed', 'Courage', ['lafheid', 'cowardice'], ['roekeloosheid', 'recklessness'],
    { description: ['Doen wat nodig is, ook als het spannend of riskant is.', 'Doing what is needed, even when it is daunting or risky.'] }),
  d('Morele grandeur', 'Moral grandeur', ['morele gemakzucht', 'moral complacency'], ['zelfingenomenheid', 'self-importance']),
  d('Morele verontwaardiging', 'Moral indignation', ['wegkijken bij onrecht', 'looking away from injustice'], ['blinde woede', 'blind rage']),
  d('Naastenliefde', 'Charity', ['egoïsme', 'selfishness'], ['zelfverloochening', 'self-denial']),
  d('Nederigheid', 'Humility', ['hoogmoed', 'arrogance'], ['onderworpenheid', 'servility']),
  d('Nieuwsgierigheid', 'Curiosity', ['desinteresse', 'disinterest'], ['opdringerig doorvragen', 'prying'],
    { ...S, aliases: ['Nieuwsgierig'], description: ['Open willen weten hoe het zit en hoe de ander het ziet.', 'Wanting to know, openly, how things are and how the other person sees them.'] }),
  d('Ontspannen', 'Ease', ['verkramptheid', 'tenseness'], ['laksheid', 'slackness'],
    { aliases: ['Ontspannenheid'], description: ['Met rust en lichtheid in je werk staan, ook als het spannend wordt.', 'Keeping calm and a light touch in your work, even when things get tense.'] }),
  d('Onthechting', 'Detachment', ['vastklampen', 'clinging'], ['kilte', 'coldness']),
  d('Ontvankelijkheid', 'Receptiveness', ['geslotenheid', 'closed-mindedness'], ['beïnvloedbaarheid', 'suggestibility']),
  d('Onverschilligheid', 'Indifference', ['je door alles laten meeslepen', 'being swept along by everything'], ['gevoelloosheid', 'callousness'],
    { description: ['Staat in de lijst van de bundel. In de goede maat: niet alles wat op je afkomt, aan je laten trekken; doorgeschoten raakt niets je meer.', 'On the booklet\'s list. In the right measure: not letting everything that comes at you pull at you; overdone, nothing touches you any more.'] }),
  d('Oordeelsvermogen', 'Judgement', ['naïviteit', 'naivety'], ['veroordelen', 'judgementalism']),
  d('Openheid', 'Openness', ['geslotenheid', 'secretiveness'], ['indiscretie', 'indiscretion']),
  d('Oprechtheid', 'Sincerity', ['schijnheiligheid', 'insincerity'], ['ongezouten directheid', 'tactless candour']),
  d('Orde', 'Order', ['chaos', 'chaos'], ['regelzucht', 'rule obsession']),
  d('Ordelijkheid', 'Orderliness', ['rommeligheid', 'messiness'], ['pietluttigheid', 'fussiness']),
  d('Plichtsgetrouwheid', 'Dutifulness', ['nalatigheid', 'negligence'], ['plichtsbesef tot uitputting', 'duty to the point of exhaustion'],
    { ...S, aliases: ['Plichtsgetrouw', 'Plichtsgetrouw zijn', 'Plichtsbesef'], description: ['Je verplichtingen en afspraken serieus nemen, en tegelijk zien wanneer iets niet meer haalbaar is.', 'Taking your obligations and agreements seriously, while seeing when something is no longer feasible.'] }),
  d('Rechtschapenheid', 'Uprightness', ['schimmigheid', 'shadiness'], ['moralisme', 'sanctimony']),
  d('Rechtvaardigheid', 'Justice', ['willekeur', 'arbitrariness'], ['regels boven mensen', 'rules above people']),
  d('Reinheid', 'Purity', ['morele slordigheid', 'moral sloppiness'], ['puritanisme', 'puritanism']),
  d('Respect', 'Respect', ['minachting', 'contempt'], ['kritiekloos ontzag', 'uncritical awe']),
  d('Samenwerking', 'Cooperation', ['solistisch werken', 'going it alone'], ['niets zonder consensus', 'nothing without consensus'],
    { enAliases: ['Collaboration'], description: ['Samen optrekken, zodat ieders stem en bezwaren meetellen in de keuze.', 'Working together, so that everyone\'s voice and objections count in the choice.'] }),
  d('Schaamtegevoel', 'Sense of shame', ['schaamteloosheid', 'shamelessness'], ['verlammende schaamte', 'crippling shame']),
  d('Stabiliteit', 'Stability', ['wispelturigheid', 'volatility'], ['stilstand', 'stagnation']),
  d('Standvastigheid', 'Steadfastness', ['wankelmoedigheid', 'wavering'], ['halsstarrigheid', 'obstinacy']),
  d('Tact', 'Tact', ['botheid', 'bluntness'], ['zo omzichtig dat niets gezegd wordt', 'so cautious that nothing gets said'],
    { description: ['Het juiste zeggen op het goede moment en op een manier die de ander kan ontvangen.', 'Saying the right thing at the right moment, in a way the other person can take in.'] }),
  d('Toewijding', 'Dedication', ['vrijblijvendheid', 'half-heartedness'], ['opoffering tot uitputting', 'devotion to the point of exhaustion']),
  d('Traagheid', 'Slowness', ['haast', 'haste'], ['treuzelen', 'dawdling'],
    { description: ['Staat in de lijst van de bundel. Als deugd: bewust vertragen waar haast schade doet.', 'On the booklet\'s list. As a virtue: deliberately slowing down where haste does harm.'] }),
  d('Transparantie', 'Transparency', ['geheimzinnigheid', 'secrecy'], ['grenzeloze openheid', 'oversharing'],
    { ...S, aliases: ['Transparant'], description: ['Laten zien wat je doet en waarom, met gevoel voor wat wel en niet gedeeld hoeft te worden.', 'Showing what you do and why, with a feel for what does and does not need sharing.'] }),
  d('Trouw', 'Faithfulness', ['afhaken zodra het moeilijk wordt', 'dropping out as soon as it gets hard'], ['slaafsheid', 'slavishness']),
  d('Uitmuntendheid', 'Excellence', ['middelmatigheid', 'mediocrity'], ['perfectionisme', 'perfectionism']),
  d('Vastberadenheid', 'Determination', ['besluiteloosheid', 'indecision'], ['drammerigheid', 'pushiness']),
  d('Vasthoudendheid', 'Tenacity', ['te snel loslaten', 'letting go too soon'], ['verbetenheid', 'grimness']),
  d('Veiligheid', 'Safety', ['risico\'s negeren', 'ignoring risks'], ['risicomijding die groei smoort', 'risk avoidance that stifles growth'],
    { ...S, description: ['Zorgen dat een kind veilig is, en je afvragen volgens wiens maatstaf iets onveilig heet.', 'Making sure a child is safe, and asking by whose standard something is called unsafe.'] }),
  d('Verantwoordelijkheid', 'Responsibility', ['afschuiven', 'passing the buck'], ['alles naar je toe trekken', 'taking everything on yourself'],
    { aliases: ['Verantwoordelijk', 'Verantwoordelijk zijn'], description: ['Staan voor je taak en je keuzes, en anderen hun deel laten dragen.', 'Standing by your task and your choices, and letting others carry their share.'] }),
  d('Verdraagzaamheid', 'Tolerance', ['geen andere mening naast de jouwe dulden', 'allowing no view beside your own'], ['alles maar goedvinden', 'condoning everything']),
  d('Vergevingsgezindheid', 'Forgiveness', ['wrok', 'resentment'], ['over je heen laten lopen', 'being a doormat']),
  d('Verstandigheid', 'Prudence', ['onbezonnenheid', 'rashness'], ['overdreven berekening', 'over-calculation']),
  d('Vertrouwen', 'Trust', ['wantrouwen', 'distrust'], ['goedgelovigheid', 'gullibility'],
    { description: ['Durven bouwen op de ander, en zelf iemand zijn op wie gebouwd kan worden.', 'Daring to rely on others, and being someone others can rely on.'] }),
  d('Volhardendheid', 'Perseverance', ['opgeven', 'quitting'], ['doordrammen', 'persisting blindly']),
  d('Voorzichtigheid', 'Caution', ['lichtzinnigheid', 'carelessness'], ['verlammende angst', 'paralysing fear']),
  d('Vredelievendheid', 'Peaceableness', ['ruziezoekerij', 'quarrelsomeness'], ['conflictvermijding', 'conflict avoidance']),
  d('Vreugde', 'Joy', ['somberheid', 'gloom'], ['oppervlakkige vrolijkheid', 'frivolity']),
  d('Vriendelijkheid', 'Kindness', ['norsheid', 'surliness'], ['vleierij', 'flattery']),
  d('Vrijgevigheid', 'Generosity', ['gierigheid', 'stinginess'], ['verkwisting', 'extravagance'],
    { aliases: ['Vrijgevigheid/royaliteit', 'Royaliteit'] }),
  d('Wijsheid', 'Wisdom', ['dwaasheid', 'folly'], ['betweterigheid', 'know-it-all cleverness']),
  d('Zachtmoedigheid', 'Gentleness', ['opvliegendheid', 'irascibility'], ['slapheid', 'spinelessness']),
  d('Zelfbeheersing', 'Self-control', ['impulsiviteit', 'impulsiveness'], ['verkramptheid', 'suppressing every feeling']),
  d('Zelfdiscipline', 'Self-discipline', ['gemakzucht', 'self-indulgence'], ['hardheid voor jezelf', 'harshness towards yourself']),
  d('Zelfmanagement', 'Self-management', ['stuurloosheid', 'drifting'], ['controledrang', 'need for control']),
  // The booklet writes "(Zelf)vertrouwen"; normalizeName drops the brackets, so that spelling finds this one.
  d('Zelfvertrouwen', 'Self-confidence', ['onzekerheid', 'self-doubt'], ['overmoed', 'overconfidence']),
  d('Zorgvuldigheid', 'Carefulness', ['haastig afraffelen', 'rushing through the work'], ['precisie die het handelen verlamt', 'precision that paralyses action'],
    { ...S, aliases: ['Zorgvuldig'], description: ['Met aandacht en precisie werken, in een tempo dat bij de situatie past.', 'Working with attention and precision, at a pace that suits the situation.'] }),
  d('Zorgzaamheid', 'Caring', ['je niets aantrekken van de ander', 'not caring about the other person'], ['betutteling', 'overprotection']),
];

/**
 * The form names are compared in: lowercase, accents and emphasis removed, brackets dropped so that
 * "(Zelf)vertrouwen" meets "zelfvertrouwen", whitespace collapsed, trailing punctuation gone.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[*_`()[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!?]+$/, '')
    .trim();
}

interface Key { key: string; deugd: DeugdInfo; lang: 'nl' | 'en' }

function keysOf(deugd: DeugdInfo): Key[] {
  return [
    { key: normalizeName(deugd.name), deugd, lang: 'nl' as const },
    { key: normalizeName(deugd.en), deugd, lang: 'en' as const },
    ...(deugd.aliases ?? []).map((a) => ({ key: normalizeName(a), deugd, lang: 'nl' as const })),
    ...(deugd.enAliases ?? []).map((a) => ({ key: normalizeName(a), deugd, lang: 'en' as const })),
  ];
}

const KEYS: Key[] = DEUGDEN.flatMap(keysOf);
const BY_KEY = new Map(KEYS.map((k) => [k.key, k.deugd]));

/** The deugd with this name, Dutch or English, case- and accent-insensitive (aliases included). */
export function findDeugd(name: string | undefined | null): DeugdInfo | undefined {
  if (typeof name !== 'string') return undefined;
  return BY_KEY.get(normalizeName(name));
}

/**
 * Optimal string alignment distance: Levenshtein plus a swap of two neighbours counting as one edit,
 * because "betrouwbaarhied" is a typo of one slip, not two.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const dist: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) dist[0][j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(dist[i - 1][j] + 1, dist[i][j - 1] + 1, dist[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, dist[i - 2][j - 2] + 1);
      dist[i][j] = best;
    }
  }
  return dist[a.length][b.length];
}

/** How many slips a name of this length may hold and still count as "meant to be" a known one. */
function tolerance(length: number): number {
  if (length <= 4) return 1;
  if (length <= 8) return 2;
  return 3;
}

/**
 * How far `wanted` is from a known key, as a typo. A different first letter costs one extra slip (people
 * rarely mistype it, so "rust" is not a slip of "trust"); an adjective that a known noun starts with
 * ("bescheiden" in "bescheidenheid") counts as one slip.
 */
function slips(wanted: string, key: string): number {
  if (wanted.length >= 5 && key.startsWith(wanted) && key.length - wanted.length <= 6) return 1;
  return editDistance(wanted, key) + (wanted[0] === key[0] ? 0 : 1);
}

/**
 * The known name closest to `name` (the booklet's deugden, their English names and aliases, plus
 * `extra`, e.g. a team's own deugden), or undefined when nothing is reasonably close. A Dutch or alias
 * match answers with the Dutch name, an English match with the English name, an extra as given.
 */
export function nearestDeugd(name: string, extra: readonly string[] = []): string | undefined {
  const wanted = normalizeName(name);
  if (!wanted) return undefined;
  const candidates: { key: string; answer: string }[] = [
    ...KEYS.map((k) => ({ key: k.key, answer: k.lang === 'en' ? k.deugd.en : k.deugd.name })),
    ...extra.filter((e) => typeof e === 'string' && e.trim()).map((e) => ({ key: normalizeName(e), answer: e.trim() })),
  ];
  const allowed = tolerance(wanted.length);
  let best: { answer: string; distance: number; key: string } | undefined;
  for (const c of candidates) {
    if (c.key === wanted) return c.answer;
    const distance = slips(wanted, c.key);
    if (distance > allowed) continue;
    if (!best || distance < best.distance || (distance === best.distance && c.key < best.key)) {
      best = { answer: c.answer, distance, key: c.key };
    }
  }
  return best?.answer;
}
