import { comparableText } from './text-normalize.js';

// Pages put the lead in a meta description, often cut short with an ellipsis; a line or two of
// page furniture (a time stamp, a kicker) may stand before the lead in the body.
const PARAGRAPHS_CHECKED = 3;
const MIN_COMPARED_LENGTH = 20;

/**
 * A dek that repeats a leading body paragraph, verbatim or as a prefix in either direction
 * ("…" and punctuation ignored), is not a dek: the body already says it.
 */
export function repeatsLeadParagraph(dek: string, paragraphs: string[]): boolean {
  const head = comparableText(dek.replace(/(?:\.\.\.|…)\s*$/, ''));
  if (head.length < MIN_COMPARED_LENGTH) return false;
  return paragraphs.slice(0, PARAGRAPHS_CHECKED).some((paragraph) => {
    const text = comparableText(paragraph);
    return text.startsWith(head) || (text.length >= MIN_COMPARED_LENGTH && head.startsWith(text));
  });
}
