import { endsWithTerminalPunctuation } from './text-normalize.js';

const words = (line: string): string[] => line.split(/\s+/).filter(Boolean);

function isTitleCase(line: string): boolean {
  const long = words(line).filter((word) => /^\p{L}{4,}/u.test(word));
  return long.length > 0 && long.filter((word) => /^\p{Lu}/u.test(word)).length / long.length >= 0.8;
}

const startsLikeAHeading = (line: string): boolean => /^["'“‘]?(?:\p{Lu}|\p{N}+\s*\p{L})/u.test(line);

/**
 * A short line that names a section: starts with a capital, has no sentence punctuation at the
 * end (a question mark is allowed: "What happens next?"), at most 7 words in sentence case or
 * 10 in Title Case, and no full stop inside.
 */
export function isHeadingLike(line: string): boolean {
  const count = words(line).length;
  if (line.length < 2 || line.length > 80 || count === 0) return false;
  if (!startsLikeAHeading(line) || !/\p{L}{2}/u.test(line)) return false;
  if (/[.!,;:…]["'”’)]*$/.test(line) || /[.!?]\s+\p{Lu}/u.test(line)) return false;
  return count <= 7 || (count <= 10 && isTitleCase(line));
}

/** The first line of raw text is a title when it reads like one: not a sentence ending in a full stop. */
export function isTitleLike(line: string): boolean {
  if (line.length < 2 || line.length > 200 || words(line).length > 30) return false;
  if (!startsLikeAHeading(line)) return false;
  return !endsWithTerminalPunctuation(line) || /[?!]["'”’]*$/.test(line);
}

const BULLET = /^\s*(?:[-•*▪◦‣–]|\d{1,2}[.)])\s+(?=\S)/u;

/** "- item", "• item", "* item", "1. item": returns the item text without its marker, else null. */
export function bulletItem(line: string): string | null {
  const match = BULLET.exec(line);
  return match ? line.slice(match[0].length).trim() : null;
}
