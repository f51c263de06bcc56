// The reflection record's data: what one journal brings in (a SessionSource, made per file, also in a
// worker thread) and the record built from all of them (JSON-safe: it is the `--format json` output
// and what the language server hands the editor).
import type { ElementId } from '../model';
import type { DrieEAnswer } from '../drie-e';
import type { DrieEId } from '../content/guides';
import type { SessionInfo } from './session';
import type { Vorm } from './vorm';

/** The SKJ's three dimensions of reflection. */
export const DIMENSIONS = ['technisch-instrumenteel', 'normatief', 'persoonlijk'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface Fragment {
  dimension: Dimension;
  /** The element section or the E of the 3E check the text comes from. */
  from: ElementId | DrieEId;
  /** For an E: the answer the writer gave. */
  answer?: DrieEAnswer;
  /** Plain text, shortened, privacy findings masked. */
  text: string;
}

export interface BeeldSource {
  title: string | null;
  fragments: Fragment[];
}

/** What one journal brings in: its session fields as `readSession` reads them, and its beelden. */
export interface SessionSource extends SessionInfo {
  /** The journal as the user knows it (relative path). */
  file: string;
  /** YYYY-MM-DD when the frontmatter's date could be read so; else as written, or undefined. */
  datum?: string;
  auteur?: string;
  gesprek?: string;
  /** Whether the frontmatter says anything about a session (form, duration, … or the conversation kind). */
  isSession: boolean;
  beelden: BeeldSource[];
  /** How many passages the privacy scanner masked in what this journal brings into the record. */
  masked: number;
}

export type ApartReason = 'zelf' | 'casuistiek' | 'onbekend';

export interface SessionRow extends Omit<SessionInfo, 'problems'> {
  datum: string;
  beelden: string[];
  file: string;
  /** Field names whose values could not be read (the `sessie-ongeldig` rule says more). */
  problems: string[];
}

export interface DraftLine extends Fragment {
  beeld: string | null;
  datum: string;
}

export type Draft = Record<Dimension, DraftLine[]>;

export interface Series {
  /** The series name (`reeks`), or for sessions without one the form they share. */
  name: string;
  /** True when `name` is the series the writer gave; false when it is the form. */
  named: boolean;
  /** Set for the groups listed apart, whose hours do not count. */
  apart?: ApartReason;
  vormen: Vorm[];
  begeleiders: string[];
  van: string;
  tot: string;
  sessions: SessionRow[];
  /** Minutes of the sessions whose duration is known. */
  minutes: number;
  /** Sessions without a readable duration. */
  withoutDuration: number;
  /** For counted series only: the three dimensions gathered from the beelden, as a draft. */
  draft?: Draft;
}

export interface ReflectieRecord {
  format: 'goedwerk-reflectie';
  version: 1;
  van: string;
  tot: string;
  /** Whose record it is; never anyone else's name. */
  auteur?: string;
  /** The series that count, then the groups listed apart. */
  series: Series[];
  apart: Series[];
  totals: {
    sessions: number;
    minutes: number;
    withoutDuration: number;
    apartSessions: number;
    apartMinutes: number;
  };
  skipped: {
    /** Journals with a session outside the period. */
    outsidePeriod: number;
    /** Journals with a session but no readable date (files, so the writer can fix them). */
    withoutDate: string[];
    /** Journals by someone else (a count: their names never enter the record). */
    otherAuthors: number;
  };
  /** Passages masked because they may identify a person. */
  privacyMasked: number;
}
