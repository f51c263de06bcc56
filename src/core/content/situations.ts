// The nine critical situations of the booklet "Praktijkbundel kritische situaties" (Jeugdzorg Nederland &
// Good Work Company, 2023). The titles are the booklet's; summaries, dilemmas and prompts are retold in
// our own words. The stories only serve to call up a memory of one's own work, so they stay short.
// A prompt the booklet does not have (a question of our own, or background such as the law on consent
// from sixteen) is made with `own` and says so in its text, so every face shows where it comes from.
import type { ElementId } from '../model';
import type { Msg } from '../i18n';

/** A prompt; `own` marks one that Goed Werk adds to what the booklet says. */
export interface Prompt extends Msg { own?: true }

/** What an added prompt says after its text, in every face that shows it. */
export const OWN_MARK: Msg = { nl: '(aanvulling, niet uit de bundel)', en: '(our addition, not from the booklet)' };

/** A prompt of our own: its text ends with OWN_MARK. */
export function own(nl: string, en: string): Prompt {
  return { nl: `${nl} ${OWN_MARK.nl}`, en: `${en} ${OWN_MARK.en}`, own: true };
}

const p = (nl: string, en: string): Prompt => ({ nl, en });

export interface Situation {
  /** The slug of the Dutch title; what a journal's `situatie` field names. */
  id: string;
  title: Msg;
  summary: Msg;
  dilemma: Msg;
  /** Two to four prompts per element, to help a writer look at the situation from that side. */
  prompts: Record<ElementId, Prompt[]>;
  /** Exactly the deugden the booklet names in this situation's Deugden prompts (Dutch names, as in DEUGDEN); none when it names none. */
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
      nl: 'Jamilla (15) klopte bij een jeugdprofessional aan om hoofdpijn waar de dokter geen lichamelijke oorzaak voor vond; hij dacht aan stress. '
        + 'Samen ontdekten ze hoeveel ze al had doorgemaakt: geweld thuis, pesterijen en vragen over wie ze is, en haar lontje was kort geworden. '
        + 'Ze wilde in therapie; tot die begon hield de professional contact, en bij de intake van de GGZ volgden een warme overdracht en een afscheid. '
        + 'Een half jaar later appt Jamilla weer: ze wil graag nog een keer met de professional praten.',
      en: 'Jamilla (15) came to a youth care worker about headaches for which the doctor had found no physical cause; he thought of stress. '
        + 'Together they found out how much she had already been through: violence at home, bullying and questions about who she is, and her fuse had grown short. '
        + 'She wanted therapy; until it began the worker kept in touch, and at the mental health intake came a warm handover and a goodbye. '
        + 'Six months later Jamilla sends a message again: she would like to talk with the worker once more.',
    },
    dilemma: {
      nl: 'Ga je in op haar vraag nu het traject is afgesloten? En zo ja: in welke rol, en hoe?',
      en: 'Do you take up her request now that your work with her has been closed? And if so: in what role, and how?',
    },
    prompts: {
      handelingen: [
        p('Wat kun je doen: terugappen, een telefoonafspraak maken, haar tussendoor laten komen, haar naar haar behandelaar verwijzen, of eerst naar de dokter voor een verwijzing?',
          'What could you do: text her back, set up a phone call, let her come by in between, refer her to her therapist, or send her to the doctor for a referral first?'),
        p('Wat kon jij doen in je eigen situatie, en welke weg liet je liggen? Waarom die?',
          'What could you do in your own situation, and which road did you leave aside? Why that one?'),
        p('Welke plek geeft de jongere jou, en welke plek kies je zelf?',
          'What place does the young person give you, and what place do you choose for yourself?'),
      ],
      kennis: [
        p('Wat spraken jullie af bij het afsluiten, en wat mocht de jongere daarna nog van je verwachten?',
          'What did you agree when the work ended, and what could the young person still expect of you afterwards?'),
        p('Bij wie ligt de casus nu? Wat zeggen de regels van je organisatie, en wat vraagt de wet nog van je, ook qua termijnen?',
          'Who holds the case now? What do your organisation\'s rules say, and what does the law still ask of you, time limits included?'),
        p('Wat moest jij weten om in je eigen situatie een keuze te kunnen maken?',
          'What did you need to know to make a choice in your own situation?'),
      ],
      identiteit: [
        p('Raakt dit verzoek je persoonlijk, zodat je feller of zachter reageert dan je gewend bent?',
          'Does this request touch you personally, so that you respond more strongly or more softly than usual?'),
        p('Hoe rebels ben jij hier: hoe dicht ga je langs de randen van regels en afspraken, en wat zet je daarmee op het spel?',
          'How rebellious are you here: how close do you go to the edges of rules and agreements, and what do you put at stake?'),
      ],
      deugden: [
        p('Hier kunnen tact, zorgvuldigheid, verantwoordelijkheid en loyaliteit met elkaar botsen. Welke telt voor jou het meest?',
          'Tact, carefulness, responsibility and loyalty may clash here. Which counts most for you?'),
        p('Wanneer wordt zorgvuldigheid te veel van het goede, en wanneer schiet ze tekort?',
          'When does carefulness become too much of a good thing, and when does it fall short?'),
      ],
      vrijheid: [
        p('Mocht je hier zelf beslissen, of lag de keuze ergens anders?',
          'Were you free to decide this yourself, or did the choice lie elsewhere?'),
        p('Welke regels, op papier of vanzelfsprekend, gelden bij jullie voor contact na een afgesloten traject?',
          'Which rules, written down or simply taken for granted, apply where you work to contact after the work has ended?'),
      ],
    },
    deugden: ['Tact', 'Zorgvuldigheid', 'Verantwoordelijkheid', 'Loyaliteit'],
  },
  {
    title: { nl: 'Hond helpt, onrust houdt aan', en: 'The dog helps, the unrest stays' },
    summary: {
      nl: 'Bas woont op een open groep; daarvoor zat hij op een gesloten groep, en een plek waar hij lang kan blijven is moeilijk te vinden. '
        + 'Hij raakte door drugs in de problemen, en wat hij meemaakte liet een trauma na: overdag is hij onrustig, \'s nachts vaak bang, en dan vlucht hij en komt hij in onveilige situaties. '
        + 'Bas en zijn behandelaren willen graag een traumahond die hem door de nachten helpt en hem misschien ook uit het drugscircuit trekt. '
        + 'De groepsleiding ziet praktische problemen en vragen over verantwoordelijkheid en is er zelf over verdeeld; tussen groepsleiding en behandelaren, en tussen de verteller en een collega, schuurt het.',
      en: 'Bas lives in an open residential group after a stay in a secure one, and a place where he could stay for good is hard to find. '
        + 'Drugs got him into trouble, and what he went through left a trauma: restless by day and often afraid at night, he then runs off and ends up in unsafe situations. '
        + 'Bas and his therapists would like a trauma dog to help him through the nights, and perhaps to pull him away from the drug scene too. '
        + 'The group staff see practical problems and questions of responsibility and are divided among themselves; there is friction between staff and therapists, and between the narrator and a colleague.',
    },
    dilemma: {
      nl: 'Hoe kom je samen tot een besluit als de jongere, de behandelaren en de groepsleiding er verschillend over denken, en ieder daar goede redenen voor heeft?',
      en: 'How do you reach a decision together when the young person, the therapists and the group staff disagree, each for good reasons?',
    },
    prompts: {
      handelingen: [
        p('Wat kan er allemaal? Bijvoorbeeld een andere plek zoeken of maken waar een hond wel past, een andere behandeling, de hond anders inzetten, of hier blijven zonder hond.',
          'What is possible? For example finding or making another place where a dog does fit, another treatment, using the dog in another way, or staying here without a dog.'),
        p('Zoek je draagvlak rond een gezamenlijk doel, of kies je ervoor het te verdragen, het hogerop te leggen of het af te dwingen?',
          'Do you build common ground around a shared aim, or do you choose to bear it, take it higher up, or force it through?'),
        p('En in je eigen situatie: wat lag er open, en zet dit rijtje je op een spoor dat je nog niet zag?',
          'And in your own situation: what was open to you, and does this list put you on a track you had not seen?'),
      ],
      kennis: [
        p('Meervoudige partijdigheid speelt hier een grote rol. Wat weet jij ervan, en wat betekent het voor je eigen situatie?',
          'Multi-directed partiality matters a lot here. What do you know about it, and what does it mean for your own situation?'),
        p('Wat moet je weten over wat de jongere doormaakt: trauma, zijn culturele achtergrond, het drugscircuit?',
          'What do you need to know about what the young person is going through: trauma, his cultural background, the drug scene?'),
        p('Helpen de richtlijn en je beroepscode je hier verder?',
          'Do the guideline and your professional code help you on here?'),
      ],
      identiteit: [
        p('Wat weegt voor jou zwaarder: dat de jongere merkt dat er naar hem geluisterd wordt, of dat alle betrokkenen zich gehoord voelen?',
          'What weighs more for you: that the young person feels listened to, or that everyone involved feels heard?'),
        p('Kom je die spanning zelf tegen? Wat voor professional wil je dan zijn in de ogen van de anderen?',
          'Do you meet that tension yourself? What kind of professional do you want to be in the eyes of the others then?'),
      ],
      deugden: [
        p('Gelijkwaardigheid, eerlijkheid en verantwoordelijkheid staan hier onder druk. Welke van die drie moet jij in je eigen situatie het best in de gaten houden?',
          'Equality, honesty and responsibility are under pressure here. Which of the three do you most need to watch in your own situation?'),
        p('Wie zou zich bij welke uitkomst niet gelijkwaardig of niet eerlijk behandeld kunnen voelen?',
          'Who might feel treated unequally or unfairly, and with which outcome?'),
      ],
      vrijheid: [
        p('De organisatie laat veel ruimte voor een plan dat bij deze jongen past, maar wie ermee te maken krijgt, praat mee. Waar houdt jouw ruimte op?',
          'The organisation leaves a lot of room for a plan that suits this boy, but everyone affected has a say. Where does your room end?'),
        p('Hoe maak je samen een afweging waar iedereen mee verder kan?',
          'How do you arrive together at a judgement everyone can live with?'),
      ],
    },
    deugden: ['Gelijkwaardigheid', 'Eerlijkheid', 'Verantwoordelijkheid'],
  },
  {
    title: { nl: 'Wanneer mag en kun je loslaten?', en: 'When may you, and when can you, let go?' },
    summary: {
      nl: 'Nadine groeide op met verslaving, huiselijk geweld en armoede; ze stond haar zusjes bij, hoewel ze zelf ook hulp nodig had, en bij haar grootouders cijferde ze zichzelf weg. '
        + 'Op haar zestiende kwam er een ondertoezichtstelling, en haar jeugdbeschermer won langzaam haar vertrouwen. '
        + 'Nu woont ze in een woongroep waar ze ook na haar achttiende kan blijven, is ze met traumabehandeling begonnen en heeft ze een mentor. '
        + 'De maatregel eindigt als ze achttien wordt, maar Nadine wil haar hulpverlener niet kwijt: juist nu ze weer mensen leert vertrouwen.',
      en: 'Nadine grew up with addiction, domestic violence and poverty; she stood up for her little sisters although she needed help herself, and at her grandparents\' she put herself last. '
        + 'At sixteen a supervision order came, and her child protection worker slowly won her trust. '
        + 'She now lives in a residential group where she can stay past eighteen, has started trauma therapy and has a mentor. '
        + 'The order ends when she turns eighteen, but Nadine does not want to lose her worker: just when she is learning to trust people again.',
    },
    dilemma: {
      nl: 'Laat je los omdat de maatregel afloopt en de zorg is overgedragen, of blijf je op een andere manier betrokken omdat het vertrouwen nog pril is?',
      en: 'Do you let go because the order ends and her care has been handed over, or do you stay involved in some other way because her trust is still fragile?',
    },
    prompts: {
      handelingen: [
        p('Loslaten bij achttien is gebruikelijk, maar welke andere wegen zijn er? Denk aan aanvullende hulp van buiten, een netwerkberaad, of een informele rol zoals JIM (jouw ingebrachte mentor).',
          'Letting go at eighteen is the usual course, but what other paths are there? Think of extra outside help, a network meeting, or an informal role such as a JIM (a mentor the young person chooses).'),
        p('En welke wegen liggen er in je eigen situatie?',
          'And which paths are open in your own situation?'),
      ],
      kennis: [
        p('Welke kennis heb je hier nodig? Denk aan trauma, grensoverschrijdend gedrag, verwaarlozing en mishandeling, identiteit en familiepatronen.',
          'What knowledge do you need here? Think of trauma, boundary-crossing behaviour, neglect and abuse, identity and family patterns.'),
        p('Hoe denkt je organisatie over hulp na het achttiende jaar, en wat regelt de wet daarvoor?',
          'How does your organisation view support after eighteen, and what does the law provide for it?'),
        p('Dunbar beschrijft kringen van betekenisvolle relaties, van een handvol naasten tot zo\'n honderdvijftig bekenden. In welke kring sta jij bij deze jongere, en wat betekent dat?',
          'Dunbar describes circles of meaningful relationships, from a handful of close people to about a hundred and fifty acquaintances. Which circle are you in for this young person, and what does that mean?'),
        own('De Jeugdwet kent verlengde jeugdhulp: hulp die vóór het achttiende jaar begon, kan onder voorwaarden doorlopen tot 23 jaar, ook als de ondertoezichtstelling stopt. Kan dat hier een brug zijn?',
          'Dutch youth law provides for extended youth care: help that began before eighteen can, under conditions, go on until 23, even when the supervision order stops. Could that be a bridge here?'),
      ],
      identiteit: [
        p('Wanneer telt een band met een cliënt voor jou echt? En wanneer voor haar?',
          'When does a bond with a client really count for you? And when for her?'),
        p('Als jullie daar anders over denken, hoe vind je elkaar dan?',
          'If the two of you see that differently, how do you find each other?'),
      ],
      deugden: [
        p('Betrouwbaarheid, vertrouwen en betrokkenheid komen hier onder druk. Ben je nog te vertrouwen als je iemand loslaat die jou net is gaan vertrouwen?',
          'Reliability, trust and involvement come under pressure here. Are you still trustworthy if you let go of someone who has only just started to trust you?'),
        p('Kun je betrokken blijven op een manier die het vertrouwen heel laat?',
          'Can you stay involved in a way that keeps the trust intact?'),
      ],
      vrijheid: [
        p('Wat laten de regels rond achttien jaar en je organisatie je nog toe, en waar kun je daarbinnen iets oprekken?',
          'What do the rules around eighteen and your organisation still allow you, and where can you stretch something within them?'),
        p('Anderen wachten op hulp. Mag jij dan bij Nadine blijven, en hoe leg je dat uit?',
          'Others are waiting for help. May you stay with Nadine, and how do you explain that?'),
        p('Als je team of je leidinggevende het anders ziet, ga je dan toch je eigen weg?',
          'If your team or your manager sees it differently, do you still go your own way?'),
      ],
    },
    deugden: ['Betrouwbaarheid', 'Vertrouwen', 'Betrokkenheid'],
  },
  {
    title: { nl: 'Wie heeft er hier er nu een probleem?', en: 'Who here actually has a problem?' },
    summary: {
      nl: 'De moeder van Klaas (16) heeft haar zoon in haar eentje aangemeld en komt ook alleen naar het eerste gesprek: zijn gedrag en zijn slaapritme moeten veranderen, hij moet weer naar school en goede cijfers halen, maar hij mag zich geen probleemgeval voelen. '
        + 'Thuis botst Klaas geregeld met zijn vader, die naast de kamer van zijn zoon vanuit huis werkt, bij elk geluid schreeuwend binnenstormt en niets wil weten van zijn eigen recente ASS-diagnose. '
        + 'Moeder probeert iedereen tevreden te houden en vreest dat vader en zoon op de vuist gaan. '
        + 'Klaas zelf vindt het allemaal onzin: als iedereen hem met rust laat, is er niets aan de hand.',
      en: 'Klaas\'s mother signed her son up on her own (he is 16) and comes to the first meeting alone: his behaviour and his sleep pattern must change, he has to go back to school and get good marks, yet he must not feel like a problem case. '
        + 'At home Klaas clashes regularly with his father, who works from home next to his son\'s room, storms in shouting at every noise, and wants nothing to do with his own recent autism diagnosis. '
        + 'His mother tries to keep everyone happy and fears that father and son will come to blows. '
        + 'Klaas himself thinks it is all nonsense: as long as everyone leaves him alone, nothing is wrong.',
    },
    dilemma: {
      nl: 'Wie is hier je cliënt, de jongen of zijn moeder? Wat doe je als een zestienjarige zegt geen hulp te hoeven, terwijl zijn moeder hem heeft aangemeld?',
      en: 'Who is your client here, the boy or his mother? What do you do when a sixteen-year-old says he needs no help while his mother has signed him up?',
    },
    prompts: {
      handelingen: [
        p('Wie zie jij als je cliënt, en hoe stuurt dat wat je doet?',
          'Whom do you see as your client, and how does that steer what you do?'),
        p('Wie vraagt hier om hulp, en bij wie zit de nood? Zijn dat dezelfden?',
          'Who is asking for help here, and where does the need lie? Are they the same people?'),
        p('Welke kanten kon jij op in je eigen situatie?',
          'Which ways could you go in your own situation?'),
      ],
      kennis: [
        p('Wat verandert er voor jou doordat hij zestien is?',
          'What changes for you because he is sixteen?'),
        p('Op welke richtlijn leun je hier, en wanneer zou je er bewust van afwijken?',
          'Which guideline do you lean on here, and when would you knowingly depart from it?'),
        own('Volgens de Jeugdwet geeft een jongere vanaf zestien in de regel zelf toestemming voor jeugdhulp; zijn ouders hoeven dan niet mee te beslissen. Wat betekent dat als zijn moeder hem aanmeldt en hij zelf geen hulp wil?',
          'Under Dutch youth law a young person of sixteen or older as a rule consents to youth care himself; his parents need not decide with him. What does that mean when his mother signs him up and he wants no help?'),
      ],
      identiteit: [
        p('Kreeg je zelf ooit ongevraagd een helpende hand, van een baas, een vriend of je ouders? Hoe viel dat bij je?',
          'Have you ever been given a helping hand you never asked for, by a boss, a friend or your parents? How did that land with you?'),
        p('Doe jij het daardoor anders als jij degene bent die hulp aanbiedt die niemand vroeg? En wat voor professional wil je voor Klaas en zijn moeder zijn?',
          'Does that make you act differently when you are the one offering help nobody asked for? And what kind of professional do you want to be for Klaas and his mother?'),
      ],
      deugden: [
        p('Verantwoordelijkheid speelt bij de jongen, bij zijn moeder en bij jou. Hoe kijk je naar ieders deel?',
          'Responsibility is at play for the boy, for his mother and for you. How do you see each one\'s share?'),
        p('Wanneer wordt verantwoordelijkheid bij elk van hen te veel, en wanneer te weinig?',
          'For each of them, when does responsibility become too much, and when too little?'),
      ],
      vrijheid: [
        p('Mag Klaas zelf uitmaken dat er niets aan de hand is? Waar houdt die keuze op de zijne te zijn?',
          'May Klaas decide for himself that nothing is wrong? Where does that choice stop being his?'),
        p('Wat betekent zijn vrijheid voor jouw ruimte om te handelen?',
          'What does his freedom mean for your own room to act?'),
      ],
    },
    deugden: ['Verantwoordelijkheid'],
  },
  {
    title: { nl: 'Als de bodem onder je team wegvalt', en: 'When the ground gives way under your team' },
    summary: {
      nl: 'Een team van zeven jeugdbeschermers verliest binnen drie maanden vier collega\'s: twee gaan met pensioen, één wordt ernstig ziek en één stapt over naar de jeugdreclassering. '
        + 'Met hen verdwijnt veel ervaring, en door wisselende werkdagen en afspraken buiten de deur zien de overgebleven collega\'s elkaar nog maar zelden. '
        + 'De verteller is ineens de meest ervaren kracht en voelt zich soms nog een beginner; afspraak is afspraak, en eerst komt de ander. '
        + 'Beslissingen blijven liggen in de hoop dat het vanzelf goed komt, en de druk en de stress lopen op.',
      en: 'A team of seven child protection workers loses four colleagues within three months: two retire, one falls seriously ill and one moves to youth probation. '
        + 'A great deal of experience goes with them, and with shifting workdays and many appointments out of the office the ones who remain hardly see each other. '
        + 'The narrator is suddenly the most experienced, yet at times still feels like a beginner; an agreement is an agreement, and others come first. '
        + 'Decisions get put off in the hope that things will sort themselves out, and the pressure and stress keep rising.',
    },
    dilemma: {
      nl: 'Hoe houd je het vol, voor jezelf en voor je team, als niet meer alle verplichtingen haalbaar zijn en je plichtsbesef zegt dat alles toch moet gebeuren?',
      en: 'How do you keep going, for yourself and your team, when not every obligation can be met any more and your sense of duty says it must all still be done?',
    },
    prompts: {
      handelingen: [
        p('Wat beslis je in je eentje, en wat leg je bij het team neer?',
          'What do you decide on your own, and what do you put to the team?'),
        p('Met wie bespreek je wat: je leidinggevende of teamcoach, je team, een intervisiegroep?',
          'Whom do you talk to about what: your manager or team coach, your team, a peer consultation group?'),
        p('Wat vertel je je cliënten over de situatie, en hoe?',
          'What do you tell your clients about the situation, and how?'),
      ],
      kennis: [
        p('Welke afspraken heeft je organisatie over wat een team nodig heeft om te kunnen werken, en wie bewaakt dat als het knelt?',
          'What has your organisation agreed about what a team needs in order to work, and who watches over that when things get tight?'),
        p('Wat verwacht je organisatie van jou als teamlid, en wat van een leidinggevende of teamcoach?',
          'What does your organisation expect of you as a team member, and what of a manager or team coach?'),
      ],
      identiteit: [
        p('Waar zou je team jou aan missen, en wat voor collega wil je voor de anderen zijn?',
          'What would your team miss if you were gone, and what kind of colleague do you want to be for the others?'),
        p('Hoeveel van wie je wilt zijn hangt aan dit team, en wat zegt dat over je loyaliteit?',
          'How much of who you want to be depends on this team, and what does that say about your loyalty?'),
      ],
      deugden: [
        p('Plichtsgetrouwheid speelt hier een hoofdrol. Hoe ziet een gezonde vorm ervan eruit?',
          'Dutifulness plays a leading part here. What does a healthy form of it look like?'),
        p('Wanneer wordt plichtsbesef te veel, en wanneer te weinig?',
          'When does a sense of duty become too much, and when too little?'),
      ],
      vrijheid: [
        p('Een zelforganiserend team regelt veel zelf. Wat mag jullie team hier zelf uitmaken, en wat niet meer?',
          'A self-organising team arranges a lot itself. What may your team decide here on its own, and what not any more?'),
        p('En wie trekt aan de bel als het team dat niet meer kan dragen?',
          'And who sounds the alarm when the team can no longer carry it?'),
      ],
    },
    deugden: ['Plichtsgetrouwheid'],
  },
  {
    title: { nl: 'De grens tussen werk en privé', en: 'The line between work and private life' },
    summary: {
      nl: 'Een gezinsbehandelaar belt de moeder van Thomas voor een eerste kennismaking. '
        + 'Moeder vraagt meteen hoe oud de behandelaar is en of die zelf kinderen heeft, en vertelt snel en luid dat Thomas bij zijn vader niet veilig is omdat die drinkt; vader mag niet weten dat zij dat zegt, want ze heeft het Thomas beloofd. '
        + 'Na het gesprek blijft het malen: de behandelaar heeft kort geleden ontdekt dat er ook in het eigen gezin een verslaving speelt.',
      en: 'A family therapist phones Thomas\'s mother to get acquainted. '
        + 'Straight away she asks how old the therapist is and whether they have children, then pours out, fast and loud, that Thomas is not safe with his father because he drinks; the father must not learn that she said so, as she promised Thomas. '
        + 'After the call the therapist\'s mind keeps racing: only recently it turned out that addiction is at play in the therapist\'s own family too.',
    },
    dilemma: {
      nl: 'Kun je dit gezin onbevooroordeeld helpen terwijl je thuis met hetzelfde worstelt? Wat doe je met het geheim van moeder, en wat vraagt dit van jou?',
      en: 'Can you help this family without prejudice while you struggle with the same thing at home? What do you do with the mother\'s secret, and what does this ask of you?',
    },
    prompts: {
      handelingen: [
        p('Merk je wat er bij je wordt aangeraakt, en kun je je emoties zo hanteren dat je bij de vraag van het gezin blijft?',
          'Do you notice what is being stirred in you, and can you handle your feelings so that you stay with the family\'s question?'),
        p('Blijf je scherp zien wanneer het voor Thomas echt onveilig wordt, ook nu je eigen maatstaf misschien is verschoven?',
          'Do you keep seeing clearly when things get truly unsafe for Thomas, now that your own yardstick may have shifted?'),
        p('Begin je zelf in dit gezin, of draag je het over aan een collega? Wat levert overleg met je werkbegeleider of een anoniem advies van Veilig Thuis je op?',
          'Do you take on this family yourself, or hand it to a colleague? What could a talk with your supervisor, or anonymous advice from Veilig Thuis (the Dutch advice centre for domestic violence and child abuse), give you?'),
        p('Welke alternatieven heb je in je eigen casus?',
          'What alternatives do you have in your own case?'),
      ],
      kennis: [
        p('Waar kun je heen als je eigen thuissituatie je werk binnenkomt?',
          'Where can you turn when your own home life walks into your work?'),
        p('Weet je van jezelf wat er thuis speelt, en hoe dat je oordeel hier kan kleuren?',
          'Do you know what is going on at home for you, and how it might colour your judgement here?'),
      ],
      identiteit: [
        p('Hoe denk je zelf over verslaving, en hoe kleurt je eigen thuissituatie dat?',
          'What do you yourself think about addiction, and how does your own home situation colour that?'),
        p('Blijf je even ver van moeder als van vader staan? En houd je je boosheid over thuis buiten dit gezin?',
          'Do you stay as far from the mother as from the father? And do you keep your anger about home out of this family?'),
      ],
      deugden: [
        p('De professional in dit verhaal wilde naar beide ouders toe transparant, eerlijk, betrouwbaar en nieuwsgierig zijn, en met allebei verbonden blijven. Wat betekent transparantie voor jou als je eigen leven zo dichtbij komt?',
          'The professional in this story wanted to be transparent, honest, reliable and curious towards both parents, and to stay connected with both. What does transparency mean to you when your own life comes this close?'),
        p('Hoeveel vertel je over je privésituatie: wanneer is het te veel, wanneer te weinig?',
          'How much do you share about your private life: when is it too much, when too little?'),
      ],
      vrijheid: [
        p('Wat zegt je beroepscode over hulp verlenen als je eigen leven erin meespeelt?',
          'What does your professional code say about giving help when your own life is part of it?'),
        p('Wie beslist er mee, en wie geeft je rugdekking zodat je dit niet in je eentje draagt?',
          'Who else has a part in deciding, and who backs you up so you do not carry this alone?'),
      ],
    },
    deugden: ['Transparantie', 'Eerlijkheid', 'Betrouwbaarheid', 'Nieuwsgierigheid'],
  },
  {
    title: { nl: 'Wat is crisis?!', en: 'What is a crisis?!' },
    summary: {
      nl: 'Lisa kwam een jaar geleden met haar dochtertje Mila (2) uit een verslavingskliniek, waar ze een half jaar samen woonden; ook Noa (6) woont weer bij haar. '
        + 'Eerst gaat het goed, maar dan zegt Lisa afspraken af en komen er zorgen over een nieuwe zwangerschap, een vervuild huis en geweld van de vader tegen Lisa en Noa. '
        + 'Ze kiest voor de vrouwenopvang in plaats van een uithuisplaatsing, maar ook daar houdt ze de hulpverlening buiten de deur en laat ze de kinderen soms \'s nachts alleen. '
        + 'De opvang ziet geen grond om in te grijpen en de zorgpartners schatten het gevaar verschillend in, terwijl de hulpverlener het niet langer verantwoord vindt.',
      en: 'A year ago Lisa left an addiction clinic with her little daughter Mila (2), where the two had lived for six months; Noa (6) lives with her again too. '
        + 'Things go well at first, but then Lisa starts cancelling appointments, and there are worries about a new pregnancy, a filthy house and violence by the father against Lisa and Noa. '
        + 'She chooses a women\'s shelter over having the children placed elsewhere, but there too she keeps the helpers out and sometimes leaves the children alone at night. '
        + 'The shelter sees no grounds to step in and the care partners judge the danger differently, while the worker finds it no longer acceptable.',
    },
    dilemma: {
      nl: 'Wat doe je als jij de situatie onveilig vindt en andere betrokken partijen de ernst lager inschatten? Wie beslist, en hoe kom je samen verder?',
      en: 'What do you do when you find the situation unsafe and other parties involved rate it as less serious? Who decides, and how do you move on together?',
    },
    prompts: {
      handelingen: [
        p('Wie betrek je bij je volgende stap, en wie bewust niet? Moet iedereen het eens worden, of volstaat een plan dat allen dragen?',
          'Whom do you involve in your next step, and whom knowingly not? Must everyone agree, or is a plan that all can carry enough?'),
        p('Welke mogelijkheden zijn er allemaal, ook de onwaarschijnlijke, voordat je er een schrapt?',
          'What are all the possibilities, the unlikely ones too, before you strike any out?'),
        p('De partners zien het gevaar niet even groot. Hoe ga je met dat verschil om?',
          'The partners do not see the danger as equally great. How do you deal with that difference?'),
      ],
      kennis: [
        p('Met welke risicotaxatie-instrumenten ben je bekend, en welke zet je zelf in?',
          'Which risk assessment tools are you familiar with, and which do you use yourself?'),
        own('Wat moet je weten over verslaving en over de ontwikkeling van jonge kinderen om de risico\'s te kunnen wegen?',
          'What do you need to know about addiction and about young children\'s development to weigh the risks?'),
        own('Bij zorgen over kindermishandeling werk je met de meldcode huiselijk geweld en kindermishandeling; het afwegingskader van je beroepsgroep helpt bepalen of een melding bij Veilig Thuis nodig is en of je zelf genoeg hulp kunt bieden. Wat zegt dat hier?',
          'With worries about child abuse, Dutch professionals follow the reporting code for domestic violence and child abuse (meldcode); the assessment framework (afwegingskader) of your profession helps decide whether to report to Veilig Thuis and whether you can offer enough help yourself. What does that say here?'),
      ],
      identiteit: [
        p('Waar ligt voor jou de grens tussen rommelig en onleefbaar? Van wie heb je die maat meegekregen, en gebruik je hem zonder het te merken?',
          'Where, for you, is the line between untidy and unliveable? From whom did you get that yardstick, and do you use it without noticing?'),
        p('Zoek jij de partners op tot jullie het eens zijn, of doe je liever wat jij nodig vindt? Wat doet dat hier?',
          'Do you seek out the partners until you agree, or would you rather do what you think is needed? What does that do here?'),
      ],
      deugden: [
        p('Elke partij laat zich leiden door wat zij belangrijk vindt. Welke deugden zie je bij de opvang, de zorgpartners en bij jezelf, en waar botsen ze?',
          'Each party is led by what it values. Which virtues do you see in the shelter, the care partners and yourself, and where do they clash?'),
        p('Waarom komen mensen die hetzelfde huis zien tot een ander oordeel?',
          'Why do people who see the same home reach a different judgement?'),
      ],
      vrijheid: [
        p('Bij wie ligt het besluit: bij jou, bij een andere organisatie, of kan het alleen samen?',
          'Where does the decision lie: with you, with another organisation, or can it only be made together?'),
        own('Waar ligt voor jou het punt waarop je niet langer op overeenstemming kunt wachten?',
          'Where is the point for you at which you can no longer wait for agreement?'),
      ],
    },
    deugden: [],
  },
  {
    title: { nl: 'In hoeverre volg ik het advies?', en: 'How far do I follow the advice?' },
    summary: {
      nl: 'Martijn is in behandeling bij de GGZ, voor trauma en een sociale angststoornis, en kreeg onlangs ook de diagnose ASS. '
        + 'Zijn ouders maken vaak ruzie; hij vermijdt veel, wil alles zelf bepalen, komt afspraken niet na en raakt geregeld in de problemen omdat hij sociale situaties slecht aanvoelt. '
        + 'Na overleg tussen ouders en behandelaren staat hij op de wachtlijst voor een behandelgroep, waar Martijn zelf allerminst blij mee is; zijn ouders zien geen andere weg. '
        + 'De hulpverlener die de regie krijgt, schrikt: thuis is nog geen hulp ingezet, en een opname lijkt een grote stap die te vroeg komt.',
      en: 'Martijn is treated in mental health care for social anxiety disorder and trauma, and was recently also diagnosed with autism. '
        + 'His parents often argue; he avoids a lot, wants to decide everything himself, does not keep to agreements and often gets into trouble because he misreads social situations. '
        + 'After talks between his parents and the therapists he is on the waiting list for a treatment group, which Martijn is far from happy about; his parents see no other way. '
        + 'The worker who takes charge of the case is startled: no help has been started at home yet, and admission looks like a big step that comes too soon.',
    },
    dilemma: {
      nl: 'Volg je het advies van de behandelaren, of durf je ervan af te wijken omdat je denkt dat er thuis nog kansen liggen? En hoe zorg je dat zo\'n keuze goed landt?',
      en: 'Do you follow the therapists\' advice, or dare to depart from it because you believe there are still chances at home? And how do you make such a choice land well?',
    },
    prompts: {
      handelingen: [
        p('Stem je in met de opname, of zoek je met Martijn en zijn ouders naar iets anders, zoals dagbehandeling, een tijd bij familie wonen of eerst uitzoeken wat thuis zo knelt?',
          'Do you agree to the admission, or look with Martijn and his parents for something else, such as day treatment, living with relatives for a while, or first finding out what is so tight at home?'),
        p('Maakt het uit dat zijn plek op de wachtlijst al vastligt? En hoe zat dat in je eigen casus?',
          'Does it matter that his place on the waiting list is already fixed? And how was that in your own case?'),
      ],
      kennis: [
        p('Wat weet je van ASS, angststoornissen en traumasensitief werken?',
          'What do you know about autism, anxiety disorders and trauma-sensitive work?'),
        p('Op welke gronden kwamen de behandelaren tot hun advies, en wat weet jij dat zij misschien niet wisten?',
          'On what grounds did the therapists reach their advice, and what do you know that they may not have known?'),
      ],
      identiteit: [
        p('Wat heb je zelf meegemaakt met jongeren die uit huis gingen, of misschien in je eigen familie?',
          'What have you yourself been through with young people leaving home, or perhaps in your own family?'),
        p('Hoe kleuren die ervaringen je afweging?',
          'How do those experiences colour your judgement?'),
      ],
      deugden: [
        p('Gematigdheid kan hier meespelen: genoeg doen om te helpen, zonder zwaarder in te grijpen dan nodig. Waar ligt die maat voor Martijn?',
          'Moderation may be at play here: doing enough to help without stepping in more heavily than needed. Where is that measure for Martijn?'),
        p('Welke risico\'s neem je mee in die afweging?',
          'Which risks do you take into account?'),
      ],
      vrijheid: [
        p('Durf je het advies naast je neer te leggen? Wat kost je dat, en wat levert het Martijn op?',
          'Do you dare to set the advice aside? What does it cost you, and what does it bring Martijn?'),
        p('Wat maakt afwijken makkelijker of moeilijker, en hoe zorg je dat je organisatie je keuze begrijpt, bijvoorbeeld door de adviseurs opnieuw op te zoeken?',
          'What makes departing easier or harder, and how do you make sure your organisation understands your choice, for instance by going back to the advisers?'),
      ],
    },
    deugden: ['Gematigdheid'],
  },
  {
    title: { nl: 'Paniek bij oma', en: 'Panic at grandma\'s' },
    summary: {
      nl: 'Oma komt op het spreekuur: haar dochter heeft haar kleinzoon verwaarloosd en mishandeld, hem weinig te eten gegeven, regelmatig opgesloten en niet naar school laten gaan. '
        + 'De jongen stond jaren onder toezicht vanwege de ernstige psychiatrische problemen van zijn moeder; die maatregel is al anderhalf jaar voorbij. '
        + 'Na een nieuwe suïcidepoging van moeder logeert hij bij oma, waar hij graag is, en Veilig Thuis is net betrokken. '
        + 'De huisarts en oma willen dat er meteen een kinderpsycholoog komt; de jongen zelf zegt dat er goed voor hem wordt gezorgd en dat hij niets nodig heeft.',
      en: 'A grandmother comes to see a youth worker in consulting hours: her daughter has neglected and abused her grandson, given him little to eat, regularly locked him in and kept him from school. '
        + 'The boy was under supervision for years because of his mother\'s serious psychiatric problems; that order ended eighteen months ago. '
        + 'After another suicide attempt by his mother he is staying with his grandmother, where he likes to be, and Veilig Thuis, the advice centre for domestic violence and child abuse, has just become involved. '
        + 'The GP and the grandmother want a child psychologist right away; the boy himself says he is well looked after and needs nothing.',
    },
    dilemma: {
      nl: 'Wat doe je als er vanuit schrik en een gevoel van crisis met spoed om hulp wordt gevraagd: snel handelen, of juist vertragen?',
      en: 'What do you do when shock and a sense of crisis lead to an urgent call for help: act quickly, or slow things down?',
    },
    prompts: {
      handelingen: [
        p('Laat je je meenemen in de haast? Zoek je direct een behandelaar, en welke soort dan, bijvoorbeeld voor trauma of speltherapie?',
          'Do you let the rush carry you along? Do you look for a therapist at once, and what kind, for example for trauma or play therapy?'),
        p('Of rem je juist af: wat kan de jongen nu verdragen, en wat gaat er bij oma al goed?',
          'Or do you slow down: what can the boy bear right now, and what is already going well at his grandmother\'s?'),
        p('Kan lichte steun genoeg zijn, van schoolmaatschappelijk werk, familie of de mensen om hem heen? En wat heeft oma zelf van je nodig?',
          'Could light support be enough, from school social work, family or the people around him? And what does the grandmother herself need from you?'),
      ],
      kennis: [
        p('Wat maakt iets voor jou een crisis, en wat juist niet?',
          'What makes something a crisis for you, and what does not?'),
        p('Gebruik je taxatie-instrumenten, en wat doe je als de uitkomst afwijkt van je eigen oordeel?',
          'Do you use assessment tools, and what do you do when the outcome differs from your own judgement?'),
        p('Wat weet je van psychiatrische stoornissen zoals psychoses en schizofrenie, van trauma, verwaarlozing, mishandeling en familiepatronen? En oma zelf: houdt zij het vol om voor hem te zorgen?',
          'What do you know about psychiatric disorders such as psychosis and schizophrenia, about trauma, neglect, abuse and family patterns? And the grandmother herself: can she keep up caring for him?'),
        own('Veilig Thuis is al betrokken. Wat vraagt de meldcode huiselijk geweld en kindermishandeling dan nog van jou, en waar helpt het afwegingskader je de signalen te wegen?',
          'Veilig Thuis is already involved. What does the reporting code for domestic violence and child abuse (meldcode) still ask of you, and where does its assessment framework (afwegingskader) help you weigh the signs?'),
      ],
      identiteit: [
        p('Denk aan een crisis in je eigen leven. Wat hielp jou toen, en wat juist niet?',
          'Think of a crisis in your own life. What helped you then, and what did not?'),
        p('Neem je die ervaring mee als je nu moet kiezen tussen snel handelen en afwachten?',
          'Do you bring that experience with you now that you must choose between acting fast and waiting?'),
      ],
      deugden: [
        p('Veiligheid staat hier op het spel. Wie noemt deze situatie onveilig, en met welke maatstaf?',
          'Safety is at stake here. Who calls this situation unsafe, and by what standard?'),
        own('Welke andere deugden spelen mee, voor oma, voor de huisarts en voor jou?',
          'Which other virtues are at play, for the grandmother, for the GP and for you?'),
      ],
      vrijheid: [
        p('Op welke richtlijnen kun je je hier beroepen, zoals die over samen beslissen, kindermishandeling, KOPP en uithuisplaatsing?',
          'Which guidelines can you rely on here, such as those on shared decision-making, child abuse, children of parents with mental illness (KOPP) and out-of-home placement?'),
        p('Wat moet er gebeuren voordat je bewust van een richtlijn afstapt?',
          'What has to happen before you deliberately step away from a guideline?'),
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
