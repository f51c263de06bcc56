// `goedwerk/exportBeeld`: one beeld as a clean, printable HTML page for an intervisie session. The
// Markdown goes through remark → rehype with raw HTML dropped and the result sanitized (a journal is
// someone's free text: no script, no handlers, no javascript: links). Images with a relative path stay
// images (they resolve next to the journal); remote images become plain links, so opening the page
// never reaches the network. The page template is the core's, so the CLI could reuse it.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Nodes, Root } from 'mdast';
import { checkJournal, type CheckOptions } from '../../core/check';
import { findSituation } from '../../core/content/situations';
import { renderBeeldHtml } from '../../core/export-html';
import { escapeHtml } from '../../core/html';
import { t } from '../../core/i18n';
import type { Journal, Lang } from '../../core/model';
import { parseJournal } from '../../core/parse';
import { journalStats } from '../../core/stats';
import { decodeBytes } from '../../core/text';
import type { ExportBeeldParams, ExportBeeldResult } from '../../protocol';
import type { LoadedJournal } from '../journal-files';
import { M } from '../messages';

/** Remote images turn into links: the printed page must not fetch anything when it is opened. */
function remoteImagesToLinks() {
  return (tree: Root) => {
    const visit = (node: Nodes) => {
      if (!('children' in node)) return;
      node.children = node.children.map((child) => {
        if (child.type === 'image' && isRemote(child.url)) {
          return { type: 'link', url: child.url, title: child.title, children: [{ type: 'text', value: child.alt || child.url }] };
        }
        visit(child);
        return child;
      }) as typeof node.children;
    };
    visit(tree);
  };
}

function isRemote(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) ? !/^data:image\//i.test(url) : url.startsWith('//');
}

const markdownToHtml = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remoteImagesToLinks)
  .use(remarkRehype, { allowDangerousHtml: false })
  .use(rehypeSanitize)
  .use(rehypeStringify)
  .freeze();

export function renderMarkdown(markdown: string): string {
  try {
    return String(markdownToHtml.processSync(markdown));
  } catch {
    // Never lose the text: fall back to it escaped, line by line.
    return `<pre>${escapeHtml(markdown)}</pre>`;
  }
}

function privacyFindingsIn(journal: Journal, beeld: number, withFrontmatter: boolean, opts: CheckOptions): number {
  const b = journal.beelden[beeld];
  const first = b.anchor.start.line;
  const lastOffset = Math.max(b.span.start, b.span.end - 1);
  let last = 0;
  while (last + 1 < journal.lineStarts.length && journal.lineStarts[last + 1] <= lastOffset) last++;
  const fm = journal.frontmatter;
  const fmLast = fm ? lineOf(journal, Math.max(fm.span.start, fm.span.end - 1)) : -1;
  return checkJournal(journal, opts).filter((f) => f.rule === 'privacy'
    && ((f.range.start.line >= first && f.range.start.line <= last)
      || (withFrontmatter && f.range.start.line <= fmLast))).length;
}

function lineOf(journal: Journal, offset: number): number {
  let line = 0;
  while (line + 1 < journal.lineStarts.length && journal.lineStarts[line + 1] <= offset) line++;
  return line;
}

/** Renders beeld `beeld` of a journal's text. Throws only when that beeld does not exist. */
export function exportBeeld(
  text: string,
  params: Pick<ExportBeeldParams, 'beeld' | 'withFrontmatter'>,
  opts: CheckOptions,
): ExportBeeldResult {
  const journal = parseJournal(text);
  const b = journal.beelden[params.beeld];
  if (!b) {
    throw new Error(opts.lang === 'en'
      ? `This journal has no beeld number ${params.beeld + 1}.`
      : `Dit journaal heeft geen beeld nummer ${params.beeld + 1}.`);
  }
  const stats = journalStats(journal, '').beelden[params.beeld];
  const bodyStart = b.titleHeading ? b.titleHeading.span.end : b.span.start;
  const fields = journal.frontmatter?.fields;
  const html = renderBeeldHtml({
    lang: opts.lang,
    title: b.title,
    bodyHtml: renderMarkdown(journal.text.slice(bodyStart, b.span.end)),
    checklist: stats,
    meta: params.withFrontmatter && fields
      ? { ...fields, situatieTitle: findSituation(fields.situatie)?.title[opts.lang] }
      : undefined,
  });
  return { html, privacyFindings: privacyFindingsIn(journal, params.beeld, params.withFrontmatter, opts) };
}

export interface ExportContext {
  /** The text of an open document, or undefined to read the file. */
  openText(uri: string): string | undefined;
  /** Reads a closed journal: the disk, or in a browser through the client (vscode.workspace.fs). */
  read(uri: string): LoadedJournal | Promise<LoadedJournal>;
  /** goedwerk.maxFileSize, for the message when a journal is larger. */
  maxMb: number;
  /** The check options for this document (language, team config, settings). */
  checkOptions(uri: string): CheckOptions | Promise<CheckOptions>;
}

/** The request handler the server wires to `goedwerk/exportBeeld`. */
export async function handleExportBeeld(params: ExportBeeldParams, ctx: ExportContext): Promise<ExportBeeldResult> {
  const beeld = Number.isInteger(params?.beeld) && params.beeld >= 0 ? params.beeld : 0;
  const opts = await ctx.checkOptions(params.uri);
  const text = ctx.openText(params.uri) ?? await closedText(params.uri, ctx, opts.lang);
  return exportBeeld(text, { beeld, withFrontmatter: !!params.withFrontmatter }, opts);
}

/** A closed journal's text; throws, in the user's language, why there is none (the client shows it). */
async function closedText(uri: string, ctx: ExportContext, lang: Lang): Promise<string> {
  const loaded = await ctx.read(uri);
  if ('bytes' in loaded) return decodeBytes(loaded.bytes).text;
  if ('missing' in loaded) throw new Error(t(lang, M.exportMissing));
  if ('tooBig' in loaded) throw new Error(t(lang, M.exportTooBig, ctx.maxMb));
  throw new Error(t(lang, M.unreadable, loaded.error));
}
