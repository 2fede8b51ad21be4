/** A double-quoted span of one paragraph: [start, end) of the words inside the marks. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** False when the opening mark is never closed (a quote running on to the next paragraph). */
  closed: boolean;
}

const OPENING = '“';
const CLOSING = '”';
const STRAIGHT = '"';

type Mark = 'open' | 'close';

// A straight quote opens when it follows a space or the start and precedes a word; it closes when
// a space, punctuation or the end follows it.
function straightQuoteRole(text: string, index: number, inside: boolean): Mark {
  const before = text[index - 1];
  const after = text[index + 1];
  if (after === undefined || /[\s,.;:!?)\]]/.test(after)) return 'close';
  if (before === undefined || /[\s(\[—–-]/.test(before)) return 'open';
  return inside ? 'close' : 'open';
}

/** Double-quoted spans (straight or curly marks), in order; an unclosed quote runs to the paragraph end. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt: number | null = null;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char !== OPENING && char !== CLOSING && char !== STRAIGHT) continue;
    const role: Mark =
      char === OPENING ? 'open' : char === CLOSING ? 'close' : straightQuoteRole(text, index, openAt !== null);
    if (role === 'open') {
      if (openAt !== null) spans.push({ start: openAt, end: index, closed: false });
      openAt = index + 1;
    } else if (openAt !== null) {
      spans.push({ start: openAt, end: index, closed: true });
      openAt = null;
    } else if (spans.length === 0) {
      // A closing mark with no opening one: the quote began before this text.
      spans.push({ start: 0, end: index, closed: true });
    }
  }
  if (openAt !== null && openAt < text.length) spans.push({ start: openAt, end: text.length, closed: false });
  return spans.filter((span) => text.slice(span.start, span.end).trim().length > 0);
}

/**
 * The text with every quoted span (and its marks) replaced by spaces, keeping offsets, so that
 * reporting verbs and names inside quotes are not read as the sentence's own.
 */
export function maskQuotes(text: string, spans: QuoteSpan[]): string {
  let masked = text;
  for (const span of spans) {
    const from = Math.max(0, span.start - 1);
    const to = Math.min(text.length, span.closed ? span.end + 1 : span.end);
    masked = masked.slice(0, from) + ' '.repeat(to - from) + masked.slice(to);
  }
  return masked;
}

/** The quoted words without a trailing comma or spaces (a verbatim [start, end) of the text). */
export function trimQuote(text: string, span: QuoteSpan): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  const trailing = /(?:[\s,]|(?<=[,.!?])['‘’])$/;
  while (end > start && trailing.test(text.slice(start, end))) end--;
  return { start, end };
}

const MINOR_TITLE_WORD = /^(?:of|the|a|an|and|or|in|on|at|to|for|with|from|by|is|are|my|your|our|vs\.?)$/;
const MAX_TITLE_WORDS = 8;

/**
 * A quoted name inside a sentence ("the ministry “Hour of Power,” died", "in “The Price Is Right”"): two to eight words,
 * each capitalised or a minor word, after a word of the sentence. It names a show, a book or a campaign; nobody says it.
 */
const SPEECH_BEFORE_COMMA = /\b(?:said|says|say|added|adds|told|tells|asked|asks|wrote|writes|replied|declared|shouted|continued)\s*,\s*$/i;

export function isQuotedTitle(text: string, span: QuoteSpan): boolean {
  const before = text.slice(0, Math.max(0, span.start - 1)).trimEnd() + ' ';
  // 'the drama "Salt Flats"', 'a sketch by Cézanne, "Apples on a Blue Cloth,"' — but not 'she said, "Thank You."'.
  const named = /\p{L}[\s(]*$/u.test(before) || (/\p{L},\s*$/u.test(before) && !SPEECH_BEFORE_COMMA.test(before));
  if (!span.closed || !named) return false;
  const words = text.slice(span.start, span.end).trim().replace(/[,.]$/, '').split(/\s+/);
  if (words.length < 2 || words.length > MAX_TITLE_WORDS || !/^\p{Lu}/u.test(words[0]!)) return false;
  return words.every((word) => /^[\p{Lu}\d]/u.test(word) || MINOR_TITLE_WORD.test(word));
}
