// Every sentence the CLI itself says, Dutch first. Findings come worded by the core.
import type { Msg } from '../core/i18n';

export const M = {
  usage: {
    nl: 'Gebruik: goedwerk <check|stats|new|reflectie> [opties] — zie goedwerk --help',
    en: 'Usage: goedwerk <check|stats|new|reflectie> [options] — see goedwerk --help',
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
} satisfies Record<string, Msg>;
