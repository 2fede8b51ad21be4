import { dateLineDate } from './dates.js';
import { bulletItem, isHeadingLike } from './line-kinds.js';
import { publisherFromLine, tagsFromLine } from './metadata-lines.js';
import { endsWithTerminalPunctuation } from './text-normalize.js';

/** A non-blank line of raw text, with the number of the blank-line-separated block it sits in. */
export interface TextLine {
  text: string;
  block: number;
  indented: boolean;
}

/** A paragraph-sized piece of body text: wrapped lines joined, one bullet item per unit. */
export interface TextUnit {
  text: string;
  bullet: boolean;
}

// Hard-wrapped text rarely runs wider than this; longer lines are paragraphs of their own.
const MAX_WRAP_WIDTH = 100;

export function toTextLines(normalized: string): TextLine[] {
  const lines: TextLine[] = [];
  let block = 0;
  for (const raw of normalized.split('\n')) {
    if (raw.trim().length === 0) {
      block += 1;
      continue;
    }
    lines.push({ text: raw.trim(), block, indented: /^\s/.test(raw) });
  }
  return lines;
}

const standsAlone = (line: string): boolean =>
  tagsFromLine(line) !== null || publisherFromLine(line) !== null || dateLineDate(line) !== null;

function continuesParagraph(previous: string, line: TextLine, blockWidth: number): boolean {
  if (standsAlone(previous) || standsAlone(line.text)) return false;
  // A short heading over a paragraph in the same block: a wrapped line is never that short.
  if (isHeadingLike(previous) && previous.length < 0.6 * blockWidth) return false;
  if (!endsWithTerminalPunctuation(previous)) return true;
  return blockWidth <= MAX_WRAP_WIDTH && previous.length >= 0.75 * blockWidth;
}

function unitsOfBlock(lines: TextLine[]): TextUnit[] {
  const width = Math.max(...lines.map((line) => line.text.length));
  const units: TextUnit[] = [];
  let previous: TextLine | null = null;
  for (const line of lines) {
    const item = bulletItem(line.text);
    const current = units.at(-1);
    if (item !== null) {
      units.push({ text: item, bullet: true });
    } else if (current && previous && current.bullet) {
      // A bullet continues on an indented or lower-case line; anything else ends the list.
      if (line.indented || /^\p{Ll}/u.test(line.text)) current.text += ` ${line.text}`;
      else units.push({ text: line.text, bullet: false });
    } else if (current && previous && continuesParagraph(previous.text, line, width)) {
      current.text += ` ${line.text}`;
    } else {
      units.push({ text: line.text, bullet: false });
    }
    previous = line;
  }
  return units;
}

/**
 * Groups body lines into paragraph-sized units. Blank lines separate paragraphs; within a block,
 * hard-wrapped lines are joined with a space, while long lines that end a sentence (text with one
 * paragraph per line) and each bullet item start a unit of their own.
 */
export function toTextUnits(lines: TextLine[]): TextUnit[] {
  const units: TextUnit[] = [];
  let start = 0;
  while (start < lines.length) {
    let end = start + 1;
    while (end < lines.length && lines[end]!.block === lines[start]!.block) end += 1;
    units.push(...unitsOfBlock(lines.slice(start, end)));
    start = end;
  }
  return units;
}
