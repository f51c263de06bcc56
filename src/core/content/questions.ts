// The general questions per element, after the booklet's guides ("Praktijkbundel kritische situaties",
// Jeugdzorg Nederland & Good Work Company, 2023), in our own words. Every question can also be asked
// looking back ("what did you do?") instead of ahead. A question of our own says so in its text.
import type { ElementId } from '../model';
import type { Msg } from '../i18n';
import { OWN_MARK } from './situations';

export interface QuestionSet {
  /** The first round of a one-to-one conversation: getting the situation on the table. */
  first: Msg[];
  /** The second round: digging into the element where the doubt sits. */
  deepening: Msg[];
  /** The wider set for deepening one or more elements, in a conversation or on your own. */
  guide: Msg[];
}

const q = (nl: string, en: string): Msg => ({ nl, en });
/** A question the booklet does not ask: its text says so (see OWN_MARK). */
const own = (nl: string, en: string): Msg => ({ nl: `${nl} ${OWN_MARK.nl}`, en: `${en} ${OWN_MARK.en}` });

export const QUESTION_SETS: Record<ElementId, QuestionSet> = {
  handelingen: {
    first: [
      q('Welke mogelijkheden heb je hier, en wat moet je beheersen om ze te benutten?', 'What options do you have here, and what must you master to use them?'),
      q('Wat heb je gedaan, en welke andere mogelijkheden heb je overwogen?', 'What did you do, and which other options did you consider?'),
      q('Welke vaardigheden kwamen je daarbij van pas?', 'Which of your skills came in handy?'),
    ],
    deepening: [
      q('Zou je het nu anders aanpakken? Wat stond je toen in de weg?', 'Would you handle it differently now? What stood in your way then?'),
      own('Welke mogelijkheid heb je te snel laten vallen?', 'Which option did you drop too soon?'),
    ],
    guide: [
      q('Langs welke wegen kun je deze situatie te lijf gaan?', 'By which routes could you tackle this situation?'),
      q('Wat doe je op welk moment, en met welke reden?', 'What do you do at which moment, and for what reason?'),
      q('Welk vakmanschap vraagt je rol hier van je?', 'Which craft does your role ask of you here?'),
      q('Wat wil je met je handelen bereiken?', 'What do you want your actions to achieve?'),
    ],
  },
  kennis: {
    first: [
      q('Wat moest je hier weten, en waar putte je uit?', 'What did you need to know here, and what did you draw on?'),
      q('Kijk verder dan je vak: ook feiten, de omgeving en wat je weet van de mensen om wie het draait tellen mee.', 'Look beyond your field: facts, the surroundings and what you know of the people at the centre count too.'),
    ],
    deepening: [
      q('Wat had je graag geweten, en hoe kom je er voortaan aan?', 'What would you have liked to know, and how will you get it from now on?'),
      own('Welke vanzelfsprekende aanname zat er achter je keuze?', 'Which unspoken assumption lay behind your choice?'),
    ],
    guide: [
      q('Welke kennis heb je nodig om hier goed mee om te gaan?', 'What knowledge do you need to deal with this well?'),
      q('Wat zegt je vak hierover, in theorie en methode?', 'What does your field say about this, in theory and method?'),
      q('Wat moet je weten van de omgeving waarin dit gebeurt?', 'What must you know about the surroundings in which this happens?'),
      q('Welke kennis, buiten het boekje, komt hier nog meer van pas?', 'Which knowledge, beyond the textbook, also comes in handy here?'),
    ],
  },
  identiteit: {
    first: [
      q('Wat voor professional wil je hier zijn, en waaraan mogen anderen je herkennen?', 'What kind of professional do you want to be here, and by what may others know you?'),
      q('Welke indruk wil je bij de ander achterlaten, en waarom doet dat ertoe?', 'What impression do you want to leave with the other person, and why does it matter?'),
      q('Hoe hoopte je dat de anderen jou in deze situatie zouden zien?', 'How did you hope the others would see you in this situation?'),
    ],
    deepening: [
      q('Welke kant van jezelf als professional bleef hier verborgen, en wat hield die tegen?', 'Which side of yourself as a professional stayed hidden here, and what held it back?'),
      own('Wat zegt je keuze over wie je als professional wilt zijn?', 'What does your choice say about who you want to be as a professional?'),
    ],
    guide: [
      q('Hoe wil je hier in je rol naar voren komen?', 'How do you want to come forward in your role here?'),
      q('Wat is typisch voor jouw manier van werken in deze situatie?', 'What is typical of your way of working in this situation?'),
      q('Wat brengt juist jouw rol hier in?', 'What does your role in particular bring in here?'),
      q('Waar zie je je eigen stijl terug?', 'Where do you see your own style come back?'),
    ],
  },
  deugden: {
    first: [
      q('Wat vind je hier echt belangrijk, en wat komt daarbij in het gedrang?', 'What do you find truly important here, and what gets squeezed?'),
      q('Op welke deugden leunde je om tot een goede afweging te komen?', 'Which virtues did you lean on to come to a sound judgement?'),
    ],
    deepening: [
      q('Ga eens op de plek van de anderen staan: wat vonden zij belangrijk, en welke deugden hoorden daarbij?', 'Stand in the others\' place for a moment: what did they find important, and which virtues went with it?'),
      own('Waar had je van een deugd te veel, en waar te weinig?', 'Where did you have too much of a virtue, and where too little?'),
    ],
    guide: [
      q('Welke deugden zijn hier in het spel?', 'Which virtues are in play here?'),
      q('Waar hecht je vanuit je rol aan?', 'What do you value from your role?'),
      q('Voor wie of wat sta je hier in?', 'For whom or what do you stand up here?'),
      q('Welke deugden trekken hier aan elkaar?', 'Which virtues pull at each other here?'),
    ],
  },
  vrijheid: {
    first: [
      q('Hoeveel bewegingsruimte heb je, en aan welke regels of afspraken zit je vast?', 'How much room to move do you have, and which rules or agreements bind you?'),
      q('Hoeveel ruimte voelde je in de situatie zelf, en waar hield die op?', 'How much room did you feel in the situation itself, and where did it stop?'),
    ],
    deepening: [
      q('Was die grens echt zo hard? Wat als je er verder was gegaan?', 'Was that limit really so hard? What if you had gone further?'),
      own('Wie had je mee moeten krijgen om meer ruimte te nemen?', 'Whom would you have needed on your side to take more room?'),
    ],
    guide: [
      q('Hoe vrij ben je hier om zelf te denken en te doen?', 'How free are you here to think and act for yourself?'),
      q('Wie bepaalt hier wat goed werk is: jij, de regels, of iemand anders?', 'Who decides here what good work is: you, the rules, or someone else?'),
      q('Waarop steun je je standpunt?', 'What do you base your position on?'),
      q('Bij wie moet je je keuzes kunnen uitleggen?', 'To whom must you be able to explain your choices?'),
    ],
  },
};
