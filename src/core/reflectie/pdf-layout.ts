// A small flowing layout on top of pdf-lib: paragraphs that wrap and break across A4 pages, headings
// that keep to what follows, simple tables, page numbers. Text goes out in the standard Helvetica
// fonts (WinAnsi encoding, which holds ë, ï, é and the other Dutch letters); a character WinAnsi lacks
// becomes its base letter (ğ → g) or a question mark, so no text can make the writer throw.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage, type RGB } from '@cantoo/pdf-lib';

export const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const FOOTER = 30;

export const INK = rgb(0.106, 0.122, 0.141);
export const MUTED = rgb(0.34, 0.376, 0.416);
export const ACCENT = rgb(0.043, 0.431, 0.31);
export const LINE = rgb(0.816, 0.843, 0.871);

/** Letters and signs WinAnsi lacks that do not decompose to a base letter (ł is not l + a mark). */
const FALLBACK: Record<string, string> = {
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', '→': '->', '←': '<-', '✓': 'v', '✔': 'v', '≥': '>=', '≤': '<=', '−': '-',
};

export interface TextStyle {
  size?: number;
  font?: 'regular' | 'bold' | 'italic';
  color?: RGB;
  indent?: number;
  /** Space after the paragraph, in points. */
  after?: number;
  /** Draw the draft's accent bar in the left margin. */
  bar?: boolean;
}

export interface Column { title: string; width: number }

export class PdfLayout {
  private page!: PDFPage;
  private y = 0;
  private readonly fonts: Record<'regular' | 'bold' | 'italic', PDFFont>;
  private readonly charset: Set<number>;

  private constructor(readonly doc: PDFDocument, fonts: PdfLayout['fonts']) {
    this.fonts = fonts;
    this.charset = new Set(fonts.regular.getCharacterSet());
    this.newPage();
  }

  static async create(): Promise<PdfLayout> {
    const doc = await PDFDocument.create();
    const [regular, bold, italic] = await Promise.all([
      doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold), doc.embedFont(StandardFonts.HelveticaOblique),
    ]);
    return new PdfLayout(doc, { regular, bold, italic });
  }

  get width(): number {
    return A4[0] - 2 * MARGIN;
  }

  /** Only characters the standard fonts can encode; tabs and line breaks become spaces. */
  clean(text: string): string {
    let out = '';
    for (const ch of text.replace(/[\t\r\n]+/g, ' ').replace(/`/g, '')) {
      const code = ch.codePointAt(0)!;
      if (this.charset.has(code)) { out += ch; continue; }
      if (FALLBACK[ch]) { out += FALLBACK[ch]; continue; }
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += [...base].every((c) => this.charset.has(c.codePointAt(0)!)) && base ? base : '?';
    }
    return out;
  }

  private newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  /** Starts a new page unless `height` points still fit above the footer. */
  ensure(height: number): void {
    if (this.y - height < MARGIN + FOOTER) this.newPage();
  }

  space(points: number): void {
    this.y -= points;
  }

  /** Splits text into lines no wider than `width` at `size`, breaking long words when they must. */
  wrap(text: string, width: number, size: number, font: PDFFont): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of this.clean(text).split(/ +/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) { line = candidate; continue; }
      if (line) lines.push(line);
      line = word;
      while (font.widthOfTextAtSize(line, size) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(line.slice(0, cut), size) > width) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    if (line) lines.push(line);
    return lines.length ? lines : [''];
  }

  paragraph(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 10.5;
    const font = this.fonts[style.font ?? 'regular'];
    const indent = style.indent ?? 0;
    const lead = size * 1.35;
    for (const line of this.wrap(text, this.width - indent, size, font)) {
      this.ensure(lead);
      this.y -= lead;
      if (style.bar) this.page.drawRectangle({ x: MARGIN - 10, y: this.y - 3, width: 2.5, height: lead, color: ACCENT });
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color: style.color ?? INK });
    }
    this.y -= style.after ?? size * 0.5;
  }

  /** A heading that moves to the next page when fewer than `keep` points would follow it here. */
  heading(text: string, size: number, keep = 60, color: RGB = INK): void {
    this.ensure(size * 1.6 + keep);
    this.y -= size * 0.6;
    this.paragraph(text, { size, font: 'bold', color, after: size * 0.35 });
  }

  rule(color: RGB = ACCENT, thickness = 1.2): void {
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: MARGIN + this.width, y: this.y }, thickness, color });
    this.y -= 6;
  }

  /** Label and value pairs in two columns. */
  pairs(rows: [string, string][], size = 10.5, emphasiseFirst = false): void {
    const labelWidth = Math.max(...rows.map(([k]) => this.fonts.regular.widthOfTextAtSize(this.clean(k), size))) + 14;
    rows.forEach(([k, v], i) => {
      const font = emphasiseFirst && i === 0 ? this.fonts.bold : this.fonts.regular;
      const valueSize = emphasiseFirst && i === 0 ? size * 1.25 : size;
      const lines = this.wrap(v, this.width - labelWidth, valueSize, font);
      const lead = valueSize * 1.4;
      this.ensure(lead * lines.length);
      this.y -= lead;
      this.page.drawText(this.clean(k), { x: MARGIN, y: this.y, size, font: this.fonts.regular, color: MUTED });
      lines.forEach((l, j) => {
        if (j > 0) this.y -= lead;
        this.page.drawText(l, { x: MARGIN + labelWidth, y: this.y, size: valueSize, font, color: emphasiseFirst && i === 0 ? ACCENT : INK });
      });
    });
    this.y -= size * 0.6;
  }

  /** A table with a bold header row, repeated on every page it runs onto. */
  table(columns: Column[], rows: string[][], size = 9): void {
    const lead = size * 1.3;
    const header = () => this.tableRow(columns, columns.map((c) => c.title), size, this.fonts.bold, MUTED, lead);
    this.ensure(lead * 3);
    header();
    for (const row of rows) {
      const height = this.rowHeight(columns, row, size, lead);
      if (this.y - height < MARGIN + FOOTER) { this.newPage(); header(); }
      this.tableRow(columns, row, size, this.fonts.regular, INK, lead);
    }
    this.y -= size * 0.6;
  }

  private rowHeight(columns: Column[], row: string[], size: number, lead: number): number {
    return Math.max(...columns.map((c, i) => this.wrap(row[i] ?? '', c.width - 6, size, this.fonts.regular).length)) * lead + 5;
  }

  private tableRow(columns: Column[], row: string[], size: number, font: PDFFont, color: RGB, lead: number): void {
    const top = this.y;
    let x = MARGIN;
    let lowest = top;
    columns.forEach((c, i) => {
      let y = top;
      for (const line of this.wrap(row[i] ?? '', c.width - 6, size, font)) {
        y -= lead;
        this.page.drawText(line, { x, y, size, font, color });
      }
      lowest = Math.min(lowest, y);
      x += c.width;
    });
    this.y = lowest - 4;
    this.page.drawLine({ start: { x: MARGIN, y: this.y + 1 }, end: { x: MARGIN + this.width, y: this.y + 1 }, thickness: 0.5, color: LINE });
    this.y -= 1;
  }

  /** Three lines to sign on: name, signature, date. */
  signLines(labels: [string, string, string]): void {
    this.ensure(50);
    this.y -= 34;
    const w = (this.width - 30) / 3;
    labels.forEach((label, i) => {
      const x = MARGIN + i * (w + 15);
      this.page.drawLine({ start: { x, y: this.y }, end: { x: x + w, y: this.y }, thickness: 0.8, color: INK });
      this.page.drawText(this.clean(label), { x, y: this.y - 11, size: 8.5, font: this.fonts.regular, color: MUTED });
    });
    this.y -= 24;
  }

  /** Writes `footer` and "page n of m" on every page, then the file's bytes. */
  async finish(footer: (page: number, pages: number) => string): Promise<Uint8Array> {
    const pages = this.doc.getPages();
    pages.forEach((p, i) => {
      const text = this.clean(footer(i + 1, pages.length));
      const size = 8;
      const width = this.fonts.regular.widthOfTextAtSize(text, size);
      p.drawText(text, { x: A4[0] - MARGIN - width, y: MARGIN - 20, size, font: this.fonts.regular, color: MUTED });
    });
    return this.doc.save();
  }
}
