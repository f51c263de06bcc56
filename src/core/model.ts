// The shared vocabulary of Goed Werk. Every face (CLI, language server, extension) speaks in these
// types, so they stay free of any editor or protocol import.

export type Lang = 'nl' | 'en';

/** The five elements of a beeld van goed werk, after Shaffer's SKIVE frame. Canonical order. */
export const ELEMENTS = ['handelingen', 'kennis', 'identiteit', 'deugden', 'vrijheid'] as const;
export type ElementId = (typeof ELEMENTS)[number];

/** Every section the format knows. `eigen` is a heading of the writer's own, left alone. */
export type SectionKind = 'ervaring' | ElementId | 'uitwerking' | 'afbeelding' | 'drie-e' | 'eigen';

/** Canonical order of the known sections inside a beeld (used when a fix inserts one). */
export const SECTION_ORDER: readonly Exclude<SectionKind, 'eigen'>[] = [
  'ervaring', ...ELEMENTS, 'uitwerking', 'afbeelding', 'drie-e',
];

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const RULE_IDS = [
  'titel-ontbreekt', 'ervaring-ontbreekt', 'element-ontbreekt', 'uitwerking-ontbreekt',
  '3e-onvolledig', 'deugd-onbekend', 'sectie-dubbel', 'frontmatter-ongeldig',
  'situatie-onbekend', 'privacy', 'sessie-ongeldig',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** 0-based line, UTF-16 code-unit column: the same convention as LSP and VS Code. */
export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }
/** Offsets into the (BOM-less) text, UTF-16 code units, end exclusive. */
export interface Span { start: number; end: number }

export interface Heading {
  depth: number;
  /** The heading's text, markup stripped, trimmed. */
  text: string;
  kind: SectionKind | 'titel';
  /** The whole heading line(s), including a setext underline. */
  span: Span;
  range: Range;
}

export interface ListEntry {
  /** The leading word(s) of the item (for Deugden: the deugd's name, emphasis stripped). */
  label: string;
  /** For task list items: ticked or not; undefined for plain items. */
  checked?: boolean;
  /** The item's first line after the list marker and task box, as written (the 3E check reads its answer here). */
  text: string;
  span: Span;
  range: Range;
  /** Where `label` itself stands, for precise diagnostics and replacements. */
  labelRange: Range;
}

export interface Section {
  kind: SectionKind;
  heading: Heading;
  /** From the heading's start to the next heading of the same or a higher level (or beeld end). */
  span: Span;
  /** Only the body after the heading. */
  body: Span;
  /** True when the body holds no text (whitespace and HTML comments do not count). */
  empty: boolean;
  /** List items of the body (top level only). */
  items: ListEntry[];
}

export interface Beeld {
  index: number;
  /** The H1 text; null when the beeld has no H1 (a file with sections but no H1). */
  title: string | null;
  titleHeading?: Heading;
  span: Span;
  /** Line of the H1, or of the beeld's first line when there is none. */
  anchor: Range;
  sections: Section[];
}

export interface FrontmatterFields {
  situatie?: string;
  datum?: string;
  auteur?: string;
  rol?: string;
  gesprek?: string;
  tags?: string[];
  /** Reflection session fields (src/core/reflectie/): form, duration, facilitator, participants, series. */
  vorm?: string;
  duur?: string;
  begeleider?: string;
  deelnemers?: string;
  reeks?: string;
}

export interface Frontmatter {
  /** The whole block, fences included. */
  span: Span;
  /** The YAML between the fences. */
  yamlSpan: Span;
  /** The parsed mapping, or null when it did not parse or is not a mapping. */
  data: Record<string, unknown> | null;
  /** Normalised fields (Dutch or English keys accepted). */
  fields: FrontmatterFields;
  /** Where each recognised field's key stands (by its Dutch name). */
  fieldRanges: Partial<Record<keyof FrontmatterFields, Range>>;
  /** `code`: the YAML library's error code, for a message in the user's language (see yaml-errors.ts). */
  error?: { message: string; range: Range; code?: string };
}

export interface Journal {
  /** The text without BOM; positions refer to it. */
  text: string;
  bom: boolean;
  eol: '\n' | '\r\n';
  frontmatter?: Frontmatter;
  preamble: Span;
  beelden: Beeld[];
  lineStarts: number[];
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  range: Range;
  /** Data a quick fix needs (e.g. the missing section kind, the suggested deugd, the beeld index). */
  data?: FindingData;
}

export interface FindingData {
  beeld?: number;
  section?: SectionKind;
  suggestion?: string;
  deugd?: string;
  /** For the `privacy` rule: which kind of personal data (never the value itself). */
  privacy?: string;
}

/** A team's configuration, from the nearest `.goedwerk.json`. */
export interface TeamConfig {
  rules: Partial<Record<RuleId, SeveritySetting>>;
  deugden: string[];
  /** Folder (relative to the config file) where the team keeps its own situations. */
  situaties?: string;
  /** The team's privacy choices (see core/privacy-config.ts). */
  privacy?: PrivacySettings;
}

/** `.goedwerk.json` `privacy`: names that are fine, kinds left off, kinds that block a commit. */
export interface PrivacySettings {
  namen?: string[];
  uit?: string[];
  blokkeren?: string[];
}

export interface TextEdit { span: Span; newText: string }
