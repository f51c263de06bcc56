// The help texts, one per command, in both languages.
import type { Msg } from '../core/i18n';
import { WORKER_THRESHOLD } from './engine';

export const HELP: Record<'main' | 'check' | 'stats' | 'new', Msg> = {
  main: {
    nl: `goedwerk — controleer en overzie journalen met beelden van goed werk (*.goedwerk.md)

Gebruik:
  goedwerk check [paden...]   controleer journalen (bestanden en mappen, standaard .)
  goedwerk stats [paden...]   overzicht per journaal en in totaal, voor een coach
  goedwerk feedback [paden...]  open feedback, losgeraakte draden en wat op feedback wacht
  goedwerk new [bestand]      begin een nieuw journaal vanuit het sjabloon

Algemene opties:
  --lang nl|en     taal van de meldingen (anders GOEDWERK_LANG, anders LANG)
  -h, --help       deze hulp; 'goedwerk <commando> --help' voor een commando
  -v, --version    versie

Afsluitcode: 0 geen fouten of waarschuwingen, 1 wel, 2 verkeerd gebruik of een pad dat niet bestaat.
`,
    en: `goedwerk — check and survey journals of beelden van goed werk (*.goedwerk.md)

Usage:
  goedwerk check [paths...]   check journals (files and folders, default .)
  goedwerk stats [paths...]   overview per journal and in total, for a coach
  goedwerk feedback [paths...]  open feedback, detached threads and what waits for feedback
  goedwerk new [file]         start a new journal from the template

Common options:
  --lang nl|en     language of the messages (else GOEDWERK_LANG, else LANG)
  -h, --help       this help; 'goedwerk <command> --help' for one command
  -v, --version    version

Exit code: 0 no errors or warnings, 1 some, 2 wrong usage or a path that does not exist.
`,
  },
  check: {
    nl: `goedwerk check [paden...] [opties]

Controleert *.goedwerk.md-bestanden (mappen worden doorzocht, node_modules en .git overgeslagen).
Een .goedwerk.json in de map van een journaal of een map erboven stelt de regels voor het team in.

Opties:
  --format text|json         uitvoer voor mensen (standaard) of een JSON-lijst voor tools
  --cache                    onthoud uitkomsten per inhoud; een tweede run leest en hasht alleen
  --cache-location <map>     waar de cache staat (standaard $XDG_CACHE_HOME/goedwerk of
                             ~/.cache/goedwerk; bijvoorbeeld .goedwerk-cache in het project)
  --jobs <n>                 aantal worker threads (0 = alles in één thread; standaard automatisch
                             vanaf ${WORKER_THRESHOLD + 1} bestanden)
  --lang nl|en               taal van de meldingen

check schrijft nooit in een journaal.
`,
    en: `goedwerk check [paths...] [options]

Checks *.goedwerk.md files (folders are searched, node_modules and .git skipped).
A .goedwerk.json in a journal's folder or a folder above it sets the rules for the team.

Options:
  --format text|json         output for people (default) or a JSON array for tools
  --cache                    remember results by content; a second run only reads and hashes
  --cache-location <dir>     where the cache lives (default $XDG_CACHE_HOME/goedwerk or
                             ~/.cache/goedwerk; for instance .goedwerk-cache in the project)
  --jobs <n>                 number of worker threads (0 = everything in one thread; default
                             automatic from ${WORKER_THRESHOLD + 1} files)
  --lang nl|en               language of the messages

check never writes to a journal.
`,
  },
  stats: {
    nl: `goedwerk stats [paden...] [opties]

Per journaal en in totaal: beelden, welke elementen bekeken zijn, per beeld het antwoord op elke E van de 3E-check
(ja, nee, deels of open) en de genoemde deugden.

Opties:
  --format text|json|html    tabel (standaard), JSON voor tools, of één zelfstandige HTML-pagina
  --jobs <n>                 aantal worker threads (0 = alles in één thread)
  --lang nl|en               taal van de uitvoer
`,
    en: `goedwerk stats [paths...] [options]

Per journal and in total: beelden, which elements are looked at, per beeld the answer to each E of the 3E check
(yes, no, partly or open) and the virtues named.

Options:
  --format text|json|html    table (default), JSON for tools, or one self-contained HTML page
  --jobs <n>                 number of worker threads (0 = everything in one thread)
  --lang nl|en               language of the output
`,
  },
  new: {
    nl: `goedwerk new [bestand] [opties]

Schrijft een nieuw journaal vanuit het sjabloon (standaard <datum>-<situatie of beeld>.goedwerk.md).
Een bestaand bestand wordt nooit overschreven.

Opties:
  --situatie <id>    koppel het journaal aan een kritische situatie (bijv. paniek-bij-oma); ook --situation
  --auteur <naam>    auteur in de frontmatter; ook --author
  --titel <titel>    pakkende titel van het eerste beeld; ook --title
  --lang nl|en       taal van het sjabloon
`,
    en: `goedwerk new [file] [options]

Writes a new journal from the template (default <date>-<situation or beeld>.goedwerk.md).
An existing file is never overwritten.

Options:
  --situatie <id>    link the journal to a critical situation (e.g. paniek-bij-oma); alias --situation
  --auteur <name>    author in the frontmatter; alias --author
  --titel <title>    catchy title of the first beeld; alias --title
  --lang nl|en       language of the template
`,
  },
};
