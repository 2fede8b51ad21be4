import { isBoilerplateLine } from './boilerplate.js';
import { bylineAuthor, bylineJobTitle, bylineOutlet, isStaffByline, outletNameLine, staffBylineOutlet } from './byline.js';
import { splitPhotoCredit } from './credits.js';
import { dateLineDate } from './dates.js';
import { detectDateline } from './dateline.js';
import { bulletItem, isTitleLike } from './line-kinds.js';
import type { TextLine } from './text-units.js';
import { isSameTitle } from './title.js';

/** What the lines above the body say about the article. */
export interface TextHeader {
  title: string | null;
  dek: string | null;
  author: string | null;
  authorTitle: string | null;
  /** A paper's name on a line beside the byline ("By Karen Whitley / Riverton Daily Herald"). */
  publisher: string | null;
  published: string | null;
  caption: string | null;
  photoCredit: string | null;
  /** Index of the first body line. */
  bodyStart: number;
}

type HeaderItem =
  | { kind: 'repeated-title' }
  | { kind: 'boilerplate' }
  | { kind: 'byline'; author: string }
  | { kind: 'staff-byline'; outlet: string | null }
  | { kind: 'date'; iso: string }
  | { kind: 'credit'; caption: string | null; credit: string | null };

const MAX_DEK_LENGTH = 300;

function headerItem(line: string, title: string | null): HeaderItem | null {
  if (title !== null && isSameTitle(line, title)) return { kind: 'repeated-title' };
  if (isBoilerplateLine(line)) return { kind: 'boilerplate' };
  const author = bylineAuthor(line);
  if (author) return { kind: 'byline', author };
  if (isStaffByline(line)) return { kind: 'staff-byline', outlet: staffBylineOutlet(line) };
  const iso = dateLineDate(line);
  if (iso) return { kind: 'date', iso };
  const credit = splitPhotoCredit(line);
  return credit ? { kind: 'credit', ...credit } : null;
}

/**
 * Reads the header of raw scraped text: a title line (when the first line reads like one), then
 * in any order a dek, the title repeated as an image alt line (dropped), an image caption with
 * its photo credit, a byline and a date stamp. Stops at the first line that is none of these.
 */
export function readTextHeader(lines: TextLine[]): TextHeader {
  const header: TextHeader = {
    title: null, dek: null, author: null, authorTitle: null, publisher: null, published: null, caption: null, photoCredit: null, bodyStart: 0,
  };
  const first = lines[0];
  if (first && lines.length > 1 && isTitleLine(first, lines[1]!)) {
    header.title = first.text;
    header.bodyStart = 1;
  }
  let sawImage = false;
  let previousKind: HeaderItem['kind'] | null = null;
  while (header.bodyStart < lines.length) {
    const line = lines[header.bodyStart]!;
    const next = lines[header.bodyStart + 1];
    const item = headerItem(line.text, header.title);
    const nextItem = next ? headerItem(next.text, header.title) : null;
    if (item?.kind === 'repeated-title') {
      sawImage = true;
    } else if (item?.kind === 'boilerplate') {
      // Page furniture above the story ("Media playback is unsupported on your device").
    } else if (item?.kind === 'staff-byline') {
      header.publisher ??= item.outlet;
    } else if (item?.kind === 'byline') {
      header.authorTitle ??= header.author === null ? bylineJobTitle(line.text) : null;
      header.author ??= item.author;
      header.publisher ??= bylineOutlet(line.text);
    } else if (header.publisher === null && outletNameLine(line.text) && (previousKind === 'byline' || nextItem?.kind === 'byline')) {
      header.publisher = outletNameLine(line.text);
    } else if (item?.kind === 'date') {
      header.published ??= item.iso;
    } else if (item?.kind === 'credit') {
      header.caption ??= item.caption;
      header.photoCredit ??= item.credit;
    } else if (bulletItem(line.text) !== null) {
      break;
    } else if (nextItem?.kind === 'credit' && nextItem.caption === null && next?.block === line.block) {
      // A caption line followed by a credit-only line.
      header.caption ??= line.text;
    } else if (sawImage && header.caption === null && line.block === lines[header.bodyStart - 1]?.block) {
      // The line under an image's alt text is its caption, credited or not.
      header.caption = line.text;
    } else if (isDek(line, header, nextItem, lines)) {
      header.dek = line.text;
    } else {
      break;
    }
    previousKind = item?.kind ?? null;
    header.bodyStart += 1;
  }
  return header;
}

// A question standing alone above the text opens the story ("But what was your moment of the
// year?"); only a header block (title with dek or caption under it) makes it a title.
function isTitleLine(first: TextLine, second: TextLine): boolean {
  if (!isTitleLike(first.text) || headerItem(first.text, null) || bulletItem(first.text) !== null) return false;
  return !/[?!]["'”’]*$/.test(first.text) || second.block === first.block;
}

function isDek(line: TextLine, header: TextHeader, nextItem: HeaderItem | null, lines: TextLine[]): boolean {
  if (header.title === null || header.dek !== null || header.caption !== null) return false;
  if (line.text.length > MAX_DEK_LENGTH || detectDateline(line.text) !== null) return false;
  const inTitleBlock = line.block === lines[0]!.block;
  const next = lines[header.bodyStart + 1];
  const endsTitleBlock = inTitleBlock && (next === undefined || next.block !== line.block);
  return endsTitleBlock || (inTitleBlock && nextItem !== null) || nextItem?.kind === 'byline' || nextItem?.kind === 'date';
}
