// The server's own words (the rules bring theirs). Dutch first; `{0}` is filled in by `t`.
import type { Msg } from '../core/i18n';

export const M = {
  tooBig: {
    nl: 'Dit journaal is groter dan {0} MB en wordt daarom niet volledig gecontroleerd. Splits het in kleinere journalen, of verhoog de instelling goedwerk.maxFileSize.',
    en: 'This journal is larger than {0} MB, so it is not fully checked. Split it into smaller journals, or raise the setting goedwerk.maxFileSize.',
  },
  binary: {
    nl: 'Dit bestand lijkt geen tekst te zijn (het bevat NUL-tekens) en wordt niet gecontroleerd.',
    en: 'This file does not look like text (it holds NUL characters) and is not checked.',
  },
  encoding: {
    nl: 'Dit bestand is geen geldige UTF-8; het is gelezen als Windows-1252. Sla het op als UTF-8 om tekens niet te verliezen.',
    en: 'This file is not valid UTF-8; it was read as Windows-1252. Save it as UTF-8 so no characters get lost.',
  },
  unreadable: {
    nl: 'Dit bestand kon niet gelezen worden: {0}',
    en: 'This file could not be read: {0}',
  },
  exportMissing: {
    nl: 'Dit journaal is niet (meer) te vinden.',
    en: 'This journal cannot be found (any more).',
  },
  exportTooBig: {
    nl: 'Dit journaal is groter dan {0} MB (de instelling goedwerk.maxFileSize).',
    en: 'This journal is larger than {0} MB (the setting goedwerk.maxFileSize).',
  },
  internal: {
    nl: 'Goed Werk kon dit journaal niet controleren door een interne fout: {0}',
    en: 'Goed Werk could not check this journal because of an internal error: {0}',
  },
  configInvalid: {
    nl: 'Ongeldige teamconfiguratie: {0}',
    en: 'Invalid team configuration: {0}',
  },
  configMessage: {
    nl: 'Goed Werk: {0} bevat fouten en wordt (deels) genegeerd. Zie het venster Problemen.',
    en: 'Goed Werk: {0} has errors and is (partly) ignored. See the Problems panel.',
  },
  // Quick fixes.
  fixAddSection: { nl: 'Voeg de sectie ‘{0}’ toe', en: 'Add the section ‘{0}’' },
  fixAddTitle: { nl: 'Geef dit beeld een titel', en: 'Give this beeld a title' },
  fixComplete3e: { nl: 'Vul de 3E-check aan', en: 'Complete the 3E check' },
  fixAnswer3e: { nl: '{0}: {1} Antwoord: {2}', en: '{0}: {1} Answer: {2}' },
  fixReplaceDeugd: { nl: 'Vervang ‘{0}’ door ‘{1}’', en: 'Replace ‘{0}’ with ‘{1}’' },
  fixAddDeugdToTeam: { nl: 'Voeg ‘{0}’ toe aan de deugden van het team ({1})', en: 'Add ‘{0}’ to the team’s deugden ({1})' },
  fixBeeld: { nl: 'Vul alles aan wat ontbreekt in dit beeld', en: 'Fill in everything this beeld lacks' },
  fixAll: { nl: 'Herstel alles wat Goed Werk automatisch kan herstellen', en: 'Fix everything Goed Werk can fix automatically' },
  // Completion and hover.
  sectionDetail: { nl: 'Sectie van een beeld van goed werk', en: 'Section of a beeld van goed werk' },
  deugdDetail: { nl: 'Deugd', en: 'Virtue (deugd)' },
  teamDeugdDetail: { nl: 'Deugd van het team (.goedwerk.json)', en: 'Team virtue (.goedwerk.json)' },
  goldenMean: { nl: 'Het gulden midden tussen **te weinig** ({0}) en **te veel** ({1}).', en: 'The golden mean between **too little** ({0}) and **too much** ({1}).' },
  tooLittle: { nl: 'Te weinig', en: 'Too little' },
  tooMuch: { nl: 'Te veel', en: 'Too much' },
  situationDetail: { nl: 'Kritische situatie', en: 'Critical situation' },
  teamSituationDetail: { nl: 'Situatie van het team', en: 'The team’s own situation' },
  gesprekDetail: { nl: 'Soort gesprek', en: 'Kind of conversation' },
  gesprekEenOpEen: { nl: 'Een-op-een: een gesprek met een professionele vriend, iemand die je vertrouwt (een collega, je coach of een ander)', en: 'One-to-one: a conversation with a professional friend, someone you trust (a colleague, your coach or someone else)' },
  gesprekGroep: { nl: 'Groep: een gesprek in een team of intervisiegroep', en: 'Group: a conversation in a team or peer group' },
  gesprekZelf: { nl: 'Zelf: je denkt in je eentje na over je werk', en: 'Self: you reflect on your work on your own' },
  questions: { nl: 'Vragen om jezelf te stellen', en: 'Questions to ask yourself' },
  source: {
    nl: 'Bron: Praktijkbundel kritische situaties (Jeugdzorg Nederland & Good Work Company, 2023), in eigen woorden.',
    en: 'Source: Praktijkbundel kritische situaties (Jeugdzorg Nederland & Good Work Company, 2023), in our own words.',
  },
  dilemma: { nl: 'Dilemma', en: 'Dilemma' },
} satisfies Record<string, Msg>;
