// What the CI formats say about the CLI's own checks of a file (the core's rules bring their own words).
import type { Msg } from '../../core/i18n';

/** One line per rule the CLI adds for a file as a whole (see ../findings.ts). */
export const FILE_RULES: Record<string, Msg> = {
  'bestand-binair': { nl: 'Het bestand is binair en wordt niet gecontroleerd.', en: 'The file is binary and is not checked.' },
  'bestand-codering': { nl: 'Het bestand is geen geldige UTF-8.', en: 'The file is not valid UTF-8.' },
  'bestand-onleesbaar': { nl: 'Het bestand kan niet gelezen worden.', en: 'The file cannot be read.' },
  'config-ongeldig': { nl: 'De teamconfiguratie (.goedwerk.json) is ongeldig.', en: 'The team configuration (.goedwerk.json) is invalid.' },
  'interne-fout': { nl: 'De controle van het bestand mislukte.', en: 'Checking the file failed.' },
};

export const F = {
  /** JUnit: the name of the one passing test case of a file without findings. */
  cleanCase: { nl: 'goedwerk check', en: 'goedwerk check' },
} satisfies Record<string, Msg>;
