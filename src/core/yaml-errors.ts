// What went wrong in a frontmatter, in the user's language. The YAML library explains its errors in
// English only, and in a parser's terms; these say the same in words a journal writer knows, keyed by
// the library's error code.
import type { Msg } from './i18n';

const REASONS: Record<string, Msg> = {
  DUPLICATE_KEY: { nl: 'een sleutel staat er twee keer in', en: 'a key appears twice' },
  BAD_INDENT: { nl: 'een lijst of blok springt niet goed in, of een `]` of `}` ontbreekt', en: 'a list or block is not indented right, or a `]` or `}` is missing' },
  MISSING_CHAR: { nl: 'een afsluitend teken ontbreekt, zoals een aanhalingsteken of de `:` na een sleutel', en: 'a closing character is missing, such as a quote or the `:` after a key' },
  BLOCK_AS_IMPLICIT_KEY: { nl: 'een waarde bevat een dubbele punt; zet haar tussen aanhalingstekens', en: 'a value holds a colon; put it in quotes' },
  MULTILINE_IMPLICIT_KEY: { nl: 'een sleutel loopt over meer dan één regel', en: 'a key runs over more than one line' },
  TAB_AS_INDENT: { nl: 'er wordt ingesprongen met een tab; gebruik spaties', en: 'a tab is used to indent; use spaces' },
  UNEXPECTED_TOKEN: { nl: 'lijstregels en `sleutel: waarde`-regels staan door elkaar', en: 'list lines and `key: value` lines are mixed' },
  BAD_SCALAR_START: { nl: 'een waarde begint met een teken als `@` of `` ` ``; zet haar tussen aanhalingstekens', en: 'a value starts with a character such as `@` or `` ` ``; put it in quotes' },
  BAD_DQ_ESCAPE: { nl: 'een `\\` tussen dubbele aanhalingstekens; gebruik enkele', en: 'a `\\` inside double quotes; use single quotes' },
  MULTIPLE_DOCS: { nl: 'er staat nog een `---` in de frontmatter', en: 'there is another `---` inside the frontmatter' },
  BAD_ALIAS: { nl: 'een verwijzing met `*` wijst nergens heen', en: 'a `*` reference points nowhere' },
};

const UNKNOWN: Msg = { nl: 'de YAML klopt op deze regel niet', en: 'the YAML is not right on this line' };

/** The reason for a YAML error code, in both languages. */
export function yamlErrorReason(code: string | undefined): Msg {
  return (code && REASONS[code]) || UNKNOWN;
}
