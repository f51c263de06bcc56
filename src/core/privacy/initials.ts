// Names that are no word at all: initials next to a role ("moeder M.", "tante J.", "zus K. (12)"), a
// cell under a table's "naam" column. The run-of-capitals reader needs a name word after initials; these
// stand alone.
import type { NameHit } from './names';
import { ROLES } from './nameWords';
import { columnCells } from './tables';

/** A role, then initials with full stops and no name after them; or initials with an age. */
const ROLE_INITIALS = /(?<![\p{L}])(\p{L}+)\.?[ \t]+(\p{Lu}\.(?:[ \t]?\p{Lu}\.)*)(?![ \t]*\p{Lu}\p{Ll})(?![\p{L}])/gu;
const AGED_INITIALS = /(?<![\p{L}.])(\p{Lu}\.(?:[ \t]?\p{Lu}\.)*)[ \t]*\(\d{1,2}(?:[ \t]*(?:jaar|jr\.?|j\.?|years?))?\)/gu;

export function initialsNextToRole(prose: string): NameHit[] {
  const out: NameHit[] = [];
  const push = (start: number, text: string) => out.push({ kind: 'naam', span: { start, end: start + text.length }, words: [text], text });
  if (/\p{Lu}\./u.test(prose)) {
    for (const m of prose.matchAll(ROLE_INITIALS)) if (ROLES.has(m[1].toLowerCase())) push(m.index! + m[0].length - m[2].length, m[2]);
    for (const m of prose.matchAll(AGED_INITIALS)) push(m.index!, m[1]);
  }
  return out;
}

/** Headers of a column of people: "naam", "kind", "name", "child", "voornaam", "jongere". */
const PERSON_HEADER = /^[ \t*_]*(?:naam|namen|voornaam|roepnaam|kind|kinderen|jongere|jeugdige|cliënt|client|gezinslid|name|first name|child|children|young person)[ \t*_]*$/u;
const CELL_NAME = /(?<![\p{L}])\p{Lu}[\p{Ll}'’-]+(?:[ \t]+(?:(?:van|de|der|den|el|al|ten|ter)[ \t]+)*\p{Lu}[\p{Ll}'’-]+)*/gu;

/** The names in a table's column of people. */
export function tableNames(prose: string): NameHit[] {
  const out: NameHit[] = [];
  for (const c of columnCells(prose, (h) => PERSON_HEADER.test(h.toLowerCase()))) {
    for (const m of c.text.matchAll(CELL_NAME)) {
      const start = c.start + m.index!;
      out.push({ kind: 'naam', span: { start, end: start + m[0].length }, words: m[0].split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w)), text: m[0] });
    }
  }
  return out;
}
