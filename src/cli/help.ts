// The help texts, one per command, in both languages.
import type { Msg } from '../core/i18n';
import { workerThreshold } from './engine';

/** When `--jobs` starts workers by itself: it depends on this machine's cores (see engine.ts). */
const AUTO = workerThreshold();
const AUTO_JOBS = Number.isFinite(AUTO)
  ? { nl: `op deze machine vanaf ${AUTO + 1} bestanden`, en: `on this machine from ${AUTO + 1} files` }
  : { nl: 'op deze machine met één kern altijd één thread', en: 'one thread on this one-core machine' };

export const HELP: Record<'main' | 'check' | 'stats' | 'new' | 'reflectie' | 'guard' | 'hook', Msg> = {
  main: {
    nl: `goedwerk — controleer en overzie journalen met beelden van goed werk (*.goedwerk.md)

Gebruik:
  goedwerk check [paden...]   controleer journalen (bestanden en mappen, standaard .)
  goedwerk stats [paden...]   overzicht per journaal en in totaal, voor een coach
  goedwerk feedback [paden...]  open feedback, losgeraakte draden en wat op feedback wacht
  goedwerk new [bestand]      begin een nieuw journaal vanuit het sjabloon
  goedwerk reflectie [paden]  reflectieverslag voor de SKJ-herregistratie (tekst, json, html, pdf)
  goedwerk guard              controleer wat in git klaarstaat op persoonsgegevens (voor een commit)
  goedwerk hook install       zet die controle op als pre-commit-hook (ook: hook uninstall)

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
  goedwerk reflectie [paths]  reflection record for the SKJ re-registration (text, json, html, pdf)
  goedwerk guard              check what is staged in git for personal data (before a commit)
  goedwerk hook install       set that check up as the pre-commit hook (also: hook uninstall)

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
  --format <formaat>         text: regels voor mensen (standaard); json: een lijst voor tools;
                             sarif: SARIF 2.1.0 voor code scanning; github: annotaties in GitHub
                             Actions; junit: JUnit-XML voor testrapporten in CI
  --cache                    onthoud uitkomsten per inhoud; een tweede run leest en hasht alleen
  --cache-location <map>     waar de cache staat (standaard $XDG_CACHE_HOME/goedwerk of
                             ~/.cache/goedwerk; bijvoorbeeld .goedwerk-cache in het project)
  --jobs <n>                 aantal worker threads (0 = alles in één thread; standaard automatisch
                             naar het aantal kernen: ${AUTO_JOBS.nl})
  --lang nl|en               taal van de meldingen

check schrijft nooit in een journaal.
`,
    en: `goedwerk check [paths...] [options]

Checks *.goedwerk.md files (folders are searched, node_modules and .git skipped).
A .goedwerk.json in a journal's folder or a folder above it sets the rules for the team.

Options:
  --format <format>          text: lines for people (default); json: an array for tools;
                             sarif: SARIF 2.1.0 for code scanning; github: GitHub Actions
                             annotations; junit: JUnit XML for test reports in CI
  --cache                    remember results by content; a second run only reads and hashes
  --cache-location <dir>     where the cache lives (default $XDG_CACHE_HOME/goedwerk or
                             ~/.cache/goedwerk; for instance .goedwerk-cache in the project)
  --jobs <n>                 number of worker threads (0 = everything in one thread; default
                             automatic by the number of cores: ${AUTO_JOBS.en})
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
  reflectie: {
    nl: `goedwerk reflectie [paden...] [opties]

Maakt een reflectieverslag voor de herregistratie bij het SKJ uit je journalen: per reeks de sessies
(datum, vorm, duur, begeleider, deelnemers) en de uren die meetellen, en per reeks een concept van de
drie dimensies (technisch-instrumenteel, normatief, persoonlijk) uit je beelden, om in eigen woorden
te herschrijven. Zelfreflectie en casuïstiek staan apart en tellen niet mee. De sessie staat in de
frontmatter: vorm, duur, begeleider, deelnemers, reeks (zie docs/gebruik/reflectie.md).

Opties:
  --van <datum>              eerste dag (standaard vijf jaar voor --tot); ook --from
  --tot <datum>              laatste dag (standaard vandaag); ook --to
  --auteur <naam>            van wie het verslag is; nodig als de journalen van meer mensen zijn;
                             journalen van anderen en hun namen blijven buiten het verslag; ook --author
  --format text|json|html|pdf
                             tekst (standaard), JSON voor tools, een html-pagina of een pdf om te
                             printen of te uploaden
  -o, --output <bestand>     schrijf naar een bestand (nodig voor pdf in een terminal)
  --jobs <n>                 aantal worker threads (0 = alles in één thread)
  --lang nl|en               taal van het verslag

Gegevens die een persoon herkenbaar maken (privacyregel) worden weggelaten en eerst gemeld.
Afsluitcode: 0 klaar, 1 klaar maar er is iets weggelaten om privacyredenen, 2 verkeerd gebruik.
`,
    en: `goedwerk reflectie [paths...] [options]

Makes a reflection record for re-registration with the SKJ from your journals: per series the sessions
(date, form, duration, facilitator, participants) and the hours that count, and per series a draft of
the three dimensions (technical-instrumental, normative, personal) from your beelden, to rewrite in
your own words. Self-reflection and case discussions are listed apart and do not count. The session
is in the frontmatter: vorm, duur, begeleider, deelnemers, reeks (see docs/guide/reflectie.md).

Options:
  --van <date>               first day (default five years before --tot); alias --from
  --tot <date>               last day (default today); alias --to
  --auteur <name>            whose record it is; needed when the journals are by several people;
                             other people's journals and names stay out of the record; alias --author
  --format text|json|html|pdf
                             text (default), JSON for tools, an HTML page or a PDF to print or upload
  -o, --output <file>        write to a file (needed for pdf in a terminal)
  --jobs <n>                 number of worker threads (0 = everything in one thread)
  --lang nl|en               language of the record

Data that identifies a person (the privacy rule) is left out, and said first.
Exit code: 0 done, 1 done but something was left out for privacy, 2 wrong usage.
`,
  },
  guard: {
    nl: `goedwerk guard

Controleert de journalen (*.goedwerk.md) en de feedbackdraden (.goedwerk/feedback/*.md) die klaarstaan
voor de volgende commit: de inhoud in git (git add), niet het bestand op schijf. Meldt bestand, regel en
soort gegeven, nooit het gegeven zelf.
Welke soorten een commit tegenhouden, staat in .goedwerk.json onder "privacy.blokkeren" (standaard
alles behalve "instelling").

Afsluitcode: 0 niets dat tegenhoudt, 1 wel (de commit stopt), 2 geen git-repository.
`,
    en: `goedwerk guard

Checks the journals (*.goedwerk.md) and the feedback threads (.goedwerk/feedback/*.md) staged for the
next commit: the content in git (git add), not the file on disk. Reports file, line and kind of data,
never the data itself. Which kinds stop a commit is
set in .goedwerk.json under "privacy.blokkeren" (by default everything but "instelling").

Exit code: 0 nothing that stops the commit, 1 something does (the commit stops), 2 not a git repository.
`,
  },
  hook: {
    nl: `goedwerk hook install | uninstall [opties]

install zet 'goedwerk guard' op als pre-commit-hook van deze repository. Een bestaande pre-commit-hook
blijft werken: hij wordt bewaard als pre-commit.goedwerk-vorige en eerst uitgevoerd. uninstall haalt de
hook weg en zet een eerdere terug.

Opties:
  --runtime <programma>   waarmee de hook de CLI start (standaard: deze node)
  --cli <bestand>         de CLI die de hook start (standaard: deze)
`,
    en: `goedwerk hook install | uninstall [options]

install sets 'goedwerk guard' up as this repository's pre-commit hook. An existing pre-commit hook keeps
working: it is kept as pre-commit.goedwerk-vorige and run first. uninstall removes the hook and puts an
earlier one back.

Options:
  --runtime <program>     what the hook starts the CLI with (default: this node)
  --cli <file>            the CLI the hook starts (default: this one)
`,
  },
};
