// The group timer's minutes into a journal's `duur`, as a text change on the frontmatter's YAML. A
// duration the writer filled in is never overwritten; the rest of the YAML stays byte for byte.
import { findFrontmatter } from '../scan';
import type { TextEdit } from '../model';

export type FillResult = { yaml: string } | { kept: string } | { none: true };

const KEY_LINE = /^(duur|duration)([ \t]*:)([^\r\n]*)$/im;

/** `yaml` (the text between the fences) with `duur: <minutes>` set, unless a duration is already there. */
export function fillDurationInYaml(yaml: string, minutes: number): FillResult {
  const eol = /\r\n/.test(yaml) ? '\r\n' : '\n';
  const found = KEY_LINE.exec(yaml);
  if (found) {
    const value = found[3].replace(/(^|\s)#.*$/, '').trim();
    if (value && value !== '~' && value.toLowerCase() !== 'null') return { kept: value };
    const line = `${found[1]}${found[2]} ${minutes}`;
    return { yaml: yaml.slice(0, found.index) + line + yaml.slice(found.index + found[0].length) };
  }
  // English keys in the file get the English key; otherwise the Dutch one.
  const english = /^(?:date|author|conversation|situation|role)[ \t]*:/im.test(yaml) && !/^(?:datum|auteur|gesprek|situatie|rol)[ \t]*:/im.test(yaml);
  const line = `${english ? 'duration' : 'duur'}: ${minutes}`;
  // The YAML between a file's fences ends in a line break; a notebook cell's value does not.
  const ends = yaml === '' || /\r?\n$/.test(yaml);
  return { yaml: ends ? yaml + line + eol : yaml + eol + line };
}

/** The same for a whole journal: one edit replacing the frontmatter's YAML, or why there is none. */
export function fillDurationEdit(text: string, minutes: number): { edit: TextEdit } | { kept: string } | { none: true } {
  const fm = findFrontmatter(text);
  if (!fm) return { none: true };
  const result = fillDurationInYaml(text.slice(fm.yamlSpan.start, fm.yamlSpan.end), minutes);
  return 'yaml' in result ? { edit: { span: fm.yamlSpan, newText: result.yaml } } : result;
}
