// Links, images and heading anchors of a Markdown page, read with remark (so nothing in a code block or
// code span counts), for the documentation tests.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Root } from 'mdast';

export interface DocLink { url: string; image: boolean; alt: string }

const parser = unified().use(remarkParse).use(remarkGfm);

function walk(node: Nodes, visit: (n: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

/** Every link and image: Markdown ones, reference definitions, and `<img src>` / `<a href>` in HTML. */
export function docLinks(markdown: string): DocLink[] {
  const out: DocLink[] = [];
  walk(parser.parse(markdown) as Root, (n) => {
    if (n.type === 'link') out.push({ url: n.url, image: false, alt: toString(n) });
    else if (n.type === 'image') out.push({ url: n.url, image: true, alt: n.alt ?? '' });
    else if (n.type === 'definition') out.push({ url: n.url, image: false, alt: n.label ?? '' });
    else if (n.type === 'html') {
      for (const m of n.value.matchAll(/<img\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/gi)) {
        out.push({ url: m[1], image: true, alt: /\balt=["']([^"']*)["']/i.exec(m[0])?.[1] ?? '' });
      }
      for (const m of n.value.matchAll(/<a\b[^>]*\bhref=["']([^"']+)["']/gi)) out.push({ url: m[1], image: false, alt: '' });
    }
  });
  return out.filter((l) => l.url !== '');
}

/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces to hyphens, -1 for a repeat. */
export function headingSlugs(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const slugs = new Set<string>();
  walk(parser.parse(markdown) as Root, (n) => {
    if (n.type !== 'heading') return;
    const base = toString(n).toLowerCase().trim().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    slugs.add(count ? `${base}-${count}` : base);
  });
  return slugs;
}
