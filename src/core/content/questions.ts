// The general questions per element, after the booklet's guides ("Praktijkbundel kritische situaties",
// Jeugdzorg Nederland & Good Work Company, 2023), in our own words. Every question can also be asked
// looking back ("what did you do?") instead of ahead.
import type { ElementId } from '../model';
import type { Msg } from '../i18n';

export interface QuestionSet {
  /** The first round of a one-to-one conversation: getting the situation on the table. */
  first: Msg[];
  /** The second round: digging into the element where the doubt sits. */
  deepening: Msg[];
  /** The wider set for deepening one or more elements, in a conversation or on your own. */
  guide: Msg[];
}

const q = (nl: string, en: string): Msg => ({ nl, en });

export const QUESTION_SETS: Record<ElementId, QuestionSet> = {
  handelingen: {
    first: [
      q('Wat kun je hier doen, en welke vaardigheden vraagt dat van je?', 'What could you do here, and which skills does that ask of you?'),
      q('Wat heb je gedaan, en welke andere mogelijkheden heb je overwogen?', 'What did you do, and which other options did you consider?'),
      q('Welke vaardigheden kwamen je daarbij van pas?', 'Which of your skills came in handy?'),
    ],
    deepening: [
      q('Had je achteraf anders willen handelen? Wat hield je tegen?', 'Looking back, would you have liked to act differently? What held you back?'),
      q('Welke mogelijkheid heb je te snel laten vallen?', 'Which option did you drop too soon?'),
    ],
    guide: [
      q('Op welke manieren kun je met deze situatie omgaan?', 'In what ways could you deal with this situation?'),
      q('Wanneer kies je voor welke actie, en waarom?', 'When do you choose which action, and why?'),
      q('Wat moet je in deze rol kunnen?', 'What do you need to be able to do in this role?'),
      q('Waar zijn je handelingen op gericht?', 'What are your actions aimed at?'),
    ],
  },
  kennis: {
    first: [
      q('Welke kennis heb je hier nodig, of op welke kennis heb je geleund?', 'What knowledge do you need here, or what knowledge did you lean on?'),
      q('Denk breed: feiten, vakkennis, kennis van de omgeving en van de mensen om wie het gaat.', 'Think broadly: facts, professional expertise, knowledge of the setting and of the people concerned.'),
    ],
    deepening: [
      q('Welke kennis had je achteraf geholpen, en waar haal je die vandaan?', 'What knowledge would have helped you, and where do you get it?'),
      q('Welke vanzelfsprekende aanname zat er achter je keuze?', 'Which unspoken assumption lay behind your choice?'),
    ],
    guide: [
      q('Wat moet je weten om met deze situatie uit de voeten te kunnen?', 'What do you need to know to handle this situation?'),
      q('Welke vakinhoudelijke kennis heb je nodig?', 'Which professional, subject-matter knowledge do you need?'),
      q('Wat moet je weten van de context waarin dit speelt?', 'What do you need to know about the context in which this plays out?'),
      q('Welke andere soorten kennis doen hier mee?', 'Which other kinds of knowledge come into play here?'),
    ],
  },
  identiteit: {
    first: [
      q('Hoe wil je je vanuit je rol laten zien en kennen?', 'How do you want to show yourself and be known in your role?'),
      q('Hoe wil je dat anderen je ervaren, en wat is daarbij belangrijk voor je?', 'How do you want others to experience you, and what matters to you in that?'),
      q('Hoe wilde je in deze situatie als professional gezien worden?', 'How did you want to be seen as a professional in this situation?'),
    ],
    deepening: [
      q('Had je een andere kant van jezelf als professional willen laten zien? Wat stond dat in de weg?', 'Would you have liked to show another side of yourself as a professional? What got in the way?'),
      q('Wat zegt je keuze over wie je als professional wilt zijn?', 'What does your choice say about who you want to be as a professional?'),
    ],
    guide: [
      q('Hoe wil je je hier in je rol laten zien?', 'How do you want to come across in your role here?'),
      q('Wat is kenmerkend voor hoe jij in deze situatie handelt?', 'What is typical of the way you act in this situation?'),
      q('Wat voeg jij vanuit je rol toe?', 'What do you add from your role?'),
      q('Hoe komen jouw eigen stijl en kleur naar voren?', 'How do your own style and colour show?'),
    ],
  },
  deugden: {
    first: [
      q('Welke deugden doen er voor jou toe, en welke komen onder druk te staan?', 'Which virtues matter to you here, and which come under pressure?'),
      q('Welke deugden hielpen je om tot een goede afweging te komen?', 'Which virtues helped you come to a sound judgement?'),
    ],
    deepening: [
      q('Kijk eens door de ogen van de andere betrokkenen: welke deugden wogen voor hen?', 'Look through the eyes of the others involved: which virtues weighed for them?'),
      q('Waar had je van een deugd te veel, en waar te weinig?', 'Where did you have too much of a virtue, and where too little?'),
    ],
    guide: [
      q('Welke deugden spelen mee?', 'Which virtues play a part?'),
      q('Wat vind jij vanuit je rol belangrijk?', 'What do you consider important from your role?'),
      q('Waar zorg jij in deze situatie voor?', 'What do you take care of in this situation?'),
      q('Welke deugden komen met elkaar in botsing?', 'Which virtues clash with each other?'),
    ],
  },
  vrijheid: {
    first: [
      q('Hoeveel ruimte heb je in je denken en doen, en waar moet je je aan houden?', 'How much room do you have in thinking and acting, and what must you stick to?'),
      q('Hoeveel speelruimte ervoer je, en waar liep je tegen grenzen aan?', 'How much leeway did you experience, and where did you hit limits?'),
    ],
    deepening: [
      q('Zijn de grenzen aan je ruimte echte grenzen? Wat was er gebeurd als je ze had opgerekt?', 'Are the limits on your room real limits? What would have happened if you had stretched them?'),
      q('Wie had je mee moeten krijgen om meer ruimte te nemen?', 'Whom would you have needed on your side to take more room?'),
    ],
    guide: [
      q('Hoeveel vrijheid heb je hier om zelf te denken en te handelen?', 'How much freedom do you have here to think and act for yourself?'),
      q('Wie of wat bepaalt in deze situatie wat goed handelen is?', 'Who or what decides, in this situation, what acting well means?'),
      q('Met welke argumenten sta je achter je keuzes?', 'With which arguments do you stand behind your choices?'),
      q('Aan wie leg je verantwoording af over je keuzes?', 'To whom do you account for your choices?'),
    ],
  },
};
