// The reflection record's faces in one module: the extension's lazy `reflectie` chunk (see
// scripts/bundles.mjs) and the CLI's `--format pdf` load it at first use, since the PDF writer is heavy.
export { renderRecordHtml, type HtmlOptions } from './html';
export { renderRecordPdf, type PdfOptions } from './pdf';
export { renderRecordText } from './text';
