import { comparableText } from './text-normalize.js';

const MAX_DERIVED_TITLE = 100;
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
// Intl.Segmenter ends a sentence after these; a title must not stop at "Mr." or "U.S.".
const ABBREVIATION_END = /(?:\b(?:\p{Lu}\.)+|\b(?:Mr|Mrs|Ms|Dr|Prof|Rev|Hon|St|Mt|Ft|Gen|Sen|Rep|Gov|Adm|Maj|Lt|Col|Sgt|Cpl|Capt|Det|Insp|Jr|Sr|No|vs|Inc|Corp|Co|Ltd|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)\s*$/u;

function firstSentence(text: string): string {
  let sentence = '';
  for (const { segment } of segmenter.segment(text)) {
    sentence += segment;
    if (!ABBREVIATION_END.test(sentence)) break;
  }
  return sentence.trim();
}

/** Cuts text to at most `max` characters at a word boundary, marking the cut with "…". */
function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const boundary = cut.lastIndexOf(' ');
  const kept = boundary > max / 2 ? cut.slice(0, boundary) : cut.slice(0, max - 1);
  return `${kept.replace(/[\s,;:–—-]+$/, '')}…`;
}

/**
 * A title for an article that has no title line: its first sentence (without the dateline),
 * without the final full stop, cut at a word boundary to at most 100 characters.
 */
export function deriveTitle(firstParagraph: string, dateline: string | null): string {
  const body = dateline && firstParagraph.startsWith(dateline) ? firstParagraph.slice(dateline.length) : firstParagraph;
  const sentence = firstSentence(body.trim()).replace(/\.$/, '');
  return truncateAtWord(sentence, MAX_DERIVED_TITLE);
}

/** Two renderings of one title (a headline repeated as an image alt line). */
export function isSameTitle(a: string, b: string): boolean {
  const left = comparableText(a);
  return left.length > 0 && left === comparableText(b);
}
