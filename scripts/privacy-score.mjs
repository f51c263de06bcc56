// Scores the privacy detectors on the labelled corpus in test/fixtures/privacy-corpus (see its README):
// recall per kind (how many labels a finding of that kind overlaps) and precision (how many findings
// overlap a label of their kind), for the tuned part, the held-out part, and the clean journals (where
// every finding is a false alarm). Used by scripts/bench-privacy.mjs and test/unit/privacy-corpus.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const KINDS = ['naam', 'geboortedatum', 'adres', 'postcode', 'telefoon', 'email', 'bsn', 'iban', 'instelling'];
export const STRUCTURED = ['geboortedatum', 'adres', 'postcode', 'telefoon', 'email', 'bsn', 'iban'];

const LABEL = /⟦([a-z]+)\|([^⟧]*)⟧/g;

/** The journal as written, and its labels as spans in it. */
export function readLabelled(source) {
  const labels = [];
  let text = '';
  let last = 0;
  for (const m of source.matchAll(LABEL)) {
    text += source.slice(last, m.index);
    if (!KINDS.includes(m[1])) throw new Error(`unknown label kind ${m[1]}`);
    labels.push({ kind: m[1], start: text.length, end: text.length + m[2].length, value: m[2] });
    text += m[2];
    last = m.index + m[0].length;
  }
  text += source.slice(last);
  return { text, labels };
}

/** A finding of kind `found` answers a label of kind `wanted`. An address holds its postcode. */
function fits(found, wanted) {
  return found === wanted || (found === 'adres' && wanted === 'postcode') || (found === 'postcode' && wanted === 'adres');
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** `find(text)` returns findings as { kind, start, end }. */
export function scoreFiles(files, find) {
  const perKind = Object.fromEntries(KINDS.map((k) => [k, { labels: 0, found: 0, findings: 0, correct: 0 }]));
  const misses = [];
  const alarms = [];
  for (const file of files) {
    const { text, labels } = readLabelled(readFileSync(file, 'utf8'));
    const findings = find(text);
    for (const l of labels) {
      perKind[l.kind].labels++;
      if (findings.some((f) => fits(f.kind, l.kind) && overlaps(f, l))) perKind[l.kind].found++;
      else misses.push({ file, kind: l.kind, value: l.value });
    }
    for (const f of findings) {
      perKind[f.kind].findings++;
      if (labels.some((l) => fits(f.kind, l.kind) && overlaps(f, l))) perKind[f.kind].correct++;
      else alarms.push({ file, kind: f.kind, value: text.slice(f.start, f.end), line: text.slice(0, f.start).split('\n').length });
    }
  }
  const sum = (kinds, key) => kinds.reduce((a, k) => a + perKind[k][key], 0);
  const ratio = (a, b) => (b === 0 ? 1 : a / b);
  const group = (kinds) => ({
    recall: ratio(sum(kinds, 'found'), sum(kinds, 'labels')),
    precision: ratio(sum(kinds, 'correct'), sum(kinds, 'findings')),
    labels: sum(kinds, 'labels'),
    findings: sum(kinds, 'findings'),
  });
  return {
    files: files.length,
    perKind: Object.fromEntries(KINDS.map((k) => [k, { ...perKind[k], recall: ratio(perKind[k].found, perKind[k].labels), precision: ratio(perKind[k].correct, perKind[k].findings) }])),
    names: group(['naam']),
    structured: group(STRUCTURED),
    institutions: group(['instelling']),
    all: group(KINDS),
    misses,
    alarms,
  };
}

export function corpusFiles(root, part) {
  const dir = join(root, 'test', 'fixtures', 'privacy-corpus', part);
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => join(dir, f));
}

/** The detectors as the rule runs them: on the parsed journal, the writer's name allowed. */
export function finderOf(core) {
  return (text) => {
    const journal = core.parseJournal(text);
    const auteur = journal.frontmatter?.fields?.auteur;
    return core.findPrivacyHits(text, { journal, allowedNames: auteur ? [auteur] : [] })
      .map((h) => ({ kind: h.kind, start: h.span.start, end: h.span.end }));
  };
}
