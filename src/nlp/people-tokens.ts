import { honorific, isTitleWord } from './gazetteer.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** A word (letters), as opposed to a number or punctuation. */
  isWord: boolean;
  /** The first word of a sentence or line, where capitals say nothing about names. */
  sentenceStart: boolean;
  /** On a line written in capitals (a headline), where capitals say nothing either. */
  inCapsLine: boolean;
}

// Dotted acronyms (U.S.), single initials (J.), short words with a period (Mr., Gen., or a sentence's last word),
// words with inner hyphens or apostrophes (Jong-Un, O'Neill),
// numbers, then any other single character.
// "E7", "iPhone15": letters with digits glued on are one token (a model, not the initial "E").
const TOKEN = /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s|$)|\p{L}{2,4}\.(?=\s|$)|[\p{L}\p{M}]+\d+[\p{L}\d]*|[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\d+(?:[.,:/]\d+)*|\S/gu;
const POSSESSIVE = /['’]s$/i;
const SENTENCE_END = new Set(['.', '!', '?', ';']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '-', '—', '–', ':']);

/** An abbreviation whose period does not end a sentence ("Mr.", "Gen.", "Sen."). */
function isTitleAbbreviation(word: string): boolean {
  return word.length <= 4 && (honorific(word) !== undefined || isTitleWord(word) || /^(?:jr|sr|st)$/i.test(word));
}

function capsLines(text: string): Array<{ start: number; end: number; caps: boolean }> {
  const lines: Array<{ start: number; end: number; caps: boolean }> = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const words = line.match(/\p{L}{2,}/gu) ?? [];
    const upper = words.filter((word) => word === word.toUpperCase()).length;
    lines.push({ start, end: start + line.length, caps: words.length >= 2 && upper / words.length >= 0.8 });
    start += line.length + 1;
  }
  return lines;
}

/** Splits text into word, number and punctuation tokens, marking sentence starts and capitals-only lines. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lines = capsLines(text);
  let lineIndex = 0;
  let atSentenceStart = true;
  let lastEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    let start = match.index;
    const word = match[0];
    if (text.slice(lastEnd, start).includes('\n')) atSentenceStart = true;
    while (lines[lineIndex] && lines[lineIndex]!.end < start) lineIndex++;
    const inCapsLine = lines[lineIndex]?.caps ?? false;
    const isWord = /^\p{L}/u.test(word);
    const possessive = isWord && word.length > 3 ? POSSESSIVE.exec(word) : null;
    const pieces = possessive
      ? [word.slice(0, possessive.index), word.slice(possessive.index)]
      : /^\p{L}{2,4}\.$/u.test(word) && !isTitleAbbreviation(word.slice(0, -1))
        ? [word.slice(0, -1), '.']
        : [word];
    for (const piece of pieces) {
      const pieceIsWord = /^\p{L}/u.test(piece);
      tokens.push({ text: piece, start, end: start + piece.length, isWord: pieceIsWord, sentenceStart: atSentenceStart && pieceIsWord, inCapsLine });
      if (pieceIsWord || /^\d/.test(piece)) atSentenceStart = false;
      else if (SENTENCE_END.has(piece)) atSentenceStart = true;
      else if (!OPENERS.has(piece)) atSentenceStart = false;
      start += piece.length;
    }
    lastEnd = start;
  }
  return tokens;
}
