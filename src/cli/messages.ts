// Every sentence the CLI itself says, Dutch first. Findings come worded by the core.
import type { Msg } from '../core/i18n';

export const M = {
  usage: {
    nl: 'Gebruik: goedwerk <check|stats|new|reflectie|guard|hook> [opties] — zie goedwerk --help',
    en: 'Usage: goedwerk <check|stats|new|reflectie|guard|hook> [options] — see goedwerk --help',
  },
  unknownCommand: { nl: 'onbekend commando "{0}"', en: 'unknown command "{0}"' },
  unknownOption: { nl: 'onbekende optie {0}', en: 'unknown option {0}' },
  missingValue: { nl: 'optie {0} verwacht een waarde', en: 'option {0} expects a value' },
  unexpectedArgument: { nl: 'onverwacht argument "{0}"', en: 'unexpected argument "{0}"' },
  badArgs: { nl: 'ongeldige argumenten: {0}', en: 'invalid arguments: {0}' },
  badChoice: { nl: 'ongeldige waarde "{1}" voor {0} (kies uit: {2})', en: 'invalid value "{1}" for {0} (choose from: {2})' },
  badNumber: { nl: 'ongeldige waarde "{1}" voor {0} (verwacht een getal vanaf 0)', en: 'invalid value "{1}" for {0} (expected a number from 0)' },
  pathMissing: { nl: 'pad bestaat niet: {0}', en: 'path does not exist: {0}' },
  pathUnreadable: { nl: 'pad is niet leesbaar: {0} ({1})', en: 'path cannot be read: {0} ({1})' },
  cacheOnlyWithCheck: { nl: '--cache-location werkt alleen samen met --cache', en: '--cache-location only works together with --cache' },
  htmlNotAvailable: {
    nl: '--format html is in deze versie nog niet beschikbaar (gebruik text of json)',
    en: '--format html is not available in this version yet (use text or json)',
  },
  cacheNotSaved: { nl: 'cache niet opgeslagen: {0}', en: 'cache not saved: {0}' },
  trace: {
    nl: '{0} uit de cache, {1} in worker threads, {2} in de hoofdthread',
    en: '{0} from the cache, {1} in worker threads, {2} in the main thread',
  },
  internalError: { nl: 'interne fout: {0}', en: 'internal error: {0}' },

  // Findings the CLI adds about files themselves (rule ids outside the core's RULE_IDS).
  fileBinary: {
    nl: 'binair bestand (bevat NUL-bytes); niet gecontroleerd',
    en: 'binary file (contains NUL bytes); not checked',
  },
  fileEncoding: {
    nl: 'geen geldige UTF-8; gelezen als windows-1252, sla het bestand op als UTF-8',
    en: 'not valid UTF-8; read as windows-1252, save the file as UTF-8',
  },
  fileUnreadable: { nl: 'bestand niet leesbaar: {0}', en: 'file cannot be read: {0}' },
  fileCrashed: { nl: 'controle mislukt: {0}', en: 'check failed: {0}' },
  configBroken: { nl: 'teamconfiguratie ongeldig: {0}', en: 'team configuration invalid: {0}' },
  configUnreadable: { nl: 'teamconfiguratie niet leesbaar: {0}', en: 'team configuration cannot be read: {0}' },

  // Summary lines.
  summaryClean: { nl: '{0} bestand(en) gecontroleerd, geen bevindingen.', en: '{0} file(s) checked, no findings.' },
  summary: {
    nl: '{0} bestand(en) gecontroleerd: {1} fout(en), {2} waarschuwing(en), {3} info, {4} hint(s).',
    en: '{0} file(s) checked: {1} error(s), {2} warning(s), {3} info, {4} hint(s).',
  },
  noJournals: { nl: 'geen journalen (*.goedwerk.md) gevonden', en: 'no journals (*.goedwerk.md) found' },
  statsSkipped: { nl: '{0}: overgeslagen ({1})', en: '{0}: skipped ({1})' },

  // new
  newWritten: { nl: 'Nieuw journaal geschreven: {0}', en: 'New journal written: {0}' },
  newExists: { nl: 'bestand bestaat al, niets overschreven: {0}', en: 'file already exists, nothing overwritten: {0}' },
  writeFailed: { nl: 'kan niet schrijven naar {0} ({1})', en: 'cannot write to {0} ({1})' },
  newNoDir: { nl: 'map bestaat niet: {0}', en: 'folder does not exist: {0}' },
  unknownSituation: {
    nl: 'onbekende situatie "{0}"; bekende situaties: {1}',
    en: 'unknown situation "{0}"; known situations: {1}',
  },

  // guard and hook (the commit guard)
  guardNoGit: { nl: 'geen git-repository hier, of git werkt niet ({0})', en: 'not a git repository here, or git does not work ({0})' },
  guardUnreadable: { nl: '{0}: kon de gestagede inhoud niet lezen ({1})', en: '{0}: could not read the staged content ({1})' },
  guardBlocks: { nl: 'blokkeert', en: 'blocks' },
  guardWarns: { nl: 'let op', en: 'note' },
  guardStopped: {
    nl: 'Commit gestopt: {0} gegeven(s) die een persoon herkenbaar maken. Haal ze weg of vervang ze (in VS Code: het lampje bij de melding), stage opnieuw en commit nog eens. Bestand, regel en soort staan hieronder (in VS Code: Show Command Output). Is het echt geen persoonsgegeven, zet de naam dan in "privacy.namen" van .goedwerk.json.',
    en: 'Commit stopped: {0} item(s) that identify a person. Remove or replace them (in VS Code: the light bulb at the finding), stage again and commit again. File, line and kind are listed below (in VS Code: Show Command Output). If it really is no personal data, add the name to "privacy.namen" in .goedwerk.json.',
  },
  guardPassed: { nl: 'Privacycontrole: {0} journaal/journalen gecontroleerd, niets gevonden.', en: 'Privacy check: {0} journal(s) checked, nothing found.' },
  guardPassedWithWarnings: {
    nl: 'Privacycontrole: {0} journaal/journalen gecontroleerd; {1} melding(en) die de commit niet tegenhouden.',
    en: 'Privacy check: {0} journal(s) checked; {1} finding(s) that do not stop the commit.',
  },
  guardPassedFeedback: {
    nl: 'Privacycontrole: {0} journaal/journalen en {1} feedbackdraad/-draden gecontroleerd, niets gevonden.',
    en: 'Privacy check: {0} journal(s) and {1} feedback thread(s) checked, nothing found.',
  },
  guardPassedFeedbackWithWarnings: {
    nl: 'Privacycontrole: {0} journaal/journalen en {1} feedbackdraad/-draden gecontroleerd; {2} melding(en) die de commit niet tegenhouden.',
    en: 'Privacy check: {0} journal(s) and {1} feedback thread(s) checked; {2} finding(s) that do not stop the commit.',
  },
  hookInstalled: { nl: 'Privacycontrole geïnstalleerd als pre-commit-hook: {0}', en: 'Privacy check installed as pre-commit hook: {0}' },
  hookKeptPrevious: { nl: 'De bestaande pre-commit-hook blijft werken: bewaard als {0} en eerst uitgevoerd.', en: 'The existing pre-commit hook keeps working: kept as {0} and run first.' },
  hookPreviousExists: { nl: '{0} bestaat al; ruim die eerst op of verwijder de huidige hook.', en: '{0} already exists; clear it up first or remove the current hook.' },
  hookRemoved: { nl: 'Privacycontrole verwijderd: {0}', en: 'Privacy check removed: {0}' },
  hookNotInstalled: { nl: 'Geen privacycontrole van Goed Werk gevonden in {0}; niets veranderd.', en: 'No Goed Werk privacy check found in {0}; nothing changed.' },
} satisfies Record<string, Msg>;
