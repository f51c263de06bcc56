// What the extension and the notebook's renderer tell each other. The renderer runs in the notebook's
// webview and sees only one cell's text and metadata at a time; what it shows about the journal as a
// whole (what a beeld still lacks, the journal's details) comes from the extension: first in the cell's
// view metadata (set when cells are made, so a notebook shows it at once), then in messages as the
// journal changes. View metadata is transient: it never dirties the notebook and is never saved.
import type { DrieEAnswer } from '../core/drie-e';

export const RENDERER_ID = 'goedwerk.journal';
/** The cell metadata key of the view data (declared transient by the serializer). */
export const VIEW_KEY = 'goedwerkView';

export type UiLang = 'nl' | 'en';

/** One part of a beeld still to write, as a chip that opens it (or adds it when it is not there). */
export interface TodoPart {
  part: string;
  label: string;
  /** True for the five elements: they are "not looked at yet", the others "still to write". */
  element: boolean;
  /** Whether the beeld has the section already (empty), or it must be added. */
  exists: boolean;
}

export interface DrieEView {
  id: string;
  label: string;
  answer: DrieEAnswer;
}

/** What a beeld still lacks and how its 3E check stands, shown under its title. */
export interface BeeldStatus {
  todo: TodoPart[];
  /** Undefined when the beeld has no 3E check yet. */
  drieE?: DrieEView[];
}

/** One field of the journal's details, as the card on the frontmatter cell shows it. */
export interface CardField {
  label: string;
  value: string;
}

export interface CardView {
  fields: CardField[];
  /** Set when the YAML does not read as a mapping: the card then says so. */
  invalid?: boolean;
}

export interface ViewMeta {
  /** Names the cell in messages (the webview's own cell ids are not known to the extension). */
  id: string;
  ui: UiLang;
  role: 'frontmatter' | 'preamble' | 'titel' | 'section' | 'invitation';
  /** On a beeld's first cell. */
  beeld?: BeeldStatus;
  /** On the frontmatter cell. */
  card?: CardView;
  /** Raised to have the cell drawn again after its text changed (see the extension's `redraw`). */
  rev?: number;
}

/** Renderer → extension. */
export type RendererMessage =
  | { type: 'ready' }
  /** A cell was drawn again: it is no longer being edited (VS Code tells extensions no such thing). */
  | { type: 'rendered'; cell: string }
  | { type: 'answer'; cell: string; e: string; answer: DrieEAnswer }
  | { type: 'explain'; cell: string; e: string }
  | { type: 'part'; cell: string; part: string }
  | { type: 'edit'; cell: string }
  | { type: 'image'; cell: string }
  | { type: 'details'; cell: string }
  | { type: 'start'; cell: string; from: 'situation' | 'blank' };

/** Extension → renderer: the latest journal-wide view per cell id (absent ids keep what they had). */
export interface StatusMessage {
  type: 'status';
  cells: Record<string, { beeld?: BeeldStatus | null; card?: CardView | null }>;
}

export function isRendererMessage(m: unknown): m is RendererMessage {
  if (!m || typeof m !== 'object') return false;
  const type = (m as { type?: unknown }).type;
  if (type === 'ready') return true;
  if (typeof (m as { cell?: unknown }).cell !== 'string') return false;
  return ['rendered', 'answer', 'explain', 'part', 'edit', 'image', 'details', 'start'].includes(String(type));
}
