// HTML blocks (CommonMark's seven kinds), as micromark's html-flow reads them: which kind a line opens,
// and whether a line holds the end of kinds 1 to 5 (kinds 6 and 7 end at a blank line). The end scan is
// micromark's small state machine rather than a substring search, so odd runs such as `]]]>` end a CDATA
// block exactly when micromark says they do.
import { isAsciiAlpha, isAsciiAlphanumeric, isSpaceOrTab } from './chars';

const RAW_NAMES = new Set(['pre', 'script', 'style', 'textarea']);
const BLOCK_NAMES = new Set([
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col', 'colgroup',
  'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame',
  'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li', 'link',
  'main', 'menu', 'menuitem', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p', 'param', 'search', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul',
]);

/** Where the end scan of an HTML block stands; a new line always starts in `Data`. */
export const enum EndState { Data, Dash, RawOpen, RawEnd, Bracket, Declaration }

export interface HtmlOpen {
  kind: number;
  /** Where the end scan starts on the opening line, and in which state. */
  scanFrom: number;
  state: EndState;
}

/**
 * The HTML block a line opens at `p` (a `<`), or undefined. `interrupt`: the line would otherwise
 * continue a paragraph; kind 7 then only opens on a lazy line (micromark's rule, not the spec's).
 */
export function htmlOpen(text: string, p: number, end: number, interrupt: boolean, lazy: boolean): HtmlOpen | undefined {
  let i = p + 1;
  const c = text.charCodeAt(i);
  if (c === 33 /* ! */) return declarationOpen(text, i + 1);
  if (c === 63 /* ? */) return { kind: 3, scanFrom: i + 1, state: EndState.Declaration };
  const closing = c === 47; /* / */
  if (closing) i++;
  if (!isAsciiAlpha(text.charCodeAt(i))) return undefined;
  let j = i + 1;
  while (j < end && (isAsciiAlphanumeric(text.charCodeAt(j)) || text.charCodeAt(j) === 45)) j++;
  const t = j < end ? text.charCodeAt(j) : -1;
  if (!(t === -1 || t === 47 || t === 62 || isSpaceOrTab(t))) return undefined;
  const name = text.slice(i, j).toLowerCase();
  if (t !== 47 && !closing && RAW_NAMES.has(name)) return { kind: 1, scanFrom: j, state: EndState.Data };
  if (BLOCK_NAMES.has(name)) {
    if (t === 47 && text.charCodeAt(j + 1) !== 62) return undefined;
    return { kind: 6, scanFrom: end, state: EndState.Data };
  }
  if (interrupt && !lazy) return undefined;
  const ok = closing ? closingTagRest(text, j, end) : openTagRest(text, j, end);
  return ok ? { kind: 7, scanFrom: end, state: EndState.Data } : undefined;
}

function declarationOpen(text: string, i: number): HtmlOpen | undefined {
  const c = text.charCodeAt(i);
  if (c === 45 /* - */) return text.charCodeAt(i + 1) === 45 ? { kind: 2, scanFrom: i + 2, state: EndState.Declaration } : undefined;
  if (c === 91 /* [ */) return text.startsWith('CDATA[', i + 1) ? { kind: 5, scanFrom: i + 7, state: EndState.Data } : undefined;
  if (isAsciiAlpha(c)) return { kind: 4, scanFrom: i + 1, state: EndState.Declaration };
  return undefined;
}

/** After a closing tag's name: spaces, `>`, and nothing but spaces to the end of the line. */
function closingTagRest(text: string, k: number, end: number): boolean {
  while (k < end && isSpaceOrTab(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) !== 62 || k >= end) return false;
  return onlySpaces(text, k + 1, end);
}

function onlySpaces(text: string, k: number, end: number): boolean {
  while (k < end && isSpaceOrTab(text.charCodeAt(k))) k++;
  return k >= end;
}

const enum Attr { NameBefore, Name, NameAfter, ValueBefore, Quoted, QuotedAfter, Unquoted, End }

const isNameStart = (c: number) => c === 58 || c === 95 || isAsciiAlpha(c);
const isNameChar = (c: number) => c === 45 || c === 46 || c === 58 || c === 95 || isAsciiAlphanumeric(c);
// Characters that end an unquoted attribute value: " ' / < = > ` and spaces.
const endsUnquoted = (c: number) => c === 34 || c === 39 || c === 47 || c === 60 || c === 61 || c === 62 || c === 96 || isSpaceOrTab(c);

/** After an opening tag's name: attributes, an optional `/`, `>`, and only spaces to the end of the line. */
function openTagRest(text: string, k: number, end: number): boolean {
  let state = Attr.NameBefore;
  let quote = 0;
  while (k <= end) {
    const c = k < end ? text.charCodeAt(k) : -1;
    switch (state) {
      case Attr.NameBefore:
        if (c === 47) { k++; state = Attr.End; } else if (isNameStart(c)) { k++; state = Attr.Name; } else if (isSpaceOrTab(c)) k++;
        else state = Attr.End;
        break;
      case Attr.Name:
        if (isNameChar(c)) k++; else state = Attr.NameAfter;
        break;
      case Attr.NameAfter:
        if (c === 61) { k++; state = Attr.ValueBefore; } else if (isSpaceOrTab(c)) k++; else state = Attr.NameBefore;
        break;
      case Attr.ValueBefore:
        if (c === -1 || c === 60 || c === 61 || c === 62 || c === 96) return false;
        if (c === 34 || c === 39) { quote = c; k++; state = Attr.Quoted; } else if (isSpaceOrTab(c)) k++; else state = Attr.Unquoted;
        break;
      case Attr.Quoted:
        if (c === -1) return false;
        k++;
        if (c === quote) state = Attr.QuotedAfter;
        break;
      case Attr.QuotedAfter:
        if (c === 47 || c === 62 || isSpaceOrTab(c)) state = Attr.NameBefore; else return false;
        break;
      case Attr.Unquoted:
        if (c === -1 || endsUnquoted(c)) state = Attr.NameAfter; else k++;
        break;
      case Attr.End:
        return c === 62 && onlySpaces(text, k + 1, end);
    }
  }
  return false;
}

/** True when text[from, end) ends an HTML block of `kind` (1 to 5), the scan starting in `state`. */
export function htmlEnds(text: string, kind: number, from: number, end: number, state: EndState = EndState.Data): boolean {
  let tag = '';
  for (let i = from; i < end;) {
    const c = text.charCodeAt(i);
    switch (state) {
      case EndState.Data:
        if (c === 45 && kind === 2) state = EndState.Dash;
        else if (c === 60 && kind === 1) state = EndState.RawOpen;
        else if (c === 62 && kind === 4) return true;
        else if (c === 63 && kind === 3) state = EndState.Declaration;
        else if (c === 93 && kind === 5) state = EndState.Bracket;
        i++;
        continue;
      case EndState.Dash:
        state = c === 45 ? EndState.Declaration : EndState.Data;
        break;
      case EndState.RawOpen:
        if (c === 47) { tag = ''; state = EndState.RawEnd; i++; continue; }
        state = EndState.Data;
        continue;
      case EndState.RawEnd:
        if (c === 62 && RAW_NAMES.has(tag.toLowerCase())) return true;
        if (isAsciiAlpha(c) && tag.length < 8) { tag += text[i]; i++; continue; }
        state = EndState.Data;
        continue;
      case EndState.Bracket:
        state = c === 93 ? EndState.Declaration : EndState.Data;
        break;
      case EndState.Declaration:
        if (c === 62) return true;
        if (c === 45 && kind === 2) { i++; continue; }
        state = EndState.Data;
        continue;
    }
    // Dash and Bracket consumed their character only when it moved them on.
    if (state === EndState.Declaration) i++;
  }
  return false;
}
