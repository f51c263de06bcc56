// Made-up team stats for the overview's tests and its timing: fictional names, deterministic.
import { ELEMENTS } from '../../src/core/model';
import type { ElementId } from '../../src/core/model';
import { drieEAnswered, type BeeldStats, type JournalStats, type TeamStats } from '../../src/core/stats';
import type { DrieEAnswer } from '../../src/core/drie-e';

/** Answers drawn for the fake team: mostly yes, with no, partly and open in between. */
const ANSWERS: DrieEAnswer[] = ['ja', 'ja', 'ja', 'nee', 'deels', 'open'];

const AUTHORS = ['Sanne de Vries', 'Mo Bakker', 'Ilse Jansen', 'Daan Visser', 'Noor El Amrani', 'Jesse Smit'];
const SITUATIONS = ['de-grens-tussen-werk-en-prive', 'een-melding-doen', 'als-collega-s-anders-werken', 'onder-tijdsdruk'];
const DEUGDEN = ['Geduld', 'Moed', 'Eerlijkheid', 'Zorgzaamheid', 'Rechtvaardigheid', 'Bescheidenheid', 'Betrokkenheid'];
const TAGS = ['intervisie', 'gezin', 'school', 'crisis'];

/** A small pseudo-random generator, so every run sees the same team. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export function beeld(overrides: Partial<BeeldStats> = {}): BeeldStats {
  return {
    file: 'a.goedwerk.md', index: 0, title: 'Een beeld', line: 5, auteur: 'Sanne de Vries', datum: '2024-03-12',
    situatie: SITUATIONS[0], tags: [], ervaring: true, uitwerking: true, afbeelding: false,
    elements: Object.fromEntries(ELEMENTS.map((e) => [e, true])) as Record<ElementId, boolean>,
    drieE: { present: true, excellent: 'ja', ethisch: 'ja', energiek: 'ja' },
    deugden: ['Geduld'], complete: true, findings: 0,
    ...overrides,
  };
}

export function team(journals: JournalStats[], unusedDeugden: string[] = []): TeamStats {
  const deugden: Record<string, number> = {};
  for (const j of journals) for (const b of j.beelden) for (const d of b.deugden) deugden[d] = (deugden[d] ?? 0) + 1;
  const beelden = journals.flatMap((j) => j.beelden);
  return {
    journals,
    totals: {
      journals: journals.length, beelden: beelden.length, complete: beelden.filter((b) => b.complete).length,
      elements: Object.fromEntries(ELEMENTS.map((e) => [e, beelden.filter((b) => b.elements[e]).length])) as Record<ElementId, number>,
      drieE: { answered: 0, open: 0, missing: 0, answers: {
        excellent: { ja: 0, nee: 0, deels: 0, open: 0 }, ethisch: { ja: 0, nee: 0, deels: 0, open: 0 }, energiek: { ja: 0, nee: 0, deels: 0, open: 0 },
      } },
      deugden, unusedDeugden, perMonth: {},
    },
  };
}

/** `count` journals with one to three beelden each, spread over authors, situations and 2023–2025. */
export function fakeTeam(count: number, seed = 7): TeamStats {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const journals: JournalStats[] = [];
  for (let j = 0; j < count; j++) {
    const file = `/team/journaal/${String(j).padStart(5, '0')}.goedwerk.md`;
    const auteur = pick(AUTHORS);
    const datum = `${2023 + Math.floor(next() * 3)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    const situatie = pick(SITUATIONS);
    const tags = next() < 0.5 ? [pick(TAGS)] : [];
    const n = 1 + Math.floor(next() * 3);
    const beelden: BeeldStats[] = [];
    for (let i = 0; i < n; i++) {
      const elements = Object.fromEntries(ELEMENTS.map((e) => [e, next() < 0.7])) as Record<ElementId, boolean>;
      const present = next() < 0.8;
      const answer = (): DrieEAnswer => (present ? ANSWERS[Math.floor(next() * ANSWERS.length)] : 'open');
      const drieE = { present, excellent: answer(), ethisch: answer(), energiek: answer() };
      const ervaring = next() < 0.85, uitwerking = next() < 0.6;
      beelden.push(beeld({
        file, index: i, title: `Beeld ${j}.${i}: ${pick(['Grenzen', 'Samen', 'Durven', 'Luisteren'])} ${pick(['thuis', 'op school', 'in de groep'])}`,
        line: 6 + i * 40, auteur, datum, situatie, tags, ervaring, uitwerking, elements, drieE,
        deugden: [...new Set([pick(DEUGDEN), pick(DEUGDEN)])],
        complete: ervaring && uitwerking && ELEMENTS.every((e) => elements[e]) && drieEAnswered(drieE),
        findings: next() < 0.05 ? 1 : 0,
      }));
    }
    journals.push({ file, auteur, datum, situatie, tags, beelden });
  }
  return team(journals, ['Humor', 'Trouw']);
}
