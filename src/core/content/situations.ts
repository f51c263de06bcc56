// The nine critical situations of the booklet "Praktijkbundel kritische situaties" (Jeugdzorg Nederland &
// Good Work Company, 2023). The titles are the booklet's; summaries, dilemmas and prompts are retold in
// our own words. The stories only serve to call up a memory of one's own work, so they stay short.
import type { ElementId } from '../model';
import type { Msg } from '../i18n';

export interface Situation {
  /** The slug of the Dutch title; what a journal's `situatie` field names. */
  id: string;
  title: Msg;
  summary: Msg;
  dilemma: Msg;
  /** Two to four prompts per element, to help a writer look at the situation from that side. */
  prompts: Record<ElementId, Msg[]>;
  /** Deugden the booklet names for this situation (Dutch names, as in DEUGDEN). */
  deugden: string[];
  /** Position in the booklet, from 1. */
  order: number;
}

/**
 * Lowercase, accents removed, every run of other characters one hyphen, no hyphen at either end:
 * "De grens tussen werk en privé" → "de-grens-tussen-werk-en-prive".
 */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

type Draft = Omit<Situation, 'id' | 'order'>;

const DRAFTS: Draft[] = [
  {
    title: { nl: 'Mag ik je nog iets vragen!?', en: 'Can I ask you one more thing!?' },
    summary: {
      nl: 'Jamilla (15) zocht hulp bij een jeugdprofessional vanwege hoofdpijn waarvoor de huisarts geen lichamelijke oorzaak vond. '
        + 'In de gesprekken bleek hoeveel ze al had meegemaakt: geweld thuis, pesten en vragen over wie ze is. '
        + 'Ze koos voor therapie; de professional overbrugde de wachttijd en droeg haar warm over aan de GGZ. '
        + 'Een half jaar na het afscheid stuurt ze een appje: of ze nog één keer mag langskomen.',
      en: 'Jamilla (15) turned to a youth care worker because of headaches her GP could find no physical cause for. '
        + 'Their talks brought out how much she had been through: violence at home, bullying and questions about who she is. '
        + 'She chose therapy; the worker bridged the waiting time and handed her over in person to mental health care. '
        + 'Six months after saying goodbye, she sends a message: could she come and talk just once more?',
    },
    dilemma: {
      nl: 'Ga je in op haar vraag nu het traject officieel is afgesloten? En zo ja, vanuit welke rol en op welke manier?',
      en: 'Do you respond to her request now that your work with her has formally ended? And if so, in what role and how?',
    },
    prompts: {
      handelingen: [
        { nl: 'Welke wegen liggen er open: terugappen, een belafspraak, haar even laten langskomen, of haar terugverwijzen naar de huisarts of haar behandelaar?',
          en: 'Which paths are open: texting back, a phone call, letting her drop by, or referring her back to her GP or her therapist?' },
        { nl: 'Welke mogelijkheden had je in je eigen casus? Welke heb je achteraf gezien laten liggen, en waarom?',
          en: 'What options did you have in your own case? Looking back, which did you leave aside, and why?' },
        { nl: 'Welke plek geeft de jongere jou, en welke plek kies je zelf?',
          en: 'What place does the young person give you, and what place do you choose for yourself?' },
      ],
      kennis: [
        { nl: 'Hoe heb je het traject destijds afgerond, en welke verwachtingen heeft dat gewekt?',
          en: 'How did you close the work back then, and what expectations did that raise?' },
        { nl: 'Wie heeft nu de regie? Welke afspraken, regels van je organisatie en wettelijke plichten of termijnen gelden er nog?',
          en: 'Who is in charge of the case now? Which agreements, organisational rules and legal duties or time limits still apply?' },
        { nl: 'Welke kennis had jij nodig om in je eigen situatie tot een afweging te komen?',
          en: 'What knowledge did you need to weigh your own situation?' },
      ],
      identiteit: [
        { nl: 'Raakt deze situatie iets in jou waardoor je sterker reageert dan anders?',
          en: 'Does this situation touch something in you that makes you react more strongly than usual?' },
        { nl: 'Hoe ver wil je gaan in het oprekken van regels en afspraken? Wat riskeer je daarmee?',
          en: 'How far are you willing to stretch rules and agreements? What do you risk by doing so?' },
      ],
      deugden: [
        { nl: 'Tact, zorgvuldigheid, verantwoordelijkheid en loyaliteit kunnen hier gaan schuren. Welke weegt in jouw situatie het zwaarst?',
          en: 'Tact, carefulness, responsibility and loyalty may pull against each other here. Which weighs most in your situation?' },
        { nl: 'Wanneer wordt zorgvuldigheid te veel van het goede, en wanneer schiet ze tekort?',
          en: 'When does carefulness become too much of a good thing, and when does it fall short?' },
      ],
      vrijheid: [
        { nl: 'Hoeveel ruimte had je om zelf een keuze te maken?',
          en: 'How much room did you have to make your own choice?' },
        { nl: 'Welke geschreven en ongeschreven regels van je organisatie speelden mee, en binnen welke kaders werkte je?',
          en: 'Which written and unwritten rules of your organisation played a part, and within which frameworks did you work?' },
      ],
    },
    deugden: ['Tact', 'Zorgvuldigheid', 'Verantwoordelijkheid', 'Loyaliteit'],
  },
  {
    title: { nl: 'Hond helpt, onrust houdt aan', en: 'The dog helps, the unrest stays' },
    summary: {
      nl: 'Bas woont op een open groep, nadat hij eerder op een gesloten groep verbleef. '
        + 'Hij raakte betrokken bij drugs, en wat hij meemaakte liet een trauma achter: overdag is hij onrustig, \'s nachts angstig, en hij loopt weg en belandt in onveilige situaties. '
        + 'Bas en zijn behandelaren zien veel in een traumahond, ook als steun om los te komen van het drugscircuit. '
        + 'De groepsleiding ziet vooral praktische bezwaren en vragen over verantwoordelijkheid, en ook de collega\'s onderling raken erover verdeeld.',
      en: 'Bas lives in an open residential group after an earlier stay in a secure one. '
        + 'He got mixed up with drugs, and what he went through left him traumatised: restless by day, anxious at night, he runs off and ends up in unsafe situations. '
        + 'Bas and his therapists are keen on a trauma dog, also as a way to help him leave the drug scene behind. '
        + 'The group staff mostly see practical objections and questions of responsibility, and the colleagues themselves end up divided.',
    },
    dilemma: {
      nl: 'Hoe kom je samen tot een besluit als de jongere, de behandelaren en de groepsleiding er verschillend over denken, en ieder daar goede redenen voor heeft?',
      en: 'How do you reach a decision together when the young person, the therapists and the group staff disagree, each for good reasons?',
    },
    prompts: {
      handelingen: [
        { nl: 'Welke opties zie je? Denk aan een woonplek elders die wel aan alle voorwaarden tegemoetkomt, een andere behandeling, de hond op een andere manier inzetten, of blijven zonder hond.',
          en: 'Which options do you see? Think of another home that does meet every condition, a different treatment, using the dog differently, or staying without a dog.' },
        { nl: 'Zoek je draagvlak rond een gezamenlijk doel, of kies je voor doorzetten, opschalen of afdwingen?',
          en: 'Do you build support around a shared goal, or do you push on, escalate or enforce?' },
        { nl: 'Welke opties heb je in je eigen casus, en brengen deze voorbeelden je op nieuwe ideeën?',
          en: 'What options do you have in your own case, and do these examples give you new ideas?' },
      ],
      kennis: [
        { nl: 'Wat weet je van meerzijdige partijdigheid, en hoe pas je dat toe in je eigen situatie?',
          en: 'What do you know about multi-directed partiality, and how does it apply to your own situation?' },
        { nl: 'Welke kennis is nodig over de problematiek van de jongere, over trauma, culturele achtergrond en het drugscircuit?',
          en: 'What do you need to know about the young person\'s difficulties, about trauma, cultural background and the drug scene?' },
        { nl: 'Wat zeggen de richtlijn en de beroepscode hierover?',
          en: 'What do the guideline and the professional code say about this?' },
      ],
      identiteit: [
        { nl: 'Wat weegt voor jou zwaarder: dat de jongere merkt dat er naar hem geluisterd wordt, of dat alle betrokkenen zich gehoord voelen?',
          en: 'What weighs more for you: that the young person feels listened to, or that everyone involved feels heard?' },
        { nl: 'Herken je die spanning, en hoe wil je in zo\'n situatie gezien worden?',
          en: 'Do you recognise that tension, and how do you want to be seen in such a situation?' },
      ],
      deugden: [
        { nl: 'Gelijkwaardigheid, eerlijkheid en verantwoordelijkheid staan hier onder druk. Welke van de drie vraagt in jouw situatie de meeste aandacht?',
          en: 'Equality, honesty and responsibility are under pressure here. Which of the three needs the most attention in your situation?' },
        { nl: 'Wie zou zich bij welke uitkomst niet gelijkwaardig of niet eerlijk behandeld kunnen voelen?',
          en: 'Who might feel treated unequally or unfairly, and with which outcome?' },
      ],
      vrijheid: [
        { nl: 'Je organisatie geeft ruimte voor een plan waarin de jongere tot zijn recht komt, maar anderen hebben er ook iets over te zeggen. Waar ligt voor jou de grens?',
          en: 'Your organisation gives you room for a plan in which the young person can flourish, but others have a say too. Where is the limit for you?' },
        { nl: 'Hoe maak je samen een afweging waar iedereen mee verder kan?',
          en: 'How do you arrive together at a judgement everyone can live with?' },
      ],
    },
    deugden: ['Gelijkwaardigheid', 'Eerlijkheid', 'Verantwoordelijkheid', 'Samenwerking'],
  },
  {
    title: { nl: 'Wanneer mag en kun je loslaten?', en: 'When may you, and when can you, let go?' },
    summary: {
      nl: 'Nadine groeide op met verslaving, huiselijk geweld en armoede, en zorgde al jong voor haar zusjes en later voor haar grootouders. '
        + 'Toen ze zestien was, kwam er een ondertoezichtstelling en bouwde haar jeugdbeschermer langzaam vertrouwen met haar op. '
        + 'Nu woont ze op een woongroep waar ze na haar achttiende kan blijven, is ze met traumabehandeling begonnen en heeft ze een mentor. '
        + 'De maatregel stopt op haar achttiende, maar Nadine wil haar vaste hulpverlener niet kwijt: juist nu ze weer mensen leert vertrouwen.',
      en: 'Nadine grew up with addiction, domestic violence and poverty, and looked after her little sisters and later her grandparents from a young age. '
        + 'When she was sixteen, a supervision order brought a child protection worker into her life, who slowly built up her trust. '
        + 'She now lives in a residential group where she can stay past eighteen, has started trauma therapy and has a mentor. '
        + 'The order ends when she turns eighteen, but Nadine does not want to lose her worker: just when she is learning to trust people again.',
    },
    dilemma: {
      nl: 'Laat je los omdat de maatregel afloopt en de zorg is overgedragen, of blijf je op een andere manier betrokken omdat het vertrouwen nog pril is?',
      en: 'Do you let go because the order ends and her care has been handed over, or do you stay involved in some other way because her trust is still fragile?',
    },
    prompts: {
      handelingen: [
        { nl: 'Loslaten bij achttien is gebruikelijk, maar welke andere wegen zijn er? Denk aan aanvullende hulp van buiten, een netwerkberaad, of een informele rol zoals JIM (jouw ingebrachte mentor).',
          en: 'Letting go at eighteen is the usual course, but what other paths are there? Think of extra outside help, a network meeting, or an informal role such as a JIM (a mentor the young person chooses).' },
        { nl: 'Welke mogelijkheden heb je in je eigen casus?',
          en: 'What possibilities do you have in your own case?' },
      ],
      kennis: [
        { nl: 'Welke kennis heb je hier nodig? Denk aan trauma, grensoverschrijdend gedrag, verwaarlozing en mishandeling, identiteit en familiepatronen.',
          en: 'What knowledge do you need here? Think of trauma, boundary-crossing behaviour, neglect and abuse, identity and family patterns.' },
        { nl: 'Hoe denkt je organisatie over hulp na het achttiende jaar, en wat regelt de wet daarvoor?',
          en: 'How does your organisation view support after eighteen, and what does the law provide for it?' },
        { nl: 'Dunbar beschrijft kringen van betekenisvolle relaties, van een handvol naasten tot zo\'n honderdvijftig bekenden. In welke kring sta jij bij deze jongere, en wat betekent dat?',
          en: 'Dunbar describes circles of meaningful relationships, from a handful of close people to about a hundred and fifty acquaintances. Which circle are you in for this young person, and what does that mean?' },
      ],
      identiteit: [
        { nl: 'Wat is voor jou een betekenisvolle relatie in je werk, en hoe kijkt je cliënt daarnaar?',
          en: 'What is a meaningful relationship in your work to you, and how does your client see it?' },
        { nl: 'Hoe breng je die twee beelden bij elkaar?',
          en: 'How do you bring those two views together?' },
      ],
      deugden: [
        { nl: 'Betrouwbaarheid, vertrouwen en betrokkenheid komen hier onder druk. Ben je nog te vertrouwen als je iemand loslaat die jou net is gaan vertrouwen?',
          en: 'Reliability, trust and involvement come under pressure here. Are you still trustworthy if you let go of someone who has only just started to trust you?' },
        { nl: 'Kun je betrokken blijven op een manier die het vertrouwen heel laat?',
          en: 'Can you stay involved in a way that keeps the trust intact?' },
      ],
      vrijheid: [
        { nl: 'Hoe beperkt het systeem waarin je werkt je ruimte, en waar kun je ruimte vinden of maken?',
          en: 'How does the system you work in limit your room, and where can you find or make room?' },
        { nl: 'Kun je het verantwoorden om te blijven helpen terwijl anderen op de wachtlijst staan?',
          en: 'Can you justify staying on while others are on the waiting list?' },
        { nl: 'Neem je de vrijheid om te doen wat jij goed vindt, ook als collega\'s of je leidinggevende er anders over denken?',
          en: 'Do you take the freedom to do what you think is right, even when colleagues or your manager think otherwise?' },
      ],
    },
    deugden: ['Betrouwbaarheid', 'Vertrouwen', 'Betrokkenheid'],
  },
  {
    title: { nl: 'Wie heeft er hier er nu een probleem?', en: 'Who here actually has a problem?' },
    summary: {
      nl: 'De moeder van Klaas (16) meldt haar zoon aan en komt alleen naar het eerste gesprek: hij moet zijn gedrag veranderen, weer een gewoon dag- en nachtritme krijgen en naar school gaan. '
        + 'Thuis botst Klaas steeds vaker met zijn vader, die vanuit huis werkt, onlangs een ASS-diagnose kreeg waar hij niets mee wil, en bij elk geluid de kamer van zijn zoon binnenstormt. '
        + 'Moeder probeert de vrede te bewaren en vreest dat het uitloopt op een vechtpartij. '
        + 'Klaas zelf vindt dat er niets aan de hand is, zolang iedereen hem met rust laat.',
      en: 'Klaas\'s mother (he is 16) registers her son for help and comes to the first meeting alone: he has to change his behaviour, get back to a normal sleep rhythm and go to school. '
        + 'At home Klaas clashes more and more with his father, who works from home, was recently diagnosed with autism he wants nothing to do with, and storms into his son\'s room at every noise. '
        + 'His mother tries to keep the peace and fears it will end in a fist fight. '
        + 'Klaas himself says nothing is wrong, as long as everyone leaves him alone.',
    },
    dilemma: {
      nl: 'Wie is hier je cliënt, de jongen of zijn moeder? Wat doe je als een zestienjarige zegt geen hulp nodig te hebben, terwijl zijn ouders hem wel aanmelden?',
      en: 'Who is your client here, the boy or his mother? What do you do when a sixteen-year-old says he needs no help while his parents have signed him up?',
    },
    prompts: {
      handelingen: [
        { nl: 'Wie zie jij als je cliënt, en hoe stuurt dat wat je doet?',
          en: 'Whom do you see as your client, and how does that steer what you do?' },
        { nl: 'Wie heeft hier een hulpvraag, en wie heeft hulp nodig? Is dat dezelfde persoon?',
          en: 'Who is asking for help here, and who needs it? Is that the same person?' },
        { nl: 'Welke keuzes heb je in je eigen situatie?',
          en: 'What choices do you have in your own situation?' },
      ],
      kennis: [
        { nl: 'Hoe kleurt de leeftijd van de jongere jouw blik?',
          en: 'How does the young person\'s age colour the way you look at this?' },
        { nl: 'Welke richtlijn geeft voor jou de doorslag, en wanneer wijk je ervan af?',
          en: 'Which guideline is decisive for you, and when do you depart from it?' },
      ],
      identiteit: [
        { nl: 'Heb je zelf weleens hulp gekregen waar je niet om had gevraagd? Wat deed dat met je?',
          en: 'Have you ever been offered help you had not asked for? What did it do to you?' },
        { nl: 'Wat betekent die ervaring voor hoe jij nu zelf ongevraagd hulp of advies geeft? En hoe wil je hier als professional gezien worden?',
          en: 'What does that experience mean for how you now offer help or advice nobody asked for? And how do you want to be seen here as a professional?' },
      ],
      deugden: [
        { nl: 'Verantwoordelijkheid speelt bij de jongen, bij zijn moeder en bij jou. Hoe kijk je naar ieders deel?',
          en: 'Responsibility is at play for the boy, for his mother and for you. How do you see each one\'s share?' },
        { nl: 'Wanneer wordt verantwoordelijkheid bij elk van hen te veel, en wanneer te weinig?',
          en: 'For each of them, when does responsibility become too much, and when too little?' },
      ],
      vrijheid: [
        { nl: 'De jongere zegt geen probleem te hebben. Hoe vrij is hij om dat zelf te bepalen?',
          en: 'The young person says he has no problem. How free is he to decide that for himself?' },
        { nl: 'Wat betekent zijn vrijheid voor jouw ruimte om te handelen?',
          en: 'What does his freedom mean for your own room to act?' },
      ],
    },
    deugden: ['Verantwoordelijkheid'],
  },
  {
    title: { nl: 'Als de bodem onder je team wegvalt', en: 'When the ground gives way under your team' },
    summary: {
      nl: 'Een team van zeven jeugdbeschermers verliest binnen drie maanden vier collega\'s: twee gaan met pensioen, één wordt ernstig ziek en één stapt over naar de jeugdreclassering. '
        + 'Met hen verdwijnt veel ervaring, en door wisselende werkdagen zien de overgebleven collega\'s elkaar nog maar zelden. '
        + 'Een van hen is ineens de meest ervaren kracht, terwijl ze zich soms nog een beginner voelt; afspraak is voor haar afspraak, en eerst komt de ander. '
        + 'Ze stelt beslissingen uit in de hoop dat het vanzelf goed komt, en de druk en de stress lopen op.',
      en: 'A team of seven child protection workers loses four colleagues within three months: two retire, one falls seriously ill and one moves to youth probation. '
        + 'A great deal of experience leaves with them, and with shifting workdays the ones who remain hardly see each other. '
        + 'One of them is suddenly the most experienced, while at times she still feels like a beginner; to her a promise is a promise, and others come first. '
        + 'She puts off decisions, hoping things will sort themselves out, and the pressure and stress keep rising.',
    },
    dilemma: {
      nl: 'Hoe houd je het vol, voor jezelf en voor je team, als niet meer alle verplichtingen haalbaar zijn en je plichtsbesef zegt dat alles toch moet gebeuren?',
      en: 'How do you keep going, for yourself and your team, when not every obligation can be met any more and your sense of duty says it must all still be done?',
    },
    prompts: {
      handelingen: [
        { nl: 'Welke afwegingen maak je alleen, en welke samen met je team?',
          en: 'Which judgements do you make alone, and which together with your team?' },
        { nl: 'Wat leg je voor aan je leidinggevende of teamcoach, wat bespreek je met je team en waarvoor zoek je intervisie?',
          en: 'What do you take to your manager or team coach, what do you discuss with your team, and what do you bring to peer consultation?' },
        { nl: 'Wat vertel je je cliënten over de situatie, en hoe?',
          en: 'What do you tell your clients about the situation, and how?' },
      ],
      kennis: [
        { nl: 'Welke afspraken heeft je organisatie over wat een team nodig heeft om te kunnen werken, en wie bewaakt dat als het knelt?',
          en: 'What has your organisation agreed about what a team needs in order to work, and who watches over that when things get tight?' },
        { nl: 'Wat verwacht je organisatie van jou als teamlid, en wat van een leidinggevende of teamcoach?',
          en: 'What does your organisation expect of you as a team member, and what of a manager or team coach?' },
      ],
      identiteit: [
        { nl: 'Wat breng jij in je team in, en hoe wil je door je collega\'s gezien worden?',
          en: 'What do you bring to your team, and how do you want your colleagues to see you?' },
        { nl: 'Hoeveel van wie je wilt zijn hangt aan dit team, en wat zegt dat over je loyaliteit?',
          en: 'How much of who you want to be depends on this team, and what does that say about your loyalty?' },
      ],
      deugden: [
        { nl: 'Plichtsgetrouwheid speelt hier een hoofdrol. Hoe ziet een gezonde vorm ervan eruit?',
          en: 'Dutifulness plays a leading part here. What does a healthy form of it look like?' },
        { nl: 'Wanneer wordt plichtsbesef te veel, en wanneer te weinig?',
          en: 'When does a sense of duty become too much, and when too little?' },
      ],
      vrijheid: [
        { nl: 'Hoeveel vrijheid heeft een zelforganiserend team om te bepalen hoe het werk gebeurt, en waar houdt die op?',
          en: 'How much freedom does a self-organising team have to decide how the work gets done, and where does it end?' },
        { nl: 'Wie stelt vast dat het team de grens van wat het zelf kan organiseren heeft bereikt?',
          en: 'Who decides that the team has reached the limit of what it can organise itself?' },
      ],
    },
    deugden: ['Plichtsgetrouwheid', 'Loyaliteit'],
  },
  {
    title: { nl: 'De grens tussen werk en privé', en: 'The line between work and private life' },
    summary: {
      nl: 'Een gezinsbehandelaar belt voor een eerste kennismaking met de moeder van Thomas. '
        + 'Moeder vraagt meteen of de behandelaar zelf kinderen heeft, en vertelt opgewonden dat Thomas bij zijn vader niet veilig is omdat die drinkt; vader mag dat alleen niet weten, want ze heeft het Thomas beloofd. '
        + 'Na het gesprek blijft het malen: de behandelaar heeft kort geleden ontdekt dat er ook in het eigen gezin een verslaving speelt.',
      en: 'A family therapist phones Thomas\'s mother for a first introduction. '
        + 'She immediately asks whether the therapist has children, and tells in a rush that Thomas is not safe with his father because he drinks; the father must not know she said so, as she promised Thomas. '
        + 'After the call the therapist\'s mind keeps racing: only recently it turned out that addiction is at play in the therapist\'s own family too.',
    },
    dilemma: {
      nl: 'Kun je dit gezin onbevooroordeeld helpen terwijl je thuis met hetzelfde worstelt? Wat doe je met het geheim van moeder, en wat vraagt dit van jou?',
      en: 'Can you help this family without prejudice while you struggle with the same thing at home? What do you do with the mother\'s secret, and what does this ask of you?',
    },
    prompts: {
      handelingen: [
        { nl: 'Merk je wat er bij je wordt aangeraakt, en kun je je emoties zo hanteren dat je bij de vraag van het gezin blijft?',
          en: 'Do you notice what is being stirred in you, and can you handle your feelings so that you stay with the family\'s question?' },
        { nl: 'Begin je zelf in dit gezin, of draag je het over aan een collega? Wat levert overleg met je werkbegeleider of een anoniem advies van Veilig Thuis je op?',
          en: 'Do you take on this family yourself, or hand it to a colleague? What could a talk with your supervisor, or anonymous advice from Veilig Thuis (the Dutch advice centre for domestic violence and child abuse), give you?' },
        { nl: 'Welke alternatieven heb je in je eigen casus?',
          en: 'What alternatives do you have in your own case?' },
      ],
      kennis: [
        { nl: 'Weet je bij wie je terechtkunt als werk en privé door elkaar gaan lopen?',
          en: 'Do you know where to turn when work and private life start to mix?' },
        { nl: 'Heb je scherp wat er thuis speelt dat je werk en je afwegingen kan beïnvloeden?',
          en: 'Are you clear about what is going on at home that might affect your work and your judgement?' },
      ],
      identiteit: [
        { nl: 'Hoe denk je zelf over verslaving, en hoe kleurt je eigen thuissituatie dat?',
          en: 'What do you yourself think about addiction, and how does your own home situation colour that?' },
        { nl: 'Kun je onafhankelijk blijven tegenover beide ouders, en hoe voorkom je dat je eigen boosheid bij dit gezin terechtkomt?',
          en: 'Can you stay independent towards both parents, and how do you keep your own anger from landing on this family?' },
      ],
      deugden: [
        { nl: 'De professional in dit verhaal wilde open, eerlijk, betrouwbaar en nieuwsgierig zijn naar beide ouders. Wat betekent transparantie voor jou als je eigen leven zo dichtbij komt?',
          en: 'The professional in this story wanted to be open, honest, reliable and curious towards both parents. What does transparency mean to you when your own life comes this close?' },
        { nl: 'Hoeveel vertel je over je privésituatie: wanneer is het te veel, wanneer te weinig?',
          en: 'How much do you share about your private life: when is it too much, when too little?' },
      ],
      vrijheid: [
        { nl: 'Hoe helpt de beroepscode je om richting te kiezen?',
          en: 'How does the professional code help you choose a direction?' },
        { nl: 'Wie of wat heeft nog meer een stem in deze keuze, en hoe zorg je dat je er niet alleen voor staat?',
          en: 'Who or what else has a say in this choice, and how do you make sure you do not face it alone?' },
      ],
    },
    deugden: ['Transparantie', 'Eerlijkheid', 'Betrouwbaarheid', 'Nieuwsgierigheid'],
  },
  {
    title: { nl: 'Wat is crisis?!', en: 'What is a crisis?!' },
    summary: {
      nl: 'Lisa kwam een jaar geleden met haar dochtertje Mila (2) uit een verslavingskliniek; ook Noa (6) woont weer bij haar. '
        + 'Eerst gaat het goed, maar dan zegt Lisa afspraken af en komen er zorgen over een nieuwe zwangerschap, een vervuild huis en geweld door de vader. '
        + 'Ze kiest voor de vrouwenopvang in plaats van een uithuisplaatsing, maar ook daar houdt ze de hulp buiten de deur en laat ze de kinderen soms \'s nachts alleen. '
        + 'De opvang ziet geen grond om in te grijpen en de zorgpartners schatten het gevaar verschillend in, terwijl de hulpverlener het niet langer verantwoord vindt.',
      en: 'A year ago Lisa left an addiction clinic with her little daughter Mila (2); Noa (6) lives with her again too. '
        + 'Things go well at first, but then Lisa starts cancelling appointments, and there are worries about a new pregnancy, a filthy house and violence by the father. '
        + 'She chooses a women\'s shelter over having the children placed elsewhere, but there too she keeps help at the door and sometimes leaves the children alone at night. '
        + 'The shelter sees no grounds to step in and the care partners judge the danger differently, while the worker finds it no longer acceptable.',
    },
    dilemma: {
      nl: 'Wat doe je als jij de situatie onveilig vindt en andere betrokken partijen de ernst lager inschatten? Wie beslist, en hoe kom je samen verder?',
      en: 'What do you do when you find the situation unsafe and other parties involved rate it as less serious? Who decides, and how do you move on together?',
    },
    prompts: {
      handelingen: [
        { nl: 'Met wie overleg je, en met wie niet? Zoek je naar overeenstemming of naar een gezamenlijke oplossing?',
          en: 'Whom do you consult, and whom not? Are you looking for agreement or for a shared solution?' },
        { nl: 'Zet alle mogelijkheden op een rij voordat je er een paar wegstreept.',
          en: 'List every possibility before you cross any of them off.' },
        { nl: 'Wat doe je met het verschil in hoe de partners de ernst inschatten?',
          en: 'What do you do with the difference in how the partners judge the seriousness?' },
      ],
      kennis: [
        { nl: 'Met welke risicotaxatie-instrumenten ben je bekend, en welke zet je zelf in?',
          en: 'Which risk assessment tools are you familiar with, and which do you use yourself?' },
        { nl: 'Wat moet je weten over verslaving en over de ontwikkeling van jonge kinderen om de risico\'s te kunnen wegen?',
          en: 'What do you need to know about addiction and about young children\'s development to weigh the risks?' },
      ],
      identiteit: [
        { nl: 'Wat is voor jou een aanvaardbare levensstandaard en een gezond leven? Neem je die maatstaf ongemerkt mee in je werk?',
          en: 'What is an acceptable standard of living and a healthy life to you? Do you carry that yardstick into your work without noticing?' },
        { nl: 'Ga jij makkelijk je eigen gang, of zoek je juist verbinding en harmonie met andere partijen? Wat betekent dat hier?',
          en: 'Do you easily go your own way, or do you look for connection and harmony with other parties? What does that mean here?' },
      ],
      deugden: [
        { nl: 'Welke deugden sturen de keuzes van de verschillende partijen, en waar gaan die schuren?',
          en: 'Which virtues drive the choices of the different parties, and where do they chafe?' },
        { nl: 'Wat vindt elke partij belangrijk, en waarom komen ze tot een andere afweging?',
          en: 'What does each party find important, and why do they weigh things differently?' },
      ],
      vrijheid: [
        { nl: 'Wie hakt hier de knoop door: jij, een van de partners, of doe je het samen?',
          en: 'Who makes the call here: you, one of the partners, or all of you together?' },
        { nl: 'Waar ligt voor jou het punt waarop je niet langer op overeenstemming kunt wachten?',
          en: 'Where is the point for you at which you can no longer wait for agreement?' },
      ],
    },
    deugden: ['Veiligheid', 'Verantwoordelijkheid', 'Samenwerking'],
  },
  {
    title: { nl: 'In hoeverre volg ik het advies?', en: 'How far do I follow the advice?' },
    summary: {
      nl: 'Martijn is in behandeling bij de GGZ vanwege trauma en een sociale angststoornis, en kreeg onlangs ook de diagnose ASS. '
        + 'Thuis is het onrustig, hij ontloopt afspraken en raakt in de knel omdat hij sociale situaties slecht kan inschatten. '
        + 'Na overleg met de behandelaren staat hij op de wachtlijst voor een behandelgroep, tot ongenoegen van Martijn zelf; zijn ouders zien geen andere uitweg. '
        + 'De hulpverlener die de regie krijgt, ziet dat er thuis nog geen hulp is ingezet en vraagt zich af of een opname niet te vroeg komt.',
      en: 'Martijn is being treated in mental health care for social anxiety and trauma, and was recently also diagnosed with autism. '
        + 'Home is tense, he avoids appointments and gets into trouble because he misreads social situations. '
        + 'After talks with the therapists he is on the waiting list for a treatment group, much to his own dismay; his parents see no other way out. '
        + 'The worker who takes charge of the case sees that no help has been started at home yet, and wonders whether admission comes too soon.',
    },
    dilemma: {
      nl: 'Volg je het advies van de behandelaren, of durf je ervan af te wijken omdat je denkt dat er thuis nog kansen liggen? En hoe zorg je dat zo\'n keuze goed landt?',
      en: 'Do you follow the therapists\' advice, or dare to depart from it because you believe there are still chances at home? And how do you make such a choice land well?',
    },
    prompts: {
      handelingen: [
        { nl: 'Ga je mee in de plaatsing of niet? Welke alternatieven zie je, zoals dagbehandeling, tijdelijk bij familie wonen of eerst de spanningen thuis onderzoeken?',
          en: 'Do you go along with the placement or not? What alternatives do you see, such as day treatment, staying with relatives for a while, or first looking into the tensions at home?' },
        { nl: 'Hoe weegt mee dat hij al op de wachtlijst staat, en hoe ligt dat in je eigen casus?',
          en: 'How much weight does it carry that he is already on the waiting list, and how does that play out in your own case?' },
      ],
      kennis: [
        { nl: 'Wat weet je van ASS, angststoornissen en traumasensitief werken?',
          en: 'What do you know about autism, anxiety disorders and trauma-sensitive work?' },
        { nl: 'Waarop is het advies voor de behandelgroep gebaseerd, en welke andere kennis telt mee?',
          en: 'What is the advice for the treatment group based on, and what other knowledge counts?' },
      ],
      identiteit: [
        { nl: 'Welke betekenisvolle ervaringen heb je zelf, in je leven of in je werk, met uit huis gaan of uit huis geplaatst worden?',
          en: 'What meaningful experiences do you have yourself, in life or at work, with leaving home or being placed away from home?' },
        { nl: 'Hoe kleuren die ervaringen je afweging?',
          en: 'How do those experiences colour your judgement?' },
      ],
      deugden: [
        { nl: 'Gematigdheid kan hier meespelen: een ingreep die niet te voorzichtig is en ook niet te zwaar, maar wel werkt. Hoe weeg je dat?',
          en: 'Moderation may be at play here: an intervention that is neither too cautious nor too heavy, yet works. How do you weigh that?' },
        { nl: 'Welke risico\'s neem je mee in die afweging?',
          en: 'Which risks do you take into account?' },
      ],
      vrijheid: [
        { nl: 'Hoeveel ruimte voel je, en wil je nemen, om van het advies af te wijken? Wat zijn de gevolgen?',
          en: 'How much room do you feel, and want to take, to depart from the advice? What are the consequences?' },
        { nl: 'Wat beperkt of vergroot die ruimte, en wat moet je doen om een afwijkende keuze goed te laten landen, bijvoorbeeld opnieuw in gesprek met wie het advies gaf?',
          en: 'What narrows or widens that room, and what must you do to make a different choice land well, for example by talking again with those who gave the advice?' },
      ],
    },
    deugden: ['Gematigdheid'],
  },
  {
    title: { nl: 'Paniek bij oma', en: 'Panic at grandma\'s' },
    summary: {
      nl: 'Oma komt op het spreekuur: haar dochter heeft haar kleinzoon verwaarloosd en mishandeld, hem opgesloten en niet naar school laten gaan. '
        + 'De jongen stond jaren onder toezicht vanwege de psychiatrische problemen van zijn moeder; die maatregel is al anderhalf jaar voorbij. '
        + 'Na een nieuwe suïcidepoging van moeder logeert hij bij oma, waar hij het fijn heeft, en Veilig Thuis is net betrokken. '
        + 'De huisarts en oma willen dat er meteen een kinderpsycholoog komt; de jongen zelf zegt dat hij niets nodig heeft.',
      en: 'A grandmother comes to the walk-in hour: her daughter has neglected and mistreated her grandson, locked him up and kept him from school. '
        + 'The boy was under supervision for years because of his mother\'s psychiatric problems; that order ended eighteen months ago. '
        + 'After another suicide attempt by his mother he is staying with his grandmother, where he is happy, and Veilig Thuis, the advice centre for domestic violence and child abuse, has just become involved. '
        + 'The GP and the grandmother want a child psychologist right away; the boy himself says he needs nothing.',
    },
    dilemma: {
      nl: 'Wat doe je als er vanuit schrik en een gevoel van crisis met spoed om hulp wordt gevraagd: snel handelen, of juist vertragen?',
      en: 'What do you do when shock and a sense of crisis lead to an urgent call for help: act quickly, or slow things down?',
    },
    prompts: {
      handelingen: [
        { nl: 'Hoe ga je om met het crisisgevoel? Zoek je meteen een behandelaar, en zo ja, wat voor behandeling?',
          en: 'How do you deal with the sense of crisis? Do you look for a therapist straight away, and if so, for what kind of treatment?' },
        { nl: 'Of vertraag je, kijk je wat er te dragen valt en bouw je voort op wat nu goed gaat?',
          en: 'Or do you slow down, see what can be borne and build on what is going well now?' },
        { nl: 'Wat kunnen school, familie of het netwerk laagdrempelig betekenen, en wat doe je richting oma?',
          en: 'What can school, family or the wider network offer in a low-key way, and what do you do towards the grandmother?' },
      ],
      kennis: [
        { nl: 'Wanneer is er voor jou sprake van een crisis, en waarom?',
          en: 'When, to you, is something a crisis, and why?' },
        { nl: 'Gebruik je taxatie-instrumenten, en wat doe je als de uitkomst afwijkt van je eigen oordeel?',
          en: 'Do you use assessment tools, and what do you do when the outcome differs from your own judgement?' },
        { nl: 'Wat weet je van psychiatrische stoornissen, trauma, verwaarlozing en familiepatronen? En oma zelf: houdt zij de zorg voor haar kleinzoon vol?',
          en: 'What do you know about psychiatric disorders, trauma, neglect and family patterns? And the grandmother herself: can she keep up caring for her grandson?' },
      ],
      identiteit: [
        { nl: 'Welke crises heb je zelf meegemaakt, en hoe ging je daarmee om?',
          en: 'Which crises have you lived through yourself, and how did you deal with them?' },
        { nl: 'Hoe kleurt dat je keuzes als jeugdprofessional in een situatie als deze?',
          en: 'How does that colour your choices as a youth care professional in a situation like this?' },
      ],
      deugden: [
        { nl: 'Veiligheid kan hier onder spanning komen te staan. Volgens wiens maatstaf is deze situatie onveilig?',
          en: 'Safety may come under strain here. By whose standard is this situation unsafe?' },
        { nl: 'Welke andere deugden spelen mee, voor oma, voor de huisarts en voor jou?',
          en: 'Which other virtues are at play, for the grandmother, for the GP and for you?' },
      ],
      vrijheid: [
        { nl: 'Welke richtlijnen gelden hier, bijvoorbeeld over samen beslissen, kindermishandeling, KOPP en uithuisplaatsing?',
          en: 'Which guidelines apply here, for instance on shared decision-making, child abuse, children of parents with mental illness, and out-of-home placement?' },
        { nl: 'Wanneer volg je een richtlijn, en wanneer besluit je ervan af te wijken?',
          en: 'When do you follow a guideline, and when do you decide to depart from it?' },
      ],
    },
    deugden: ['Veiligheid'],
  },
];

export const SITUATIONS: readonly Situation[] = DRAFTS.map((draft, i) => ({
  ...draft,
  id: slugify(draft.title.nl),
  order: i + 1,
}));

const BY_ID = new Map(SITUATIONS.map((s) => [s.id, s]));

/** The situation with this id; ids are compared after slugifying, so "Paniek bij oma" finds it too. */
export function findSituation(id: string | undefined | null): Situation | undefined {
  if (typeof id !== 'string') return undefined;
  return BY_ID.get(id) ?? BY_ID.get(slugify(id));
}
