import type { Quote } from './types.js';

const sameCitation = (a: Quote, b: Quote): boolean => JSON.stringify(a.citation) === JSON.stringify(b.citation);

/**
 * Consecutive sentences of one paragraph with the same citation read as one quote ('"We heard nothing. My children
 * slept," said X'), so a quotation is never cut at its sentence break; its text is still the paragraph's, verbatim.
 */
export function joinRunningQuotes(quotes: Quote[]): Quote[] {
  const joined: Quote[] = [];
  for (const quote of quotes) {
    const last = joined.at(-1);
    const paragraph = quote.paragraphText ?? '';
    const lastEnd = last ? paragraph.indexOf(last.text) + last.text.length : -1;
    const start = paragraph.indexOf(quote.text, Math.max(0, lastEnd));
    const adjacent = last !== undefined && last.paragraphText === paragraph && lastEnd > 0 && start >= lastEnd && /^\s*$/.test(paragraph.slice(lastEnd, start));
    if (!last || !adjacent || !sameCitation(last, quote)) {
      joined.push(quote);
      continue;
    }
    const lastStart = lastEnd - last.text.length;
    joined[joined.length - 1] = {
      ...last,
      text: paragraph.slice(lastStart, start + quote.text.length),
      highlights: [...last.highlights, ...quote.highlights.map(([from, to]): [number, number] => [from + start - lastStart, to + start - lastStart])],
    };
  }
  return joined;
}
