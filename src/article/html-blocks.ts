import { splitPhotoCredit } from './credits.js';
import { collapseWhitespace } from './text-normalize.js';

/** Body text of extracted article HTML, in reading order, with the captions found on the way. */
export interface HtmlBlock {
  kind: 'heading' | 'paragraph';
  text: string;
  /** Came from an <li>: short items are list content, not page labels. */
  listItem: boolean;
}

export interface HtmlBody {
  blocks: HtmlBlock[];
  captions: string[];
  credits: string[];
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'NAV']);
const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TD', 'TH', 'BR', 'HR', 'CENTER', ...HEADINGS,
]);
const CAPTION_WORDS = new Set(['caption', 'figcaption', 'credit']);
const MAX_HEADING_LENGTH = 120;

const classOf = (node: DomNode): string =>
  ['class', 'id', 'itemprop'].map((name) => node.getAttribute?.(name) ?? '').join(' ');

/** Class, id or itemprop names a caption or credit, camelCase or numbered ("captionText", "photo-credit", "galleryCaption001"). */
const isCaptionContainer = (node: DomNode): boolean =>
  classOf(node)
    .replace(/([a-z])(?=[A-Z])/g, '$1 ')
    .split(/[^a-zA-Z]+/)
    .some((word) => CAPTION_WORDS.has(word.toLowerCase()));

/**
 * Walks extracted article HTML and returns its paragraphs and headings: each block element
 * (p, li, blockquote, div with loose text, …) gives one paragraph, h1–h6 give headings, and
 * figures, figcaptions and elements classed as captions or credits go to `captions`/`credits`
 * instead of the body.
 */
export function htmlBodyBlocks(root: DomNode): HtmlBody {
  const body: HtmlBody = { blocks: [], captions: [], credits: [] };
  let buffer = '';
  let inListItem = false;
  const flush = (kind: 'heading' | 'paragraph'): void => {
    const text = collapseWhitespace(buffer);
    buffer = '';
    if (text.length === 0) return;
    const isHeading = kind === 'heading' && text.length <= MAX_HEADING_LENGTH;
    body.blocks.push({ kind: isHeading ? 'heading' : 'paragraph', text, listItem: inListItem });
  };
  const takeCaption = (node: DomNode): void => {
    const text = collapseWhitespace(node.textContent ?? '');
    if (text.length === 0) return;
    const parts = splitPhotoCredit(text);
    if (/credit/i.test(classOf(node)) && !parts) body.credits.push(text);
    else {
      if (parts?.caption ?? (!parts && text)) body.captions.push(parts?.caption ?? text);
      if (parts?.credit) body.credits.push(parts.credit);
    }
  };
  const walk = (node: DomNode, inHeading: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE || SKIPPED.has(node.nodeName)) return;
    if (node.nodeName === 'FIGURE' || node.nodeName === 'FIGCAPTION' || isCaptionContainer(node)) {
      flush(inHeading ? 'heading' : 'paragraph');
      takeFigure(node, takeCaption);
      return;
    }
    const isBlock = BLOCKS.has(node.nodeName);
    const heading = inHeading || HEADINGS.has(node.nodeName);
    if (isBlock) flush(inHeading ? 'heading' : 'paragraph');
    const outerListItem = inListItem;
    if (node.nodeName === 'LI') inListItem = true;
    for (const child of Array.from(node.childNodes)) walk(child, heading);
    if (isBlock) flush(heading ? 'heading' : 'paragraph');
    inListItem = outerListItem;
  };
  walk(root, false);
  flush('paragraph');
  return body;
}

function takeFigure(node: DomNode, takeCaption: (node: DomNode) => void): void {
  if (node.nodeName !== 'FIGURE') {
    takeCaption(node);
    return;
  }
  const captions: DomNode[] = [];
  const find = (current: DomNode): void => {
    for (const child of Array.from(current.childNodes)) {
      if (child.nodeType !== ELEMENT_NODE) continue;
      if (child.nodeName === 'FIGCAPTION' || isCaptionContainer(child)) captions.push(child);
      else find(child);
    }
  };
  find(node);
  captions.forEach(takeCaption);
}
