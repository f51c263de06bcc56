// The conversation guides and the three E's, after the booklet "Praktijkbundel kritische situaties"
// (Jeugdzorg Nederland & Good Work Company, 2023). The steps, group sizes and durations are the
// booklet's; every sentence is our own.
import type { Msg } from '../i18n';

export interface GuideStep { title: Msg; body: Msg }

export interface Guide {
  title: Msg;
  intro: Msg;
  steps: GuideStep[];
}

export type GroupPartId = 'kop' | 'romp' | 'staart';

export interface GroupPart {
  id: GroupPartId;
  title: Msg;
  body: Msg;
  questions: Msg[];
}

export interface GroupGuide {
  title: Msg;
  intro: Msg;
  sizeMin: number;
  sizeMax: number;
  minutesMin: number;
  minutesMax: number;
  setting: Msg;
  /** What the person leading the conversation keeps an eye on. */
  facilitator: Msg[];
  parts: GroupPart[];
}

export type DrieEId = 'excellent' | 'ethisch' | 'energiek';

export interface DrieE {
  id: DrieEId;
  /** The word a 3E task item starts with. */
  name: Msg;
  question: Msg;
}

const m = (nl: string, en: string): Msg => ({ nl, en });

export const SOURCE: Msg = m(
  'Gebaseerd op "Praktijkbundel kritische situaties", Jeugdzorg Nederland & Good Work Company, 2023. Alle teksten zijn in eigen woorden naverteld; wat Goed Werk zelf toevoegt, staat erbij.',
  'Based on "Praktijkbundel kritische situaties" (a practice booklet on critical situations), Jeugdzorg Nederland & Good Work Company, 2023. All texts are retold in our own words; what Goed Werk adds is marked as such.',
);

export const ONE_TO_ONE: Guide = {
  title: m('Een-op-eengesprek', 'One-to-one conversation'),
  intro: m(
    'Voor als je twijfelt over een keuze die je hebt gemaakt of nog moet maken, of juist scherp wilt krijgen waarom iets goed ging. '
      + 'In zes stappen kom je samen met een professionele vriend, iemand bij wie je vrijuit kunt praten, tot je eigen beeld van goed werk.',
    'For when you are unsure about a choice you made or still have to make, or want to pin down why something went well. '
      + 'In six steps, together with a professional friend, someone you can talk to freely, you arrive at your own picture of good work.',
  ),
  steps: [
    {
      title: m('Zoek een professionele vriend', 'Find a professional friend'),
      body: m(
        'Kies iemand die je vertrouwt en met wie je hier openhartig over kunt praten, en die je vragen stelt en blijft doorvragen: een collega, je coach of leidinggevende, of iemand anders uit het vak.',
        'Choose someone you trust and can talk to openly about this, who asks you questions and keeps asking: a colleague, your coach or manager, or someone else in the field.',
      ),
    },
    {
      title: m('Kies een kritische situatie', 'Choose a critical situation'),
      body: m(
        'Neem een van de voorbeelden of een situatie uit je eigen werk. Een geschikte situatie staat model voor meer van zulke ervaringen, '
          + 'kent geen regel of protocol dat het antwoord geeft, laat meer dan twee mogelijkheden open en doet ertoe voor wie erbij betrokken is. '
          + 'Begin met verhelderen: wat is de context, wie zijn erbij betrokken en welke keuze ligt er?',
        'Take one of the examples or a situation from your own work. A fitting situation stands for more experiences like it, '
          + 'has no rule or protocol that gives the answer, leaves more than two options open and matters to the people involved. '
          + 'Start by clarifying: what is the context, who is involved and what choice is on the table?',
      ),
    },
    {
      title: m('Verken de vijf elementen', 'Explore the five elements'),
      body: m(
        'Je gesprekspartner stelt vragen over handelingen, kennis, identiteit, deugden en vrijheid. '
          + 'Vat daarna in een paar regels samen wat je dacht en deed, en benoem waar je twijfel zit: bij welk element vooral?',
        'Your partner asks questions about skills, knowledge, identity, virtues and freedom. '
          + 'Then sum up in a few lines what you thought and did, and name where your doubt lies: in which element above all?',
      ),
    },
    {
      title: m('Verdiep waar je twijfelt', 'Dig into your doubt'),
      body: m(
        'Onderzoek samen de elementen waar de twijfel zit. Vraag je gesprekspartner wat hij of zij zou antwoorden, of neem de verdiepende vragen erbij.',
        'Explore together the elements where the doubt lies. Ask your partner how they would answer, or use the deepening questions.',
      ),
    },
    {
      title: m('Schrijf je beeld van goed werk uit', 'Write down your picture of good work'),
      body: m(
        'Opschrijven maakt je preciezer. Geef je beeld een pakkende titel (vaak bedenk je die als laatste), vertel de kenmerkende ervaring als een kort verhaal over dat ene moment, '
          + 'werk uit waarom jouw aanpak daar goed werk was, en voeg eventueel een afbeelding toe die de kern vangt.',
        'Writing it down makes you more precise. Give your picture a catchy title (often the last thing you think of), tell the characteristic experience as a short story about that one moment, '
          + 'explain why your approach was good work there, and add an image that captures the core if you like.',
      ),
    },
    {
      title: m('Toets aan de drie E\'s', 'Check against the three Es'),
      body: m(
        'Is het vakkundig goed (excellent), doet het recht aan iedereen die erbij betrokken is (ethisch), en geeft het je energie (energiek)?',
        'Is it skilfully done (excellent), does it do right by everyone involved (ethical), and does it give you energy (engaging)?',
      ),
    },
  ],
};

export const GROUP_GUIDE: GroupGuide = {
  title: m('Groepsgesprek', 'Group conversation'),
  intro: m(
    'Hetzelfde kun je doen met collega\'s in een vergelijkbare rol die zich verder willen ontwikkelen, bijvoorbeeld bij intervisie of een casuïstiekbespreking, met of zonder begeleider. '
      + 'Het gesprek heeft een kop, een romp en een staart.',
    'You can do the same with colleagues in a similar role who want to keep developing, for instance in peer consultation or a case discussion, with or without a facilitator. '
      + 'The conversation has an opening, a body and a closing.',
  ),
  sizeMin: 3,
  sizeMax: 6,
  minutesMin: 45,
  minutesMax: 90,
  setting: m(
    'Zoek een rustige plek, het liefst rond een tafel zonder lawaai op de achtergrond. Online kan ook.',
    'Find a quiet place, ideally around a table without background noise. Online works too.',
  ),
  facilitator: [
    m('Zorg dat alle vijf elementen aan bod komen.', 'Make sure all five elements get their turn.'),
    m('Geef iedereen ruimte om iets in te brengen.', 'Give everyone room to contribute.'),
    m('Blijf bij concrete ervaringen: gaat het gesprek zweven, vraag dan om een voorbeeld en blijf doorvragen.', 'Stay with concrete experiences: when the talk drifts into opinions, ask for an example and keep asking.'),
    m('Wees op je hoede voor algemene waarheden en snelle recepten.', 'Be wary of general truths and quick recipes.'),
    m('Zorg dat de inzichten worden samengevat in een beeld van goed werk.', 'See to it that the insights are summed up in a picture of good work.'),
  ],
  parts: [
    {
      id: 'kop',
      title: m('Kop: kiezen en openen', 'Opening: choose and begin'),
      body: m(
        'Kies samen een situatie: een recente ervaring, iets wat vaak voorkomt of iets wat eraan zit te komen, en lees die rustig. '
          + 'Het voorbeeld is er om herinneringen op te roepen, niet om het op te lossen. Laat in een eerste ronde iedereen iets inbrengen zonder er meteen op te reageren. '
          + 'Kies dan een inbrenger, die vertelt over een eigen ervaring of over een situatie die eraan komt.',
        'Choose a situation together: a recent experience, something that happens often or something that is coming up, and read it calmly. '
          + 'The example is there to bring up memories, not to be solved. In a first round, let everyone contribute without reacting straight away. '
          + 'Then choose one person to bring in a case, who tells about an experience of their own or a situation that is coming up.',
      ),
      questions: [
        m('Welke situatie spreekt je het meest aan?', 'Which situation appeals to you most?'),
        m('Welke situatie kom je vaak tegen?', 'Which situation do you come across often?'),
        m('Welke situatie zie je aankomen?', 'Which situation do you see coming?'),
        m('Wie heeft iets meegemaakt wat hierop lijkt?', 'Who has been through something like this?'),
        m('Wat raakt je in dit verhaal, en waar doet het je aan denken?', 'What touches you in this story, and what does it remind you of?'),
      ],
    },
    {
      id: 'romp',
      title: m('Romp: de afwegingen verkennen', 'Body: explore the considerations'),
      body: m(
        'Hier zit het meeste van de tijd. De anderen stellen vragen over wat de inbrenger meemaakte en afwoog, met de vragen per element als hulpmiddel maar zonder ze af te vinken. '
          + 'Wie graag vrij praat, let erop dat alle vijf de elementen aan bod komen; wie houvast zoekt, volgt deze volgorde: handelingen en kennis, dan deugden en vrijheid, tot slot identiteit. '
          + 'De elementen lopen in elkaar over, en dat hoort zo.',
        'Most of the time goes here. The others ask further about the experience and considerations of the person who brought the case, using the questions per element as an aid, not a checklist. '
          + 'If you like to talk freely, make sure all five elements come up; if you want something to hold on to, follow this order: skills and knowledge, then virtues and freedom, and finally identity. '
          + 'The elements flow into each other, and that is how it should be.',
      ),
      questions: [
        m('Wat deed je, en wat had je nog meer kunnen doen?', 'What did you do, and what else could you have done?'),
        m('Wat wist je, en wat had je willen weten?', 'What did you know, and what would you have liked to know?'),
        m('Wat vond je belangrijk, en hoeveel ruimte had je?', 'What did you find important, and how much room did you have?'),
        m('Hoe wilde je gezien worden?', 'How did you want to be seen?'),
      ],
    },
    {
      id: 'staart',
      title: m('Staart: samenbrengen', 'Closing: bring it together'),
      body: m(
        'Voeg de elementen samen tot één beknopt beeld van goed werk. Iedere vragensteller verwoordt het beeld zoals de inbrenger het volgens hem of haar ziet; '
          + 'de inbrenger smeedt daar één beeld van. Gebruik dezelfde vorm als bij het een-op-eengesprek en toets het beeld aan de drie E\'s.',
        'Combine the elements into one concise picture of good work. Each questioner puts the picture into words as they think the person who brought the case sees it; '
          + 'that person forges one picture from them. Use the same form as in the one-to-one conversation and check the picture against the three Es.',
      ),
      questions: [
        m('Kunnen we het eens worden over één beeld van goed werk?', 'Can we agree on one picture of good work?'),
        m('Liggen onze beelden na dit gesprek dichter bij elkaar?', 'Are our pictures closer together after this conversation?'),
        m('Wat doen we met de verschillen die we hebben gezien?', 'What do we do with the differences that came to light?'),
      ],
    },
  ],
};

export const DRIE_E: readonly DrieE[] = [
  {
    id: 'excellent',
    name: m('Excellent', 'Excellent'),
    question: m('Is het vakkundig goed gedaan?', 'Is it skilfully done, good in quality?'),
  },
  {
    id: 'ethisch',
    name: m('Ethisch', 'Ethical'),
    question: m('Doet het recht aan iedereen die erbij betrokken is?', 'Does it do right by everyone involved?'),
  },
  {
    id: 'energiek',
    name: m('Energiek', 'Engaging'),
    question: m('Voelt het goed, en geeft het je energie?', 'Does it feel right, and does it give you energy?'),
  },
];
